#pragma once

#include "devserver/connectorrecord.h"

#include <QList>

class QRandomGenerator;

namespace devserver {

// The connector registry: realistic types, sorted by name.
QList<ConnectorTypeInfo> registryDefinitions();

// `count` instances in list order (newest first), deterministic for a given generator state:
// both scopes, every state combination, names in several scripts, unique per scope.
QList<ConnectorRecord> seedInstances(const QList<ConnectorTypeInfo>& types, int count, QRandomGenerator& random);

// A UUID-looking id (8-4-4-4-12 lowercase hex, version 4) drawn from `random`.
QString makeUuid(QRandomGenerator& random);

// The instant the seeded history ends at (2024-12-01T00:00:00Z): seeded data never depends on the clock.
inline constexpr qint64 kSeedEpochMs = 1733011200000;

} // namespace devserver

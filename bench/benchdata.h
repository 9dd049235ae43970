#pragma once

#include "devserver/devserver.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include "core/model/connectorinstance.h"

// Test data for the benchmarks, made by the dev server's own code so that the bytes are exactly
// what the server sends.
namespace benchdata {

// A list answer of `count` instances in `dialect`: {"success", "connectors": [...]} plus, when
// `paged`, the dialect's pagination object (page 1 of count*50, so that a client sees more pages).
QByteArray listAnswer(devserver::Dialect dialect, int count, bool paged);

// `count` instances decoded by the client's own decoder, for the table benchmarks.
QList<ConnectorInstance> instances(int count);

// The name of a dialect for benchmark labels: "pipeshub" or "published".
const char* dialectName(devserver::Dialect dialect);

// A search term found in a fraction of the seeded names (lower case, as a user types it).
QString typicalTerm();

// Sets CONNECTOR_BENCH_* labels from the environment, for the report.
} // namespace benchdata

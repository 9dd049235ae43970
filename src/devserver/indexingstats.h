#pragma once

#include "devserver/connectorrecord.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace devserver {

// What GET /connectors/{id}/stats reports: indexing counts per record type and status (docs/API.md).
namespace indexingstats {

// The statuses the real server knows, every one present in an answer (zeros included).
const QStringList& knownStatuses();
// The record types an instance of `connectorType` holds (FILE, MAIL, WEBPAGE, ...).
QStringList recordTypesOf(const QString& connectorType);

// [{"recordType": "FILE", "indexingStatus": {"COMPLETED": 12, ...}}, ...] for `record`, derived from its
// id and the store's random seed alone (same seed, same counts). An instance that never synced
// (no lastSyncAt) has indexed nothing: an empty array.
QJsonArray derived(const ConnectorRecord& record, quint32 randomSeed);

// The "data" of the answer: every known status filled in (unknown ones kept), totals that add up.
QJsonObject answerData(const QString& connectorId, const QJsonArray& byRecordType);

} // namespace indexingstats
} // namespace devserver

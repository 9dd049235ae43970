#pragma once

#include <QLatin1String>
#include <QStringList>

// The JSON names of the API (docs/API.md) that leave the core, spelled once. Only the core reads and
// writes the API's JSON; these are public because connectorctl prints the published names as its own
// output contract (--output json), and the CLI must not spell them itself (scripts/check-wire-keys).
namespace wirekey {

// The members of an instance in the published dialect, as ConnectorInstance::toJson writes them.
inline constexpr QLatin1String agentEnabled{"agentEnabled"};
inline constexpr QLatin1String appGroup{"appGroup"};
inline constexpr QLatin1String authType{"authType"};
inline constexpr QLatin1String connectorId{"connectorId"};
inline constexpr QLatin1String connectorType{"connectorType"};
inline constexpr QLatin1String createdAt{"createdAt"};
inline constexpr QLatin1String createdBy{"createdBy"};
inline constexpr QLatin1String instanceName{"instanceName"};
inline constexpr QLatin1String isActive{"isActive"};
inline constexpr QLatin1String isAuthenticated{"isAuthenticated"};
inline constexpr QLatin1String isConfigured{"isConfigured"};
inline constexpr QLatin1String isLocked{"isLocked"};
inline constexpr QLatin1String lastSyncAt{"lastSyncAt"};
inline constexpr QLatin1String scope{"scope"};
inline constexpr QLatin1String status{"status"};
inline constexpr QLatin1String updatedAt{"updatedAt"};
inline constexpr QLatin1String updatedBy{"updatedBy"};

// The envelope of answers.
inline constexpr QLatin1String connector{"connector"};
inline constexpr QLatin1String connectors{"connectors"};
inline constexpr QLatin1String pagination{"pagination"};
inline constexpr QLatin1String message{"message"};

} // namespace wirekey

// Names only connectorctl prints.
namespace outputname {

inline constexpr QLatin1String deleted{"deleted"}; // the id, in the answer to delete
inline constexpr QLatin1String types{"types"}; // the list of `types`
// One line of enable, disable and sync (JSON lines): what became of the intent on one instance.
inline constexpr QLatin1String result{"result"}; // done, already, unknown or failed
inline constexpr QLatin1String fullSync{"fullSync"}; // sync: whether a full resync was asked for
inline constexpr QLatin1String authorizationUrl{"authorizationUrl"}; // signin
inline constexpr QLatin1String recordType{"recordType"}; // stats --output csv
inline constexpr QLatin1String count{"count"}; // stats --output csv

// The header rows of --output csv.
const QStringList& connectorCsvColumns();
const QStringList& typeCsvColumns();
const QStringList& deletionCsvColumns();
// enable and disable: connectorId, instanceName, result, isActive, agentEnabled, message.
const QStringList& lifecycleCsvColumns();
// stats: recordType, status, count (an empty recordType: over all types; an empty status: the total).
const QStringList& statsCsvColumns();

} // namespace outputname

#include "core/wire/wirekeys.h"

namespace outputname {

// The CSV headers are the JSON names of the same values (ConnectorInstance::toJson,
// ConnectorType::toJson): a script that switches from --output json to csv renames nothing.
const QStringList& connectorCsvColumns()
{
    static const QStringList columns{wirekey::connectorId,
                                     wirekey::instanceName,
                                     wirekey::connectorType,
                                     wirekey::scope,
                                     wirekey::authType,
                                     wirekey::isActive,
                                     wirekey::isConfigured,
                                     wirekey::isAuthenticated,
                                     wirekey::agentEnabled,
                                     wirekey::status,
                                     wirekey::isLocked,
                                     wirekey::createdBy,
                                     wirekey::createdAt,
                                     wirekey::updatedAt};
    return columns;
}

const QStringList& typeCsvColumns()
{
    static const QStringList columns{wirekey::connectorType,
                                     QStringLiteral("displayName"),
                                     wirekey::appGroup,
                                     QStringLiteral("authTypes"),
                                     QStringLiteral("supportedScopes"),
                                     QStringLiteral("isBeta"),
                                     QStringLiteral("supportsAgent"),
                                     QStringLiteral("supportsSync"),
                                     QStringLiteral("supportsRealtime")};
    return columns;
}

const QStringList& deletionCsvColumns()
{
    static const QStringList columns{deleted, wirekey::message, wirekey::status};
    return columns;
}

const QStringList& lifecycleCsvColumns()
{
    static const QStringList columns{wirekey::connectorId,
                                     wirekey::instanceName,
                                     result,
                                     wirekey::isActive,
                                     wirekey::agentEnabled,
                                     wirekey::message};
    return columns;
}

const QStringList& statsCsvColumns()
{
    static const QStringList columns{recordType, wirekey::status, count};
    return columns;
}

} // namespace outputname

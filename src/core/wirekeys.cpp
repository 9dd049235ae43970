#include "wirekeys.h"

namespace outputname {

const QStringList& connectorCsvColumns()
{
    static const QStringList columns{QStringLiteral("id"),
                                     QStringLiteral("name"),
                                     QStringLiteral("type"),
                                     wirekey::scope,
                                     wirekey::authType,
                                     QStringLiteral("active"),
                                     QStringLiteral("configured"),
                                     QStringLiteral("authenticated"),
                                     wirekey::agentEnabled,
                                     wirekey::status,
                                     QStringLiteral("locked"),
                                     wirekey::createdBy,
                                     wirekey::createdAt,
                                     wirekey::updatedAt};
    return columns;
}

const QStringList& typeCsvColumns()
{
    static const QStringList columns{QStringLiteral("type"),
                                     QStringLiteral("displayName"),
                                     wirekey::appGroup,
                                     QStringLiteral("authTypes"),
                                     QStringLiteral("scopes"),
                                     QStringLiteral("beta"),
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

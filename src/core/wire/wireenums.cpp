#include "core/wire/wireenums.h"

namespace {

using L = QLatin1String;

const NameTable<ConnectorScope> scopeTable{
    {ConnectorScope::Team, L("team")},
    {ConnectorScope::Personal, L("personal")},
};

const NameTable<JobStatus> jobStatusTable{
    {JobStatus::Syncing, L("SYNCING")},
    {JobStatus::FullSyncing, L("FULL_SYNCING")},
    {JobStatus::Deleting, L("DELETING")},
};

} // namespace

NameTable<ConnectorScope> connectorScopeNames()
{
    return scopeTable;
}

NameTable<JobStatus> jobStatusNames()
{
    return jobStatusTable;
}

QString scopeName(ConnectorScope scope)
{
    return names::of(scopeTable, scope);
}

QString jobStatusName(JobStatus status)
{
    return names::of(jobStatusTable, status);
}

std::optional<ConnectorScope> scopeFromName(QStringView name)
{
    return names::find(scopeTable, name);
}

#include "cli/commands/statscommand.h"

#include "cli/exitcode.h"
#include "cli/optionnames.h"
#include "cli/output/lifecycleoutput.h"
#include "cli/session.h"

#include "core/net/apiclient.h"

#include <QCommandLineParser>

StatsCommand::StatsCommand()
    : Command(QStringLiteral("stats"), tr("Show what a connector instance has indexed."))
{
    m_arguments = {{optionname::id, tr("The connector id."), tr("ID")}};
    m_epilog = tr("The table has the total, each indexing status with its count (a status this version does "
                  "not know is shown too, marked unknown), then the same per record type. --output csv has "
                  "rows recordType,status,count: an empty recordType for the counts over all record types, an "
                  "empty status for a total.");
}

int StatsCommand::execute(Session& session, const QCommandLineParser& parser)
{
    QString id;
    if (const int code = connectForOneId(session, parser, &id); code != exitcode::Ok)
        return code;
    const Session::CallResult result = session.wait(session.client().stats(id));
    if (!result.ok())
        return session.fail(result.error);
    ApiError error;
    const std::optional<IndexingStats> stats = result.answer.stats(&error);
    if (!stats)
        return session.fail(error);
    LifecycleOutput::writeStats(session.format(), session.out(), *stats);
    return exitcode::Ok;
}

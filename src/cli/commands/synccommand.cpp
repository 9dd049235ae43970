#include "cli/commands/synccommand.h"

#include "cli/exitcode.h"
#include "cli/optionnames.h"
#include "cli/output/lifecycleoutput.h"
#include "cli/session.h"

#include "core/ops/connectorlifecycle.h"

#include <QCommandLineParser>
#include <QEventLoop>

namespace {

const QString fullOption = QStringLiteral("full");
const QString yesOption = QStringLiteral("yes");

} // namespace

SyncCommand::SyncCommand()
    : Command(QStringLiteral("sync"), tr("Sync a connector instance now."))
{
    m_options = {{fullOption,
                  tr("Re-read everything from the source, not only what changed. Long; the instance is locked "
                     "meanwhile. Needs --yes.")},
                 {yesOption, tr("Confirm a full sync.")}};
    m_arguments = {{optionname::id, tr("The connector id."), tr("ID")}};
    m_epilog = tr("Only an active (enabled) instance can be synced: the server refuses an inactive one (exit "
                  "status 5), and a locked one (409, exit status 5). The request is never sent twice; when its "
                  "answer is lost the outcome is unknown (exit status 6). Prints the sync asked for and the "
                  "instance's status read back.");
}

int SyncCommand::execute(Session& session, const QCommandLineParser& parser)
{
    if (!expectArguments(session, parser, 1))
        return exitcode::Usage;
    const QString id = parser.positionalArguments().constFirst();
    if (!checkConnectorId(session, id))
        return exitcode::Usage;
    const bool full = parser.isSet(fullOption);
    if (full && !parser.isSet(yesOption)) {
        return session.usageError(tr("A full sync of %1 re-reads everything from the source, and the instance is "
                                     "locked (no rename, delete, enable or disable) until it ends: add --yes to "
                                     "confirm.")
                                      .arg(id));
    }
    if (const int code = session.connectToServer(); code != exitcode::Ok)
        return code;

    ConnectorLifecycle lifecycle(&session.client());
    LifecycleCall* call = lifecycle.resync(id, full);
    LifecycleOutcome outcome;
    QEventLoop loop;
    QObject::connect(call, &LifecycleCall::finished, &loop, [&outcome, &loop, call] {
        outcome = call->outcome();
        loop.quit();
    });
    loop.exec();

    if (outcome.kind == LifecycleOutcome::Kind::Failed)
        return session.fail(outcome.error);
    const QString errorText = outcome.error.isError() ? session.redact(outcome.error.toString()) : QString();
    LifecycleOutput::writeSync(session.format(), session.out(), id, full, outcome, errorText);
    if (outcome.kind == LifecycleOutcome::Kind::Unknown)
        return session.fail(outcome.error);
    if (outcome.error.isError())
        session.warn(tr("the sync was requested, but the instance could not be read back: %1").arg(errorText));
    return exitcode::Ok;
}

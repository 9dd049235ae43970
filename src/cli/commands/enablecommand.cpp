#include "cli/commands/enablecommand.h"

#include "cli/commands/bulkrunner.h"
#include "cli/exitcode.h"
#include "cli/optionnames.h"
#include "cli/output/lifecycleoutput.h"
#include "cli/session.h"

#include <QCommandLineParser>

namespace {

const QString agentOption = QStringLiteral("agent");

// A bulk run's item as the outcome of one intent, for LifecycleOutput. The plan is made of ids
// (BulkPlan::fromIds), so an item is Skipped only when its read showed the flag already so.
LifecycleOutcome outcomeOf(const BulkItem& item)
{
    LifecycleOutcome outcome;
    if (item.instanceRead)
        outcome.instance = item.instance;
    outcome.error = item.error;
    switch (item.state) {
    case BulkItem::State::Done:
        outcome.kind = LifecycleOutcome::Kind::Done;
        outcome.message = item.message; // the server's own, when it gave one
        break;
    case BulkItem::State::Skipped:
        outcome.kind = LifecycleOutcome::Kind::AlreadySo;
        break;
    case BulkItem::State::Unknown:
        outcome.kind = LifecycleOutcome::Kind::Unknown;
        break;
    case BulkItem::State::Failed:
    case BulkItem::State::Waiting:
    case BulkItem::State::Running:
    case BulkItem::State::Cancelled:
        outcome.kind = LifecycleOutcome::Kind::Failed;
        break;
    }
    return outcome;
}

} // namespace

EnableCommand::EnableCommand(bool enable)
    : Command(enable ? QStringLiteral("enable") : QStringLiteral("disable"),
              enable ? tr("Enable the sync (or, with --agent, the agent) of connector instances.")
                     : tr("Disable the sync (or, with --agent, the agent) of connector instances."))
    , m_enable(enable)
{
    m_options = {{agentOption, tr("The agent's flag instead of the sync's.")}, BulkRunner::concurrencyOption()};
    m_arguments = {{optionname::id, tr("Connector ids; - reads them from standard input, one a line."), tr("ID...")}};
    m_epilog = tr("Each instance is read first: one that is already so is left alone (\"already\"), the others "
                  "get one toggle, never sent twice, and are read back. A toggle whose answer was lost is "
                  "\"unknown\" (exit status 6) unless the read-back shows it done. A 429 (the server is "
                  "busy) is no failure: the run waits (Retry-After), works on fewer at once and sends it "
                  "again, as the console's bulk actions do. Every id is checked "
                  "before anything is sent. With --output json, one JSON object per line: connectorId, "
                  "instanceName, result (done, already, unknown or failed), isActive, agentEnabled, message. "
                  "The exit status is the worst of all the instances'.");
}

int EnableCommand::execute(Session& session, const QCommandLineParser& parser)
{
    QStringList ids;
    int concurrency = 0;
    if (const int code = BulkRunner::readIdsAndConcurrency(session, parser, &ids, &concurrency); code != exitcode::Ok)
        return code;
    if (const int code = session.connectToServer(); code != exitcode::Ok)
        return code;

    const bool agent = parser.isSet(agentOption);
    const LifecycleOutput::Flag flag = agent ? LifecycleOutput::Flag::Agent : LifecycleOutput::Flag::Sync;
    const BulkAction action = agent ? (m_enable ? BulkAction::EnableAgent : BulkAction::DisableAgent)
                                    : (m_enable ? BulkAction::EnableSync : BulkAction::DisableSync);

    LifecycleOutput::writeToggleHeader(session.format(), session.out());
    const auto report = [&](int index, const BulkItem& item) {
        const LifecycleOutcome outcome = outcomeOf(item);
        const QString errorText = outcome.succeeded() ? QString() : BulkRunner::errorText(session, item);
        LifecycleOutput::writeToggle(
            session.format(), session.out(), flag, m_enable, ids.at(index), outcome, errorText);
        session.out().flush();
    };
    return BulkRunner::run(session, action, ids, concurrency, report);
}

#include "cli/commands/enablecommand.h"

#include "cli/commands/bulkrunner.h"
#include "cli/exitcode.h"
#include "cli/output/lifecycleoutput.h"
#include "cli/optionnames.h"
#include "cli/session.h"

#include "core/ops/connectorlifecycle.h"

#include <QCommandLineParser>
#include <QPointer>

#include <vector>

namespace {

const QString agentOption = QStringLiteral("agent");

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
                  "\"unknown\" (exit status 6) unless the read-back shows it done. Every id is checked "
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
    ConnectorLifecycle lifecycle(&session.client());
    std::vector<LifecycleOutcome> outcomes(size_t(ids.size()));

    LifecycleOutput::writeToggleHeader(session.format(), session.out());
    const auto start = [&](int index, const QString& id, const BulkRunner::Done& done) {
        LifecycleCall* call = agent ? lifecycle.setAgentEnabled(id, m_enable) : lifecycle.setSyncEnabled(id, m_enable);
        QObject::connect(call, &LifecycleCall::finished, call, [&outcomes, index, call, done] {
            outcomes[size_t(index)] = call->outcome();
            done(LifecycleOutput::exitCode(call->outcome()));
        });
    };
    const auto report = [&](int index) {
        const LifecycleOutcome& outcome = outcomes[size_t(index)];
        const QString errorText = outcome.error.isError() ? session.redact(outcome.error.toString()) : QString();
        LifecycleOutput::writeToggle(
            session.format(), session.out(), flag, m_enable, ids.at(index), outcome, errorText);
        session.out().flush();
    };
    return BulkRunner::run(ids, concurrency, start, report);
}

#include "core/ops/connectorlifecycle.h"

#include "core/net/apiclient.h"
#include "core/net/apireply.h"
#include "core/wire/apianswer.h"

#include <QCoreApplication>

namespace {

ApiError cancelled()
{
    return {ApiError::Kind::Cancelled, 0, QCoreApplication::translate("ConnectorLifecycle", "Cancelled."), {}};
}

} // namespace

LifecycleCall::LifecycleCall(QObject* parent)
    : QObject(parent)
{ }

void LifecycleCall::track(ApiReply* reply, std::function<void(ApiReply*)> next)
{
    m_reply = reply;
    connect(reply, &ApiReply::finished, this, [this, reply, next = std::move(next)] {
        m_reply = nullptr;
        if (!m_finished)
            next(reply);
    });
}

void LifecycleCall::abort()
{
    if (m_finished)
        return;
    if (m_reply)
        m_reply->disconnect(this);
    // A toggle that is on its way is not taken back: whether it arrived is unknown.
    finish({m_sent ? LifecycleOutcome::Kind::Unknown : LifecycleOutcome::Kind::Failed, {}, cancelled(), {}});
    if (m_reply && !m_sent)
        m_reply->abort();
}

void LifecycleCall::finish(LifecycleOutcome outcome)
{
    if (m_finished)
        return;
    m_finished = true;
    m_outcome = std::move(outcome);
    emit finished();
    deleteLater();
}

ConnectorLifecycle::ConnectorLifecycle(ApiClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{ }

LifecycleCall* ConnectorLifecycle::setSyncEnabled(const QString& connectorId, bool enabled)
{
    return start(connectorId, enabled ? Intent::EnableSync : Intent::DisableSync);
}

LifecycleCall* ConnectorLifecycle::setAgentEnabled(const QString& connectorId, bool enabled)
{
    return start(connectorId, enabled ? Intent::EnableAgent : Intent::DisableAgent);
}

LifecycleCall* ConnectorLifecycle::resync(const QString& connectorId, bool full)
{
    return start(connectorId, full ? Intent::FullResync : Intent::Resync);
}

LifecycleCall* ConnectorLifecycle::start(const QString& connectorId, Intent intent)
{
    auto* call = new LifecycleCall(this);
    const QPointer<ApiClient> client = m_client;
    const bool isToggle = intent != Intent::Resync && intent != Intent::FullResync;
    const bool wanted = intent == Intent::EnableSync || intent == Intent::EnableAgent;
    const bool agent = intent == Intent::EnableAgent || intent == Intent::DisableAgent;
    // The flag the intent is about, as an instance has it.
    const auto flagOf = [agent](const ConnectorInstance& instance) {
        return agent ? instance.agentEnabled : instance.isActive;
    };

    call->track(client->getConnector(connectorId), [=](ApiReply* read) {
        ApiError error = read->error();
        const std::optional<ConnectorInstance> before
            = error.isError() ? std::nullopt : read->answer().instance(&error);
        if (!before)
            return call->finish({LifecycleOutcome::Kind::Failed, {}, error, {}});
        if (isToggle && flagOf(*before) == wanted)
            return call->finish({LifecycleOutcome::Kind::AlreadySo, *before, {}, {}});
        if (!client)
            return call->finish({LifecycleOutcome::Kind::Failed, *before, cancelled(), {}});

        ApiReply* action = isToggle
            ? client->toggle(connectorId, agent ? ApiClient::ToggleTarget::Agent : ApiClient::ToggleTarget::Sync)
            : client->resync(connectorId, before->connectorType, intent == Intent::FullResync);
        call->m_sent = true;
        call->track(action, [=](ApiReply* sent) {
            const ApiError sentError = sent->error();
            // Refused, so nothing changed. Any other error may hide a toggle that was carried out:
            // it is not sent again; the instance is read back instead.
            if (sentError.isError() && !sentError.mayHaveReachedServer())
                return call->finish({LifecycleOutcome::Kind::Failed, *before, sentError, {}});
            const QString message = sentError.isError() ? QString() : sent->answer().message();
            if (!client)
                return call->finish({LifecycleOutcome::Kind::Unknown, *before, sentError, message});

            // What the server says now: the toggle's answer may not carry the instance (the real
            // server's does not), and after a lost answer this is the only way to know.
            call->track(client->getConnector(connectorId), [=](ApiReply* readBack) {
                ApiError readError = readBack->error();
                const std::optional<ConnectorInstance> after
                    = readError.isError() ? std::nullopt : readBack->answer().instance(&readError);
                LifecycleOutcome outcome;
                outcome.instance = after.value_or(ConnectorInstance());
                outcome.message = message;
                if (isToggle && after && flagOf(*after) == wanted) {
                    outcome.kind = LifecycleOutcome::Kind::Done; // even when the answer was lost
                } else if (sentError.isError()) {
                    outcome.kind = LifecycleOutcome::Kind::Unknown;
                    outcome.error = sentError;
                } else if (isToggle) {
                    // Accepted, yet the flag reads otherwise (or could not be read): say so, not "done".
                    outcome.kind = LifecycleOutcome::Kind::Unknown;
                    outcome.error = after ? ApiError{ApiError::Kind::Malformed,
                                                     0,
                                                     tr("The server accepted the change, but the instance "
                                                        "still reads otherwise."),
                                                     {}}
                                          : readError;
                } else {
                    outcome.kind = LifecycleOutcome::Kind::Done; // a sync was requested
                    outcome.error = readError; // the read-back's, if it failed: the sync still was asked for
                }
                call->finish(outcome);
            });
        });
    });
    return call;
}

#pragma once

#include "core/model/connectorinstance.h"
#include "core/net/apierror.h"

#include <QObject>
#include <QPointer>

#include <functional>

class ApiClient;
class ApiReply;

// What an intent on an instance came to.
struct LifecycleOutcome
{
    enum class Kind
    {
        Done, // the server did it: `instance` is read back and shows it
        AlreadySo, // the flag already had the wanted value: nothing was sent
        Unknown, // the request may or may not have reached the server (timeout, cut connection): it is
                 // not sent again; `instance` is read back when that worked, `error` says what happened
        Failed, // refused or not sent: `error` carries the server's words; nothing changed
    };
    Kind kind = Kind::Failed;
    ConnectorInstance instance; // as the server has it now (invalid when it could not be read)
    ApiError error;
    QString message; // the server's own message on success, when it gave one

    bool succeeded() const
    {
        return kind == Kind::Done || kind == Kind::AlreadySo;
    }
};

// One intent in progress: finished() comes exactly once, then the object deletes itself later (hold
// it in a QPointer). abort() stops it; a toggle or resync already sent is not taken back.
class LifecycleCall final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LifecycleCall)

public:
    const LifecycleOutcome& outcome() const
    {
        return m_outcome;
    }
    bool isFinished() const
    {
        return m_finished;
    }

public slots:
    void abort();

signals:
    void finished();

private:
    friend class ConnectorLifecycle;
    explicit LifecycleCall(QObject* parent);
    // Waits for `reply`, then runs `next` with it (unless the call was aborted or has finished).
    void track(ApiReply* reply, std::function<void(ApiReply*)> next);
    void finish(LifecycleOutcome outcome);

    QPointer<ApiReply> m_reply;
    LifecycleOutcome m_outcome;
    bool m_finished = false;
    bool m_sent = false; // the toggle or resync has gone out: from here on, an abort leaves it Unknown
};

// The intents an admin has for an instance, on top of the API's lifecycle calls (docs/API.md,
// 'Lifecycle'). The toggle endpoint flips a flag, so enable and disable read the instance first and
// send the toggle only when the flag differs, then read it back: 1 GET + 1 POST + 1 GET, or a single
// GET when the flag is already right. Toggles and resyncs are never retried; after a timeout the
// outcome is Unknown and the instance is read back instead.
class ConnectorLifecycle final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectorLifecycle)

public:
    explicit ConnectorLifecycle(ApiClient* client, QObject* parent = nullptr);

    LifecycleCall* setSyncEnabled(const QString& connectorId, bool enabled);
    LifecycleCall* setAgentEnabled(const QString& connectorId, bool enabled);
    // Sync now (full: everything again; the instance is locked meanwhile). Reads the instance for its
    // type, asks for the sync, reads it back for its new status.
    LifecycleCall* resync(const QString& connectorId, bool full);

private:
    enum class Intent
    {
        EnableSync,
        DisableSync,
        EnableAgent,
        DisableAgent,
        Resync,
        FullResync,
    };
    LifecycleCall* start(const QString& connectorId, Intent intent);

    QPointer<ApiClient> m_client;
};

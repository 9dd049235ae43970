#pragma once

#include "core/model/connectorinstance.h"
#include "core/net/apierror.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

class ApiClient;
class ApiReply;

// Waits for an OAuth instance to be signed in, the one way the console and connectorctl share: reads
// the instance (GET /connectors/{id}) after the first interval, then each time one step later, up to
// the maximum (2 s, 4 s, ... every 10 s), until the server says it is authenticated. The admin takes
// a while in the browser: asking less and less often spares the server without making them wait long.
// An error that waiting cannot mend (the instance gone, the token refused, a certificate not trusted)
// ends the watch; a passing one (the network, a timeout, a 5xx or 429, an odd answer) is reported with
// stillWaiting() and the watch goes on. A deadline, when set, ends it with timedOut().
class SignInWatch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInWatch)

public:
    static constexpr int defaultFirstMs = 2000;
    static constexpr int defaultMaximumMs = 10000;

    explicit SignInWatch(ApiClient* client, QObject* parent = nullptr);
    ~SignInWatch() override;

    // The first interval is also the step by which it grows; tests shorten both.
    void setIntervals(int firstMs, int maximumMs);
    // How long to wait in all, from start(); 0 (the default) waits until cancel().
    void setDeadline(int ms);
    int currentInterval() const
    {
        return m_interval;
    }
    // Whether the watch gives up on `error` rather than asking again.
    static bool endsTheWatch(const ApiError& error);

    void start(const QString& instanceId); // restarts a watch in progress
    void cancel(); // silent: no signal follows
    bool isRunning() const
    {
        return m_timer.isActive() || m_reply;
    }
    qint64 elapsedMs() const;

signals:
    void signedIn(const ConnectorInstance& instance);
    // After a read that did not end the watch: the instance as read (invalid when the read failed),
    // and the passing error, if any.
    void stillWaiting(const ConnectorInstance& instance, const ApiError& passingError);
    void failed(const ApiError& error);
    void timedOut();

private:
    void poll();
    void onPolled(ApiReply* reply);
    void scheduleNext();
    void stop();

    QPointer<ApiClient> m_client;
    QPointer<ApiReply> m_reply;
    QTimer m_timer;
    QElapsedTimer m_elapsed;
    QString m_id;
    int m_first = defaultFirstMs;
    int m_maximum = defaultMaximumMs;
    int m_interval = defaultFirstMs;
    int m_deadlineMs = 0;
};

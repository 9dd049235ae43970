#pragma once

#include "core/ops/bulkitem.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUrl>

class ApiClient;
class ConnectorLifecycle;
class QTimer;

// Runs one action on many instances, safely, for both front ends (the console's bulk actions and
// connectorctl's enable, disable and delete, whose plan is made of ids: BulkPlan::fromIds):
// - at most concurrency() calls in flight (default 4, 1..16), taken in selection order;
// - a 429 means the server did not process the call: the item goes back to the front of the queue,
//   concurrency halves (at least 1) and nothing new is sent until Retry-After (or a backoff) has
//   passed; calls that succeed afterwards raise it again one step at a time;
// - a toggle or delete that may have reached the server (timeout, cut connection, 5xx) is Unknown and
//   never sent again; the toggles read first (ConnectorLifecycle), so a re-issue after a 429 is safe;
// - one refusal (403, 404, 409 locked or in use by agents) fails that item only;
// - cancel(): nothing new is sent, what is in flight finishes, the rest is Cancelled;
// - retryFailed(): runs only the Failed items again;
// - the client pointed at another server meanwhile: the run cancels itself (ids belong to one server).
// Per-item changes come as itemsChanged(first, last), counts as progressChanged(): O(1) per answer,
// so that a view of thousands of items keeps the GUI thread free.
class BulkOperation final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkOperation)

public:
    static constexpr int defaultConcurrency = 4;
    static constexpr int maxConcurrency = 16;

    // Items the plan skips start Skipped with the reason; the others Waiting.
    BulkOperation(ApiClient* client, const BulkPlan& plan, QObject* parent = nullptr);
    ~BulkOperation() override;

    BulkAction action() const
    {
        return m_action;
    }
    void setConcurrency(int concurrency); // clamped to 1..16; before start()
    int concurrency() const
    {
        return m_concurrency;
    }
    const QList<BulkItem>& items() const
    {
        return m_items;
    }
    int count(BulkItem::State state) const
    {
        return m_counts.value(int(state));
    }
    int inFlight() const
    {
        return m_inFlight;
    }
    bool isRunning() const
    {
        return m_running;
    }
    bool isCancelled() const
    {
        return m_cancelled;
    }
    int rateLimitedCount() const // 429s met so far
    {
        return m_rateLimited;
    }

    void start();
    void cancel();
    // Runs the Failed items again (a new run: not while one is running). False when there are none.
    bool retryFailed();

    QString reportText() const;
    QString reportCsv() const;

signals:
    void itemsChanged(int first, int last);
    void progressChanged();
    // A 429: the next request waits `waitMs`, with `concurrency` calls at most from then on.
    void slowedDown(int waitMs, int concurrency);
    void finished();

private:
    void pump();
    void send(int index);
    void settle(int index, BulkItem::State state, const QString& message, const ApiError& error = {});
    void onRateLimited(int index, const ApiError& error);
    void setState(int index, BulkItem::State state);
    void finishIfDone();

    QPointer<ApiClient> m_client;
    QUrl m_server; // where the run began: if the client moves to another server, nothing more is sent
    ConnectorLifecycle* m_lifecycle;
    BulkAction m_action;
    QList<BulkItem> m_items;
    QList<int> m_queue; // indices of Waiting items, in the order they go
    qsizetype m_queueHead = 0;
    QHash<int, int> m_counts; // per State
    QTimer* m_pause; // a 429's wait: nothing is sent while it runs
    int m_concurrency = defaultConcurrency;
    int m_current = defaultConcurrency;
    int m_inFlight = 0;
    int m_successesSinceSlowdown = 0;
    int m_consecutive429 = 0;
    int m_rateLimited = 0;
    bool m_running = false;
    bool m_cancelled = false;
};

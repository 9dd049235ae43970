#pragma once

#include "core/apierror.h"
#include "core/connectorinstance.h"
#include "core/listquery.h"
#include "core/pagination.h"

#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QSet>

class ApiClient;
class ApiReply;

// Every instance a ListQuery matches, across all its pages, each exactly once and in list order (team
// before personal when the query has no scope). Page 1 of each scope comes first; once it tells the
// total, the remaining pages are asked for concurrently, at most maxInFlight at a time (what
// QNetworkAccessManager runs in parallel per host). Without a total the pages follow one another.
// Active and inactive take a single unpaged request, filtered here.
class AllPagesLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AllPagesLoader)

public:
    static constexpr int maxInFlight = 6;

    explicit AllPagesLoader(ApiClient* client, QObject* parent = nullptr);
    ~AllPagesLoader() override;

    // `query.limit()` is the page size asked for; its page is ignored.
    void load(const ListQuery& query);
    // Off: loaded() brings an empty list, for a caller that took every page from pageReady(); the
    // instances are not copied into one list of them all.
    void setCollectAll(bool collect)
    {
        m_collectAll = collect;
    }
    void cancel();
    // How many instances the pages will bring, as far as the first pages said; 0 while unknown.
    qint64 expectedCount() const;
    int rowsWithoutId() const
    {
        return m_rowsWithoutId;
    }

signals:
    // The instances not seen before, page by page in list order, as soon as every page before has
    // come: the output can be prepared while later pages are on their way. loaded() still follows.
    void pageReady(const QList<ConnectorInstance>& connectors);
    void loaded(const QList<ConnectorInstance>& connectors);
    void failed(const ApiError& error);

private:
    struct ScopeRun
    {
        QString scope;
        int pageCount = 1; // pages known to exist so far
        QMap<int, QList<ConnectorInstance>> pages;
        QSet<QString> ids; // every id the pages brought so far
        qint64 total = -1; // as page 1 said, when it did
    };
    struct PageRequest
    {
        int run = 0;
        int page = 1;
    };

    void loadUnpaged();
    void deliverReadyPages();
    void enqueue(int run, int page);
    void pump();
    void onPage(int run, int page, const ConnectorPage& result);
    void finishIfDone();
    void fail(const ApiError& error);

    ApiClient* m_client;
    ListQuery m_query;
    QList<ScopeRun> m_runs;
    QList<PageRequest> m_queue;
    QList<QPointer<ApiReply>> m_inFlight;
    int m_rowsWithoutId = 0;
    bool m_active = false;
    // Delivery in list order: the next page to hand over, the ids handed over, what was.
    int m_deliverRun = 0;
    int m_deliverPage = 1;
    QSet<QString> m_delivered;
    QList<ConnectorInstance> m_all;
    bool m_collectAll = true;
};

#pragma once

#include "core/list/listquery.h"
#include "core/net/apierror.h"
#include "core/wire/pagination.h"

#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QSet>

class ApiClient;
class ApiReply;
struct ListParams;
struct DecodedList; // an unpaged list, decoded (on a worker thread when large)

// How far an all-pages load has come. Totals are what the first pages said: -1 while unknown (a server
// that tells no total, or page 1 not answered yet); pagesTotal may grow when a list grows as we read.
struct AllPagesProgress
{
    int pagesLoaded = 0;
    int pagesTotal = -1;
    qint64 instancesLoaded = 0; // handed over by pageReady(), each instance once
    qint64 instancesTotal = -1;
};
Q_DECLARE_METATYPE(AllPagesProgress)

// Every instance of an all-pages load, or as many as its limit allowed.
struct AllPages
{
    QList<ConnectorInstance> connectors; // empty when not collected (AllPagesOptions::collect)
    qint64 count = 0; // instances handed over by pageReady(), collected or not
    int rowsWithoutId = 0; // left out, on every page read
    bool truncated = false; // stopped at AllPagesOptions::maxInstances: more matched
};
Q_DECLARE_METATYPE(AllPages)

struct AllPagesOptions
{
    // Off: allPagesLoaded() brings no instances, for a caller that took them from pageReady(): they
    // are then not copied into one list of them all.
    bool collect = true;
    // A stated upper limit: 0 means none. Once reached, nothing more is asked for and the result says
    // it is truncated.
    qint64 maxInstances = 0;
};

// Loads the page a ListQuery describes, whatever that takes:
// - server-paged states with one scope: one request;
// - server-paged states with both scopes: the team list, then the slice of the personal list that
//   follows it (the gateway reads a missing scope as "team", so both must be asked for);
// - active/inactive: one unpaged request, kept in a cache that later searches and pages reuse,
//   then filtered and paged here.
// Or, with loadAllPages(), every instance the query matches across all its pages, each exactly once and
// in list order (team before personal when the query has no scope): page 1 of each scope first; once it
// tells the total, the remaining pages concurrently, at most maxInFlight at a time (what
// QNetworkAccessManager runs in parallel per host); without a total, one page after the other.
// Active and inactive use the same unpaged request and cache as load(). Instances come page by page in
// list order (pageReady), with progress, so that a caller can write them out while later pages are on
// their way, show how far it got and cancel().
// A newer load() or loadAllPages() cancels the one in flight: only the latest answer is ever delivered. An unpaged list
// of more than a few hundred instances is decoded on a worker thread, so that the window never
// freezes on it.
class ConnectorPageLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectorPageLoader)

public:
    explicit ConnectorPageLoader(ApiClient* client, QObject* parent = nullptr);
    ~ConnectorPageLoader() override;

    static constexpr int maxInFlight = 6;

    void load(const ListQuery& query);
    // `query.limit()` is the page size asked for; its page is ignored.
    void loadAllPages(const ListQuery& query, const AllPagesOptions& options = {});
    void cancel();
    // How many instances an all-pages load will bring, as far as its first pages said; 0 while unknown.
    qint64 expectedCount() const;
    // Whether decoded instances keep the fields we do not model (`extra`); kept by default. The
    // console's table does not show them (its details pane fetches the whole instance): skipping them
    // saves memory per cached instance (docs/PERFORMANCE.md, 'Memory').
    void setExtraFields(ConnectorInstance::Extra extra)
    {
        m_extra = extra;
    }
    // Drops the cached unpaged lists, so the next load asks the server again.
    void invalidateCache();
    bool isLoading() const
    {
        return !m_pending.isEmpty() || m_decoding;
    }
    // For a test or a benchmark: the cached unpaged list of a state, if any.
    const QList<ConnectorInstance>* cachedList(ListQuery::State state) const;

signals:
    void loaded(const ConnectorPage& page, const ListQuery& query);
    void failed(const ApiError& error, const ListQuery& query);
    // All-pages loads: the instances not handed over before, page by page in list order, as soon as
    // every page before has come; then allPagesLoaded(). progress() follows every page that came.
    void pageReady(const QList<ConnectorInstance>& connectors, const ListQuery& query);
    void allPagesProgress(const AllPagesProgress& progress, const ListQuery& query);
    void allPagesLoaded(const AllPages& result, const ListQuery& query);

private:
    void track(ApiReply* reply, std::function<void(ApiReply*)> onSuccess);
    // One request's parameters: the query's search, and its type filters where the list takes them.
    ListParams paramsFor(const QString& scope, int page, int limit) const;
    void loadUnpaged();
    void storeUnpaged(ListQuery::State state, DecodedList decoded);
    void loadOneScope(const QString& scope);
    void loadBothScopes();
    void continueWithPersonal(const ConnectorPage& team);
    qint64 teamTotalOf(const ConnectorPage& team) const;
    void emitCombined(const QList<ConnectorPage>& personalParts, qint64 teamTotal);
    void deliverLocalPage();
    void fail(const ApiError& error);
    // All pages (connectorpageloader_allpages.cpp).
    void deliverAllLocally();
    void requestScopePage(int run, int page);
    void pumpAllPages();
    void onScopePage(int run, int page, const ConnectorPage& result);
    void deliverReadyPages();
    bool handOver(QList<ConnectorInstance> fresh);
    void reportAllPagesProgress();
    void finishAllPages(bool truncated);

    ApiClient* m_client;
    ConnectorInstance::Extra m_extra = ConnectorInstance::Extra::Keep;
    ListQuery m_query;
    quint64 m_generation = 0;
    QList<QPointer<ApiReply>> m_pending;
    QPointer<QObject> m_decoding; // the watcher of an unpaged list being decoded on a worker thread
    // Active and inactive, as last fetched, with their names case-folded for searching.
    struct UnpagedList
    {
        std::optional<QList<ConnectorInstance>> instances;
        QStringList searchKeys; // SearchTerm::keyOf of each instance
        int rowsWithoutId = 0; // left out of `instances`; every page of the list reports them
    };
    UnpagedList m_active;
    UnpagedList m_inactive;
    // Both-scope assembly.
    ConnectorPage m_teamPart;
    QList<ConnectorPage> m_personalParts;
    int m_personalStart = 0;
    int m_personalNeed = 0;
    int m_personalSkip = 0; // rows of the first personal page fetched that come before the slice
    // All-pages assembly: one run per scope asked for, delivered in order.
    struct ScopeRun
    {
        QString scope;
        int pageCount = 1; // pages known to exist so far
        QMap<int, QList<ConnectorInstance>> pages; // come, not yet handed over
        QSet<QString> ids; // every id the pages brought so far
        qint64 total = -1; // as page 1 said, when it did
    };
    struct AllPagesRun
    {
        bool active = false;
        AllPagesOptions options;
        QList<ScopeRun> runs;
        QList<QPair<int, int>> queue; // run, page
        int deliverRun = 0; // the next page to hand over
        int deliverPage = 1;
        int pagesLoaded = 0;
        QSet<QString> delivered;
        AllPages result;
    };
    AllPagesRun m_all;
};

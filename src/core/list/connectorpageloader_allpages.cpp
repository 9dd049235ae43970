// ConnectorPageLoader's all-pages mode: every page of a query, handed over in list order as it comes.
// The requests, their cancellation, the errors and the unpaged cache are the page mode's
// (connectorpageloader.cpp).
#include "core/list/connectorpageloader.h"

#include "core/net/apiclient.h"

#include <algorithm>

void ConnectorPageLoader::loadAllPages(const ListQuery& query, const AllPagesOptions& options)
{
    cancel();
    m_query = query;
    m_all = {};
    m_all.active = true;
    m_all.options = options;
    if (!query.isServerPaged()) {
        if (cachedList(query.state())) {
            deliverAllLocally();
            return;
        }
        loadUnpaged(); // then deliverAllLocally()
        return;
    }
    // Always name the scope: the gateway reads a missing one as "team".
    const QStringList scopes = query.scope() == ListQuery::Scope::All
        ? QStringList{scopeName(ConnectorScope::Team), scopeName(ConnectorScope::Personal)}
        : QStringList{ListQuery::scopeName(query.scope())};
    for (const QString& scope : scopes) {
        ScopeRun run;
        run.scope = scope;
        m_all.runs.append(run);
    }
    for (int run = 0; run < m_all.runs.size(); ++run)
        m_all.queue.append({run, 1});
    pumpAllPages();
}

qint64 ConnectorPageLoader::expectedCount() const
{
    qint64 count = 0;
    for (const ScopeRun& run : m_all.runs)
        count += std::max<qint64>(0, run.total);
    return count;
}

void ConnectorPageLoader::deliverAllLocally()
{
    // The unpaged list filtered as ListQuery::pageLocally filters it, each id once.
    const UnpagedList& cache = m_query.state() == ListQuery::State::Active ? m_active : m_inactive;
    Q_ASSERT(cache.instances);
    const SearchTerm term(m_query.search());
    QList<ConnectorInstance> matching;
    QSet<QString> seen;
    for (qsizetype i = 0; i < cache.instances->size(); ++i) {
        const ConnectorInstance& instance = cache.instances->at(i);
        if (!m_query.matchesKey(instance, cache.searchKeys.at(i), term) || seen.contains(instance.id))
            continue;
        seen.insert(instance.id);
        matching.append(instance);
    }
    const qint64 matched = matching.size();
    m_all.result.rowsWithoutId = cache.rowsWithoutId;
    m_all.pagesLoaded = 1;
    const bool complete = handOver(std::move(matching));
    if (!m_all.active)
        return; // cancelled by a receiver of pageReady()
    emit allPagesProgress(AllPagesProgress{1, 1, m_all.result.count, matched}, m_query);
    if (m_all.active)
        finishAllPages(!complete && m_all.result.count < matched);
}

void ConnectorPageLoader::pumpAllPages()
{
    while (m_all.active && m_pending.size() < maxInFlight && !m_all.queue.isEmpty()) {
        const auto [run, page] = m_all.queue.takeFirst();
        requestScopePage(run, page);
    }
}

void ConnectorPageLoader::requestScopePage(int run, int page)
{
    const ListParams params = paramsFor(m_all.runs.at(run).scope, page, m_query.limit());
    const Pagination requested{page, m_query.limit(), -1, false};
    track(m_client->listForState(m_query.state(), params), [this, run, page, requested](ApiReply* r) {
        ApiError error;
        auto result = decode::connectorPageFromBody(r->takeBody(), r->httpStatus(), requested, &error, m_extra);
        if (!result) {
            fail(error);
            return;
        }
        onScopePage(run, page, *result);
    });
}

void ConnectorPageLoader::onScopePage(int runIndex, int page, const ConnectorPage& result)
{
    ScopeRun& run = m_all.runs[runIndex];
    // Rows the other pages already brought (the list moved while we read it) tell us nothing new.
    bool bringsNew = false;
    for (const ConnectorInstance& instance : result.connectors) {
        if (!run.ids.contains(instance.id)) {
            run.ids.insert(instance.id);
            bringsNew = true;
        }
    }
    run.pages.insert(page, result.connectors);
    m_all.result.rowsWithoutId += result.rowsWithoutId;
    ++m_all.pagesLoaded;

    const Pagination& p = result.pagination;
    if (page == 1 && p.hasTotal()) {
        run.total = p.total;
        // The server's own page size counts, should it cap ours.
        const qint64 limit = std::max(1, p.limit);
        run.pageCount = int(std::max<qint64>(1, (p.total + limit - 1) / limit));
        for (int next = 2; next <= run.pageCount; ++next)
            m_all.queue.append({runIndex, next});
    } else if (page == run.pageCount && p.hasMore && !result.connectors.isEmpty() && bringsNew) {
        // No total, or the list grew while we read it: one more page.
        ++run.pageCount;
        m_all.queue.append({runIndex, run.pageCount});
    }
    deliverReadyPages();
    if (!m_all.active)
        return; // the limit was reached, or a receiver cancelled
    reportAllPagesProgress();
    pumpAllPages();
    if (m_all.active && m_pending.isEmpty() && m_all.queue.isEmpty()) {
        deliverReadyPages(); // every page has come: all are handed over
        if (m_all.active)
            finishAllPages(false);
    }
}

void ConnectorPageLoader::deliverReadyPages()
{
    while (m_all.active && m_all.deliverRun < m_all.runs.size()) {
        ScopeRun& run = m_all.runs[m_all.deliverRun];
        // A run's page count is final once its last page has come (onScopePage extends it on arrival).
        if (m_all.deliverPage > run.pageCount) {
            ++m_all.deliverRun;
            m_all.deliverPage = 1;
            continue;
        }
        const auto it = run.pages.find(m_all.deliverPage);
        if (it == run.pages.end())
            return; // wait for it: the pages after it must not come first
        QList<ConnectorInstance> fresh;
        fresh.reserve(it->size());
        for (const ConnectorInstance& instance : std::as_const(*it)) {
            if (m_all.delivered.contains(instance.id))
                continue;
            m_all.delivered.insert(instance.id);
            fresh.append(instance);
        }
        run.pages.erase(it);
        ++m_all.deliverPage;
        const qsizetype offered = fresh.size();
        const qint64 before = m_all.result.count;
        if (!handOver(std::move(fresh))) {
            if (!m_all.active)
                return;
            // Full: truncated unless this was the very last page and it fitted whole.
            const bool lastPage = m_all.deliverRun == m_all.runs.size() - 1 && m_all.deliverPage > run.pageCount
                && m_all.queue.isEmpty() && m_pending.isEmpty();
            finishAllPages(!lastPage || before + offered > m_all.result.count);
            return;
        }
    }
}

bool ConnectorPageLoader::handOver(QList<ConnectorInstance> fresh)
{
    const qint64 max = m_all.options.maxInstances;
    const bool full = max > 0 && m_all.result.count + fresh.size() >= max;
    if (full)
        fresh.resize(qsizetype(max - m_all.result.count));
    m_all.result.count += fresh.size();
    if (m_all.options.collect)
        m_all.result.connectors += fresh;
    emit pageReady(fresh, m_query);
    return !full;
}

void ConnectorPageLoader::reportAllPagesProgress()
{
    AllPagesProgress progress;
    progress.pagesLoaded = m_all.pagesLoaded;
    progress.instancesLoaded = m_all.result.count;
    bool known = true;
    int pages = 0;
    qint64 total = 0;
    for (const ScopeRun& run : std::as_const(m_all.runs)) {
        pages += run.pageCount;
        known = known && run.total >= 0;
        total += std::max<qint64>(0, run.total);
    }
    if (known) {
        progress.pagesTotal = pages;
        progress.instancesTotal = total;
    }
    emit allPagesProgress(progress, m_query);
}

void ConnectorPageLoader::finishAllPages(bool truncated)
{
    AllPages result = std::exchange(m_all.result, {});
    result.truncated = truncated;
    // Pages still on their way (a limit reached) are of no use any more.
    const auto pending = std::exchange(m_pending, {});
    ++m_generation;
    for (const QPointer<ApiReply>& reply : pending) {
        if (reply)
            reply->abort();
    }
    m_all.active = false;
    m_all.queue.clear();
    emit allPagesLoaded(result, m_query);
}

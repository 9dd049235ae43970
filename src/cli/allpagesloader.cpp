#include "allpagesloader.h"

#include "core/apiclient.h"
#include "core/apireply.h"

#include <algorithm>

AllPagesLoader::AllPagesLoader(ApiClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{ }

AllPagesLoader::~AllPagesLoader()
{
    cancel();
}

void AllPagesLoader::cancel()
{
    m_active = false;
    m_queue.clear();
    const auto inFlight = std::exchange(m_inFlight, {});
    for (const QPointer<ApiReply>& reply : inFlight) {
        if (reply)
            reply->abort();
    }
}

void AllPagesLoader::load(const ListQuery& query)
{
    cancel();
    m_query = query;
    m_runs.clear();
    m_rowsWithoutId = 0;
    m_deliverRun = 0;
    m_deliverPage = 1;
    m_delivered.clear();
    m_all.clear();
    m_active = true;
    if (!query.isServerPaged()) {
        loadUnpaged();
        return;
    }
    if (query.scope() == ListQuery::Scope::All) {
        // Always name the scope: the gateway reads a missing one as "team".
        m_runs.append({scopeName(ConnectorScope::Team), 1, {}, {}});
        m_runs.append({scopeName(ConnectorScope::Personal), 1, {}, {}});
    } else {
        m_runs.append({ListQuery::scopeName(query.scope()), 1, {}, {}});
    }
    for (int run = 0; run < m_runs.size(); ++run)
        enqueue(run, 1);
    pump();
}

void AllPagesLoader::loadUnpaged()
{
    ApiReply* reply = m_client->listForState(m_query.state(), {});
    reply->keepBody();
    m_inFlight.append(reply);
    connect(reply, &ApiReply::finished, this, [this, reply] {
        m_inFlight.removeAll(reply);
        if (!m_active)
            return;
        if (reply->hasError()) {
            fail(reply->error());
            return;
        }
        ApiError error;
        const auto page = decode::connectorPageFromBody(reply->takeBody(), reply->httpStatus(), {}, &error);
        if (!page) {
            fail(error);
            return;
        }
        m_rowsWithoutId = page->rowsWithoutId;
        QList<ConnectorInstance> matching;
        QSet<QString> seen;
        for (const ConnectorInstance& instance : page->connectors) {
            if (m_query.matches(instance) && !seen.contains(instance.id)) {
                seen.insert(instance.id);
                matching.append(instance);
            }
        }
        m_active = false;
        emit pageReady(matching);
        emit loaded(matching);
    });
}

void AllPagesLoader::enqueue(int run, int page)
{
    m_queue.append({run, page});
}

void AllPagesLoader::pump()
{
    while (m_active && m_inFlight.size() < maxInFlight && !m_queue.isEmpty()) {
        const PageRequest next = m_queue.takeFirst();
        const ListParams params{m_runs.at(next.run).scope, next.page, m_query.limit(), m_query.search()};
        ApiReply* reply = m_client->listForState(m_query.state(), params);
        reply->keepBody(); // decoded straight from the bytes
        m_inFlight.append(reply);
        connect(reply, &ApiReply::finished, this, [this, reply, next, params] {
            m_inFlight.removeAll(reply);
            if (!m_active)
                return;
            if (reply->hasError()) {
                fail(reply->error());
                return;
            }
            ApiError error;
            const Pagination requested{params.page, params.limit, -1, false};
            const auto page = decode::connectorPageFromBody(reply->takeBody(), reply->httpStatus(), requested, &error);
            if (!page) {
                fail(error);
                return;
            }
            onPage(next.run, next.page, *page);
        });
    }
}

void AllPagesLoader::onPage(int runIndex, int page, const ConnectorPage& result)
{
    ScopeRun& run = m_runs[runIndex];
    // Rows the other pages already brought (the list moved while we read it) tell us nothing new.
    bool bringsNew = false;
    for (const ConnectorInstance& instance : result.connectors) {
        if (!run.ids.contains(instance.id)) {
            run.ids.insert(instance.id);
            bringsNew = true;
        }
    }
    run.pages.insert(page, result.connectors);
    m_rowsWithoutId += result.rowsWithoutId;

    const Pagination& p = result.pagination;
    if (page == 1 && p.hasTotal()) {
        run.total = p.total;
        // The server's own page size counts, should it cap ours.
        const qint64 limit = std::max(1, p.limit);
        run.pageCount = int(std::max<qint64>(1, (p.total + limit - 1) / limit));
        for (int next = 2; next <= run.pageCount; ++next)
            enqueue(runIndex, next);
    } else if (page == run.pageCount && p.hasMore && !result.connectors.isEmpty() && bringsNew) {
        // No total, or the list grew while we read it: one more page.
        ++run.pageCount;
        enqueue(runIndex, run.pageCount);
    }
    deliverReadyPages();
    pump();
    finishIfDone();
}

qint64 AllPagesLoader::expectedCount() const
{
    qint64 count = 0;
    for (const ScopeRun& run : m_runs)
        count += std::max<qint64>(0, run.total);
    return count;
}

void AllPagesLoader::deliverReadyPages()
{
    while (m_active && m_deliverRun < m_runs.size()) {
        ScopeRun& run = m_runs[m_deliverRun];
        // A run's page count is final once its last page has come (onPage extends it on arrival).
        if (m_deliverPage > run.pageCount) {
            ++m_deliverRun;
            m_deliverPage = 1;
            continue;
        }
        const auto it = run.pages.find(m_deliverPage);
        if (it == run.pages.end())
            return; // wait for it: the pages after it must not come first
        QList<ConnectorInstance> fresh;
        fresh.reserve(it->size());
        for (const ConnectorInstance& instance : std::as_const(*it)) {
            if (m_delivered.contains(instance.id))
                continue;
            m_delivered.insert(instance.id);
            fresh.append(instance);
        }
        run.pages.erase(it);
        ++m_deliverPage;
        if (m_collectAll)
            m_all += fresh;
        emit pageReady(fresh);
    }
}

void AllPagesLoader::finishIfDone()
{
    if (!m_active || !m_inFlight.isEmpty() || !m_queue.isEmpty())
        return;
    deliverReadyPages(); // every page has come: all are delivered
    m_active = false;
    emit loaded(std::exchange(m_all, {}));
}

void AllPagesLoader::fail(const ApiError& error)
{
    cancel();
    // Decoding errors come from the body, which the server may have made repeat the token.
    emit failed(m_client->masked(error));
}

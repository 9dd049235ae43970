#include "core/list/connectorpageloader.h"

#include "core/net/apiclient.h"
#include "core/net/logging.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace {

// From this size on, an unpaged list is decoded on a worker thread: about a millisecond of GUI-thread
// work at most (see docs/PERFORMANCE.md).
constexpr qsizetype offThreadDecodeBytes = 256 * 1024;

} // namespace

struct DecodedList
{
    std::optional<ConnectorPage> page;
    QStringList searchKeys; // for ListQuery::pageLocally: folded once here, not at every keystroke
    ApiError error;
};

// Takes the body by value: it is freed as soon as the list is built, on whichever thread built it.
static DecodedList decodeList(QByteArray body, int httpStatus, ConnectorInstance::Extra extra)
{
    DecodedList decoded;
    decoded.page = decode::connectorPageFromBody(body, httpStatus, {}, &decoded.error, extra);
    body = QByteArray();
    if (decoded.page) {
        decoded.searchKeys.reserve(decoded.page->connectors.size());
        for (const ConnectorInstance& instance : std::as_const(decoded.page->connectors))
            decoded.searchKeys.append(SearchTerm::keyOf(instance));
    }
    return decoded;
}

ConnectorPageLoader::ConnectorPageLoader(ApiClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{ }

ConnectorPageLoader::~ConnectorPageLoader()
{
    cancel();
}

const QList<ConnectorInstance>* ConnectorPageLoader::cachedList(ListQuery::State state) const
{
    const UnpagedList& cache = state == ListQuery::State::Active ? m_active : m_inactive;
    return cache.instances ? &*cache.instances : nullptr;
}

void ConnectorPageLoader::invalidateCache()
{
    m_active = {};
    m_inactive = {};
}

void ConnectorPageLoader::cancel()
{
    ++m_generation;
    m_all.active = false;
    m_all.queue.clear();
    if (m_decoding) {
        // The worker finishes on its own; its result is dropped with the watcher.
        m_decoding->disconnect(this);
        m_decoding->deleteLater();
        m_decoding = nullptr;
    }
    const auto pending = std::exchange(m_pending, {});
    for (const QPointer<ApiReply>& reply : pending) {
        if (reply)
            reply->abort();
    }
}

void ConnectorPageLoader::load(const ListQuery& query)
{
    cancel();
    m_query = query;
    m_all = {};
    if (!query.isServerPaged()) {
        if (cachedList(query.state())) {
            deliverLocalPage();
            return;
        }
        loadUnpaged();
        return;
    }
    if (query.scope() == ListQuery::Scope::All)
        loadBothScopes();
    else
        loadOneScope(ListQuery::scopeName(query.scope()));
}

void ConnectorPageLoader::track(ApiReply* reply, std::function<void(ApiReply*)> onSuccess)
{
    reply->keepBody(); // decoded from the bytes (decode::connectorPageFromBody)
    m_pending.append(reply);
    const quint64 generation = m_generation;
    connect(reply, &ApiReply::finished, this, [this, reply, generation, onSuccess = std::move(onSuccess)] {
        m_pending.removeAll(reply);
        if (generation != m_generation)
            return; // an answer to a question nobody asks any more
        if (reply->hasError()) {
            fail(reply->error());
            return;
        }
        onSuccess(reply);
    });
}

void ConnectorPageLoader::fail(const ApiError& error)
{
    const ListQuery query = m_query;
    // The other half of a both-scopes load may be failing at this very moment: aborting it then makes
    // Qt report its error twice (a warning on stderr). It is left to finish; the new generation
    // drops whatever it brings.
    ++m_generation;
    m_pending.clear();
    m_all = {};
    // Decoding errors come from the body, which the server may have made repeat the token.
    emit failed(m_client->masked(error), query);
}

void ConnectorPageLoader::loadUnpaged()
{
    const ListQuery::State state = m_query.state();
    ApiReply* reply = m_client->listForState(state, {});
    track(reply, [this, state](ApiReply* r) {
        QByteArray body = r->takeBody();
        const int status = r->httpStatus();
        if (body.size() < offThreadDecodeBytes) {
            DecodedList decoded = decodeList(std::move(body), status, m_extra);
            storeUnpaged(state, std::move(decoded));
            return;
        }
        auto* watcher = new QFutureWatcher<DecodedList>(this);
        m_decoding = watcher;
        const quint64 generation = m_generation;
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, state] {
            watcher->deleteLater();
            if (m_decoding == watcher)
                m_decoding = nullptr;
            if (generation != m_generation)
                return;
            storeUnpaged(state, watcher->result());
        });
        watcher->setFuture(QtConcurrent::run(decodeList, std::move(body), status, m_extra));
    });
}

void ConnectorPageLoader::storeUnpaged(ListQuery::State state, DecodedList decoded)
{
    if (!decoded.page) {
        fail(decoded.error);
        return;
    }
    UnpagedList& cache = state == ListQuery::State::Active ? m_active : m_inactive;
    cache.instances = std::move(decoded.page->connectors);
    cache.searchKeys = std::move(decoded.searchKeys);
    cache.rowsWithoutId = decoded.page->rowsWithoutId;
    if (m_all.active)
        deliverAllLocally();
    else
        deliverLocalPage();
}

void ConnectorPageLoader::deliverLocalPage()
{
    const UnpagedList& cache = m_query.state() == ListQuery::State::Active ? m_active : m_inactive;
    Q_ASSERT(cache.instances);
    ConnectorPage page = m_query.pageLocally(*cache.instances, cache.searchKeys);
    page.rowsWithoutId = cache.rowsWithoutId;
    emit loaded(page, m_query);
}

ListParams ConnectorPageLoader::paramsFor(const QString& scope, int page, int limit) const
{
    ListParams params{scope, page, limit, m_query.search()};
    if (m_query.sendsTypeFilters()) {
        params.connectorType = m_query.connectorType();
        if (m_query.authenticated() != ListQuery::Authenticated::Any)
            params.isAuthenticated = m_query.authenticated() == ListQuery::Authenticated::Yes;
    }
    return params;
}

void ConnectorPageLoader::loadOneScope(const QString& scope)
{
    const ListParams params = paramsFor(scope, m_query.page(), m_query.limit());
    const Pagination requested{m_query.page(), m_query.limit(), -1, false};
    track(m_client->listForState(m_query.state(), params), [this, requested](ApiReply* r) {
        ApiError error;
        auto page = decode::connectorPageFromBody(r->takeBody(), r->httpStatus(), requested, &error, m_extra);
        if (!page) {
            fail(error);
            return;
        }
        emit loaded(*page, m_query);
    });
}

void ConnectorPageLoader::loadBothScopes()
{
    const ListParams params = paramsFor(scopeName(ConnectorScope::Team), m_query.page(), m_query.limit());
    const Pagination requested{m_query.page(), m_query.limit(), -1, false};
    // On page 1 the personal slice, if any, starts at 0 and is at most a page long: personal page 1
    // of the same size always holds it, so both go out at once and the first paint waits for one
    // round trip, not two. Later pages depend on the team total, so they wait for it.
    const bool together = m_query.page() == 1;
    auto personalFirst = std::make_shared<std::optional<ConnectorPage>>();
    auto teamPage = std::make_shared<std::optional<ConnectorPage>>();
    auto finishTogether = [this, personalFirst, teamPage] {
        if (!*personalFirst || !*teamPage)
            return;
        const ConnectorPage& team = **teamPage;
        m_teamPart = team;
        m_personalStart = 0;
        m_personalSkip = 0;
        m_personalNeed = int(m_query.limit() - team.connectors.size());
        if (team.pagination.hasMore && !team.pagination.hasTotal())
            m_personalNeed = 0;
        emitCombined({**personalFirst}, teamTotalOf(team));
    };
    track(m_client->listForState(m_query.state(), params),
          [this, requested, together, teamPage, finishTogether](ApiReply* r) {
              ApiError error;
              auto page = decode::connectorPageFromBody(r->takeBody(), r->httpStatus(), requested, &error, m_extra);
              if (!page) {
                  fail(error);
                  return;
              }
              if (!together) {
                  continueWithPersonal(*page);
                  return;
              }
              *teamPage = std::move(*page);
              finishTogether();
          });
    if (together) {
        const ListParams personal = paramsFor(scopeName(ConnectorScope::Personal), 1, m_query.limit());
        const Pagination personalRequested{1, m_query.limit(), -1, false};
        track(m_client->listForState(m_query.state(), personal),
              [this, personalRequested, personalFirst, finishTogether](ApiReply* r) {
                  ApiError error;
                  auto page = decode::connectorPageFromBody(
                      r->takeBody(), r->httpStatus(), personalRequested, &error, m_extra);
                  if (!page) {
                      fail(error);
                      return;
                  }
                  *personalFirst = std::move(*page);
                  finishTogether();
              });
    }
}

qint64 ConnectorPageLoader::teamTotalOf(const ConnectorPage& team) const
{
    const int limit = m_query.limit();
    const qint64 offset = qint64(m_query.page() - 1) * limit;
    if (team.pagination.hasTotal())
        return team.pagination.total;
    return team.pagination.hasMore ? offset + limit + 1 : offset + team.connectors.size();
}

void ConnectorPageLoader::continueWithPersonal(const ConnectorPage& team)
{
    // The combined list is every team instance, then every personal one. Our window is
    // [offset, offset + limit); the team part fills what it can, the personal part the rest.
    m_teamPart = team;
    m_personalParts.clear();
    const int limit = m_query.limit();
    const qint64 offset = qint64(m_query.page() - 1) * limit;
    const qint64 teamTotal = teamTotalOf(team);
    m_personalNeed = int(limit - team.connectors.size());
    m_personalStart = int(std::max<qint64>(0, offset + team.connectors.size() - teamTotal));
    m_personalSkip = 0;
    if (team.pagination.hasMore && !team.pagination.hasTotal())
        m_personalNeed = 0; // the team list goes on and we cannot tell how far: stay in it

    QList<ListParams> requests;
    if (m_personalNeed <= 0) {
        // Only the personal total is needed, for "41-60 of 137".
        requests.append(paramsFor(scopeName(ConnectorScope::Personal), 1, 1));
    } else {
        // One request when some page size (the API allows up to 200) holds the whole slice
        // [start, start + need) in one of its pages: the smallest such size, not to fetch more than
        // needed. The user's page size would often split the slice over two pages, two requests.
        std::optional<int> size;
        for (int candidate = m_personalNeed; candidate <= ListQuery::maxLimit && !size; ++candidate) {
            if (m_personalStart / candidate == (m_personalStart + m_personalNeed - 1) / candidate)
                size = candidate;
        }
        if (size) {
            const int page = m_personalStart / *size + 1;
            m_personalSkip = m_personalStart - (page - 1) * *size;
            requests.append(paramsFor(scopeName(ConnectorScope::Personal), page, *size));
        } else {
            const int firstPage = m_personalStart / limit + 1;
            m_personalSkip = m_personalStart % limit;
            requests.append(paramsFor(scopeName(ConnectorScope::Personal), firstPage, limit));
            if (m_personalStart % limit + m_personalNeed > limit)
                requests.append(paramsFor(scopeName(ConnectorScope::Personal), firstPage + 1, limit));
        }
    }
    auto parts = std::make_shared<QList<std::optional<ConnectorPage>>>(requests.size());
    for (int i = 0; i < requests.size(); ++i) {
        const ListParams params = requests.at(i);
        const Pagination requested{params.page, params.limit, -1, false};
        track(m_client->listForState(m_query.state(), params), [this, parts, i, requested, teamTotal](ApiReply* r) {
            ApiError error;
            auto page = decode::connectorPageFromBody(r->takeBody(), r->httpStatus(), requested, &error, m_extra);
            if (!page) {
                fail(error);
                return;
            }
            (*parts)[i] = std::move(*page);
            QList<ConnectorPage> done;
            for (const auto& part : *parts) {
                if (!part)
                    return; // wait for the others
                done.append(*part);
            }
            emitCombined(done, teamTotal);
        });
    }
}

void ConnectorPageLoader::emitCombined(const QList<ConnectorPage>& personalParts, qint64 teamTotal)
{
    ConnectorPage combined = m_teamPart;
    if (m_personalNeed > 0) {
        QList<ConnectorInstance> personal;
        for (const ConnectorPage& part : personalParts)
            personal += part.connectors;
        combined.connectors += personal.mid(m_personalSkip, m_personalNeed);
    }
    const qint64 personalTotal = personalParts.constFirst().pagination.total;
    combined.pagination.page = m_query.page();
    combined.pagination.limit = m_query.limit();
    combined.rowsWithoutId = m_teamPart.rowsWithoutId;
    for (const ConnectorPage& part : personalParts)
        combined.rowsWithoutId += part.rowsWithoutId;
    if (personalTotal >= 0 && m_teamPart.pagination.hasTotal()) {
        combined.pagination.total = teamTotal + personalTotal;
        combined.pagination.hasMore = qint64(m_query.page()) * m_query.limit() < combined.pagination.total;
    } else {
        combined.pagination.total = -1;
        combined.pagination.hasMore = m_teamPart.pagination.hasMore || personalParts.constLast().pagination.hasMore;
    }
    emit loaded(combined, m_query);
}

#include "core/ops/registryloader.h"

#include "core/net/apiclient.h"
#include "core/wire/pagination.h"

#include <QSet>
#include <QTimer>
#include <QUrl>

namespace {

// The registry of the server a client talks to, as last loaded whole: a child of the ApiClient, so
// that every loader on that client shares it and it goes with the client. A registry is the same for
// everyone on a server and changes with its releases, not by the minute: one load per server serves
// the type filter, the create dialog and the lifecycle actions alike.
class RegistryCache final : public QObject
{
public:
    explicit RegistryCache(ApiClient* client)
        : QObject(client)
    {
        setObjectName(QStringLiteral("connectorRegistryCache"));
    }
    static RegistryCache* of(ApiClient* client)
    {
        auto* cache
            = client->findChild<RegistryCache*>(QStringLiteral("connectorRegistryCache"), Qt::FindDirectChildrenOnly);
        return cache ? cache : new RegistryCache(client);
    }

    QUrl baseUrl;
    QList<ConnectorType> types;
    bool valid = false;
};

} // namespace

RegistryLoader::RegistryLoader(ApiClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{ }

RegistryLoader::~RegistryLoader()
{
    cancel();
}

void RegistryLoader::load()
{
    cancel();
    m_types.clear();
    const RegistryCache* cache = RegistryCache::of(m_client);
    if (isFiltered() || !cache->valid || cache->baseUrl != m_client->baseUrl()) {
        requestPage(1);
        return;
    }
    // Answered from what this server said before; still after load() returns, as a load from the server is.
    const quint64 generation = m_generation;
    QTimer::singleShot(0, this, [this, generation] {
        if (generation != m_generation)
            return; // cancelled, or started over
        const RegistryCache* cached = RegistryCache::of(m_client);
        m_types = cached->types;
        emit progress(int(m_types.size()), m_types.size());
        emit loaded(m_types);
    });
}

void RegistryLoader::reload()
{
    RegistryCache* cache = RegistryCache::of(m_client);
    cache->valid = false;
    cache->types.clear();
    load();
}

void RegistryLoader::setFilter(const QString& scope, const QString& search)
{
    m_scope = scope;
    m_search = search;
}

bool RegistryLoader::isFiltered() const
{
    return !m_scope.isEmpty() || !m_search.isEmpty();
}

void RegistryLoader::cancel()
{
    ++m_generation;
    if (!m_reply)
        return;
    // Silently: a cancelled load is one nobody waits for any more.
    ApiReply* reply = m_reply;
    m_reply = nullptr;
    reply->disconnect(this);
    reply->abort();
}

void RegistryLoader::requestPage(int page)
{
    const ListParams params{m_scope, page, pageSize, m_search};
    ApiReply* reply = m_client->listRegistry(params);
    m_reply = reply;
    connect(reply, &ApiReply::finished, this, [this, reply, page] { onPageFinished(reply, page); });
}

void RegistryLoader::onPageFinished(ApiReply* reply, int page)
{
    m_reply = nullptr;
    if (reply->hasError()) {
        emit failed(reply->error());
        return;
    }
    Pagination requested;
    requested.page = page;
    requested.limit = pageSize;
    ApiError error;
    const auto decoded = reply->answer().registryPage(requested, &error);
    if (!decoded) {
        emit failed(error);
        return;
    }
    // A type already seen (a page that shifted while we read) is kept once.
    QSet<QString> seen;
    for (const ConnectorType& t : std::as_const(m_types))
        seen.insert(t.type);
    for (const ConnectorType& t : decoded->types) {
        if (!seen.contains(t.type)) {
            seen.insert(t.type);
            m_types.append(t);
        }
    }
    emit progress(int(m_types.size()), decoded->pagination.total);
    if (decoded->pagination.hasMore && !decoded->types.isEmpty() && page < maxPages) {
        requestPage(page + 1);
        return;
    }
    if (!isFiltered()) {
        RegistryCache* cache = RegistryCache::of(m_client);
        cache->baseUrl = m_client->baseUrl();
        cache->types = m_types;
        cache->valid = true;
    }
    emit loaded(m_types);
}

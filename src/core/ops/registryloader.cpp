#include "core/ops/registryloader.h"

#include "core/net/apiclient.h"
#include "core/wire/pagination.h"

#include <QSet>

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
    requestPage(1);
}

void RegistryLoader::cancel()
{
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
    ListParams params;
    params.page = page;
    params.limit = pageSize;
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
    emit loaded(m_types);
}

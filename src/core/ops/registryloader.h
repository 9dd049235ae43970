#pragma once

#include "core/model/connectortype.h"
#include "core/net/apierror.h"
#include "core/net/apireply.h"

#include <QList>
#include <QObject>
#include <QPointer>

class ApiClient;

// Loads the whole connector registry: GET /connectors/registry, 200 types a page, page after page until
// the server says there are no more. One loader for every user (the create dialog, the type filter, the
// lifecycle actions), and one load per server: a whole registry is cached with the client.
class RegistryLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegistryLoader)

public:
    static constexpr int pageSize = 200;
    // A registry longer than this is a server that never stops saying "more": stop asking.
    static constexpr int maxPages = 50;

    explicit RegistryLoader(ApiClient* client, QObject* parent = nullptr);
    ~RegistryLoader() override;

    // Starts over (cancelling a load in flight). A registry this client's server gave whole before is
    // served from its cache, without a request (still asynchronously); another server is asked.
    void load();
    // Asks the server again, whatever was cached.
    void reload();
    // Narrows what the server is asked for, with the registry's own filters (a scope, a search text);
    // empty: the whole registry. A narrowed registry is neither cached nor served from the cache.
    void setFilter(const QString& scope, const QString& search);
    void cancel();
    bool isLoading() const
    {
        return m_reply != nullptr;
    }
    const QList<ConnectorType>& types() const
    {
        return m_types;
    }

signals:
    void progress(int typesSoFar, qint64 total); // total -1 when the server does not say
    void loaded(const QList<ConnectorType>& types);
    void failed(const ApiError& error);

private:
    void requestPage(int page);
    bool isFiltered() const;
    void onPageFinished(ApiReply* reply, int page);

    ApiClient* m_client;
    QPointer<ApiReply> m_reply;
    QString m_scope;
    QString m_search;
    quint64 m_generation = 0; // a load served from the cache belongs to the generation it started in
    QList<ConnectorType> m_types;
};

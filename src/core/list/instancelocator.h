#pragma once

#include "core/list/listquery.h"
#include "core/net/apierror.h"

#include <QObject>

class ApiClient;
class ConnectorPageLoader;
struct AllPages;

// Finds the page of a list that holds one instance (a new instance is selected
// even when it lands on another page). The list endpoints cannot be asked where an instance is, so
// every page of the query is read, at most maxInstances instances, in the order the table shows them:
// the server's for the lists it pages, the query's sort for active and inactive. It has its own loader:
// the table's list and its cache are left alone.
class InstanceLocator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InstanceLocator)

public:
    static constexpr qint64 maxInstances = 5000; // a stated limit: 25 requests of 200 at most

    explicit InstanceLocator(ApiClient* client, QObject* parent = nullptr);
    ~InstanceLocator() override;

    void locate(const ListQuery& query, const QString& id);
    void cancel();

signals:
    // `query` at the page that holds the instance.
    void located(const ListQuery& query);
    // Not in the list (or beyond maxInstances, or the list could not be read).
    void notLocated(const ListQuery& query);

private:
    void onAllPages(const AllPages& all);

    ConnectorPageLoader* m_loader;
    ListQuery m_query;
    QString m_id;
};

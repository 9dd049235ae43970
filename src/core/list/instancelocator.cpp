#include "core/list/instancelocator.h"

#include "core/list/connectorpageloader.h"

#include <algorithm>

InstanceLocator::InstanceLocator(ApiClient* client, QObject* parent)
    : QObject(parent)
    , m_loader(new ConnectorPageLoader(client, this))
{
    connect(m_loader, &ConnectorPageLoader::allPagesLoaded, this, &InstanceLocator::onAllPages);
    connect(m_loader, &ConnectorPageLoader::failed, this, [this] {
        if (m_id.isEmpty())
            return;
        m_id.clear();
        emit notLocated(m_query);
    });
}

InstanceLocator::~InstanceLocator() = default;

void InstanceLocator::locate(const ListQuery& query, const QString& id)
{
    m_query = query;
    m_id = id;
    ListQuery all = query;
    all.setLimit(ListQuery::maxLimit); // the fewest requests; the page is worked out below
    AllPagesOptions options;
    options.maxInstances = maxInstances;
    m_loader->loadAllPages(all, options);
}

void InstanceLocator::cancel()
{
    m_id.clear();
    m_loader->cancel();
}

void InstanceLocator::onAllPages(const AllPages& all)
{
    if (m_id.isEmpty())
        return;
    const QString id = std::exchange(m_id, {});
    QList<ConnectorInstance> rows = all.connectors;
    // The local lists are shown in the query's sort (ListQuery::pageLocally); the server's in its order.
    if (!m_query.isServerPaged() && m_query.sortColumn() >= 0)
        std::stable_sort(rows.begin(), rows.end(), [this](const ConnectorInstance& a, const ConnectorInstance& b) {
            return m_query.comesBefore(a, b);
        });
    const auto it = std::find_if(rows.cbegin(), rows.cend(), [&id](const ConnectorInstance& c) { return c.id == id; });
    if (it == rows.cend()) {
        emit notLocated(m_query);
        return;
    }
    ListQuery found = m_query;
    found.setPage(int((it - rows.cbegin()) / m_query.limit()) + 1);
    emit located(found);
}

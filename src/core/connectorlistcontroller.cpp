#include "connectorlistcontroller.h"

#include "apiclient.h"
#include "connectorpageloader.h"
#include "connectortablemodel.h"
#include "logging.h"

ConnectorListController::ConnectorListController(ApiClient* client, ConnectorTableModel* model, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_model(model)
    , m_loader(new ConnectorPageLoader(client, this))
{
    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(300);
    connect(&m_searchTimer, &QTimer::timeout, this, &ConnectorListController::applySearchNow);
    // The table shows no unknown fields; the details pane fetches them with the instance.
    m_loader->setExtraFields(ConnectorInstance::Extra::Skip);
    connect(m_loader, &ConnectorPageLoader::loaded, this, &ConnectorListController::onLoaded);
    connect(m_loader, &ConnectorPageLoader::failed, this, &ConnectorListController::onFailed);
}

ConnectorListController::~ConnectorListController() = default;

bool ConnectorListController::isLoading() const
{
    return m_loading;
}

void ConnectorListController::setSearchDelay(int milliseconds)
{
    m_searchTimer.setInterval(std::max(0, milliseconds));
}

void ConnectorListController::setScope(ListQuery::Scope scope)
{
    if (m_query.setScope(scope))
        fetch();
}

void ConnectorListController::setState(ListQuery::State state)
{
    if (m_query.setState(state))
        fetch();
}

void ConnectorListController::setSearch(const QString& text)
{
    m_pendingSearch = text;
    m_searchTimer.start();
}

void ConnectorListController::applySearchNow()
{
    m_searchTimer.stop();
    if (m_query.setSearch(m_pendingSearch))
        fetch();
}

void ConnectorListController::setPage(int page)
{
    if (m_pagination.hasTotal())
        page = std::min(page, m_pagination.pageCount());
    if (m_query.setPage(page))
        fetch();
}

void ConnectorListController::setLimit(int limit)
{
    if (m_query.setLimit(limit))
        fetch();
}

void ConnectorListController::firstPage()
{
    setPage(1);
}

void ConnectorListController::previousPage()
{
    setPage(m_query.page() - 1);
}

void ConnectorListController::nextPage()
{
    if (m_pagination.hasMore)
        setPage(m_query.page() + 1);
}

void ConnectorListController::lastPage()
{
    if (m_pagination.hasTotal())
        setPage(m_pagination.pageCount());
}

void ConnectorListController::reload()
{
    m_loader->invalidateCache();
    fetch();
}

void ConnectorListController::cancel()
{
    m_searchTimer.stop();
    m_loader->cancel();
    setLoading(false);
}

void ConnectorListController::fetch()
{
    qCDebug(lcList) << "fetch" << ListQuery::stateName(m_query.state()) << ListQuery::scopeName(m_query.scope())
                    << "page" << m_query.page() << "limit" << m_query.limit();
    emit queryChanged(m_query);
    setLoading(true);
    m_loader->load(m_query);
}

void ConnectorListController::onLoaded(const ConnectorPage& page, const ListQuery& query)
{
    if (query != m_query)
        return;
    // The page we asked for may be past the end (rows were deleted meanwhile): go to the last one.
    if (page.connectors.isEmpty() && query.page() > 1 && page.pagination.hasTotal() && page.pagination.total > 0) {
        m_pagination = page.pagination;
        setPage(page.pagination.pageCount());
        return;
    }
    m_lastError = {};
    m_pagination = page.pagination;
    m_pagination.page = query.page();
    m_pagination.limit = query.limit();
    m_rowsWithoutId = page.rowsWithoutId;
    m_model->setConnectors(page.connectors);
    setLoading(false);
    emit pageLoaded(m_pagination);
}

void ConnectorListController::onFailed(const ApiError& error, const ListQuery& query)
{
    if (query != m_query || error.kind == ApiError::Kind::Cancelled)
        return;
    m_lastError = error;
    setLoading(false);
    emit loadFailed(error);
}

void ConnectorListController::setLoading(bool loading)
{
    if (loading == m_loading)
        return;
    m_loading = loading;
    emit loadingChanged(loading);
}

QString ConnectorListController::rangeText() const
{
    const int shown = m_model->rowCount();
    if (shown == 0)
        return tr("No connector instances");
    const qint64 first = m_pagination.firstRow();
    const qint64 last = first + shown - 1;
    if (m_pagination.hasTotal())
        return tr("%1-%2 of %3").arg(first).arg(last).arg(m_pagination.total);
    return m_pagination.hasMore ? tr("%1-%2 of more").arg(first).arg(last) : tr("%1-%2").arg(first).arg(last);
}

#include "core/list/connectorlistcontroller.h"

#include "core/list/connectorpageloader.h"
#include "core/list/connectortablemodel.h"
#include "core/net/apiclient.h"
#include "core/net/logging.h"
#include "core/wire/apianswer.h"

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

void ConnectorListController::setConnectorType(const QString& type)
{
    if (m_query.setConnectorType(type))
        fetch();
}

void ConnectorListController::setAuthenticated(ListQuery::Authenticated authenticated)
{
    if (m_query.setAuthenticated(authenticated))
        fetch();
}

void ConnectorListController::setSort(int column, Qt::SortOrder order)
{
    // The server's lists are never sorted by it: a new order changes nothing there to fetch.
    if (m_query.setSort(column, order) && !m_query.isServerPaged())
        fetch();
}

void ConnectorListController::setQuery(const ListQuery& query)
{
    m_searchTimer.stop();
    m_pendingSearch = query.search();
    if (query == m_query && query.sortColumn() == m_query.sortColumn() && query.sortOrder() == m_query.sortOrder())
        return;
    m_query = query;
    fetch();
}

void ConnectorListController::restoreQuery(const ListQuery& query)
{
    m_query = query;
    m_query.setPage(1);
    m_pendingSearch = m_query.search();
    emit queryChanged(m_query);
}

bool ConnectorListController::showsWholeResult() const
{
    if (!m_openedId.isEmpty())
        return true;
    if (!m_query.isServerPaged())
        return true;
    return m_pagination.page == 1 && !m_pagination.hasMore;
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

void ConnectorListController::readBack(const QString& id)
{
    ApiReply* reply = m_client->getConnector(id);
    connect(reply, &ApiReply::finished, this, [this, reply] {
        if (reply->hasError())
            return;
        ApiError error;
        if (const std::optional<ConnectorInstance> read = reply->answer().instance(&error); read && read->isValid())
            m_model->updateConnector(*read);
    });
}

void ConnectorListController::cancel()
{
    m_searchTimer.stop();
    m_loader->cancel();
    if (m_byId)
        m_byId->abort();
    m_byId = nullptr;
    setLoading(false);
}

void ConnectorListController::fetch()
{
    qCDebug(lcList) << "fetch" << ListQuery::stateName(m_query.state()) << ListQuery::scopeName(m_query.scope())
                    << "page" << m_query.page() << "limit" << m_query.limit();
    emit queryChanged(m_query);
    setLoading(true);
    if (m_byId) {
        m_byId->disconnect(this);
        m_byId->abort();
        m_byId = nullptr;
    }
    const QString id = ListQuery::instanceIdIn(m_query.search());
    if (!id.isEmpty() && id != m_searchedAsText) {
        m_loader->cancel();
        openById(id);
        return;
    }
    m_loader->load(m_query);
}

void ConnectorListController::openById(const QString& id)
{
    const ListQuery query = m_query;
    m_byId = m_client->getConnector(id);
    connect(m_byId, &ApiReply::finished, this, [this, reply = m_byId.data(), id, query] {
        if (reply != m_byId)
            return;
        m_byId = nullptr;
        if (query != m_query)
            return;
        ApiError error = reply->error();
        std::optional<ConnectorInstance> instance;
        if (!reply->hasError())
            instance = reply->answer().instance(&error);
        if (error.kind == ApiError::Kind::NotFound || (instance && !instance->isValid())) {
            // No instance has this id: it may be a name after all.
            m_searchedAsText = id;
            m_loader->load(m_query);
            emit idNotFound(id);
            return;
        }
        if (!instance) {
            onFailed(error, query);
            return;
        }
        ConnectorPage page;
        page.connectors = {*instance};
        page.pagination = Pagination{1, query.limit(), 1, false};
        m_openingId = instance->id;
        onLoaded(page, query);
        emit instanceOpened(instance->id);
    });
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
    m_openedId = std::exchange(m_openingId, {});
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

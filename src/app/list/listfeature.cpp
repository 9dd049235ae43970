#include "app/list/listfeature.h"

#include "app/list/connectortableview.h"
#include "app/list/createdrevealer.h"
#include "app/list/filterbar.h"
#include "app/list/pagerwidget.h"
#include "app/list/tablesortguard.h"
#include "app/serversession.h"
#include "core/list/connectorlistcontroller.h"
#include "core/list/connectorpageloader.h"
#include "core/list/connectortablemodel.h"
#include "core/ops/registryloader.h"

#include <QHeaderView>
#include <QSettings>
#include <QStatusBar>

#include <utility>

namespace {

constexpr int messageTimeoutMs = 10000;

const QString keyLimit = QStringLiteral("list/limit");
const QString keyScope = QStringLiteral("list/scope");
const QString keyState = QStringLiteral("list/state");
const QString keyType = QStringLiteral("list/connectorType");
const QString keyAuthenticated = QStringLiteral("list/authenticated");
const QString keySortColumn = QStringLiteral("list/sortColumn");
const QString keySortOrder = QStringLiteral("list/sortDescending");

} // namespace

ListFeature::ListFeature(ApiClient* client,
                         ConnectorListController* controller,
                         ServerSession* session,
                         FilterBar* filters,
                         ConnectorTableView* table,
                         PagerWidget* pager,
                         QStatusBar* statusBar,
                         QSettings& settings,
                         QObject* parent)
    : QObject(parent)
    , m_controller(controller)
    , m_session(session)
    , m_filters(filters)
    , m_table(table)
    , m_pager(pager)
    , m_statusBar(statusBar)
    , m_settings(settings)
{
    // Before the sort guard watches the header: the restored query clears the saved indicator.
    restoreSettings();

    connect(controller, &ConnectorListController::loadingChanged, this, &ListFeature::updateEmptyState);
    connect(controller, &ConnectorListController::pageLoaded, this, &ListFeature::updateEmptyState);
    connect(controller, &ConnectorListController::loadFailed, this, &ListFeature::updateEmptyState);
    connect(table->connectorModel(), &QAbstractItemModel::rowsRemoved, this, &ListFeature::updateEmptyState);
    connect(filters, &FilterBar::connectorTypeChanged, controller, &ConnectorListController::setConnectorType);
    connect(filters, &FilterBar::authenticatedChanged, controller, &ConnectorListController::setAuthenticated);

    // The type combo's items: the registry, read when the admin first reaches for the combo.
    m_registry = new RegistryLoader(client, this);
    m_registry->setObjectName(QStringLiteral("filterRegistryLoader"));
    connect(filters, &FilterBar::connectorTypesWanted, m_registry, [this] {
        if (m_session->isReady() && !m_registry->isLoading())
            m_registry->load();
    });
    connect(m_registry, &RegistryLoader::loaded, filters, &FilterBar::setConnectorTypes);
    connect(m_registry, &RegistryLoader::failed, this, [this](const ApiError& error) {
        // The combo asks again the next time it is opened.
        m_statusBar->showMessage(tr("The connector types could not be loaded: %1").arg(error.toString()),
                                 messageTimeoutMs);
    });
    connect(session, &ServerSession::serverChanged, m_registry, [this] {
        m_registry->cancel();
        m_filters->forgetConnectorTypes(); // another server's registry
    });

    m_sortGuard = new TableSortGuard(table, controller, this);
    connect(controller, &ConnectorListController::pageLoaded, m_sortGuard, &TableSortGuard::sync);
    connect(m_sortGuard, &TableSortGuard::refused, this, [this](const QString& reason) {
        m_statusBar->showMessage(reason, messageTimeoutMs);
    });

    connect(controller, &ConnectorListController::instanceOpened, this, [this](const QString& id) {
        m_table->selectConnector(id);
        m_statusBar->showMessage(tr("Opened the instance with the id %1 (the filters do not apply to it); clear "
                                    "the search to see the list again.")
                                     .arg(id),
                                 messageTimeoutMs);
    });
    connect(controller, &ConnectorListController::idNotFound, this, [this](const QString& id) {
        m_statusBar->showMessage(
            tr("No instance has the id %1: searching names, types and groups for it instead.").arg(id),
            messageTimeoutMs);
    });

    m_revealer = new CreatedRevealer(client, controller, table, this);
    connect(m_revealer, &CreatedRevealer::message, this, [this](const QString& text) {
        m_statusBar->showMessage(text, messageTimeoutMs);
    });
    connect(session, &ServerSession::serverChanged, m_revealer, &CreatedRevealer::cancel);
}

void ListFeature::loadFirstPage()
{
    // Whatever the controller cached came from the previous server.
    m_controller->loader()->invalidateCache();
    const int limit = std::exchange(m_savedLimit, 0);
    if (limit > 0 && limit != m_controller->query().limit())
        m_controller->setLimit(limit); // fetches page 1
    else if (m_controller->query().page() != 1)
        m_controller->firstPage();
    else
        m_controller->reload();
}

void ListFeature::revealCreated(const ConnectorInstance& instance)
{
    // The revealer selects it once a page shows it (switching page or filters), and says so.
    m_revealer->reveal(instance);
}

void ListFeature::updateEmptyState()
{
    QString text;
    if (m_table->connectorModel()->rowCount() == 0 && m_session->hasServer()) {
        if (m_controller->isLoading() || !m_session->isReady()) {
            text = tr("Loading connector instances…");
        } else if (!m_controller->lastError().isError()) {
            const QString filters = m_filters->summary();
            text = filters.isEmpty() ? tr("No connector instances yet. Create one with New (Ctrl+N).")
                                     : tr("No connector instances match the filters: %1.").arg(filters);
        }
    }
    m_table->setEmptyText(text);
}

void ListFeature::restoreSettings()
{
    // No server yet: the first load applies the saved page size.
    const int limit = m_settings.value(keyLimit).toInt();
    if (PagerWidget::pageSizes().contains(limit)) {
        m_savedLimit = limit;
        m_pager->setLimit(limit);
    }
    ListQuery query = m_controller->query();
    if (const auto scope = ListQuery::scopeFromName(m_settings.value(keyScope).toString()))
        query.setScope(*scope);
    if (const auto state = ListQuery::stateFromName(m_settings.value(keyState).toString()))
        query.setState(*state);
    query.setConnectorType(m_settings.value(keyType).toString());
    if (const auto authenticated = ListQuery::authenticatedFromName(m_settings.value(keyAuthenticated).toString()))
        query.setAuthenticated(*authenticated);
    if (m_settings.contains(keySortColumn)) {
        const int column = m_settings.value(keySortColumn).toInt();
        const bool descending = m_settings.value(keySortOrder).toBool();
        query.setSort(column, descending ? Qt::DescendingOrder : Qt::AscendingOrder);
    } else if (const QHeaderView* header = m_table->horizontalHeader(); header->sortIndicatorSection() >= 0) {
        query.setSort(header->sortIndicatorSection(), header->sortIndicatorOrder()); // settings of older versions
    }
    if (m_savedLimit > 0)
        query.setLimit(m_savedLimit);
    m_controller->restoreQuery(query);
    // The header's saved indicator would claim an order before any row is here: the first page that
    // can be sorted whole shows it again (TableSortGuard).
    m_table->sortByColumn(-1, Qt::AscendingOrder);
}

void ListFeature::saveSettings()
{
    const ListQuery& query = m_controller->query();
    m_settings.setValue(keyLimit, query.limit());
    m_settings.setValue(
        keyScope, query.scope() == ListQuery::Scope::All ? QStringLiteral("all") : ListQuery::scopeName(query.scope()));
    m_settings.setValue(keyState, ListQuery::stateName(query.state()));
    m_settings.setValue(keyType, query.connectorType());
    m_settings.setValue(keyAuthenticated, ListQuery::authenticatedName(query.authenticated()));
    m_settings.setValue(keySortColumn, query.sortColumn());
    m_settings.setValue(keySortOrder, query.sortOrder() == Qt::DescendingOrder);
}

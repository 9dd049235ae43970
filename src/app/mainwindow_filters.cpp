// The main window's part in what the list shows, kept apart from mainwindow.cpp:
// the connector-type and "Not authenticated" filters, the sort indicator that never claims more than
// it sorted, a pasted instance id that opens that instance, the new instance that is selected
// wherever it lands, and the scope, state, filters and order remembered between launches.
#include "app/mainwindow.h"

#include "ui_mainwindow.h"

#include "app/list/connectortableview.h"
#include "core/list/connectorlistcontroller.h"
#include "core/ops/registryloader.h"
#include "app/list/createdrevealer.h"
#include "app/list/filterbar.h"
#include "app/serversession.h"
#include "app/list/tablesortguard.h"

#include <QHeaderView>

namespace {

constexpr int filterMessageTimeoutMs = 10000;

const QString keyScope = QStringLiteral("list/scope");
const QString keyState = QStringLiteral("list/state");
const QString keyType = QStringLiteral("list/connectorType");
const QString keyAuthenticated = QStringLiteral("list/authenticated");
const QString keySortColumn = QStringLiteral("list/sortColumn");
const QString keySortOrder = QStringLiteral("list/sortDescending");

} // namespace

void MainWindow::setupFilters()
{
    FilterBar* filters = m_ui->filterBar;
    ConnectorTableView* table = m_ui->connectorTable;
    connect(filters, &FilterBar::connectorTypeChanged, m_controller, &ConnectorListController::setConnectorType);
    connect(filters, &FilterBar::authenticatedChanged, m_controller, &ConnectorListController::setAuthenticated);

    // The type combo's items: the registry, read when the admin first reaches for the combo.
    auto* registry = new RegistryLoader(m_client, this);
    registry->setObjectName(QStringLiteral("filterRegistryLoader"));
    connect(filters, &FilterBar::connectorTypesWanted, registry, [this, registry] {
        if (m_session->isReady() && !registry->isLoading())
            registry->load();
    });
    connect(registry, &RegistryLoader::loaded, filters, &FilterBar::setConnectorTypes);
    connect(registry, &RegistryLoader::failed, this, [this](const ApiError& error) {
        // The combo asks again the next time it is opened.
        m_ui->statusBar->showMessage(tr("The connector types could not be loaded: %1").arg(error.toString()),
                                     filterMessageTimeoutMs);
    });
    connect(m_session, &ServerSession::serverChanged, registry, [registry, filters] {
        registry->cancel();
        filters->forgetConnectorTypes(); // another server's registry
    });

    m_sortGuard = new TableSortGuard(table, m_controller, this);
    connect(m_controller, &ConnectorListController::pageLoaded, m_sortGuard, &TableSortGuard::sync);
    connect(m_sortGuard, &TableSortGuard::refused, this, [this](const QString& reason) {
        m_ui->statusBar->showMessage(reason, filterMessageTimeoutMs);
    });

    connect(m_controller, &ConnectorListController::instanceOpened, this, [this, table](const QString& id) {
        table->selectConnector(id);
        m_ui->statusBar->showMessage(tr("Opened the instance with the id %1 (the filters do not apply to it); clear "
                                        "the search to see the list again.")
                                         .arg(id),
                                     filterMessageTimeoutMs);
    });
    connect(m_controller, &ConnectorListController::idNotFound, this, [this](const QString& id) {
        m_ui->statusBar->showMessage(
            tr("No instance has the id %1: searching names, types and groups for it instead.").arg(id),
            filterMessageTimeoutMs);
    });

    m_revealer = new CreatedRevealer(m_client, m_controller, table, this);
    connect(m_revealer, &CreatedRevealer::message, this, [this](const QString& text) {
        m_ui->statusBar->showMessage(text, filterMessageTimeoutMs);
    });
    connect(m_session, &ServerSession::serverChanged, m_revealer, &CreatedRevealer::cancel);
}

void MainWindow::restoreListSettings()
{
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
    } else if (const QHeaderView* header = m_ui->connectorTable->horizontalHeader();
               header->sortIndicatorSection() >= 0) {
        query.setSort(header->sortIndicatorSection(), header->sortIndicatorOrder()); // settings of older versions
    }
    if (m_savedLimit > 0)
        query.setLimit(m_savedLimit);
    m_controller->restoreQuery(query);
    // The header's saved indicator would claim an order before any row is here: the first page that
    // can be sorted whole shows it again (TableSortGuard).
    m_ui->connectorTable->sortByColumn(-1, Qt::AscendingOrder);
}

void MainWindow::saveListSettings()
{
    const ListQuery& query = m_controller->query();
    m_settings.setValue(
        keyScope, query.scope() == ListQuery::Scope::All ? QStringLiteral("all") : ListQuery::scopeName(query.scope()));
    m_settings.setValue(keyState, ListQuery::stateName(query.state()));
    m_settings.setValue(keyType, query.connectorType());
    m_settings.setValue(keyAuthenticated, ListQuery::authenticatedName(query.authenticated()));
    m_settings.setValue(keySortColumn, query.sortColumn());
    m_settings.setValue(keySortOrder, query.sortOrder() == Qt::DescendingOrder);
}

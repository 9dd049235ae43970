#include "app/mainwindow.h"

#include "ui_mainwindow.h"

#include "app/list/connectortableview.h"
#include "core/net/apiclient.h"
#include "core/settings/appsettings.h"
#include "core/list/connectorlistcontroller.h"
#include "core/list/connectorpageloader.h"
#include "core/list/connectortablemodel.h"
#include "core/settings/credentialstore.h"
#include "app/list/createdrevealer.h"
#include "app/demoserver.h"
#include "app/dialoglauncher.h"
#include "app/export/exportcontroller.h"
#include "app/lifecycle/lifecycleactions.h"
#include "app/serversession.h"
#include "app/statuspanel.h"

#include <QClipboard>
#include <QCloseEvent>
#include <QGuiApplication>
#include <QMenu>

namespace {

constexpr int deleteReloadDelayMs = 2500; // a background deletion is likely over by then
constexpr int messageTimeoutMs = 8000; // how long the status bar shows what an action did
constexpr int defaultTableWidth = 1020;
constexpr int defaultDetailsWidth = 340;
constexpr int minimumTableWidth = 200; // left to the table when showDetails() opens a collapsed pane
constexpr qreal noServerHeadlineScale = 1.5;

QIcon themedIcon(const char* themeName, const char* fallback)
{
    return QIcon::fromTheme(QLatin1String(themeName), QIcon(QLatin1String(fallback)));
}

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : MainWindow(nullptr, parent)
{ }

MainWindow::MainWindow(ApiClient* client, QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_settings(appsettings::open())
    , m_profiles(m_settings)
    , m_client(client ? client : new ApiClient(this))
    , m_credentials(new CredentialStore(appsettings::application(), this))
    , m_session(new ServerSession(m_client, m_credentials, this))
    , m_dialogs(new DialogLauncher(this))
{
    // The resources live in a static library: make sure the linker keeps them.
    Q_INIT_RESOURCE(connector_admin);
    m_ui->setupUi(this);
    if (m_client->parent() == this)
        m_client->setObjectName(QStringLiteral("apiClient"));
    m_controller = new ConnectorListController(m_client, tableModel(), this);
    m_controller->setObjectName(QStringLiteral("connectorListController"));
    m_deleteReloadTimer = new QTimer(this);
    m_deleteReloadTimer->setObjectName(QStringLiteral("deleteReloadTimer"));
    m_status = new StatusPanel(m_ui->statusBar);
    m_ui->detailsPane->setClient(m_client);
    m_ui->detailsPane->setRenameAction(m_ui->actionRename);
    m_ui->pager->setLimit(m_controller->query().limit());
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->pages->setCurrentWidget(m_ui->connectorsPage);
    QFont headline = m_ui->noServerLabel->font();
    headline.setPointSizeF(headline.pointSizeF() * noServerHeadlineScale);
    headline.setBold(true);
    m_ui->noServerLabel->setFont(headline);
    m_deleteReloadTimer->setSingleShot(true);
    m_deleteReloadTimer->setInterval(deleteReloadDelayMs);
    setWindowIcon(QIcon(QStringLiteral(":/icons/connector-admin.svg")));
    setupActions();
    setupConnections();
    setupLifecycle();
    setupExport();
    setupBulk();
    setupKeyboard();
    setupStatus();
    restoreSettings();
    setupFilters();
    updateTitle();
    updateActions();
}

MainWindow::~MainWindow()
{
    // Nothing of ours may still be in flight when the client (ours or a test's) goes away.
    m_controller->cancel();
    m_export->cancel();
    m_ui->detailsPane->clear();
}

ConnectorTableModel* MainWindow::tableModel() const
{
    return m_ui->connectorTable->connectorModel();
}

void MainWindow::setupActions()
{
    m_ui->actionNew->setIcon(themedIcon("list-add", ":/icons/new.svg"));
    m_ui->actionRename->setIcon(themedIcon("edit-rename", ":/icons/rename.svg"));
    m_ui->actionDelete->setIcon(themedIcon("edit-delete", ":/icons/delete.svg"));
    m_ui->actionReload->setIcon(themedIcon("view-refresh", ":/icons/reload.svg"));
    m_ui->actionDetails->setIcon(themedIcon("document-properties", ":/icons/details.svg"));
    m_ui->actionCopyId->setIcon(themedIcon("edit-copy", ":/icons/copy.svg"));
    m_ui->actionServerProfiles->setIcon(themedIcon("network-server", ":/icons/server.svg"));
    m_ui->actionQuit->setIcon(QIcon::fromTheme(QStringLiteral("application-exit")));
    // Del and F2 act on the table's row only: in the search box they edit text as usual.
    for (QAction* a : {m_ui->actionRename, m_ui->actionDelete, m_ui->actionCopyId}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_ui->connectorTable->addAction(a);
    }
    // The tooltip of an enabled action, kept for when updateActions() puts it back.
    for (QAction* a : {m_ui->actionRename, m_ui->actionDelete})
        a->setProperty("defaultToolTip", a->toolTip());
}

void MainWindow::setupConnections()
{
    FilterBar* filters = m_ui->filterBar;
    PagerWidget* pager = m_ui->pager;
    ConnectorTableView* table = m_ui->connectorTable;
    connect(filters, &FilterBar::scopeChanged, m_controller, &ConnectorListController::setScope);
    connect(filters, &FilterBar::stateChanged, m_controller, &ConnectorListController::setState);
    connect(filters, &FilterBar::searchEdited, m_controller, &ConnectorListController::setSearch);
    connect(filters, &FilterBar::searchSubmitted, m_controller, &ConnectorListController::applySearchNow);
    connect(pager, &PagerWidget::firstRequested, m_controller, &ConnectorListController::firstPage);
    connect(pager, &PagerWidget::previousRequested, m_controller, &ConnectorListController::previousPage);
    connect(pager, &PagerWidget::nextRequested, m_controller, &ConnectorListController::nextPage);
    connect(pager, &PagerWidget::lastRequested, m_controller, &ConnectorListController::lastPage);
    connect(pager, &PagerWidget::limitChanged, m_controller, &ConnectorListController::setLimit);

    connect(m_controller, &ConnectorListController::loadingChanged, this, &MainWindow::onLoadingChanged);
    connect(m_controller, &ConnectorListController::queryChanged, this, &MainWindow::onQueryChanged);
    connect(m_controller, &ConnectorListController::pageLoaded, this, &MainWindow::onPageLoaded);
    connect(m_controller, &ConnectorListController::loadFailed, this, &MainWindow::onLoadFailed);

    connect(table, &ConnectorTableView::currentConnectorChanged, this, &MainWindow::onCurrentConnectorChanged);
    connect(table, &ConnectorTableView::currentConnectorUpdated, this, &MainWindow::onCurrentConnectorUpdated);
    connect(table, &ConnectorTableView::contextMenuRequested, this, &MainWindow::showTableMenu);
    connect(table, &ConnectorTableView::doubleClicked, this, &MainWindow::showDetails);
    connect(tableModel(), &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateEmptyState);

    DetailsPane* details = m_ui->detailsPane;
    connect(details, &DetailsPane::instanceFetched, tableModel(), &ConnectorTableModel::updateConnector);
    connect(details, &DetailsPane::instanceNotFound, this, [this] {
        m_ui->statusBar->showMessage(
            tr("The selected instance is no longer on the server. Reload (F5) to refresh the list."));
    });

    connect(m_ui->errorBanner, &ErrorBanner::retryRequested, this, &MainWindow::reload);
    connect(m_ui->setupServerButton, &QPushButton::clicked, this, &MainWindow::showServerProfiles);
    connect(m_session, &ServerSession::serverChanged, this, &MainWindow::onServerChanged);
    connect(m_session, &ServerSession::ready, this, &MainWindow::onSessionReady);
    connect(m_session, &ServerSession::problem, this, [this](const QString& message) {
        m_ui->statusBar->showMessage(message);
        m_status->setConnectionError(message);
    });
    connect(m_deleteReloadTimer, &QTimer::timeout, this, &MainWindow::reload);
    connect(m_dialogs, &DialogLauncher::created, this, &MainWindow::onConnectorCreated);
    connect(m_dialogs, &DialogLauncher::renamed, this, &MainWindow::onConnectorRenamed);
    connect(m_dialogs, &DialogLauncher::deleted, this, &MainWindow::onConnectorDeleted);
    connect(m_dialogs, &DialogLauncher::notFound, this, &MainWindow::onConnectorNotFound);
    connect(m_dialogs, &DialogLauncher::profileChosen, this, &MainWindow::openProfile);

    connect(m_ui->actionNew, &QAction::triggered, this, &MainWindow::newConnector);
    connect(m_ui->actionRename, &QAction::triggered, this, &MainWindow::renameCurrent);
    connect(m_ui->actionDelete, &QAction::triggered, this, &MainWindow::deleteCurrent);
    connect(m_ui->actionReload, &QAction::triggered, this, &MainWindow::reload);
    connect(m_ui->actionCopyId, &QAction::triggered, this, &MainWindow::copyCurrentId);
    connect(m_ui->actionCopyName, &QAction::triggered, this, &MainWindow::copyCurrentName);
    connect(m_ui->actionDetails, &QAction::triggered, this, &MainWindow::showDetails);
    connect(m_ui->actionShowDetailsPane, &QAction::toggled, this, [this](bool shown) {
        m_ui->detailsPane->setVisible(shown);
        // A hidden pane fetches nothing: catch up with the selection when it comes back.
        const ConnectorInstance* instance = currentInstance();
        if (shown && instance && m_ui->detailsPane->connectorId() != instance->id)
            m_ui->detailsPane->showInstance(*instance);
    });
    connect(m_ui->actionServerProfiles, &QAction::triggered, this, &MainWindow::showServerProfiles);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::restoreSettings()
{
    m_settings.beginGroup(QStringLiteral("mainWindow"));
    fitToScreen(restoreGeometry(m_settings.value(QStringLiteral("geometry")).toByteArray()));
    restoreState(m_settings.value(QStringLiteral("state")).toByteArray());
    if (!m_ui->splitter->restoreState(m_settings.value(QStringLiteral("splitter")).toByteArray()))
        m_ui->splitter->setSizes({defaultTableWidth, defaultDetailsWidth});
    m_ui->connectorTable->restoreState(m_settings.value(QStringLiteral("header")).toByteArray());
    m_ui->actionShowDetailsPane->setChecked(m_settings.value(QStringLiteral("detailsVisible"), true).toBool());
    m_settings.endGroup();
    // No server yet: the first load applies the saved page size.
    const int limit = m_settings.value(QStringLiteral("list/limit")).toInt();
    if (PagerWidget::pageSizes().contains(limit)) {
        m_savedLimit = limit;
        m_ui->pager->setLimit(limit);
    }
    restoreListSettings();
}

void MainWindow::saveSettings()
{
    m_settings.beginGroup(QStringLiteral("mainWindow"));
    m_settings.setValue(QStringLiteral("geometry"), saveGeometry());
    m_settings.setValue(QStringLiteral("state"), saveState());
    m_settings.setValue(QStringLiteral("splitter"), m_ui->splitter->saveState());
    m_settings.setValue(QStringLiteral("header"), m_ui->connectorTable->saveState());
    m_settings.setValue(QStringLiteral("detailsVisible"), m_ui->actionShowDetailsPane->isChecked());
    m_settings.endGroup();
    m_settings.setValue(QStringLiteral("list/limit"), m_controller->query().limit());
    saveListSettings();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveSettings();
    m_controller->cancel();
    QMainWindow::closeEvent(event);
}

void MainWindow::openServer(const QUrl& baseUrl, const QString& token, const QString& label)
{
    m_session->useServer(baseUrl, token, label);
}

void MainWindow::openProfile(const ServerProfile& profile)
{
    m_session->useProfile(profile);
}

void MainWindow::openDemo(DemoServer& demo)
{
    m_demo = true;
    m_session->useServer(demo.baseUrl(), demo.token(), tr("Demo"));
}

void MainWindow::showNoServer()
{
    m_ui->pages->setCurrentWidget(m_ui->noServerPage);
    updateActions();
    // Open the profiles dialog once the window is on screen, so that it has a parent to sit on.
    QTimer::singleShot(0, this, &MainWindow::showServerProfiles);
}

void MainWindow::onServerChanged()
{
    // Whatever is on screen belongs to the previous server, and so do the open instance dialogs.
    m_dialogs->closeInstanceDialogs();
    forgetLifecycle();
    m_controller->cancel();
    m_deleteReloadTimer->stop();
    tableModel()->clear();
    m_ui->detailsPane->clear();
    m_ui->errorBanner->hide();
    m_ui->pager->setPagination(Pagination{}, QString());
    m_ui->pages->setCurrentWidget(m_ui->connectorsPage);
    m_status->setServer(serverText(), m_session->baseUrl().toString());
    m_status->setConnectionPending(tr("Signing in…"));
    updateTitle();
    updateActions();
}

void MainWindow::onSessionReady()
{
    m_status->setConnectionPending(tr("Connecting…"));
    updateActions();
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

void MainWindow::reload()
{
    if (!m_session->hasServer())
        return;
    m_deleteReloadTimer->stop();
    m_controller->reload();
}

void MainWindow::onLoadingChanged(bool loading)
{
    m_status->setBusy(loading);
    updateEmptyState();
}

void MainWindow::onQueryChanged(const ListQuery& query)
{
    m_ui->filterBar->setQuery(query);
    m_ui->pager->setLimit(query.limit());
}

void MainWindow::onPageLoaded(const Pagination& pagination)
{
    m_ui->errorBanner->hide();
    m_status->setConnectionOk();
    const QString range = m_controller->rangeText();
    m_ui->pager->setPagination(pagination, range);
    if (m_controller->rowsWithoutId() > 0)
        m_ui->statusBar->showMessage(tr(
            "%n row(s) without an id were left out: they cannot be acted on.", nullptr, m_controller->rowsWithoutId()));
    updateEmptyState();
    updateActions();
}

void MainWindow::onLoadFailed(const ApiError& error)
{
    m_ui->errorBanner->showError(error, tableModel()->rowCount() > 0);
    m_status->setConnectionError(error.toString());
    updateEmptyState();
}

void MainWindow::updateEmptyState()
{
    QString text;
    if (tableModel()->rowCount() == 0 && m_session->hasServer()) {
        if (m_controller->isLoading() || !m_session->isReady()) {
            text = tr("Loading connector instances…");
        } else if (!m_controller->lastError().isError()) {
            const QString filters = m_ui->filterBar->summary();
            text = filters.isEmpty() ? tr("No connector instances yet. Create one with New (Ctrl+N).")
                                     : tr("No connector instances match the filters: %1.").arg(filters);
        }
    }
    m_ui->connectorTable->setEmptyText(text);
}

const ConnectorInstance* MainWindow::currentInstance() const
{
    return m_ui->connectorTable->currentInstance();
}

void MainWindow::onCurrentConnectorChanged(const QString& id)
{
    const ConnectorInstance* instance = currentInstance();
    if (id.isEmpty() || !instance)
        m_ui->detailsPane->clear();
    else if (m_ui->actionShowDetailsPane->isChecked())
        m_ui->detailsPane->showInstance(*instance);
    updateActions();
}

void MainWindow::onCurrentConnectorUpdated(const QString& id)
{
    const ConnectorInstance* instance = currentInstance();
    if (instance && instance->id == id)
        m_ui->detailsPane->updateInstance(*instance);
    updateActions();
}

void MainWindow::updateActions()
{
    const bool connected = m_session->hasServer();
    const ConnectorInstance* instance = currentInstance();
    const QString reason = instance ? instance->lockReason() : QString();
    const bool canChange = instance && reason.isEmpty();
    m_ui->actionNew->setEnabled(connected && m_session->isReady());
    m_ui->actionReload->setEnabled(connected);
    m_ui->actionCopyId->setEnabled(instance);
    m_ui->actionCopyName->setEnabled(instance);
    m_ui->actionDetails->setEnabled(instance);
    m_ui->actionRename->setEnabled(canChange);
    m_ui->actionDelete->setEnabled(canChange);
    if (m_lifecycle)
        m_lifecycle->update(instance, connected && m_session->isReady());
    if (m_export)
        m_export->setAvailable(connected && m_session->isReady());
    m_ui->filterBar->setEnabled(connected && m_session->isReady());
    m_ui->pager->setEnabled(connected && m_session->isReady());
    // Say why before the user tries: a locked or deleting instance refuses with 409 anyway.
    for (QAction* a : {m_ui->actionRename, m_ui->actionDelete}) {
        const QString normal = a->property("defaultToolTip").toString();
        a->setToolTip(reason.isEmpty() ? normal : tr("%1 is unavailable: %2").arg(a->iconText(), reason));
    }
    holdRowActionsBehindDialogs();
}

void MainWindow::updateTitle()
{
    QString where;
    if (m_demo)
        where = tr("Demo");
    else if (m_session->hasServer())
        where = serverText(); // two local servers differ by their port
    setWindowTitle(where.isEmpty() ? tr("Connector Admin") : tr("%1 \u2014 Connector Admin").arg(where));
}

void MainWindow::showTableMenu(const QPoint& globalPos)
{
    if (!currentInstance())
        return;
    auto* menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("tableContextMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(m_ui->actionCopyId);
    menu->addAction(m_ui->actionCopyName);
    menu->addAction(m_ui->actionDetails);
    menu->addSeparator();
    menu->addAction(m_ui->actionRename);
    menu->addAction(m_ui->actionDelete);
    menu->addSeparator();
    menu->addActions(lifecycleMenuActions());
    if (const QList<QAction*> bulk = bulkMenuActions(); !bulk.isEmpty()) {
        menu->addSeparator();
        menu->addActions(bulk);
    }
    menu->setToolTipsVisible(true); // so that a disabled rename says why
    menu->popup(globalPos);
}

void MainWindow::copyCurrentId()
{
    if (const ConnectorInstance* instance = currentInstance()) {
        QGuiApplication::clipboard()->setText(instance->id);
        m_ui->statusBar->showMessage(tr("Copied the id of \u201c%1\u201d: %2").arg(instance->name, instance->id),
                                     messageTimeoutMs);
    }
}

void MainWindow::copyCurrentName()
{
    if (const ConnectorInstance* instance = currentInstance()) {
        QGuiApplication::clipboard()->setText(instance->name);
        m_ui->statusBar->showMessage(tr("Copied the name \u201c%1\u201d.").arg(instance->name), messageTimeoutMs);
    }
}

void MainWindow::showDetails()
{
    const ConnectorInstance* instance = currentInstance();
    if (!instance)
        return;
    const QList<int> sizes = m_ui->splitter->sizes();
    if (sizes.size() == 2 && sizes.at(1) == 0) // collapsed by the user: open it again
        m_ui->splitter->setSizes({std::max(sizes.at(0) - defaultDetailsWidth, minimumTableWidth), defaultDetailsWidth});
    if (!m_ui->actionShowDetailsPane->isChecked())
        m_ui->actionShowDetailsPane->setChecked(true); // shows the pane, which then asks the server
    else if (m_ui->detailsPane->connectorId() == instance->id)
        m_ui->detailsPane->refresh();
    else
        m_ui->detailsPane->showInstance(*instance);
}

void MainWindow::onConnectorCreated(const ConnectorInstance& instance)
{
    // The revealer selects it once a page shows it (switching page or filters), and says so.
    m_revealer->reveal(instance);
    m_ui->statusBar->showMessage(tr("Created \u201c%1\u201d.").arg(instance.name), messageTimeoutMs);
    reload();
}

void MainWindow::onConnectorRenamed(const ConnectorInstance& updated)
{
    tableModel()->updateConnector(updated);
    readBack(updated.id); // the rename answer is minimal: the server's whole instance replaces it
    m_ui->statusBar->showMessage(tr("Renamed to \u201c%1\u201d.").arg(updated.name), messageTimeoutMs);
    updateActions();
}

void MainWindow::onConnectorDeleted(const QString& id, bool inBackground, const QString& message)
{
    const int row = tableModel()->rowOf(id);
    const QString name = row >= 0 ? tableModel()->instanceAt(row)->name : id;
    if (inBackground && row >= 0) {
        // The server deletes it over time: show that, then ask again when it is likely gone.
        tableModel()->markDeleting(id);
        m_deleteReloadTimer->start();
        lifecycleActionDone();
    } else {
        tableModel()->removeConnector(id);
        reload();
    }
    const QString text = message.isEmpty() ? (inBackground ? tr("Deleting \u201c%1\u201d in the background…").arg(name)
                                                           : tr("Deleted \u201c%1\u201d.").arg(name))
                                           : message;
    m_ui->statusBar->showMessage(text, messageTimeoutMs);
    updateActions();
}

void MainWindow::onConnectorNotFound(const QString& id)
{
    Q_UNUSED(id)
    m_ui->statusBar->showMessage(tr("That instance had already been deleted; the list is reloaded."), messageTimeoutMs);
    reload();
}

void MainWindow::newConnector()
{
    if (!m_session->hasServer())
        return;
    const QString scope = scopeName(m_ui->filterBar->scope() == ListQuery::Scope::Personal ? ConnectorScope::Personal
                                                                                           : ConnectorScope::Team);
    prepareCreateDialog(m_dialogs->openCreate(m_client, scope));
}

void MainWindow::renameCurrent()
{
    const ConnectorInstance* instance = currentInstance();
    if (instance && instance->lockReason().isEmpty())
        m_dialogs->openRename(m_client, *instance);
}

void MainWindow::deleteCurrent()
{
    const ConnectorInstance* instance = currentInstance();
    if (instance && instance->lockReason().isEmpty())
        m_dialogs->openDelete(m_client, *instance);
}

void MainWindow::showServerProfiles()
{
    m_dialogs->openProfiles(&m_profiles, m_credentials);
}

void MainWindow::showAbout()
{
    m_dialogs->openAbout();
}

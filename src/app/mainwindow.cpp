#include "app/mainwindow.h"

#include "ui_mainwindow.h"

#include "app/bulk/bulkactions.h"
#include "app/bulk/bulkfeature.h"
#include "app/demoserver.h"
#include "app/dialoglauncher.h"
#include "app/export/exportcontroller.h"
#include "app/export/exportfeature.h"
#include "app/keyboardnavigation.h"
#include "app/lifecycle/lifecycleactions.h"
#include "app/lifecycle/lifecyclefeature.h"
#include "app/lifecycle/signinprogress.h"
#include "app/list/connectortableview.h"
#include "app/list/listfeature.h"
#include "app/serversession.h"
#include "app/statuspanel.h"
#include "app/teamscopememory.h"
#include "app/windowgeometry.h"
#include "core/list/connectorlistcontroller.h"
#include "core/list/connectortablemodel.h"
#include "core/net/apiclient.h"
#include "core/settings/appsettings.h"
#include "core/settings/credentialstore.h"

#include <QClipboard>
#include <QCloseEvent>
#include <QGuiApplication>
#include <QMenu>

namespace {

constexpr int deleteReloadDelayMs = 2500; // a background deletion is likely over by then
constexpr int messageTimeoutMs = 8000; // how long the status bar shows what an action did
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
    , m_teamScope(new TeamScopeMemory(m_session, m_settings, this))
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
    m_geometry = std::make_unique<WindowGeometry>(this, m_ui->splitter, m_settings);
    QFont headline = m_ui->noServerLabel->font();
    headline.setPointSizeF(headline.pointSizeF() * noServerHeadlineScale);
    headline.setBold(true);
    m_ui->noServerLabel->setFont(headline);
    m_deleteReloadTimer->setSingleShot(true);
    m_deleteReloadTimer->setInterval(deleteReloadDelayMs);
    setWindowIcon(QIcon(QStringLiteral(":/icons/connector-admin.svg")));
    setupActions();
    setupConnections();
    setupFeatures();
    restoreSettings();
    // Made after the window's layout is restored: it restores the list's own settings, then follows them.
    m_list = new ListFeature(m_client,
                             m_controller,
                             m_session,
                             m_ui->filterBar,
                             m_ui->connectorTable,
                             m_ui->pager,
                             m_ui->statusBar,
                             m_settings,
                             this);
    updateTitle();
    updateActions();
}

MainWindow::~MainWindow()
{
    // Nothing of ours may still be in flight when the client (ours or a test's) goes away.
    m_controller->cancel();
    m_export->controller()->cancel();
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

    connect(m_controller, &ConnectorListController::loadingChanged, m_status, &StatusPanel::setBusy);
    connect(m_controller, &ConnectorListController::queryChanged, this, &MainWindow::onQueryChanged);
    connect(m_controller, &ConnectorListController::pageLoaded, this, &MainWindow::onPageLoaded);
    connect(m_controller, &ConnectorListController::loadFailed, this, &MainWindow::onLoadFailed);

    connect(table, &ConnectorTableView::currentConnectorChanged, this, &MainWindow::onCurrentConnectorChanged);
    connect(table, &ConnectorTableView::currentConnectorUpdated, this, &MainWindow::onCurrentConnectorUpdated);
    connect(table, &ConnectorTableView::contextMenuRequested, this, &MainWindow::showTableMenu);
    connect(table, &ConnectorTableView::doubleClicked, this, &MainWindow::showDetails);

    DetailsPane* details = m_ui->detailsPane;
    connect(details, &DetailsPane::instanceFetched, tableModel(), &ConnectorTableModel::updateConnector);
    connect(details, &DetailsPane::instanceNotFound, this, [this] {
        m_ui->statusBar->showMessage(
            tr("The selected instance is no longer on the server. Reload (F5) to refresh the list."));
    });
    connect(details, &DetailsPane::copied, this, [this](const QString& message) {
        m_ui->statusBar->showMessage(message, messageTimeoutMs);
    });

    connect(m_ui->errorBanner, &ErrorBanner::retryRequested, this, &MainWindow::reload);
    connect(m_ui->errorBanner, &ErrorBanner::profilesRequested, this, &MainWindow::showServerProfiles);
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
    // Disable-then-delete: the row shows the first step's result even if the deletion is then refused.
    connect(m_dialogs, &DialogLauncher::instanceChanged, tableModel(), &ConnectorTableModel::updateConnector);
    // While a rename or delete dialog is open, the row actions wait (updateActions()).
    connect(m_dialogs, &DialogLauncher::dialogsChanged, this, &MainWindow::updateActions);

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

void MainWindow::setupFeatures()
{
    // Lifecycle: in the Edit menu after Rename and Delete; in the toolbar after Delete, the everyday ones.
    m_lifecycle = new LifecycleFeature(
        m_client, m_controller, tableModel(), m_ui->detailsPane, m_ui->errorBanner, m_ui->statusBar, this);
    const QList<QAction*> lifecycleActions = m_lifecycle->lifecycleActions()->actions();
    m_ui->menuEdit->insertSeparator(m_ui->actionCopyId);
    m_ui->menuEdit->insertActions(m_ui->actionCopyId, lifecycleActions);
    m_ui->menuEdit->insertSeparator(m_ui->actionCopyId);
    m_ui->menuEdit->setToolTipsVisible(true);
    const QList<QAction*> toolbarActions = m_ui->mainToolBar->actions();
    const qsizetype deleteAt = toolbarActions.indexOf(m_ui->actionDelete);
    QAction* beforeReload = deleteAt >= 0 ? toolbarActions.value(deleteAt + 1) : nullptr; // nullptr: at the end
    m_ui->mainToolBar->insertSeparator(beforeReload);
    m_ui->mainToolBar->insertActions(beforeReload, m_lifecycle->toolBarActions());
    addActions(lifecycleActions); // the shortcuts work wherever the focus is in the window
    m_ui->statusBar->addPermanentWidget(m_lifecycle->signInProgress());
    connect(m_lifecycle->lifecycleActions(), &LifecycleActions::changed, this, &MainWindow::updateActions);

    // Bulk: the selection across pages, which the export reads too.
    m_bulk = new BulkFeature(m_client, m_ui->connectorTable, m_controller, m_session, m_ui->statusBar, this);
    connect(m_bulk, &BulkFeature::reloadRequested, this, &MainWindow::reload);
    m_export = new ExportFeature(
        m_client, m_controller, m_bulk->selection(), m_session, m_ui->errorBanner, m_ui->statusBar, this);

    // Export: in the File menu after New, before Server profiles; Ctrl+E wherever the focus is.
    m_ui->menuFile->insertAction(m_ui->actionServerProfiles, m_export->action());
    m_ui->menuFile->insertSeparator(m_ui->actionServerProfiles);
    addAction(m_export->action());

    // Bulk: a "Selected instances" submenu after the single-instance actions, Select all matching before it.
    QAction* selectAll = m_bulk->bulkActions()->selectAllMatchingAction();
    QAction* bulkMenu = m_ui->menuEdit->addMenu(m_bulk->menu());
    m_ui->menuEdit->insertSeparator(bulkMenu);
    m_ui->menuEdit->insertAction(bulkMenu, selectAll);
    addAction(selectAll);
    m_ui->statusBar->addPermanentWidget(m_bulk->bulkActions()->statusLabel());

    // Keyboard: the pages and the columns in the View menu, the shortcuts' list in the Help menu.
    m_keyboard = new KeyboardNavigation(
        this, m_ui->filterBar, m_ui->errorBanner, m_ui->connectorTable, m_ui->detailsPane, m_ui->pager);
    const QList<QAction*> pages = m_ui->pager->pageActions();
    m_ui->menuView->addSeparator();
    m_ui->menuView->addActions(pages);
    addActions(pages); // wherever the focus is in the window
    m_ui->menuView->addSeparator();
    m_ui->menuView->addMenu(m_keyboard->columnsMenu());
    m_ui->menuHelp->insertAction(m_ui->actionAbout, m_keyboard->shortcutsAction());
    addAction(m_keyboard->shortcutsAction());
    connect(m_keyboard, &KeyboardNavigation::rowMenuRequested, this, &MainWindow::showTableMenu);
}

void MainWindow::restoreSettings()
{
    m_geometry->restore();
    const QByteArray header = m_settings.value(QStringLiteral("mainWindow/header")).toByteArray();
    m_ui->connectorTable->restoreState(header);
    const bool detailsVisible = m_settings.value(QStringLiteral("mainWindow/detailsVisible"), true).toBool();
    m_ui->actionShowDetailsPane->setChecked(detailsVisible);
}

void MainWindow::saveSettings()
{
    m_geometry->save();
    m_settings.setValue(QStringLiteral("mainWindow/header"), m_ui->connectorTable->saveState());
    m_settings.setValue(QStringLiteral("mainWindow/detailsVisible"), m_ui->actionShowDetailsPane->isChecked());
    m_list->saveSettings();
}

QString MainWindow::serverText() const
{
    const QUrl url = m_session->baseUrl();
    const QString host = url.port() >= 0 ? QStringLiteral("%1:%2").arg(url.host()).arg(url.port()) : url.host();
    const QString label = m_session->label();
    if (label.isEmpty() || label == url.host() || label == host)
        return host;
    return tr("%1 (%2)").arg(label, host);
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
    m_lifecycle->forgetServer();
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
    m_list->loadFirstPage();
}

void MainWindow::reload()
{
    if (!m_session->hasServer())
        return;
    m_deleteReloadTimer->stop();
    m_controller->reload();
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
    updateActions();
}

void MainWindow::onLoadFailed(const ApiError& error)
{
    m_ui->errorBanner->showError(error, tableModel()->rowCount() > 0);
    m_status->setConnectionError(error.toString());
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
        m_lifecycle->lifecycleActions()->update(instance, connected && m_session->isReady());
    if (m_export)
        m_export->controller()->setAvailable(connected && m_session->isReady());
    m_ui->filterBar->setEnabled(connected && m_session->isReady());
    m_ui->pager->setEnabled(connected && m_session->isReady());
    // Say why before the user tries: a locked or deleting instance refuses with 409 anyway.
    for (QAction* a : {m_ui->actionRename, m_ui->actionDelete}) {
        const QString normal = a->property("defaultToolTip").toString();
        a->setToolTip(reason.isEmpty() ? normal : tr("%1 is unavailable: %2").arg(a->iconText(), reason));
    }
    // Non-modal dialogs leave the window usable: its row actions must not reach another row than the one
    // the open rename or delete dialog is about.
    if (const QWidget* dialog = m_dialogs->rowDialog()) {
        const QString why = tr("Unavailable while \u201c%1\u201d is open.").arg(dialog->windowTitle());
        QList<QAction*> held{m_ui->actionRename, m_ui->actionDelete};
        if (m_lifecycle)
            held += m_lifecycle->lifecycleActions()->actions();
        for (QAction* a : held) {
            a->setEnabled(false);
            a->setToolTip(why);
        }
    }
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
    menu->addActions(m_lifecycle->lifecycleActions()->actions());
    if (const QList<QAction*> bulk = m_bulk->menuActions(); !bulk.isEmpty()) {
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
    m_geometry->openDetails(); // when the admin collapsed it
    if (!m_ui->actionShowDetailsPane->isChecked())
        m_ui->actionShowDetailsPane->setChecked(true); // shows the pane, which then asks the server
    else if (m_ui->detailsPane->connectorId() == instance->id)
        m_ui->detailsPane->refresh();
    else
        m_ui->detailsPane->showInstance(*instance);
}

void MainWindow::onConnectorCreated(const ConnectorInstance& instance)
{
    m_list->revealCreated(instance); // selected once a page shows it (switching page or filters)
    m_ui->statusBar->showMessage(tr("Created \u201c%1\u201d.").arg(instance.name), messageTimeoutMs);
    reload();
}

void MainWindow::onConnectorRenamed(const ConnectorInstance& updated)
{
    tableModel()->updateConnector(updated);
    // The rename answer is minimal: the server's whole instance replaces it, read by the details pane
    // when it shows this instance (its answer updates the row), else by the list.
    if (m_ui->actionShowDetailsPane->isChecked() && m_ui->detailsPane->connectorId() == updated.id)
        m_ui->detailsPane->refresh();
    else
        m_controller->readBack(updated.id);
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
        m_lifecycle->followSoon();
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
    m_teamScope->prepare(m_dialogs->openCreate(m_client, scope));
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

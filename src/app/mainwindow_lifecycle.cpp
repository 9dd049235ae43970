// The main window's part in an instance's life, kept apart from
// mainwindow.cpp: the lifecycle actions in the menus and the toolbar, the sign-in's progress, the
// rows that follow the server, and reading an instance back after a change.
#include "app/mainwindow.h"

#include "ui_mainwindow.h"

#include "core/wire/apianswer.h"
#include "core/net/apiclient.h"
#include "core/net/apireply.h"
#include "core/list/connectortablemodel.h"
#include "core/list/rowfollower.h"
#include "app/details/detailspane.h"
#include "app/dialoglauncher.h"
#include "app/list/errorbanner.h"
#include "app/lifecycle/lifecycleactions.h"
#include "app/list/pagefollower.h"
#include "app/lifecycle/signinprogress.h"

void MainWindow::setupLifecycle()
{
    m_lifecycle = new LifecycleActions(m_client, this);
    m_lifecycle->setObjectName(QStringLiteral("lifecycleActions"));
    m_pageFollower = new PageFollower(m_controller, tableModel(), this);
    m_pageFollower->setObjectName(QStringLiteral("pageFollower"));
    using Kind = LifecycleActions::Kind;

    // Edit menu: after Rename and Delete.
    m_ui->menuEdit->insertSeparator(m_ui->actionCopyId);
    m_ui->menuEdit->insertActions(m_ui->actionCopyId, m_lifecycle->actions());
    m_ui->menuEdit->insertSeparator(m_ui->actionCopyId);
    m_ui->menuEdit->setToolTipsVisible(true);
    // Toolbar: after Delete, the everyday ones (Full resync asks first and stays in the menus).
    QAction* beforeReload = nullptr;
    const QList<QAction*> toolbarActions = m_ui->mainToolBar->actions();
    const qsizetype deleteAt = toolbarActions.indexOf(m_ui->actionDelete);
    if (deleteAt >= 0 && deleteAt + 1 < toolbarActions.size())
        beforeReload = toolbarActions.at(deleteAt + 1);
    m_ui->mainToolBar->insertSeparator(beforeReload);
    m_ui->mainToolBar->insertActions(beforeReload,
                                     {m_lifecycle->action(Kind::EnableSync),
                                      m_lifecycle->action(Kind::DisableSync),
                                      m_lifecycle->action(Kind::SyncNow),
                                      m_lifecycle->action(Kind::EnableAgent),
                                      m_lifecycle->action(Kind::DisableAgent),
                                      m_lifecycle->action(Kind::SignIn)});
    for (QAction* a : m_lifecycle->actions())
        addAction(a); // the shortcuts work wherever the focus is in the window

    auto* progress = new SignInProgress(m_lifecycle->signInWatcher(), m_ui->statusBar);
    m_ui->statusBar->addPermanentWidget(progress);

    connect(m_lifecycle, &LifecycleActions::instanceChanged, this, [this](const ConnectorInstance& instance) {
        // The row and, through the table's update, the details pane show the server's instance.
        if (!tableModel()->updateConnector(instance) && m_ui->detailsPane->connectorId() == instance.id)
            m_ui->detailsPane->updateInstance(instance);
    });
    connect(m_lifecycle, &LifecycleActions::message, this, [this](const QString& text) {
        m_ui->errorBanner->hide();
        m_ui->statusBar->showMessage(text, 10000);
    });
    connect(m_lifecycle, &LifecycleActions::problem, this, [this](const QString& text) {
        m_ui->errorBanner->showMessage(text, false);
        m_ui->statusBar->showMessage(text, 10000);
    });
    connect(m_lifecycle, &LifecycleActions::changed, this, &MainWindow::updateActions);
    // Disable-then-delete: the row shows the first step's result even if the deletion is then refused.
    connect(m_dialogs, &DialogLauncher::instanceChanged, this, [this](const ConnectorInstance& instance) {
        tableModel()->updateConnector(instance);
    });
    connect(m_lifecycle, &LifecycleActions::actionStarted, this, &MainWindow::lifecycleActionDone);
}

QList<QAction*> MainWindow::lifecycleMenuActions() const
{
    return m_lifecycle->actions();
}

void MainWindow::forgetLifecycle()
{
    m_lifecycle->reset();
    m_pageFollower->follower()->stop();
}

void MainWindow::lifecycleActionDone()
{
    m_pageFollower->follower()->resetBackoff();
}

void MainWindow::readBack(const QString& id)
{
    if (m_ui->actionShowDetailsPane->isChecked() && m_ui->detailsPane->connectorId() == id) {
        m_ui->detailsPane->refresh(); // its answer updates the row (instanceFetched)
        return;
    }
    ApiReply* reply = m_client->getConnector(id);
    connect(reply, &ApiReply::finished, this, [this, reply] {
        if (reply->hasError())
            return; // the row keeps what the rename said; F5 reads it again
        ApiError error;
        if (const std::optional<ConnectorInstance> read = reply->answer().instance(&error); read && read->isValid())
            tableModel()->updateConnector(*read);
    });
}

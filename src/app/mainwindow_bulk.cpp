// The main window's part in bulk work, kept apart from mainwindow.cpp: the
// selection across pages, "Select all N matching", and the bulk actions in the Edit menu, the table's
// context menu and the status bar. BulkActions does the work; this only places it in the window.
#include "app/mainwindow.h"

#include "ui_mainwindow.h"

#include "app/bulk/bulkactions.h"
#include "app/list/errorbanner.h"
#include "app/serversession.h"

#include <QLabel>
#include <QMenu>

void MainWindow::setupBulk()
{
    m_bulk = new BulkActions(m_client, m_ui->connectorTable, m_controller, this);

    // Edit menu: a "Selected instances" submenu after the single-instance actions.
    QMenu* bulkMenu = m_ui->menuEdit->addMenu(tr("Se&lected instances"));
    bulkMenu->setObjectName(QStringLiteral("menuSelection"));
    bulkMenu->addActions(m_bulk->bulkActions());
    m_ui->menuEdit->insertSeparator(bulkMenu->menuAction());
    m_ui->menuEdit->insertAction(bulkMenu->menuAction(), m_bulk->selectAllMatchingAction());
    addAction(m_bulk->selectAllMatchingAction());

    m_ui->statusBar->addPermanentWidget(m_bulk->statusLabel());
    connect(m_bulk, &BulkActions::message, this, [this](const QString& text) {
        m_ui->statusBar->showMessage(text, 15000);
    });
    connect(m_bulk, &BulkActions::reloadRequested, this, &MainWindow::reload);
    connect(m_session, &ServerSession::serverChanged, m_bulk, &BulkActions::reset);
}

QList<QAction*> MainWindow::bulkMenuActions() const
{
    return m_bulk->hasSeveralSelected() ? m_bulk->bulkActions() : QList<QAction*>();
}

// The main window's part in exporting: File > Export view... (Ctrl+E), fed with
// the table's filter and the selection (across pages), kept apart from mainwindow.cpp.
#include "app/mainwindow.h"

#include "ui_mainwindow.h"

#include "app/bulk/bulkactions.h"
#include "app/list/connectortableview.h"
#include "core/list/connectorlistcontroller.h"
#include "core/list/connectortablemodel.h"
#include "app/list/errorbanner.h"
#include "app/export/exportcontroller.h"
#include "app/bulk/selectiontracker.h"
#include "app/serversession.h"

#include <QItemSelectionModel>

#include <algorithm>

void MainWindow::setupExport()
{
    m_export = new ExportController(m_client, this);
    m_export->setObjectName(QStringLiteral("exportController"));
    // File menu: after New, before Server profiles.
    m_ui->menuFile->insertAction(m_ui->actionServerProfiles, m_export->action());
    m_ui->menuFile->insertSeparator(m_ui->actionServerProfiles);
    addAction(m_export->action()); // Ctrl+E wherever the focus is in the window

    m_export->setQuerySource([this] { return m_controller->query(); });
    m_export->setSelectionSource([this] {
        // The selection across pages (Select all matching included), as the bulk actions see it.
        if (m_bulk)
            return m_bulk->selection()->instances();
        // The selected rows in the order the table shows them.
        QModelIndexList rows = m_ui->connectorTable->selectionModel()->selectedRows();
        std::sort(
            rows.begin(), rows.end(), [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
        QList<ConnectorInstance> instances;
        instances.reserve(rows.size());
        for (const QModelIndex& index : std::as_const(rows))
            instances.append(index.data(ConnectorTableModel::InstanceRole).value<ConnectorInstance>());
        return instances;
    });
    connect(m_export, &ExportController::message, this, [this](const QString& text) {
        m_ui->statusBar->showMessage(text, 15000);
    });
    connect(m_export, &ExportController::problem, this, [this](const QString& text) {
        m_ui->errorBanner->showMessage(text, false);
        m_ui->statusBar->showMessage(text, 15000);
    });
    // What is being written belongs to the server it came from.
    connect(m_session, &ServerSession::serverChanged, m_export, &ExportController::cancel);
}

#include "app/bulk/bulkfeature.h"

#include "app/bulk/bulkactions.h"
#include "app/serversession.h"

#include <QMenu>
#include <QStatusBar>

namespace {

constexpr int messageTimeoutMs = 15000;

} // namespace

BulkFeature::BulkFeature(ApiClient* client,
                         ConnectorTableView* table,
                         ConnectorListController* controller,
                         ServerSession* session,
                         QStatusBar* statusBar,
                         QWidget* window)
    : QObject(window)
    , m_bulk(new BulkActions(client, table, controller, window))
    , m_menu(new QMenu(tr("Se&lected instances"), window))
{
    m_menu->setObjectName(QStringLiteral("menuSelection"));
    m_menu->addActions(m_bulk->bulkActions());
    connect(m_bulk, &BulkActions::message, this, [statusBar](const QString& text) {
        statusBar->showMessage(text, messageTimeoutMs);
    });
    connect(m_bulk, &BulkActions::reloadRequested, this, &BulkFeature::reloadRequested);
    connect(session, &ServerSession::serverChanged, m_bulk, &BulkActions::reset);
}

SelectionTracker* BulkFeature::selection() const
{
    return m_bulk->selection();
}

QList<QAction*> BulkFeature::menuActions() const
{
    return m_bulk->hasSeveralSelected() ? m_bulk->bulkActions() : QList<QAction*>();
}

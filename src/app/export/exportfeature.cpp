#include "app/export/exportfeature.h"

#include "app/bulk/selectiontracker.h"
#include "app/export/exportcontroller.h"
#include "app/list/errorbanner.h"
#include "app/serversession.h"
#include "core/list/connectorlistcontroller.h"

#include <QStatusBar>

namespace {

constexpr int messageTimeoutMs = 15000;

} // namespace

ExportFeature::ExportFeature(ApiClient* client,
                             ConnectorListController* controller,
                             SelectionTracker* selection,
                             ServerSession* session,
                             ErrorBanner* banner,
                             QStatusBar* statusBar,
                             QWidget* window)
    : QObject(window)
    , m_export(new ExportController(client, window))
{
    m_export->setObjectName(QStringLiteral("exportController"));
    m_export->setQuerySource([controller] { return controller->query(); });
    // The selection across pages (Select all matching included), as the bulk actions see it.
    m_export->setSelectionSource([selection] { return selection->instances(); });
    connect(m_export, &ExportController::message, this, [statusBar](const QString& text) {
        statusBar->showMessage(text, messageTimeoutMs);
    });
    connect(m_export, &ExportController::problem, this, [banner, statusBar](const QString& text) {
        banner->showMessage(text, false);
        statusBar->showMessage(text, messageTimeoutMs);
    });
    // What is being written belongs to the server it came from.
    connect(session, &ServerSession::serverChanged, m_export, &ExportController::cancel);
}

QAction* ExportFeature::action() const
{
    return m_export->action();
}

#include "app/lifecycle/lifecyclefeature.h"

#include "app/details/detailspane.h"
#include "app/lifecycle/lifecycleactions.h"
#include "app/lifecycle/signinprogress.h"
#include "app/list/errorbanner.h"
#include "app/list/pagefollower.h"
#include "core/list/connectortablemodel.h"
#include "core/list/rowfollower.h"

#include <QStatusBar>

namespace {

constexpr int messageTimeoutMs = 10000;

} // namespace

LifecycleFeature::LifecycleFeature(ApiClient* client,
                                   ConnectorListController* controller,
                                   ConnectorTableModel* model,
                                   DetailsPane* details,
                                   ErrorBanner* banner,
                                   QStatusBar* statusBar,
                                   QWidget* window)
    : QObject(window)
    , m_actions(new LifecycleActions(client, window))
    , m_pageFollower(new PageFollower(controller, model, window))
    , m_progress(new SignInProgress(m_actions->signInWatcher(), statusBar))
{
    m_actions->setObjectName(QStringLiteral("lifecycleActions"));
    m_pageFollower->setObjectName(QStringLiteral("pageFollower"));

    connect(m_actions, &LifecycleActions::instanceChanged, this, [model, details](const ConnectorInstance& instance) {
        // The row and, through the table's update, the details pane show the server's instance.
        if (!model->updateConnector(instance) && details->connectorId() == instance.id)
            details->updateInstance(instance);
    });
    connect(m_actions, &LifecycleActions::message, this, [banner, statusBar](const QString& text) {
        banner->hide();
        statusBar->showMessage(text, messageTimeoutMs);
    });
    connect(m_actions, &LifecycleActions::problem, this, [banner, statusBar](const QString& text) {
        banner->showMessage(text, false);
        statusBar->showMessage(text, messageTimeoutMs);
    });
    connect(m_actions, &LifecycleActions::actionStarted, this, &LifecycleFeature::followSoon);
}

QList<QAction*> LifecycleFeature::toolBarActions() const
{
    using Kind = LifecycleActions::Kind;
    return {m_actions->action(Kind::EnableSync),
            m_actions->action(Kind::DisableSync),
            m_actions->action(Kind::SyncNow),
            m_actions->action(Kind::EnableAgent),
            m_actions->action(Kind::DisableAgent),
            m_actions->action(Kind::SignIn)};
}

void LifecycleFeature::forgetServer()
{
    m_actions->reset();
    m_pageFollower->follower()->stop();
}

void LifecycleFeature::followSoon()
{
    m_pageFollower->follower()->resetBackoff();
}

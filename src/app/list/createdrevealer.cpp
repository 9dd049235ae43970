#include "app/list/createdrevealer.h"

#include "app/list/connectortableview.h"
#include "core/list/connectorlistcontroller.h"
#include "core/list/instancelocator.h"

CreatedRevealer::CreatedRevealer(ApiClient* client,
                                 ConnectorListController* controller,
                                 ConnectorTableView* table,
                                 QObject* parent)
    : QObject(parent)
    , m_controller(controller)
    , m_table(table)
    , m_locator(new InstanceLocator(client, this))
{
    setObjectName(QStringLiteral("createdRevealer"));
    connect(controller, &ConnectorListController::pageLoaded, this, &CreatedRevealer::onPageLoaded);
    connect(controller, &ConnectorListController::queryChanged, this, &CreatedRevealer::onQueryChanged);
    connect(controller, &ConnectorListController::loadFailed, this, &CreatedRevealer::cancel);
    connect(m_locator, &InstanceLocator::located, this, &CreatedRevealer::onLocated);
    connect(m_locator, &InstanceLocator::notLocated, this, &CreatedRevealer::giveUp);
}

void CreatedRevealer::reveal(const ConnectorInstance& instance)
{
    m_locator->cancel();
    m_instance = instance;
    m_stage = Stage::AwaitReload;
}

void CreatedRevealer::cancel()
{
    m_locator->cancel();
    m_stage = Stage::Idle;
}

void CreatedRevealer::onQueryChanged(const ListQuery& query)
{
    // The admin asked for another list while its page was being looked for: theirs wins.
    if (m_stage == Stage::Locating || (m_stage == Stage::AwaitJump && query != m_target))
        cancel();
}

void CreatedRevealer::onPageLoaded()
{
    const QString name = m_instance.name;
    if (m_stage == Stage::AwaitReload) {
        if (m_table->selectConnector(m_instance.id)) {
            m_stage = Stage::Idle;
            emit message(tr("Created \u201c%1\u201d.").arg(name));
            return;
        }
        m_stage = Stage::Locating;
        m_before = m_controller->query();
        m_locator->locate(m_before.revealing(m_instance), m_instance.id);
        emit message(tr("Created \u201c%1\u201d. Looking for the page that shows it…").arg(name));
        return;
    }
    if (m_stage != Stage::AwaitJump)
        return;
    m_stage = Stage::Idle;
    if (!m_table->selectConnector(m_instance.id)) {
        giveUp();
        return;
    }
    const ListQuery& now = m_controller->query();
    QStringList cleared;
    if (now.state() != m_before.state())
        cleared.append(tr("state filter"));
    if (now.scope() != m_before.scope())
        cleared.append(tr("scope filter"));
    if (now.connectorType() != m_before.connectorType())
        cleared.append(tr("type filter"));
    if (now.authenticated() != m_before.authenticated())
        cleared.append(tr("\u201cNot authenticated\u201d"));
    if (now.search() != m_before.search())
        cleared.append(tr("search text"));
    emit message(cleared.isEmpty() ? tr("Created \u201c%1\u201d: it is on page %2.").arg(name).arg(now.page())
                                   : tr("Created \u201c%1\u201d: it is on page %2, after clearing what hid it: %3.")
                                         .arg(name)
                                         .arg(now.page())
                                         .arg(cleared.join(QLatin1String(", "))));
}

void CreatedRevealer::onLocated(const ListQuery& query)
{
    if (m_stage != Stage::Locating)
        return;
    if (query == m_controller->query()) { // the page on screen, which did not show it
        giveUp();
        return;
    }
    m_stage = Stage::AwaitJump;
    m_target = query;
    m_controller->setQuery(query);
}

void CreatedRevealer::giveUp()
{
    if (m_stage == Stage::Idle && m_instance.id.isEmpty())
        return;
    m_stage = Stage::Idle;
    m_locator->cancel();
    emit message(tr("Created \u201c%1\u201d, but the server does not list it yet: reload (F5) to look again.")
                     .arg(m_instance.name));
}

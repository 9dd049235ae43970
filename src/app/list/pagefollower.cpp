#include "app/list/pagefollower.h"

#include "core/list/connectorlistcontroller.h"
#include "core/list/connectortablemodel.h"
#include "core/list/rowfollower.h"

#include <QEvent>
#include <QWidget>

PageFollower::PageFollower(ConnectorListController* controller, ConnectorTableModel* model, QWidget* window)
    : QObject(window)
    , m_controller(controller)
    , m_model(model)
    , m_window(window)
    , m_follower(new RowFollower(this))
{
    connect(controller, &ConnectorListController::pageLoaded, this, [this] {
        m_follower->pageArrived(m_model->connectors());
    });
    connect(controller, &ConnectorListController::loadFailed, m_follower, &RowFollower::pageFailed);
    // A row changed in place (an action's outcome, the details pane's read): it may start or end a job.
    connect(model, &QAbstractItemModel::dataChanged, this, [this] { m_follower->observe(m_model->connectors()); });
    connect(model, &QAbstractItemModel::rowsRemoved, this, [this] { m_follower->observe(m_model->connectors()); });
    connect(model, &QAbstractItemModel::modelReset, this, [this] { m_follower->observe(m_model->connectors()); });
    connect(m_follower, &RowFollower::pollDue, this, [this] {
        // A load already on its way answers this poll as well.
        if (!m_controller->isLoading())
            m_controller->reload();
    });
    window->installEventFilter(this);
}

bool PageFollower::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_window && event->type() == QEvent::WindowStateChange)
        m_follower->setActive(!m_window->isMinimized());
    return QObject::eventFilter(watched, event);
}

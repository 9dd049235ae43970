#pragma once

#include <QObject>
#include <QPointer>

class ConnectorListController;
class ConnectorTableModel;
class RowFollower;
class QWidget;

// Drives a RowFollower for the main window: every page (and every row changed in place) is observed,
// each poll is ONE reload of the page through the controller (never a request per row), and nothing
// is polled while the window is minimised.
class PageFollower final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PageFollower)

public:
    PageFollower(ConnectorListController* controller, ConnectorTableModel* model, QWidget* window);

    RowFollower* follower() const
    {
        return m_follower;
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    ConnectorListController* m_controller;
    ConnectorTableModel* m_model;
    QPointer<QWidget> m_window;
    RowFollower* m_follower;
};

#pragma once

#include <QObject>

class QLabel;
class QProgressBar;
class QStatusBar;

// The permanent part of the status bar: a busy indicator, the server and the connection state (the
// range on screen is the pager's alone). Transient messages still go through QStatusBar::showMessage.
class StatusPanel final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusPanel)

public:
    explicit StatusPanel(QStatusBar* statusBar);

    void setBusy(bool busy);
    void setServer(const QString& label, const QString& toolTip);
    void setConnectionOk();
    void setConnectionError(const QString& message);
    void setConnectionPending(const QString& message);

    QString connectionText() const;

private:
    QProgressBar* m_busy;
    QLabel* m_server;
    QLabel* m_connection;
};

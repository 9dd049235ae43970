#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class SignInWatcher;

// The small, non-modal progress of a sign-in in the browser, for the status bar: what is awaited, a
// busy bar and Cancel. Visible only while the watcher runs.
class SignInProgress final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInProgress)

public:
    explicit SignInProgress(SignInWatcher* watcher, QWidget* parent = nullptr);

    QPushButton* cancelButton() const
    {
        return m_cancel;
    }
    QString text() const;

private:
    void onRunningChanged(bool running);

    SignInWatcher* m_watcher;
    QLabel* m_label;
    QProgressBar* m_bar;
    QPushButton* m_cancel;
};

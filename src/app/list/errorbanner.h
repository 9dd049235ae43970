#pragma once

#include <QFrame>

struct ApiError;
class QLabel;
class QPushButton;

// The error state over the table: the server's own message, whether the rows below are stale, and
// a Retry button. Hidden while everything is fine.
class ErrorBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ErrorBanner)

public:
    explicit ErrorBanner(QWidget* parent = nullptr);

    // `staleRows`: the table still shows what the last successful load returned.
    void showError(const ApiError& error, bool staleRows);
    // For problems that are not an API answer (no token, a keychain that is not there).
    void showMessage(const QString& message, bool retryable);
    QString message() const;

signals:
    void retryRequested();
    // "Server profiles…", offered when the server refused the token (401/403).
    void profilesRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void updateColours();

    QLabel* m_icon;
    QLabel* m_text;
    QPushButton* m_retry;
    QPushButton* m_profiles;
};

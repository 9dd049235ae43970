#pragma once

#include "core/net/apierror.h"
#include "core/net/retrypolicy.h"
#include "core/wire/apianswer.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>

#include <utility>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

// One API call, retries included: emits finished() exactly once, then deletes itself later (hold it in
// a QPointer). abort() cancels it; finished() still comes, with ApiError::Kind::Cancelled.
class ApiReply final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiReply)

public:
    ~ApiReply() override;

    const QByteArray& method() const
    {
        return m_method;
    }
    QUrl url() const
    {
        return m_request.url();
    }
    bool isFinished() const
    {
        return m_finished;
    }
    const ApiError& error() const
    {
        return m_error;
    }
    bool hasError() const
    {
        return m_error.isError();
    }
    int httpStatus() const
    {
        return m_httpStatus;
    }
    // A successful answer, for the typed accessor of its operation (ApiAnswer): what callers outside
    // the core use. Empty for a list call after keepBody().
    ApiAnswer answer() const
    {
        return ApiAnswer(m_httpStatus, m_json);
    }
    // The decoded JSON object of a successful answer: for the core's decoders only.
    const QJsonObject& json() const
    {
        return m_json;
    }
    // For list calls: a successful answer's body is kept as it came, not parsed (json() stays empty),
    // for decode::connectorPageFromBody. Call before the event loop runs again after the call was made.
    void keepBody()
    {
        m_keepBody = true;
    }
    // The body kept by keepBody(), handed over. An error found in it goes through masked() before it
    // is shown: the body is the server's, and may repeat the token.
    QByteArray takeBody()
    {
        return std::exchange(m_keptBody, QByteArray());
    }
    int attempts() const
    {
        return m_attempts;
    }
    qint64 elapsedMs() const
    {
        return m_elapsed.elapsed();
    }

    // `error` with the bearer token of this request masked, wherever a server put it.
    ApiError masked(ApiError error) const;

public slots:
    void abort();

signals:
    void finished();
    // Emitted before waiting to try again, for progress and verbose output.
    void retrying(int retryNumber, int delayMs, const ApiError& cause);

private:
    friend class ApiClient;
    struct Settings
    {
        RetryPolicy retryPolicy;
        int timeoutMs = 30000;
        qint64 maxResponseBytes = 64 * 1024 * 1024;
    };
    // Answers from this size on are parsed on a worker thread: at about 100 MB/s, 256 KB is the
    // most the GUI thread may spend on one without missing a frame on a slow machine.
    static constexpr qsizetype offThreadParseBytes = 256 * 1024;
    // Reserved past the announced length (simdjson needs 64 readable bytes after the JSON).
    static constexpr qsizetype readerSlackBytes = 64;
    static constexpr qint64 readAheadBytes = 1024 * 1024;
    ApiReply(QNetworkAccessManager* manager,
             const QByteArray& method,
             const QNetworkRequest& request,
             const QByteArray& body,
             const Settings& settings,
             QObject* parent);
    void start();
    void finishWith(const ApiError& error); // queued when no request was made, for one code path
    void sendAttempt();
    void onReadyRead();
    void appendAvailable();
    void onAttemptFinished();
    void onAttemptTimeout();
    void concludeAttempt(const ApiError& error, const QByteArray& retryAfter);
    ApiError errorOfAttempt(QNetworkReply* reply);
    void complete();

    QPointer<QNetworkAccessManager> m_manager;
    QByteArray m_method;
    QNetworkRequest m_request;
    QByteArray m_body;
    Settings m_settings;
    QPointer<QNetworkReply> m_reply;
    QTimer* m_attemptTimer = nullptr;
    QTimer* m_retryTimer = nullptr;
    QByteArray m_buffer;
    QString m_tlsDetails;
    QElapsedTimer m_elapsed;
    ApiError m_error;
    QJsonObject m_json;
    QByteArray m_keptBody;
    int m_httpStatus = 0;
    int m_attempts = 0;
    bool m_timedOut = false;
    bool m_tooLarge = false;
    bool m_cancelled = false;
    bool m_finished = false;
    bool m_parseOffThread = false;
    bool m_keepBody = false;
};

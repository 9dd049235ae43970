#include "core/net/apireply.h"

#include "core/net/logging.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslError>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace {

// lupdate files tr() under the enclosing class or namespace, and an anonymous namespace has none:
// the free functions in it call QCoreApplication::translate with the context spelled out.
QString describeCertificate(const QSslCertificate& certificate)
{
    if (certificate.isNull())
        return {};
    return QCoreApplication::translate("ApiReply", "subject: %1; issuer: %2; valid %3 to %4; SHA-256 %5")
        .arg(certificate.subjectDisplayName(),
             certificate.issuerDisplayName(),
             certificate.effectiveDate().toString(Qt::ISODate),
             certificate.expiryDate().toString(Qt::ISODate),
             QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':')));
}

struct ParsedBody
{
    ApiError error;
    QJsonObject json;
};

// The body of a 2xx answer -> its JSON object, or the error it amounts to. Touches nothing else, so
// that it can run on a worker thread.
ParsedBody parseBody(const QByteArray& buffer, int httpStatus)
{
    ParsedBody parsed;
    if (buffer.trimmed().isEmpty())
        return parsed;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(buffer, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        parsed.error = ApiError::invalidJson(buffer, httpStatus, parseError.errorString(), parseError.offset);
        return parsed;
    }
    if (!document.isObject()) {
        parsed.error = ApiError::notAnObject(buffer, httpStatus);
        return parsed;
    }
    parsed.json = document.object();
    // Some services answer 200 with success:false and a message: that is a refusal, not data.
    const QJsonValue success = parsed.json.value(QLatin1String("success"));
    if (success.isBool() && !success.toBool())
        parsed.error = ApiError::refusal(buffer, httpStatus);
    return parsed;
}

} // namespace

ApiReply::ApiReply(QNetworkAccessManager* manager,
                   const QByteArray& method,
                   const QNetworkRequest& request,
                   const QByteArray& body,
                   const Settings& settings,
                   QObject* parent)
    : QObject(parent)
    , m_manager(manager)
    , m_method(method)
    , m_request(request)
    , m_body(body)
    , m_settings(settings)
    , m_attemptTimer(new QTimer(this))
    , m_retryTimer(new QTimer(this))
{
    m_attemptTimer->setSingleShot(true);
    m_retryTimer->setSingleShot(true);
    connect(m_attemptTimer, &QTimer::timeout, this, &ApiReply::onAttemptTimeout);
    connect(m_retryTimer, &QTimer::timeout, this, &ApiReply::sendAttempt);
    m_elapsed.start();
}

namespace {

// A reply that has already failed reports a second error when aborted (Qt warns on stderr, where
// connectorctl's own messages go): only a reply still running needs abort().
bool stillRunning(const QNetworkReply* reply)
{
    return !reply->isFinished() && reply->error() == QNetworkReply::NoError;
}

} // namespace

ApiReply::~ApiReply()
{
    if (m_reply) {
        // Deleting a reply closes its connection; abort() could report an error Qt has queued already.
        m_reply->disconnect(this);
        delete m_reply;
    }
}

void ApiReply::start()
{
    sendAttempt();
}

void ApiReply::finishWith(const ApiError& error)
{
    m_error = error;
    QTimer::singleShot(0, this, &ApiReply::complete);
}

void ApiReply::abort()
{
    if (m_finished || m_cancelled)
        return;
    m_cancelled = true;
    m_retryTimer->stop();
    m_attemptTimer->stop();
    if (m_reply && stillRunning(m_reply)) {
        m_reply->abort(); // finished() of the reply comes synchronously and completes us
        return;
    }
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    m_error = {ApiError::Kind::Cancelled, 0, tr("Cancelled."), {}};
    QTimer::singleShot(0, this, &ApiReply::complete);
}

void ApiReply::sendAttempt()
{
    if (!m_manager) {
        m_error = {ApiError::Kind::Cancelled, 0, tr("The client was shut down."), {}};
        complete();
        return;
    }
    ++m_attempts;
    m_buffer.clear();
    m_tlsDetails.clear();
    m_timedOut = false;
    m_tooLarge = false;
    m_httpStatus = 0;
    qCDebug(lcApi).noquote() << m_method << m_request.url().toDisplayString() << "attempt" << m_attempts;
    if (m_body.isEmpty() && m_method != "POST" && m_method != "PUT")
        m_reply = m_manager->sendCustomRequest(m_request, m_method);
    else
        m_reply = m_manager->sendCustomRequest(m_request, m_method, m_body);
    // At most this much waits in the reply for us to read. (Qt's network thread still reads the socket
    // ahead into buffers of its own: docs/PERFORMANCE.md, figure 5.)
    m_reply->setReadBufferSize(readAheadBytes);
    connect(m_reply, &QNetworkReply::readyRead, this, &ApiReply::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &ApiReply::onAttemptFinished);
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError>& errors) {
        // Never ignored: the user sees why, with the certificate, and can trust a CA in the profile.
        QStringList lines;
        for (const QSslError& e : errors) {
            lines.append(e.errorString());
            const QString cert = describeCertificate(e.certificate());
            if (!cert.isEmpty() && !lines.contains(cert))
                lines.append(cert);
        }
        m_tlsDetails = lines.join(QLatin1Char('\n'));
    });
    m_attemptTimer->start(m_settings.timeoutMs);
}

void ApiReply::onReadyRead()
{
    if (!m_reply)
        return;
    // Drain as we go so that the cap bounds our memory, not just what we keep.
    if (m_buffer.size() + m_reply->bytesAvailable() > m_settings.maxResponseBytes) {
        m_tooLarge = true;
        m_reply->abort();
        return;
    }
    if (m_buffer.isEmpty()) {
        // One allocation of the announced size, not a doubling buffer up to twice the body.
        bool known = false;
        const qint64 length = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&known);
        // The slack lets a block-wise reader (simdjson) read the body in place, without a copy.
        if (known && length > 0 && length <= m_settings.maxResponseBytes)
            m_buffer.reserve(length + readerSlackBytes);
    }
    appendAvailable();
}

void ApiReply::appendAvailable()
{
    // Straight into our buffer: readAll() would make a third copy of a large body, beside the
    // reply's own buffer and ours.
    const qint64 available = m_reply->bytesAvailable();
    if (available <= 0)
        return;
    const qsizetype before = m_buffer.size();
    m_buffer.resize(before + available);
    const qint64 read = m_reply->read(m_buffer.data() + before, available);
    m_buffer.resize(before + std::max<qint64>(0, read));
}

void ApiReply::onAttemptTimeout()
{
    if (!m_reply)
        return;
    m_timedOut = true;
    m_reply->abort();
}

ApiError ApiReply::errorOfAttempt(QNetworkReply* reply)
{
    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    m_httpStatus = statusAttribute.isValid() ? statusAttribute.toInt() : 0;
    if (m_cancelled)
        return {ApiError::Kind::Cancelled, 0, tr("Cancelled."), {}};
    if (m_timedOut) {
        return {ApiError::Kind::Timeout,
                0,
                tr("The server did not answer within %1 s.").arg(m_settings.timeoutMs / 1000.0, 0, 'g', 3),
                {}};
    }
    if (m_tooLarge) {
        return ApiError::malformed(
            tr("The server's answer is larger than %1 MB; it was not read.").arg(m_settings.maxResponseBytes >> 20),
            m_httpStatus);
    }
    const QNetworkReply::NetworkError networkError = reply->error();
    if (m_httpStatus >= 400)
        return ApiError::fromHttp(
            m_httpStatus, reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray(), m_buffer);
    if (networkError == QNetworkReply::SslHandshakeFailedError || !m_tlsDetails.isEmpty()) {
        return {ApiError::Kind::Tls, 0, tr("The secure connection failed: %1").arg(reply->errorString()), m_tlsDetails};
    }
    if (networkError != QNetworkReply::NoError) {
        // A reply cut in the middle (reset, short body) lands here too, with or without a status.
        QString message = tr("Network error: %1").arg(reply->errorString());
        // An http server hangs up on a TLS hello, and Qt then says only that the connection closed.
        if (m_httpStatus == 0 && url().scheme() == QLatin1String("https")
            && networkError == QNetworkReply::RemoteHostClosedError) {
            message += QLatin1Char(' ') + tr("(the server may not speak TLS: try http:// instead of https://)");
        }
        return {ApiError::Kind::Network, m_httpStatus, message, {}};
    }
    if (m_httpStatus < 200 || m_httpStatus >= 300)
        return ApiError::malformed(tr("The server answered with unexpected HTTP status %1.").arg(m_httpStatus),
                                   m_httpStatus);
    if (m_keepBody)
        return {}; // the caller decodes the bytes (and tells invalid JSON)
    // A large answer is parsed on a worker thread (see onAttemptFinished): tens of milliseconds that
    // would otherwise freeze the window.
    if (m_buffer.size() >= offThreadParseBytes) {
        m_parseOffThread = true;
        return {};
    }
    ParsedBody parsed = parseBody(m_buffer, m_httpStatus);
    m_json = std::move(parsed.json);
    return parsed.error;
}

void ApiReply::onAttemptFinished()
{
    QNetworkReply* reply = m_reply;
    if (!reply)
        return;
    m_attemptTimer->stop();
    if (!m_tooLarge && !m_cancelled && !m_timedOut)
        appendAvailable();
    m_parseOffThread = false;
    const ApiError error = errorOfAttempt(reply);
    const QByteArray retryAfter = reply->rawHeader("Retry-After");
    m_reply = nullptr;
    reply->disconnect(this);
    reply->deleteLater();
    if (!error.isError() && m_parseOffThread) {
        auto* watcher = new QFutureWatcher<ParsedBody>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, retryAfter] {
            watcher->deleteLater();
            if (m_finished || m_cancelled)
                return; // abort() has finished us meanwhile
            ParsedBody parsed = watcher->result();
            m_json = std::move(parsed.json);
            concludeAttempt(parsed.error, retryAfter);
        });
        watcher->setFuture(QtConcurrent::run(parseBody, m_buffer, m_httpStatus));
        return;
    }
    if (!error.isError() && m_keepBody)
        m_keptBody = std::move(m_buffer); // as it is: squeezing would copy it and drop the slack
    else
        m_buffer.squeeze();
    concludeAttempt(error, retryAfter);
}

ApiError ApiReply::masked(ApiError error) const
{
    // A server or a proxy may repeat the token: in an error message ("Token abc... expired"), or in a
    // debug page listing the request headers. What it said is kept, so the user still reads its
    // words; the token itself never reaches a message, a log line or a caller's details box.
    const QByteArray header = m_request.rawHeader("Authorization");
    return error.withTokenMasked(
        QString::fromUtf8(header.startsWith("Bearer ") ? header.mid(int(qstrlen("Bearer "))) : header));
}

void ApiReply::concludeAttempt(const ApiError& attemptError, const QByteArray& retryAfter)
{
    const ApiError error = masked(attemptError);
    const int retriesDone = m_attempts - 1;
    if (error.isError() && !m_cancelled && m_settings.retryPolicy.shouldRetry(m_method, error, retriesDone)) {
        const int retryAfterMs = RetryPolicy::parseRetryAfter(retryAfter);
        if (retryAfterMs <= m_settings.retryPolicy.maxRetryAfterMs) {
            const int delay = m_settings.retryPolicy.delayMs(retriesDone, retryAfterMs);
            qCInfo(lcApi).noquote() << m_method << m_request.url().toDisplayString() << "failed:" << error.toString()
                                    << "- retrying in" << delay << "ms";
            emit retrying(m_attempts, delay, error);
            m_retryTimer->start(delay);
            return;
        }
    }
    m_error = error;
    if (m_error.kind == ApiError::Kind::RateLimited)
        m_error.retryAfterMs = RetryPolicy::parseRetryAfter(retryAfter); // for a caller that paces itself
    // Where the call went and how often it was tried: "Connection refused" alone says neither.
    if (m_error.kind == ApiError::Kind::Network || m_error.kind == ApiError::Kind::Timeout) {
        const QUrl server = url().adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveUserInfo);
        m_error.message += QLatin1Char(' ')
            + (m_attempts > 1 ? tr("(%1, %n attempts)", nullptr, m_attempts).arg(server.toDisplayString())
                              : tr("(%1)").arg(server.toDisplayString()));
    }
    complete();
}

void ApiReply::complete()
{
    if (m_finished)
        return;
    m_finished = true;
    m_buffer = QByteArray();
    if (m_error.isError()) {
        qCInfo(lcApi).noquote() << m_method << m_request.url().toDisplayString() << "->"
                                << ApiError::kindName(m_error.kind) << m_error.toString();
    } else {
        qCDebug(lcApi).noquote() << m_method << m_request.url().toDisplayString() << "->" << m_httpStatus << "in"
                                 << m_elapsed.elapsed() << "ms";
    }
    emit finished();
    deleteLater();
}

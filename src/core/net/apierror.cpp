#include "core/net/apierror.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

// Server messages end up in one line of a status bar: keep them readable and bounded.
QString tidy(QString text)
{
    text = text.simplified();
    constexpr int maxLength = 500;
    if (text.size() > maxLength)
        text = text.left(maxLength - 1) + QChar(0x2026);
    return text;
}

QString detailMessage(const QJsonValue& detail)
{
    if (detail.isString())
        return detail.toString();
    if (detail.isArray()) {
        // FastAPI validation: [{"loc": ["query", "limit"], "msg": "...", "type": "..."}]
        QStringList parts;
        for (const QJsonValue& item : detail.toArray()) {
            const QJsonObject entry = item.toObject();
            const QString msg = entry.value(QLatin1String("msg")).toString();
            if (msg.isEmpty())
                continue;
            QStringList where;
            for (const QJsonValue& loc : entry.value(QLatin1String("loc")).toArray()) {
                if (loc.isString())
                    where.append(loc.toString());
                else if (loc.isDouble())
                    where.append(QString::number(loc.toInt()));
            }
            // "body" and "query" say where, not what: the last part names the field.
            parts.append(where.isEmpty() ? msg : QStringLiteral("%1: %2").arg(where.constLast(), msg));
        }
        return parts.join(QLatin1String("; "));
    }
    if (detail.isObject())
        return detail.toObject().value(QLatin1String("message")).toString();
    return {};
}

} // namespace

bool ApiError::isTransient() const
{
    switch (kind) {
    case Kind::Network:
    case Kind::Timeout:
    case Kind::RateLimited:
        return true;
    case Kind::Server:
        return httpStatus == 500 || httpStatus == 502 || httpStatus == 503 || httpStatus == 504;
    default:
        return false;
    }
}

bool ApiError::mayHaveReachedServer() const
{
    switch (kind) {
    case Kind::Timeout:
    case Kind::Network:
    case Kind::Server:
    case Kind::Malformed:
    case Kind::Cancelled:
        return true;
    default:
        return false;
    }
}

QString ApiError::toString() const
{
    if (kind == Kind::None)
        return {};
    if (httpStatus > 0 && !message.contains(QString::number(httpStatus)))
        return QCoreApplication::translate("ApiError", "%1 (HTTP %2)").arg(message).arg(httpStatus);
    return message;
}

ApiError ApiError::validation(const QString& message)
{
    return {Kind::Validation, 0, message, {}};
}

ApiError ApiError::withTokenMasked(const QString& token) const
{
    ApiError masked = *this;
    const QString trimmed = token.trimmed();
    if (trimmed.size() < 4)
        return masked;
    const QString mask = QStringLiteral("[token]");
    masked.message.replace(trimmed, mask);
    masked.details.replace(trimmed, mask);
    return masked;
}

// The texts keep ApiReply's translation context: ApiReply was the first to say them.
ApiError ApiError::invalidJson(const QByteArray& body, int httpStatus, const QString& reason, qint64 offset)
{
    ApiError e
        = malformed(QCoreApplication::translate("ApiReply", "The server's answer is not valid JSON (%1 at byte %2).")
                        .arg(reason)
                        .arg(offset),
                    httpStatus);
    e.details = QString::fromUtf8(body.left(2048));
    return e;
}

ApiError ApiError::notAnObject(const QByteArray& body, int httpStatus)
{
    ApiError e = malformed(QCoreApplication::translate("ApiReply", "The server's answer is JSON but not an object."),
                           httpStatus);
    e.details = QString::fromUtf8(body.left(2048));
    return e;
}

ApiError ApiError::refusal(const QByteArray& body, int httpStatus)
{
    ApiError e = fromHttp(400, {}, body);
    e.httpStatus = httpStatus;
    return e;
}

ApiError ApiError::malformed(const QString& message, int httpStatus)
{
    return {Kind::Malformed, httpStatus, message, {}};
}

ApiError::Kind ApiError::kindForStatus(int status)
{
    if (status == 401 || status == 403)
        return Kind::Unauthorized;
    if (status == 404)
        return Kind::NotFound;
    if (status == 409)
        return Kind::Conflict;
    if (status == 429)
        return Kind::RateLimited;
    if (status >= 400 && status < 500)
        return Kind::Rejected;
    if (status >= 500)
        return Kind::Server;
    return Kind::Malformed; // 1xx/3xx reaching us is not an answer we understand
}

QString ApiError::messageFromBody(const QByteArray& body)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return {};
    const QJsonObject root = document.object();
    QString message;
    if (root.contains(QLatin1String("detail")))
        message = detailMessage(root.value(QLatin1String("detail")));
    if (message.isEmpty()) {
        const QJsonValue error = root.value(QLatin1String("error"));
        if (error.isObject())
            message = error.toObject().value(QLatin1String("message")).toString();
        else if (error.isString())
            message = error.toString();
    }
    if (message.isEmpty())
        message = root.value(QLatin1String("message")).toString();
    return tidy(message);
}

ApiError ApiError::fromHttp(int status, const QByteArray& reasonPhrase, const QByteArray& body)
{
    ApiError error;
    error.kind = kindForStatus(status);
    error.httpStatus = status;
    error.message = messageFromBody(body);
    if (error.message.isEmpty()) {
        // An HTML page from a proxy, or nothing: the status line is all we can honestly say.
        const QString reason = tidy(QString::fromUtf8(reasonPhrase));
        error.message = reason.isEmpty()
            ? QCoreApplication::translate("ApiError", "The server answered HTTP %1").arg(status)
            : QCoreApplication::translate("ApiError", "The server answered HTTP %1 %2").arg(status).arg(reason);
        if (!body.isEmpty())
            error.details = QString::fromUtf8(body.left(2048));
    }
    return error;
}

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::Validation:
        return QStringLiteral("validation");
    case Kind::Unauthorized:
        return QStringLiteral("auth");
    case Kind::NotFound:
        return QStringLiteral("notFound");
    case Kind::Conflict:
        return QStringLiteral("conflict");
    case Kind::Rejected:
        return QStringLiteral("rejected");
    case Kind::RateLimited:
        return QStringLiteral("rateLimited");
    case Kind::Server:
        return QStringLiteral("server");
    case Kind::Network:
        return QStringLiteral("network");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Tls:
        return QStringLiteral("tls");
    case Kind::Malformed:
        return QStringLiteral("malformed");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

#include "core/net/serverurl.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace serverurl {

std::optional<QUrl> normalize(const QString& text, QString* errorMessage)
{
    auto fail = [errorMessage](const QString& message) -> std::optional<QUrl> {
        if (errorMessage)
            *errorMessage = message;
        return std::nullopt;
    };
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return fail(QCoreApplication::translate("serverurl", "No server URL given."));
    QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return fail(QCoreApplication::translate("serverurl", "\"%1\" is not a valid server URL.").arg(trimmed));
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return fail(QCoreApplication::translate("serverurl", "The server URL must start with http:// or https://."));
    if (!url.userInfo().isEmpty())
        return fail(QCoreApplication::translate("serverurl", "Put no user name or password in the server URL."));
    if (url.hasQuery() || url.hasFragment())
        return fail(QCoreApplication::translate("serverurl", "The server URL must not carry a query or fragment."));
    url.setScheme(scheme);
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (path.isEmpty())
        path = QStringLiteral("/api/v1");
    url.setPath(path);
    return url;
}

bool isPlainHttpToRemote(const QUrl& url)
{
    if (url.scheme() != QLatin1String("http"))
        return false;
    const QString host = url.host();
    if (host == QLatin1String("localhost"))
        return false;
    const QHostAddress address(host);
    return address.isNull() || !address.isLoopback();
}

} // namespace serverurl

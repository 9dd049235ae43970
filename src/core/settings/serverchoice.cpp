#include "core/settings/serverchoice.h"

#include "core/net/serverurl.h"

#include <QFileInfo>

ServerChoice::ServerChoice(ServerProfile profile, Source source)
    : m_profile(std::move(profile))
    , m_source(source)
{ }

std::optional<ServerChoice>
ServerChoice::choose(const QString& flag, const ServerProfiles& profiles, QString* errorMessage)
{
    if (errorMessage)
        errorMessage->clear();
    QString text = flag.trimmed();
    Source source = Source::Flag;
    if (text.isEmpty()) {
        text = qEnvironmentVariable(environmentVariable).trimmed();
        source = Source::Environment;
    }
    if (text.isEmpty()) {
        if (std::optional<ServerProfile> profile = profiles.defaultProfile())
            return ServerChoice(std::move(*profile), Source::Profile);
        return std::nullopt;
    }
    QString problem;
    const std::optional<QUrl> url = serverurl::normalize(text, &problem);
    if (!url) {
        if (errorMessage)
            *errorMessage = tr("%1 (from %2)").arg(problem, ServerChoice({}, source).sourceText());
        return std::nullopt;
    }
    ServerProfile profile;
    profile.name = url->host();
    profile.url = *url;
    return ServerChoice(std::move(profile), source);
}

QString ServerChoice::sourceText() const
{
    switch (m_source) {
    case Source::Flag:
        return QStringLiteral("--server");
    case Source::Environment:
        return QLatin1String(environmentVariable);
    case Source::Profile:
        break;
    }
    return tr("the server profile \"%1\"").arg(m_profile.name);
}

QList<QSslCertificate> ServerChoice::extraCertificates(const QString& caFile, QString* problem)
{
    if (problem)
        problem->clear();
    if (caFile.isEmpty())
        return {};
    const QList<QSslCertificate> certificates
        = QSslCertificate::fromPath(caFile, QSsl::Pem, QSslCertificate::PatternSyntax::FixedString);
    if (certificates.isEmpty() && problem)
        *problem = tr("No certificate could be read from %1: only the system's CAs are trusted.")
                       .arg(QFileInfo(caFile).absoluteFilePath());
    return certificates;
}

QString ServerChoice::plainHttpWarning(const QUrl& url)
{
    if (!serverurl::isPlainHttpToRemote(url))
        return {};
    return tr("%1 is reached over plain http: the token travels unencrypted. Use https.").arg(url.host());
}

#pragma once

#include "core/settings/serverprofiles.h"

#include <QCoreApplication>
#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

#include <optional>

// Which server a front end talks to, chosen the one way the console and connectorctl share: the
// --server flag, else PIPESHUB_SERVER_URL, else the default server profile (the only source that
// brings a CA file). What goes with the choice (the CA file read, the warning about plain http) is
// here too, so that both front ends trust and warn alike.
class ServerChoice
{
    Q_DECLARE_TR_FUNCTIONS(ServerChoice)

public:
    enum class Source
    {
        Flag,
        Environment,
        Profile
    };

    static constexpr const char* environmentVariable = "PIPESHUB_SERVER_URL";

    // nullopt when no server is given anywhere (`errorMessage` left empty), or when the URL given is
    // not usable (`errorMessage` says why, naming where it came from).
    static std::optional<ServerChoice>
    choose(const QString& flag, const ServerProfiles& profiles, QString* errorMessage = nullptr);

    const ServerProfile& profile() const
    {
        return m_profile;
    }
    QUrl url() const
    {
        return m_profile.url;
    }
    Source source() const
    {
        return m_source;
    }
    // "--server", "PIPESHUB_SERVER_URL" or "the server profile "NAME"": for messages.
    QString sourceText() const;

    // The certificates of a profile's CA file, to trust besides the system's. A file that gives none
    // is said in `problem` (the caller still connects, trusting the system's CAs only).
    static QList<QSslCertificate> extraCertificates(const QString& caFile, QString* problem);
    // A warning when `url` is plain http to another machine (the token would travel in clear), else empty.
    static QString plainHttpWarning(const QUrl& url);

private:
    ServerChoice(ServerProfile profile, Source source);

    ServerProfile m_profile;
    Source m_source;
};

#pragma once

#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

class QSettings;

// A named server the user works with. Its token is in the keychain (CredentialStore), never here.
struct ServerProfile
{
    QString name;
    QUrl url; // normalised base URL, ending in /api/v1 or the path the user gave
    QString caFile; // extra CA certificates (PEM) to trust for this server; empty: the system's only
    QString note;
};

// Profiles in QSettings under "profiles/<n>"; one of them is the default.
class ServerProfiles
{
public:
    explicit ServerProfiles(QSettings& settings);

    QList<ServerProfile> profiles() const;
    std::optional<ServerProfile> profile(const QString& name) const;
    std::optional<ServerProfile> defaultProfile() const;
    QString defaultProfileName() const;
    void setDefaultProfileName(const QString& name);
    // Adds or replaces by name. Returns false, with a message, for an empty name or a bad URL.
    bool save(const ServerProfile& profile, QString* errorMessage = nullptr);
    bool remove(const QString& name);

private:
    QSettings& m_settings;
};

#include "core/settings/serverprofiles.h"

#include "core/net/serverurl.h"

#include <QCoreApplication>
#include <QSettings>

namespace {
const QString group = QStringLiteral("profiles");
const QString defaultKey = QStringLiteral("defaultProfile");
} // namespace

ServerProfiles::ServerProfiles(QSettings& settings)
    : m_settings(settings)
{ }

QList<ServerProfile> ServerProfiles::profiles() const
{
    QList<ServerProfile> out;
    const int count = m_settings.beginReadArray(group);
    for (int i = 0; i < count; ++i) {
        m_settings.setArrayIndex(i);
        ServerProfile p;
        p.name = m_settings.value(QStringLiteral("name")).toString();
        p.url = QUrl(m_settings.value(QStringLiteral("url")).toString());
        p.caFile = m_settings.value(QStringLiteral("caFile")).toString();
        p.note = m_settings.value(QStringLiteral("note")).toString();
        if (!p.name.isEmpty() && p.url.isValid())
            out.append(p);
    }
    m_settings.endArray();
    return out;
}

std::optional<ServerProfile> ServerProfiles::profile(const QString& name) const
{
    for (const ServerProfile& p : profiles()) {
        if (p.name == name)
            return p;
    }
    return std::nullopt;
}

QString ServerProfiles::defaultProfileName() const
{
    return m_settings.value(defaultKey).toString();
}

std::optional<ServerProfile> ServerProfiles::defaultProfile() const
{
    const QList<ServerProfile> all = profiles();
    const QString name = defaultProfileName();
    for (const ServerProfile& p : all) {
        if (p.name == name)
            return p;
    }
    if (!all.isEmpty())
        return all.constFirst();
    return std::nullopt;
}

void ServerProfiles::setDefaultProfileName(const QString& name)
{
    m_settings.setValue(defaultKey, name);
}

namespace {

void writeAll(QSettings& settings, const QList<ServerProfile>& all)
{
    settings.remove(group);
    settings.beginWriteArray(group, int(all.size()));
    for (int i = 0; i < all.size(); ++i) {
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("name"), all[i].name);
        settings.setValue(QStringLiteral("url"), all[i].url.toString());
        settings.setValue(QStringLiteral("caFile"), all[i].caFile);
        settings.setValue(QStringLiteral("note"), all[i].note);
    }
    settings.endArray();
    settings.sync();
}

} // namespace

bool ServerProfiles::save(const ServerProfile& profile, QString* errorMessage)
{
    ServerProfile p = profile;
    p.name = p.name.trimmed();
    if (p.name.isEmpty()) {
        if (errorMessage)
            *errorMessage = QCoreApplication::translate("ServerProfiles", "A profile needs a name.");
        return false;
    }
    const auto url = serverurl::normalize(p.url.toString(), errorMessage);
    if (!url)
        return false;
    p.url = *url;
    QList<ServerProfile> all = profiles();
    bool replaced = false;
    for (ServerProfile& existing : all) {
        if (existing.name == p.name) {
            existing = p;
            replaced = true;
        }
    }
    if (!replaced)
        all.append(p);
    writeAll(m_settings, all);
    if (defaultProfileName().isEmpty())
        setDefaultProfileName(p.name);
    return true;
}

bool ServerProfiles::remove(const QString& name)
{
    QList<ServerProfile> all = profiles();
    const auto removed = all.removeIf([&](const ServerProfile& p) { return p.name == name; });
    if (removed == 0)
        return false;
    writeAll(m_settings, all);
    if (defaultProfileName() == name)
        setDefaultProfileName(all.isEmpty() ? QString() : all.constFirst().name);
    return true;
}

#include "testsettings.h"

#include "core/settings/appsettings.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace {

QString configFolder(const QString& home)
{
    return QDir(home).filePath(QStringLiteral("config"));
}

} // namespace

void isolateSettings(const QString& directory)
{
    QStandardPaths::setTestModeEnabled(true);
    QString path = directory;
    if (path.isEmpty()) {
        static QTemporaryDir settingsDir;
        if (!settingsDir.isValid())
            qFatal("no temporary folder for the settings: %s", qPrintable(settingsDir.errorString()));
        path = settingsDir.path();
    }
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, path);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, path);
    appsettings::open().clear();
}

QProcessEnvironment isolatedEnvironment(const QString& home, const QString& bearer)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"PIPESHUB_BEARER_AUTH", "PIPESHUB_SERVER_URL", "QT_LOGGING_RULES"})
        env.remove(QLatin1String(name));
    const QDir dir(home);
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), configFolder(home));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), dir.filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
               QStringLiteral("unix:path=") + dir.filePath(QStringLiteral("no-bus")));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    if (!bearer.isEmpty())
        env.insert(QStringLiteral("PIPESHUB_BEARER_AUTH"), bearer);
    return env;
}

void isolateProcess(const QString& home)
{
    const QProcessEnvironment env = isolatedEnvironment(home, {});
    for (const char* name : {"HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "DBUS_SESSION_BUS_ADDRESS"})
        qputenv(name, QFile::encodeName(env.value(QLatin1String(name))));
    isolateSettings(configFolder(home));
}

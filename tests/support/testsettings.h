#pragma once

// Settings of the tests never reach the user's own, nor another test executable's: ctest runs them
// side by side, and a page size saved by one would change what another's first load asks for.
#include "testfixtures.h"

#include <QProcessEnvironment>
#include <QString>

// QStandardPaths' test mode, and QSettings' user scope (native and INI formats) in `directory`, or in a
// temporary folder of this process when it is empty; the shared settings (appsettings) start empty.
void isolateSettings(const QString& directory = {});

// The environment of a child process (connectorctl, connector-dev-server, the console) kept away from
// the user's own: HOME, XDG_CONFIG_HOME (`home`/config) and XDG_CACHE_HOME (`home`/cache) under
// `home`, no session bus (DBUS_SESSION_BUS_ADDRESS names a socket that does not exist, so no keychain),
// LC_ALL=C.UTF-8, no PIPESHUB_SERVER_URL nor QT_LOGGING_RULES, and `bearer` as PIPESHUB_BEARER_AUTH
// (none when empty).
QProcessEnvironment isolatedEnvironment(const QString& home, const QString& bearer = testToken);

// The same for this process, which runs connectorctl in-process as the binary would run: HOME, the XDG
// folders and the session bus of isolatedEnvironment(`home`), and isolateSettings(`home`/config), where
// XDG_CONFIG_HOME says.
void isolateProcess(const QString& home);

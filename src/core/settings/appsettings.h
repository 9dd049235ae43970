#pragma once

#include <QSettings>
#include <QString>

// Who the settings belong to: the console and connectorctl share one settings file (server profiles,
// the window's layout) and one keychain service, so a server saved in one works in the other.
namespace appsettings {

QString organisation(); // "PipesHub"
QString application(); // "connector-admin": the settings file's name and the keychain service

// The shared settings (C++17 hands the QSettings over without copying or moving it).
QSettings open();

} // namespace appsettings

#pragma once

#include "devserver/devserver.h"

#include <QLocale>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class MainWindow;
class ServerProfiles;
struct ServerProfile;

// What the command line asked for.
struct StartupOptions
{
    bool demo = false;
    devserver::Dialect demoDialect = devserver::Dialect::PipesHub;
    QString serverUrl; // --server
    // --demo-latency MS: the demo server's delay per answer, to see a distant server's pace; -1 when not
    // given (the demo server then answers without delay).
    int demoLatencyMs = -1;
};

// Start-up: application identity, translations, the command line, and which server the window opens on.
namespace appstartup {

// Organisation, name, version and desktop file name, before anything reads settings.
void configureApplication();

// The translation of connector-admin to use for `uiLanguages` (most wanted first, as
// QLocale::uiLanguages() lists them): the language code of the first one that :/i18n has, e.g. "de";
// empty when English (the language of the source texts) comes first or none is there.
QString translationFor(const QStringList& uiLanguages);

// Installs connector-admin's translation for `locale` and Qt's own (qtbase, from Qt's translations
// folder, when present) into the running application. Returns the language installed, or empty.
// The C locale (LC_ALL=C) means English, whatever LANGUAGE says, as with gettext.
QString installTranslators(const QLocale& locale = QLocale());

// Parses `arguments` (argv[0] first). --help and --version print and set `exitCode` to 0; a usage
// error prints to stderr and sets it to 2. Without either, returns the options.
std::optional<StartupOptions> parseCommandLine(const QStringList& arguments, int* exitCode);

// The server to open: --server, else PIPESHUB_SERVER_URL, else the default profile; nullopt when
// there is none (or the URL is not usable: `errorMessage` says why).
std::optional<ServerProfile>
chooseServer(const StartupOptions& options, const ServerProfiles& profiles, QString* errorMessage);

// The whole start-up, QApplication included: returns the process exit code. `onWindowReady`, when
// given, sees the window before it is shown, once it has been told where to open (the demo server, a
// profile or URL whose first page is still on its way, or the no-server page): the workshop's tools
// (src/workshop) hook in there, so that the product itself carries none of them.
int run(int& argc, char** argv, const std::function<void(MainWindow&)>& onWindowReady = {});

} // namespace appstartup

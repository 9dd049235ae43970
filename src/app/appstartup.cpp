#include "app/appstartup.h"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

#include "app/demoserver.h"
#include "app/mainwindow.h"
#include "core/settings/appsettings.h"
#include "core/settings/serverchoice.h"
#include "core/settings/serverprofiles.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QIcon>
#include <QLibraryInfo>
#include <QTranslator>

#include <algorithm>
#include <cstdio>

// Q_INIT_RESOURCE cannot be used inside a namespace.
static void initResources()
{
    Q_INIT_RESOURCE(connector_admin);
}

namespace {

constexpr int maxDemoLatencyMs = 60000;

} // namespace

namespace appstartup {

void configureApplication()
{
    // One malloc arena: the answers are parsed and decoded on pool threads, and with an arena per
    // thread the memory a freed document leaves in one cannot hold the instances built in another.
    // It lowers the peak with a large list loaded; measured in docs/PERFORMANCE.md, 'Memory' (figure 5).
#if defined(M_ARENA_MAX) // glibc only; other C libraries size their arenas themselves
    mallopt(M_ARENA_MAX, 1);
#endif
    QApplication::setOrganizationName(appsettings::organisation());
    QApplication::setApplicationName(appsettings::application());
    QApplication::setApplicationVersion(QStringLiteral(CONNECTOR_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral(CONNECTOR_APP_ID));
}

QString translationFor(const QStringList& uiLanguages)
{
    for (const QString& name : uiLanguages) {
        const QLocale locale(name);
        if (locale.language() == QLocale::English)
            return {};
        if (locale.language() == QLocale::C) // a name Qt does not know
            continue;
        // "de-AT" may have a file of its own; else the language's ("de") serves.
        for (const QString& code :
             {QString(name).replace(QLatin1Char('-'), QLatin1Char('_')), QLocale::languageToCode(locale.language())}) {
            if (QFile::exists(QStringLiteral(":/i18n/connector-admin_%1.qm").arg(code)))
                return code;
        }
    }
    return {};
}

QString installTranslators(const QLocale& locale)
{
    if (locale.language() == QLocale::C)
        return {};
    const QString language = translationFor(locale.uiLanguages());
    if (language.isEmpty())
        return {};
    auto* own = new QTranslator(QCoreApplication::instance());
    if (!own->load(QStringLiteral("connector-admin_") + language, QStringLiteral(":/i18n"))) {
        delete own;
        return {};
    }
    QCoreApplication::installTranslator(own);
    // Qt's standard texts (dialog buttons, context menus of line edits, --help) in the same language;
    // Qt's translations are a separate package, so they may be missing.
    auto* qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(QLocale(language),
                 QStringLiteral("qtbase"),
                 QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return language;
}

std::optional<StartupOptions> parseCommandLine(const QStringList& arguments, int* exitCode)
{
    auto tr = [](const char* text) {
        return QApplication::translate("appstartup", text);
    };
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Manage the connector instances of a PipesHub server."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption server(QStringLiteral("server"),
                                    tr("The server to open, e.g. https://pipeshub.example.com (the token comes "
                                       "from PIPESHUB_BEARER_AUTH or the system keychain)."),
                                    tr("URL"));
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        tr("Open on a local demo server with made-up instances (nothing leaves this machine)."));
    const QCommandLineOption dialect(QStringLiteral("demo-dialect"),
                                     tr("The API dialect of the demo server: pipeshub (default) or published."),
                                     tr("DIALECT"),
                                     QStringLiteral("pipeshub"));
    const QCommandLineOption demoLatency(
        QStringLiteral("demo-latency"),
        tr("Delay every answer of the demo server by MS milliseconds, to see how a distant server feels (default 0)."),
        tr("MS"));
    parser.addOptions({server, demo, dialect, demoLatency});

    auto usageError = [exitCode](const QString& message) -> std::optional<StartupOptions> {
        std::fprintf(stderr, "connector-admin: %s\n", qPrintable(message));
        *exitCode = 2;
        return std::nullopt;
    };
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(helpOption)) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        *exitCode = 0;
        return std::nullopt;
    }
    if (parser.isSet(versionOption)) {
        std::printf("%s %s\n", qPrintable(QCoreApplication::applicationName()), CONNECTOR_VERSION);
        *exitCode = 0;
        return std::nullopt;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("unexpected argument: %1").arg(parser.positionalArguments().constFirst()));

    StartupOptions options;
    options.demo = parser.isSet(demo);
    const QString dialectName = parser.value(dialect).toLower();
    if (dialectName == QLatin1String("pipeshub"))
        options.demoDialect = devserver::Dialect::PipesHub;
    else if (dialectName == QLatin1String("published"))
        options.demoDialect = devserver::Dialect::Published;
    else
        return usageError(tr("--demo-dialect must be pipeshub or published, not \u201c%1\u201d").arg(dialectName));
    if (parser.isSet(dialect) && !options.demo)
        return usageError(tr("--demo-dialect needs --demo"));
    if (parser.isSet(demoLatency)) {
        bool ok = false;
        options.demoLatencyMs = parser.value(demoLatency).toInt(&ok);
        if (!ok || options.demoLatencyMs < 0 || options.demoLatencyMs > maxDemoLatencyMs)
            return usageError(
                tr("--demo-latency must be a whole number of milliseconds from 0 to %1").arg(maxDemoLatencyMs));
        if (!options.demo)
            return usageError(tr("--demo-latency needs --demo"));
    }
    options.serverUrl = parser.value(server);
    if (options.demo && !options.serverUrl.isEmpty())
        return usageError(tr("--demo and --server exclude each other"));
    *exitCode = 0;
    return options;
}

std::optional<ServerProfile>
chooseServer(const StartupOptions& options, const ServerProfiles& profiles, QString* errorMessage)
{
    if (const std::optional<ServerChoice> choice = ServerChoice::choose(options.serverUrl, profiles, errorMessage))
        return choice->profile();
    return std::nullopt;
}

int run(int& argc, char** argv, const std::function<void(MainWindow&)>& onWindowReady)
{
    configureApplication();
    int exitCode = 0;
    std::optional<StartupOptions> options;
    const QStringList raw = [&] {
        QStringList list;
        for (int i = 0; i < argc; ++i)
            list.append(QString::fromLocal8Bit(argv[i]));
        return list;
    }();
    const QStringList infoFlags{QStringLiteral("-h"),
                                QStringLiteral("--help"),
                                QStringLiteral("--help-all"),
                                QStringLiteral("-v"),
                                QStringLiteral("--version")};
    if (std::any_of(raw.cbegin() + 1, raw.cend(), [&](const QString& a) { return infoFlags.contains(a); })) {
        // --help and --version work without a display.
        QCoreApplication core(argc, argv);
        installTranslators();
        parseCommandLine(QCoreApplication::arguments(), &exitCode);
        return exitCode;
    }

    QApplication app(argc, argv); // takes Qt's own options (-style, -platform...) out of the way
    // The system locale (LC_ALL, LC_MESSAGES, LANG; LANGUAGE for the order of languages) picks the
    // translation; the display name waits for it.
    installTranslators();
    QApplication::setApplicationDisplayName(QApplication::translate("appstartup", "Connector Admin"));
    options = parseCommandLine(QApplication::arguments(), &exitCode);
    if (!options)
        return exitCode;
    initResources();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/connector-admin.svg")));

    MainWindow window;
    std::unique_ptr<DemoServer> demo;
    if (options->demo) {
        DemoServer::Options demoOptions;
        demoOptions.dialect = options->demoDialect;
        if (options->demoLatencyMs >= 0)
            demoOptions.latencyMs = options->demoLatencyMs;
        demo = std::make_unique<DemoServer>(demoOptions);
        QString error;
        if (!demo->start(&error)) {
            std::fprintf(
                stderr,
                "connector-admin: %s\n",
                qPrintable(QApplication::translate("appstartup", "the demo server did not start: %1").arg(error)));
            return 1;
        }
        window.openDemo(*demo);
    } else {
        QString error;
        if (const std::optional<ServerProfile> profile = chooseServer(*options, window.profiles(), &error)) {
            window.openProfile(*profile);
        } else {
            if (!error.isEmpty())
                std::fprintf(stderr, "connector-admin: %s\n", qPrintable(error));
            window.showNoServer();
        }
    }
    if (onWindowReady)
        onWindowReady(window);
    window.show();
    return app.exec();
}

} // namespace appstartup

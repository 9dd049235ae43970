// connector-dev-server: the local PipesHub look-alike, for trying the client without a server and
// for scripts. Prints one line with its URL once listening; never prints the token.
#include "devserver/connectorstore.h"
#include "devserver/devserver.h"

#include "platform/opensslexit.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTextStream>

#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace {

int signalPipe[2] = {-1, -1};

extern "C" void onTerminationSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &byte, 1);
}

// SIGINT/SIGTERM end the event loop through a pipe, so that the server shuts down cleanly.
void installSignalHandlers(QCoreApplication& app)
{
    if (::pipe(signalPipe) != 0)
        return;
    auto* notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [] { QCoreApplication::exit(0); });
    struct sigaction action = {};
    action.sa_handler = onTerminationSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
}

int usageError(const QString& message)
{
    QTextStream(stderr) << "connector-dev-server: " << message << '\n'
                        << "Try 'connector-dev-server --help' for more information.\n";
    return 2;
}

bool readInt(const QCommandLineParser& parser, const QString& name, int minimum, int maximum, int& target)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (!ok || value < minimum || value > maximum)
        return false;
    target = value;
    return true;
}

} // namespace

int main(int argc, char* argv[])
{
    opensslexit::skipCleanupAtExit();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("connector-dev-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CONNECTOR_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("A local server that imitates the PipesHub connector-instance API under /api/v1."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOption(QStringLiteral("port"),
                                        QStringLiteral("Port to listen on; 0 picks a free one (default 8088)."),
                                        QStringLiteral("N"),
                                        QStringLiteral("8088"));
    const QCommandLineOption listenOption(
        QStringLiteral("listen"),
        QStringLiteral("Address to listen on (default 127.0.0.1); another than loopback needs --token."),
        QStringLiteral("ADDRESS"),
        QStringLiteral("127.0.0.1"));
    const QCommandLineOption dialectOption(QStringLiteral("dialect"),
                                           QStringLiteral("Answer dialect: pipeshub (default) or published."),
                                           QStringLiteral("DIALECT"),
                                           QStringLiteral("pipeshub"));
    const QCommandLineOption seedOption(
        QStringLiteral("seed"), QStringLiteral("Number of seeded instances (default 40)."), QStringLiteral("N"));
    const QCommandLineOption randomSeedOption(QStringLiteral("random-seed"),
                                              QStringLiteral("Seed of the generated data (same seed, same data)."),
                                              QStringLiteral("S"));
    const QCommandLineOption tokenOption(
        QStringLiteral("token"),
        QStringLiteral("Bearer token every request must carry (also $CONNECTOR_DEV_SERVER_TOKEN)."),
        QStringLiteral("T"));
    const QCommandLineOption noAdminOption(QStringLiteral("no-admin"),
                                           QStringLiteral("Act as a user without admin rights (team scope refused)."));
    const QCommandLineOption dataOption(
        QStringLiteral("data"),
        QStringLiteral("JSON file to load and save the instances in (created and seeded when missing)."),
        QStringLiteral("FILE"));
    const QCommandLineOption latencyOption(
        QStringLiteral("latency"), QStringLiteral("Delay every answer by MS milliseconds."), QStringLiteral("MS"));
    const QCommandLineOption deletionDelayOption(
        QStringLiteral("deletion-delay"),
        QStringLiteral("How long a deleted instance shows status DELETING (pipeshub dialect)."),
        QStringLiteral("MS"));
    const QCommandLineOption syncDurationOption(
        QStringLiteral("sync-duration"),
        QStringLiteral("How long a sync started by resync or toggle shows SYNCING or FULL_SYNCING (default 5000)."),
        QStringLiteral("MS"));
    const QCommandLineOption tlsCertOption(
        QStringLiteral("tls-cert"),
        QStringLiteral("Serve HTTPS with this certificate (PEM, the server's first, then its chain); needs --tls-key."),
        QStringLiteral("FILE"));
    const QCommandLineOption tlsKeyOption(QStringLiteral("tls-key"),
                                          QStringLiteral("The certificate's private key (PEM, unencrypted)."),
                                          QStringLiteral("FILE"));
    parser.addOptions({portOption,
                       listenOption,
                       dialectOption,
                       seedOption,
                       randomSeedOption,
                       tokenOption,
                       noAdminOption,
                       dataOption,
                       latencyOption,
                       deletionDelayOption,
                       syncDurationOption,
                       tlsCertOption,
                       tlsKeyOption});
    // Not process(): it exits 1 on an unknown option, and usage errors are 2 like every other.
    if (!parser.parse(QCoreApplication::arguments()))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
    if (!parser.positionalArguments().isEmpty())
        return usageError(QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().constFirst()));

    devserver::ServerOptions options;
    int port = 8088;
    if (!readInt(parser, portOption.names().constFirst(), 0, 65535, port))
        return usageError(QStringLiteral("--port needs a number from 0 to 65535"));
    options.port = quint16(port);

    const QString listen = parser.value(listenOption);
    options.address = listen.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0
        ? QHostAddress(QHostAddress::LocalHost)
        : QHostAddress(listen);
    if (options.address.isNull())
        return usageError(QStringLiteral("--listen needs an IP address, not '%1'").arg(listen));

    const QString dialect = parser.value(dialectOption).toLower();
    if (dialect == QLatin1String("pipeshub"))
        options.dialect = devserver::Dialect::PipesHub;
    else if (dialect == QLatin1String("published"))
        options.dialect = devserver::Dialect::Published;
    else
        return usageError(
            QStringLiteral("--dialect is pipeshub or published, not '%1'").arg(parser.value(dialectOption)));

    if (!readInt(parser, seedOption.names().constFirst(), 0, 1000000, options.seedCount))
        return usageError(QStringLiteral("--seed needs a number of instances from 0 to 1000000"));
    if (parser.isSet(randomSeedOption)) {
        bool ok = false;
        options.randomSeed = parser.value(randomSeedOption).toUInt(&ok);
        if (!ok)
            return usageError(QStringLiteral("--random-seed needs a number from 0 to 4294967295"));
    }
    options.token
        = parser.isSet(tokenOption) ? parser.value(tokenOption) : qEnvironmentVariable("CONNECTOR_DEV_SERVER_TOKEN");
    options.isAdmin = !parser.isSet(noAdminOption);
    options.dataFile = parser.value(dataOption);
    if (!readInt(parser, latencyOption.names().constFirst(), 0, 600000, options.latencyMs))
        return usageError(QStringLiteral("--latency needs milliseconds from 0 to 600000"));
    if (!readInt(parser, deletionDelayOption.names().constFirst(), 0, 3600000, options.deletionDelayMs))
        return usageError(QStringLiteral("--deletion-delay needs milliseconds from 0 to 3600000"));
    if (!readInt(parser, syncDurationOption.names().constFirst(), 0, 3600000, options.syncDurationMs))
        return usageError(QStringLiteral("--sync-duration needs milliseconds from 0 to 3600000"));

    if (parser.isSet(tlsCertOption) != parser.isSet(tlsKeyOption))
        return usageError(QStringLiteral("--tls-cert and --tls-key go together"));
    options.tlsCertificateFile = parser.value(tlsCertOption);
    options.tlsKeyFile = parser.value(tlsKeyOption);

    if (!options.address.isLoopback() && options.token.isEmpty()) {
        return usageError(QStringLiteral("refusing to listen on %1 without a token: anyone on the network could "
                                         "change the data. Give --token (or $CONNECTOR_DEV_SERVER_TOKEN), or "
                                         "listen on 127.0.0.1")
                              .arg(options.address.toString()));
    }

    devserver::DevServer server(options);
    QString error;
    if (!server.start(&error)) {
        QTextStream(stderr) << "connector-dev-server: " << error << '\n';
        return 1;
    }
    installSignalHandlers(app);

    QTextStream out(stdout);
    out << "connector-dev-server listening on " << server.baseUrl().toString() << " (dialect " << dialect << ", "
        << server.store().count() << " instances)" << Qt::endl;
    return app.exec();
}

// Figure 7: the console's export of a whole filter (core/export/viewexporter.h, what File > Export view runs)
// as a process of its own, so that bench/run_all.py times it from spawn to exit exactly as it times
// `connectorctl list --all-pages --output csv|json` over the same server: every page, serialised, and
// the file written and committed (QSaveFile: written, synced, renamed).
//
// bench_export --server URL --output csv|json --file PATH   (token: PIPESHUB_BEARER_AUTH)
#include "core/export/viewexporter.h"
#include "core/net/apiclient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QUrl>

#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("server"), QStringLiteral("Base URL."), QStringLiteral("URL")},
                       {QStringLiteral("output"), QStringLiteral("csv or json."), QStringLiteral("FORMAT")},
                       {QStringLiteral("file"), QStringLiteral("Where to."), QStringLiteral("PATH")}});
    parser.process(app);
    const auto format = ConnectorListing::formatFromName(parser.value(QStringLiteral("output")));
    if (!format || !parser.isSet(QStringLiteral("server")) || !parser.isSet(QStringLiteral("file"))) {
        std::fprintf(stderr, "usage: bench_export --server URL --output csv|json --file PATH\n");
        return 2;
    }
    ApiClient client;
    client.setBaseUrl(QUrl(parser.value(QStringLiteral("server"))));
    client.setToken(qEnvironmentVariable("PIPESHUB_BEARER_AUTH"));
    ViewExporter exporter(&client);
    int code = 1;
    QObject::connect(&exporter, &ViewExporter::finished, &app, [&](const QString&, qint64 rows) {
        std::printf("%lld\n", static_cast<long long>(rows));
        code = 0;
        app.quit();
    });
    QObject::connect(&exporter, &ViewExporter::failed, &app, [&](const QString& message) {
        std::fprintf(stderr, "%s\n", qPrintable(message));
        app.quit();
    });
    exporter.exportQuery(ListQuery(), parser.value(QStringLiteral("file")), *format);
    app.exec();
    return code;
}

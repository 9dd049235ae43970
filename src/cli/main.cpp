#include "cli/connectorctl.h"

#include "platform/opensslexit.h"

#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>
#include <QTextStream>

#include <cstdio>

int main(int argc, char* argv[])
{
    opensslexit::skipCleanupAtExit();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("connectorctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CONNECTOR_VERSION));
    // The core logs retries and failures at info level for the GUI's log; here --verbose says it
    // better, on stderr. QT_LOGGING_RULES still wins, for debugging.
    QLoggingCategory::setFilterRules(QStringLiteral("connector.*.info=false\nconnector.*.debug=false"));

    QFile out;
    QFile err;
    QFile in;
    if (!out.open(stdout, QIODevice::WriteOnly) || !err.open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered)
        || !in.open(stdin, QIODevice::ReadOnly))
        return 1;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    ConnectorCtl ctl(outStream, errStream, &in);
    const int code = ctl.run(QCoreApplication::arguments());
    outStream.flush();
    errStream.flush();
    return code;
}

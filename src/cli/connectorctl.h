#pragma once

#include <QCoreApplication>
#include <QStringList>

class Command;
class QCommandLineParser;
class QIODevice;
class QTextStream;

// The whole of connectorctl but main(): global options, then a command and its options. Output goes
// to the streams given, so that a test can run it against buffers.
class ConnectorCtl final
{
    Q_DECLARE_TR_FUNCTIONS(ConnectorCtl)
    Q_DISABLE_COPY_MOVE(ConnectorCtl)

public:
    ConnectorCtl(QTextStream& out, QTextStream& err, QIODevice* in);

    // `arguments` as QCoreApplication::arguments(): the program first. Returns the exit code.
    int run(const QStringList& arguments);

private:
    void addGlobalOptions(QCommandLineParser& parser) const;
    QString globalHelp() const;
    QString commandHelp(const Command& command) const;
    int usageError(const QString& message, const QString& hint = {});

    QTextStream& m_out;
    QTextStream& m_err;
    QIODevice* m_in;
};

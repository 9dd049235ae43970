#pragma once

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>
#include <vector>

class QCommandLineParser;
class Session;
struct ConnectorInstance;

// One subcommand of connectorctl (KeePassXC's cli/Command): its name, what it does, its options and
// arguments, and execute(). The runner parses the command line with the options declared here.
class Command
{
    Q_DECLARE_TR_FUNCTIONS(Command)
    Q_DISABLE_COPY_MOVE(Command)

public:
    struct Argument
    {
        QString name;
        QString description;
        QString syntax; // e.g. "ID"; shown in the usage line
    };

    virtual ~Command();

    const QString& name() const
    {
        return m_name;
    }
    const QString& description() const
    {
        return m_description;
    }
    const QList<QCommandLineOption>& options() const
    {
        return m_options;
    }
    const QList<Argument>& arguments() const
    {
        return m_arguments;
    }
    // Text after the option list of `connectorctl COMMAND --help`; empty when there is nothing to add.
    const QString& epilog() const
    {
        return m_epilog;
    }

    // Declares options and arguments on `parser` (the global options are added by the caller).
    void configure(QCommandLineParser& parser) const;
    // The usage line, e.g. "connectorctl [global options] get [options] ID".
    QString usage() const;

    // Runs the command; returns its exit code (exitcode.h). `parser` has parsed the command's arguments.
    virtual int execute(Session& session, const QCommandLineParser& parser) = 0;

    // Every command, in the order of the help text.
    static std::vector<std::unique_ptr<Command>> all();

protected:
    Command(const QString& name, const QString& description);

    QList<QCommandLineOption> m_options;
    QList<Argument> m_arguments;
    QString m_epilog;

    // Checks the number of positional arguments; prints a usage error and returns false when wrong.
    bool expectArguments(Session& session, const QCommandLineParser& parser, int count) const;
    // Whether `id` may be sent at all (the gateway's pattern); prints why not. No request is made.
    static bool checkConnectorId(Session& session, const QString& id);
    // The prologue of a command on one instance: exactly one argument, a valid id (into `id`), then the
    // server. Returns the exit code; exitcode::Ok when the command may go on.
    int connectForOneId(Session& session, const QCommandLineParser& parser, QString* id) const;
    // GET /connectors/ID into `instance`; returns the exit code, the error already printed.
    static int fetchConnector(Session& session, const QString& id, ConnectorInstance* instance);

private:
    QString m_name;
    QString m_description;
};

#include "cli/command.h"

#include "cli/commands/createcommand.h"
#include "cli/commands/deletecommand.h"
#include "cli/commands/enablecommand.h"
#include "cli/commands/getcommand.h"
#include "cli/commands/listcommand.h"
#include "cli/commands/logincommand.h"
#include "cli/commands/logoutcommand.h"
#include "cli/commands/renamecommand.h"
#include "cli/commands/signincommand.h"
#include "cli/commands/statscommand.h"
#include "cli/commands/synccommand.h"
#include "cli/commands/typescommand.h"
#include "cli/exitcode.h"
#include "cli/session.h"

#include "core/model/connectorinstance.h"
#include "core/net/apiclient.h"
#include "core/wire/pagination.h"

#include <QCommandLineParser>

Command::Command(const QString& name, const QString& description)
    : m_name(name)
    , m_description(description)
{ }

Command::~Command() = default;

void Command::configure(QCommandLineParser& parser) const
{
    parser.setApplicationDescription(m_description);
    parser.addOptions(m_options);
    for (const Argument& argument : m_arguments)
        parser.addPositionalArgument(argument.syntax, argument.description, argument.syntax);
}

QString Command::usage() const
{
    QStringList parts{QCoreApplication::applicationName(), tr("[global options]"), m_name};
    if (!m_options.isEmpty())
        parts.append(tr("[options]"));
    for (const Argument& argument : m_arguments)
        parts.append(argument.syntax);
    return parts.join(QLatin1Char(' '));
}

bool Command::expectArguments(Session& session, const QCommandLineParser& parser, int count) const
{
    const QStringList given = parser.positionalArguments();
    if (given.size() == count)
        return true;
    const QString message = given.size() < count
        ? tr("%1: missing argument (usage: %2)").arg(m_name, usage())
        : tr("%1: unexpected argument \"%2\" (usage: %3)").arg(m_name, given.at(count), usage());
    session.usageError(message);
    return false;
}

bool Command::checkConnectorId(Session& session, const QString& id)
{
    if (ApiClient::isValidConnectorId(id))
        return true;
    session.usageError(
        tr("\"%1\" is not a valid connector id: use letters, digits, _ and -, at most 64.").arg(session.redact(id)));
    return false;
}

int Command::connectForOneId(Session& session, const QCommandLineParser& parser, QString* id) const
{
    if (!expectArguments(session, parser, 1))
        return exitcode::Usage;
    *id = parser.positionalArguments().constFirst();
    if (!checkConnectorId(session, *id))
        return exitcode::Usage;
    return session.connectToServer();
}

int Command::fetchConnector(Session& session, const QString& id, ConnectorInstance* instance)
{
    const Session::CallResult result = session.wait(session.client().getConnector(id));
    if (!result.ok())
        return session.fail(result.error);
    ApiError error;
    std::optional<ConnectorInstance> fetched = result.answer.instance(&error);
    if (!fetched)
        return session.fail(error);
    *instance = std::move(*fetched);
    if (!instance->isValid())
        return session.fail(ApiError::malformed(tr("The server's answer has a connector without an id.")));
    return exitcode::Ok;
}

std::vector<std::unique_ptr<Command>> Command::all()
{
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(std::make_unique<ListCommand>());
    commands.push_back(std::make_unique<GetCommand>());
    commands.push_back(std::make_unique<CreateCommand>());
    commands.push_back(std::make_unique<RenameCommand>());
    commands.push_back(std::make_unique<DeleteCommand>());
    commands.push_back(std::make_unique<EnableCommand>(true));
    commands.push_back(std::make_unique<EnableCommand>(false));
    commands.push_back(std::make_unique<SyncCommand>());
    commands.push_back(std::make_unique<StatsCommand>());
    commands.push_back(std::make_unique<SigninCommand>());
    commands.push_back(std::make_unique<TypesCommand>());
    commands.push_back(std::make_unique<LoginCommand>());
    commands.push_back(std::make_unique<LogoutCommand>());
    return commands;
}

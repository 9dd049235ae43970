#include "cli/commands/renamecommand.h"

#include "cli/exitcode.h"
#include "cli/optionnames.h"
#include "cli/session.h"

#include "core/model/connectorinstance.h"
#include "core/model/createconnectorrequest.h"
#include "core/net/apiclient.h"

#include <QCommandLineParser>

RenameCommand::RenameCommand()
    : Command(QStringLiteral("rename"), tr("Give a connector instance a new name."))
{
    m_arguments
        = {{optionname::id, tr("The connector id."), tr("ID")},
           {optionname::name,
            tr("The new name: 1 to %1 characters, unique within the scope.").arg(CreateConnectorRequest::maxNameLength),
            tr("NEWNAME")}};
}

int RenameCommand::execute(Session& session, const QCommandLineParser& parser)
{
    if (!expectArguments(session, parser, 2))
        return exitcode::Usage;
    const QString id = parser.positionalArguments().at(0);
    const QString name = parser.positionalArguments().at(1);
    if (!checkConnectorId(session, id))
        return exitcode::Usage;
    if (const QString problem = CreateConnectorRequest::validateName(name); !problem.isEmpty())
        return session.usageError(problem);
    if (const int code = session.connectToServer(); code != exitcode::Ok)
        return code;

    // The real server answers a rename with {_key, name} only: fetch the whole instance first and lay
    // the answer over it.
    ConnectorInstance instance;
    if (const int code = fetchConnector(session, id, &instance); code != exitcode::Ok)
        return code;
    const Session::CallResult result = session.wait(session.client().updateName(id, name));
    if (!result.ok())
        return session.fail(result.error);
    if (RenamedInstance renamed = result.answer.renamed(instance, name); renamed.fromAnswer) {
        instance = std::move(renamed.instance);
    } else if (const int code = fetchConnector(session, id, &instance); code != exitcode::Ok) {
        return code; // no instance in the answer: ask again rather than guess
    }
    session.format().writeConnector(session.out(), instance);
    return exitcode::Ok;
}

#include "deletecommand.h"

#include "exitcode.h"
#include "optionnames.h"
#include "session.h"

#include "core/apiclient.h"

#include <QCommandLineParser>

DeleteCommand::DeleteCommand()
    : Command(
        QStringLiteral("delete"),
        tr("Delete a connector instance (its configuration; records already synced stay in the knowledge bases)."))
{
    m_options = {{QStringLiteral("yes"), tr("Confirm the deletion: it cannot be undone. Required.")}};
    m_arguments = {{optionname::id, tr("The connector id."), tr("ID")}};
    m_epilog = tr("The server may refuse (exit status 5) while a sync or another deletion holds the instance, "
                  "or while agents use it; its message says which.");
}

int DeleteCommand::execute(Session& session, const QCommandLineParser& parser)
{
    if (!expectArguments(session, parser, 1))
        return exitcode::Usage;
    const QString id = parser.positionalArguments().constFirst();
    if (!checkConnectorId(session, id))
        return exitcode::Usage;
    if (!parser.isSet(QStringLiteral("yes")))
        return session.usageError(tr("Deleting %1 cannot be undone: add --yes to confirm.").arg(id));
    if (const int code = session.connectToServer(); code != exitcode::Ok)
        return code;
    const Session::CallResult result = session.wait(session.client().deleteConnector(id));
    if (!result.ok())
        return session.fail(result.error);
    session.format().writeDeleted(session.out(), result.answer.deletion(id));
    return exitcode::Ok;
}

#include "cli/commands/getcommand.h"

#include "cli/exitcode.h"
#include "cli/optionnames.h"
#include "cli/session.h"

#include "core/model/connectorinstance.h"

#include <QCommandLineParser>

GetCommand::GetCommand()
    : Command(QStringLiteral("get"), tr("Show one connector instance."))
{
    m_arguments = {{optionname::id, tr("The connector id."), tr("ID")}};
}

int GetCommand::execute(Session& session, const QCommandLineParser& parser)
{
    QString id;
    if (const int code = connectForOneId(session, parser, &id); code != exitcode::Ok)
        return code;
    ConnectorInstance instance;
    if (const int code = fetchConnector(session, id, &instance); code != exitcode::Ok)
        return code;
    session.format().writeConnector(session.out(), instance);
    return exitcode::Ok;
}

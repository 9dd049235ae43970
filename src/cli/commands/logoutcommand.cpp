#include "cli/commands/logoutcommand.h"

#include "cli/exitcode.h"
#include "cli/session.h"

#include "core/settings/credentialstore.h"

#include <QCommandLineParser>
#include <QTextStream>

LogoutCommand::LogoutCommand()
    : Command(QStringLiteral("logout"), tr("Remove the server's token from the system keychain."))
{ }

int LogoutCommand::execute(Session& session, const QCommandLineParser& parser)
{
    if (!expectArguments(session, parser, 0))
        return exitcode::Usage;
    if (const int code = session.resolveServer(); code != exitcode::Ok)
        return code;
    const QString server = session.serverUrl().toDisplayString();
    CredentialStore store;
    const QString account = CredentialStore::accountFor(session.serverUrl());
    // Some keychains report success for deleting nothing: look first, to say the truth. (With the
    // variable set, a read would only return its token.)
    if (CredentialStore::tokenFromEnvironment().isEmpty()
        && store.readTokenBlocking(account).status == CredentialStore::Status::NotFound) {
        session.out() << tr("No token was stored for %1.").arg(server) << '\n';
        return exitcode::Ok;
    }
    const CredentialStore::Result result = store.deleteTokenBlocking(account);
    switch (result.status) {
    case CredentialStore::Status::Ok:
        session.out() << tr("Removed the token for %1 from the system keychain.").arg(server) << '\n';
        break;
    case CredentialStore::Status::NotFound:
        session.out() << tr("No token was stored for %1.").arg(server) << '\n';
        break;
    default:
        session.err() << QCoreApplication::applicationName() << ": " << result.message << Qt::endl;
        return exitcode::Failure;
    }
    if (!CredentialStore::tokenFromEnvironment().isEmpty())
        session.warn(
            tr("%1 is still set in this environment.").arg(QLatin1String(CredentialStore::environmentVariable)));
    return exitcode::Ok;
}

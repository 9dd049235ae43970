#include "cli/commands/logincommand.h"

#include "cli/exitcode.h"
#include "cli/session.h"

#include "core/settings/credentialstore.h"

#include <QCommandLineParser>
#include <QIODevice>
#include <QTextStream>

#ifdef Q_OS_UNIX
#include <csignal>
#include <termios.h>
#include <unistd.h>
#endif

namespace {

#ifdef Q_OS_UNIX
// Echo off while the token is typed; back on however we leave, Ctrl-C included.
struct termios savedTerminal;
volatile std::sig_atomic_t echoIsOff = 0;

void restoreTerminal()
{
    if (echoIsOff) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &savedTerminal);
        echoIsOff = 0;
    }
}

extern "C" void restoreTerminalAndDie(int signalNumber)
{
    restoreTerminal();
    std::signal(signalNumber, SIG_DFL);
    std::raise(signalNumber);
}

class EchoOff
{
public:
    EchoOff()
    {
        if (tcgetattr(STDIN_FILENO, &savedTerminal) != 0)
            return;
        struct termios silent = savedTerminal;
        silent.c_lflag &= ~tcflag_t(ECHO);
        silent.c_lflag |= ECHONL;
        m_oldInt = std::signal(SIGINT, restoreTerminalAndDie);
        m_oldTerm = std::signal(SIGTERM, restoreTerminalAndDie);
        if (tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent) == 0)
            echoIsOff = 1;
    }
    ~EchoOff()
    {
        restoreTerminal();
        std::signal(SIGINT, m_oldInt);
        std::signal(SIGTERM, m_oldTerm);
    }
    Q_DISABLE_COPY_MOVE(EchoOff)

private:
    void (*m_oldInt)(int) = SIG_DFL;
    void (*m_oldTerm)(int) = SIG_DFL;
};

bool stdinIsTerminal()
{
    return isatty(STDIN_FILENO) == 1;
}
#else
bool stdinIsTerminal()
{
    return false;
}
#endif

// One line from `in`, without its line end.
QString readLine(QIODevice* in)
{
    if (!in)
        return {};
    QByteArray line = in->readLine(64 * 1024);
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}

} // namespace

LoginCommand::LoginCommand()
    : Command(QStringLiteral("login"), tr("Store a bearer token for the server in the system keychain."))
{
    m_epilog = tr("The token is read from standard input: typed without echo on a terminal, or the first line "
                  "of a pipe (e.g. from a password manager). It is never taken from the command line. While %1 "
                  "is set, it wins over the keychain.")
                   .arg(QLatin1String(CredentialStore::environmentVariable));
}

int LoginCommand::execute(Session& session, const QCommandLineParser& parser)
{
    if (!expectArguments(session, parser, 0))
        return exitcode::Usage;
    if (const int code = session.resolveServer(); code != exitcode::Ok)
        return code;
    const QString server = session.serverUrl().toDisplayString();

    QString token;
    if (stdinIsTerminal()) {
#ifdef Q_OS_UNIX
        // Echo goes off before the prompt shows: nothing typed after it can appear on the screen.
        const EchoOff echoOff;
#endif
        session.err() << tr("Token for %1: ").arg(server) << Qt::flush;
        token = readLine(session.in());
    } else {
        token = readLine(session.in());
    }
    token = token.trimmed();
    if (token.isEmpty())
        return session.usageError(tr("No token given on standard input."));
    for (const QChar c : token) {
        if (c.isSpace() || c.category() == QChar::Other_Control)
            return session.usageError(tr("The token must be one word, without spaces or control characters."));
    }

    CredentialStore store;
    const CredentialStore::Result result
        = store.writeTokenBlocking(CredentialStore::accountFor(session.serverUrl()), token);
    if (!result.ok()) {
        session.err() << QCoreApplication::applicationName() << ": " << session.redact(result.message) << Qt::endl;
        return exitcode::Failure;
    }
    session.out() << tr("Stored the token for %1 in the system keychain (service \"connector-admin\").").arg(server)
                  << '\n';
    if (!CredentialStore::tokenFromEnvironment().isEmpty())
        session.warn(tr("%1 is set: it wins over the keychain until you unset it.")
                         .arg(QLatin1String(CredentialStore::environmentVariable)));
    return exitcode::Ok;
}

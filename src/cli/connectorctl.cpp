#include "cli/connectorctl.h"

#include "cli/command.h"
#include "cli/commands/signincommand.h"
#include "cli/exitcode.h"
#include "cli/output/outputformat.h"
#include "cli/session.h"

#include "core/settings/credentialstore.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <cmath>

namespace {

const QString serverOption = QStringLiteral("server");
const QString outputOption = QStringLiteral("output");
const QString timeoutOption = QStringLiteral("timeout");
const QString retriesOption = QStringLiteral("retries");
const QString verboseOption = QStringLiteral("verbose");
const QString helpOption = QStringLiteral("help");
const QString versionOption = QStringLiteral("version");

constexpr int defaultTimeoutSeconds = 30;
constexpr int maxRetries = 10;

// The value of a global option: given after the command wins over before it.
QString globalValue(const QCommandLineParser& global, const QCommandLineParser& command, const QString& name)
{
    return command.isSet(name) ? command.value(name) : global.value(name);
}

bool globalIsSet(const QCommandLineParser& global, const QCommandLineParser& command, const QString& name)
{
    return command.isSet(name) || global.isSet(name);
}

// Paragraphs folded at `width` columns, the way QCommandLineParser folds option descriptions.
QString wrapped(const QString& text, int width = 79)
{
    QStringList lines;
    QString line;
    for (const QString& word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > width) {
            lines.append(line);
            line.clear();
        }
        line += line.isEmpty() ? word : QLatin1Char(' ') + word;
    }
    if (!line.isEmpty())
        lines.append(line);
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

// QCommandLineParser's help starts with its own usage line ("Usage: connectorctl [options] ..."); ours
// names the command.
QString withoutUsageLine(const QString& help)
{
    const qsizetype end = help.indexOf(QLatin1Char('\n'));
    return end < 0 ? QString() : help.mid(end + 1);
}

} // namespace

ConnectorCtl::ConnectorCtl(QTextStream& out, QTextStream& err, QIODevice* in)
    : m_out(out)
    , m_err(err)
    , m_in(in)
{ }

void ConnectorCtl::addGlobalOptions(QCommandLineParser& parser) const
{
    parser.addOptions({
        {serverOption,
         tr("The server, e.g. https://pipeshub.example.com (/api/v1 is added when the URL has no path). "
            "Default: $PIPESHUB_SERVER_URL, else the default server profile of Connector Admin."),
         tr("URL")},
        {outputOption, tr("table (default), json or csv."), tr("FORMAT")},
        {timeoutOption,
         tr("Give up on a request after SECONDS (default %1). For signin --wait: how long to wait for the "
            "sign-in in all (default %2).")
             .arg(defaultTimeoutSeconds)
             .arg(SigninCommand::defaultWaitSeconds),
         tr("SECONDS")},
        {retriesOption,
         tr("Retries of a call that failed on 429, 5xx or the network, with backoff and Retry-After, 0 to %1 "
            "(default 3). A create, a toggle or a delete is never retried (enable, disable and delete wait out a 429 "
            "themselves).")
             .arg(maxRetries),
         tr("N")},
        {verboseOption, tr("Print each request's method, URL, status, time and retries on stderr (never the token).")},
        {{QStringLiteral("h"), helpOption}, tr("Show this help.")},
    });
}

QString ConnectorCtl::globalHelp() const
{
    QCommandLineParser parser;
    addGlobalOptions(parser);
    parser.addOption({versionOption, tr("Show the version.")});
    QString help
        = tr("Usage: %1 [global options] COMMAND [options] [arguments]\n").arg(QCoreApplication::applicationName());
    help += tr("Manage PipesHub connector instances from the command line.\n");
    help += withoutUsageLine(parser.helpText());
    help += QLatin1Char('\n') + tr("Commands:") + QLatin1Char('\n');
    const auto commands = Command::all();
    int width = 4;
    for (const auto& command : commands)
        width = std::max(width, int(command->name().size()));
    for (const auto& command : commands)
        help += QStringLiteral("  %1  %2\n").arg(command->name().leftJustified(width), command->description());
    help += QStringLiteral("  %1  %2\n")
                .arg(QStringLiteral("help").leftJustified(width), tr("Show the help of a command."));
    help += QLatin1Char('\n')
        + wrapped(tr("Run \"%1 help COMMAND\" or \"%1 COMMAND --help\" for a command's options.")
                      .arg(QCoreApplication::applicationName()));
    help += QLatin1Char('\n') + tr("Environment:") + QLatin1Char('\n');
    help += tr("  PIPESHUB_SERVER_URL   the server, when --server is not given\n");
    help += tr("  PIPESHUB_BEARER_AUTH  the bearer token; wins over the keychain (see login)\n");
    help += tr("A token is never taken from the command line and never printed.\n");
    help += QLatin1Char('\n') + tr("Exit status:") + QLatin1Char('\n');
    help += tr("  0  success\n"
               "  1  any other failure (e.g. the keychain could not be used)\n"
               "  2  usage error or invalid input; no request was sent\n"
               "  3  not found (HTTP 404)\n"
               "  4  not signed in or not allowed (HTTP 401, 403)\n"
               "  5  refused by the server (HTTP 400, 409, 422 and other 4xx)\n"
               "  6  network, timeout, TLS or server error (5xx), still rate-limited (429)\n"
               "     after the retries, or an answer that is not what the API promises\n");
    help += QLatin1Char('\n')
        + tr("Errors go to stderr as \"%1: <the server's message> (HTTP <status>)\".")
              .arg(QCoreApplication::applicationName())
        + QLatin1Char('\n');
    return help;
}

QString ConnectorCtl::commandHelp(const Command& command) const
{
    QCommandLineParser parser;
    command.configure(parser);
    parser.addOption({{QStringLiteral("h"), helpOption}, tr("Show this help.")});
    QString help = tr("Usage: %1").arg(command.usage()) + QLatin1Char('\n');
    help += withoutUsageLine(parser.helpText());
    if (!command.epilog().isEmpty())
        help += QLatin1Char('\n') + wrapped(command.epilog());
    help += QLatin1Char('\n')
        + wrapped(tr("Global options (%1, %2, %3, %4, %5) may come before or after the command; see \"%6 --help\".")
                      .arg(QStringLiteral("--server"),
                           QStringLiteral("--output"),
                           QStringLiteral("--timeout"),
                           QStringLiteral("--retries"),
                           QStringLiteral("--verbose"),
                           QCoreApplication::applicationName()));
    return help;
}

int ConnectorCtl::usageError(const QString& message, const QString& hint)
{
    m_err << QCoreApplication::applicationName() << ": " << message << Qt::endl;
    if (!hint.isEmpty())
        m_err << hint << Qt::endl;
    return exitcode::Usage;
}

int ConnectorCtl::run(const QStringList& arguments)
{
    const QString program = QCoreApplication::applicationName();
    const QString generalHint = tr("Run \"%1 --help\" for the commands and options.").arg(program);

    QCommandLineParser global;
    global.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    global.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    addGlobalOptions(global);
    global.addOption({versionOption, tr("Show the version.")});
    global.addPositionalArgument(QStringLiteral("command"), tr("The command to run."), tr("COMMAND"));
    if (!global.parse(arguments.isEmpty() ? QStringList{program} : arguments))
        return usageError(global.errorText(), generalHint);
    if (global.isSet(versionOption)) {
        m_out << program << ' ' << QCoreApplication::applicationVersion() << '\n';
        return exitcode::Ok;
    }
    QStringList rest = global.positionalArguments();
    if (global.isSet(helpOption)) {
        m_out << globalHelp();
        return exitcode::Ok;
    }
    if (rest.isEmpty()) {
        m_err << globalHelp();
        return exitcode::Usage;
    }

    const QString name = rest.takeFirst();
    auto commands = Command::all();
    auto find = [&commands](const QString& wanted) -> Command* {
        for (const auto& command : commands) {
            if (command->name() == wanted)
                return command.get();
        }
        return nullptr;
    };
    if (name == QLatin1String("help")) {
        if (rest.isEmpty()) {
            m_out << globalHelp();
            return exitcode::Ok;
        }
        const Command* command = find(rest.constFirst());
        if (!command)
            return usageError(tr("Unknown command \"%1\".").arg(rest.constFirst()), generalHint);
        m_out << commandHelp(*command);
        return exitcode::Ok;
    }
    Command* command = find(name);
    if (!command)
        return usageError(tr("Unknown command \"%1\".").arg(name), generalHint);

    const QString commandHint = tr("Run \"%1 help %2\" for its options.").arg(program, name);
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    command->configure(parser);
    addGlobalOptions(parser);
    if (!parser.parse(QStringList{program} + rest))
        return usageError(tr("%1: %2").arg(name, parser.errorText()), commandHint);
    if (parser.isSet(helpOption)) {
        m_out << commandHelp(*command);
        return exitcode::Ok;
    }

    Session::Options options;
    options.server = globalValue(global, parser, serverOption);
    if (globalIsSet(global, parser, outputOption)) {
        const QString format = globalValue(global, parser, outputOption);
        const auto parsed = OutputFormat::fromName(format);
        if (!parsed)
            return usageError(tr("Unknown output format \"%1\": use table, json or csv.").arg(format));
        options.format = *parsed;
    }
    if (globalIsSet(global, parser, timeoutOption)) {
        const QString text = globalValue(global, parser, timeoutOption);
        bool ok = false;
        const double seconds = text.trimmed().toDouble(&ok);
        if (!ok || !std::isfinite(seconds) || seconds <= 0 || seconds > 24 * 3600)
            return usageError(tr("--timeout must be a number of seconds above 0, not \"%1\".").arg(text));
        options.timeoutMs = std::max(1, int(std::lround(seconds * 1000)));
        options.timeoutGiven = true;
    } else {
        options.timeoutMs = defaultTimeoutSeconds * 1000;
    }
    if (globalIsSet(global, parser, retriesOption)) {
        const QString text = globalValue(global, parser, retriesOption);
        bool ok = false;
        const int retries = text.trimmed().toInt(&ok);
        if (!ok || retries < 0 || retries > maxRetries)
            return usageError(
                tr("--retries must be a whole number from 0 to %1, not \"%2\".").arg(maxRetries).arg(text));
        options.retries = retries;
    }
    options.verbose = globalIsSet(global, parser, verboseOption);

    Session session(options, m_out, m_err, m_in);
    const int code = command->execute(session, parser);
    m_out.flush();
    m_err.flush();
    return code;
}

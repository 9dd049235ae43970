#include "cli/commands/signincommand.h"

#include "cli/exitcode.h"
#include "cli/optionnames.h"
#include "cli/session.h"

#include "core/export/csvwriter.h"
#include "core/model/connectorinstance.h"
#include "core/net/apiclient.h"
#include "core/ops/signinwatch.h"
#include "core/wire/wirekeys.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTextStream>

#include <algorithm>

namespace {

const QString openOption = QStringLiteral("open");
const QString waitOption = QStringLiteral("wait");

QString secondsText(qint64 milliseconds)
{
    return QString::number(double(milliseconds) / 1000.0, 'g', 4);
}

} // namespace

SigninCommand::SigninCommand()
    : Command(QStringLiteral("signin"), tr("Print the sign-in URL of an OAuth connector instance."))
{
    m_options = {{openOption, tr("Open the URL in the browser (with xdg-open).")},
                 {waitOption, tr("Wait until the server says the instance is signed in.")}};
    m_arguments = {{optionname::id, tr("The connector id."), tr("ID")}};
    m_epilog = tr("Open the URL in a browser and sign in with the provider; the provider hands the sign-in to "
                  "the server, never to connectorctl. Only http and https URLs are printed or opened. With "
                  "--wait the instance is read after 2 s, then 2 s later each time up to every 10 s (as the console "
                  "does), until it is signed in; a network error, a timeout or a 5xx is said and waited through, "
                  "anything else (the instance gone, the token refused) ends the wait; "
                  "--timeout SECONDS is then how long to wait in all (default %1 s; each request still gives "
                  "up after at most %2 s), and running out exits with status 6. An instance already signed in "
                  "says so and exits 0.")
                   .arg(defaultWaitSeconds)
                   .arg(maxRequestMs / 1000);
}

int SigninCommand::execute(Session& session, const QCommandLineParser& parser)
{
    QString id;
    if (const int code = connectForOneId(session, parser, &id); code != exitcode::Ok)
        return code;
    const bool wait = parser.isSet(waitOption);
    const int waitLimitMs = session.options().timeoutGiven ? session.options().timeoutMs : defaultWaitSeconds * 1000;
    if (wait)
        session.client().setTimeout(std::min(session.options().timeoutMs, maxRequestMs));

    ConnectorInstance instance;
    if (const int code = fetchConnector(session, id, &instance); code != exitcode::Ok)
        return code;
    const bool table = session.format().kind() == OutputFormat::Kind::Table;
    const QString who = OutputFormat::escapeControls(id);
    if (instance.isAuthenticated) {
        (table ? session.out() : session.err()) << tr("%1 is already signed in.").arg(who) << Qt::endl;
        return exitcode::Ok;
    }

    const Session::CallResult result = session.wait(session.client().authorizationUrl(id));
    if (!result.ok())
        return session.fail(result.error);
    ApiError error;
    const std::optional<AuthorizationUrl> authorization = result.answer.authorization(&error);
    if (!authorization)
        return session.fail(error);
    const QString url = authorization->url.toString(QUrl::FullyEncoded);

    switch (session.format().kind()) {
    case OutputFormat::Kind::Json: {
        const QJsonObject object{{wirekey::connectorId, id}, {outputname::authorizationUrl, url}};
        session.out() << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
        break;
    }
    case OutputFormat::Kind::Csv:
        CsvWriter::writeRow(session.out(), {wirekey::connectorId, outputname::authorizationUrl});
        CsvWriter::writeRow(session.out(), {id, url});
        break;
    case OutputFormat::Kind::Table:
        session.out() << url << '\n';
        break;
    }
    session.out().flush();

    if (parser.isSet(openOption)) {
        const QString opener = QStandardPaths::findExecutable(QStringLiteral("xdg-open"));
        if (opener.isEmpty() || !QProcess::startDetached(opener, {url})) {
            session.warn(tr("could not open a browser (no xdg-open): open the URL above in one yourself."));
        }
    } else if (table) {
        session.err() << tr("Open the URL above in a browser to sign %1 in.").arg(who) << Qt::endl;
    }
    if (!wait)
        return exitcode::Ok;

    // The watch the console waits with too: the same intervals, the same errors that end it.
    SignInWatch watch(&session.client());
    watch.setDeadline(waitLimitMs);
    QEventLoop loop;
    int outcome = exitcode::Unavailable;
    QObject::connect(&watch, &SignInWatch::signedIn, &loop, [&] {
        (table ? session.out() : session.err()) << tr("%1 is signed in.").arg(who) << Qt::endl;
        outcome = exitcode::Ok;
        loop.quit();
    });
    QObject::connect(&watch, &SignInWatch::failed, &loop, [&](const ApiError& readError) {
        outcome = session.fail(readError); // gone, or no longer ours: waiting will not help
        loop.quit();
    });
    QObject::connect(&watch, &SignInWatch::timedOut, &loop, [&] {
        session.err() << QCoreApplication::applicationName() << ": "
                      << tr("%1 is still not signed in after %2 s.").arg(who, secondsText(waitLimitMs)) << Qt::endl;
        outcome = exitcode::Unavailable;
        loop.quit();
    });
    QObject::connect(
        &watch, &SignInWatch::stillWaiting, &loop, [&](const ConnectorInstance&, const ApiError& passingError) {
            if (passingError.isError())
                session.warn(
                    tr("could not read %1, still waiting: %2").arg(who, session.redact(passingError.toString())));
            session.err() << tr("Waiting for the sign-in of %1 (%2 s of %3 s)...")
                                 .arg(who, secondsText(watch.elapsedMs()), secondsText(waitLimitMs))
                          << Qt::endl;
        });
    watch.start(id);
    loop.exec();
    return outcome;
}

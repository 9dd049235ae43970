#include "cli/session.h"

#include "cli/exitcode.h"

#include "core/net/apiclient.h"
#include "core/net/apireply.h"
#include "core/settings/appsettings.h"
#include "core/settings/credentialstore.h"
#include "core/settings/serverchoice.h"
#include "core/settings/serverprofiles.h"

#include <QEventLoop>
#include <QSettings>
#include <QTextStream>

Session::Session(const Options& options, QTextStream& out, QTextStream& err, QIODevice* in)
    : m_options(options)
    , m_out(out)
    , m_err(err)
    , m_in(in)
{ }

Session::~Session() = default;

int Session::resolveServer()
{
    if (m_serverUrl.isValid())
        return exitcode::Ok;
    // The same settings as the desktop console, so a server saved there works here too.
    QSettings settings = appsettings::open();
    QString problem;
    const std::optional<ServerChoice> choice
        = ServerChoice::choose(m_options.server, ServerProfiles(settings), &problem);
    if (!choice && !problem.isEmpty())
        return usageError(problem);
    if (!choice) {
        return usageError(tr("No server given: use --server URL, set %1, or save a server profile in "
                             "Connector Admin.")
                              .arg(QLatin1String(ServerChoice::environmentVariable)));
    }
    m_serverUrl = choice->url();
    m_caFile = choice->profile().caFile;
    note(tr("server %1 (from %2)").arg(m_serverUrl.toDisplayString(), choice->sourceText()));
    return exitcode::Ok;
}

int Session::connectToServer()
{
    if (const int code = resolveServer(); code != exitcode::Ok)
        return code;
    CredentialStore store;
    const CredentialStore::Result token = store.readTokenBlocking(CredentialStore::accountFor(m_serverUrl));
    if (token.ok() && !token.token.trimmed().isEmpty()) {
        m_token = token.token.trimmed();
        note(token.fromEnvironment ? tr("token from %1").arg(QLatin1String(CredentialStore::environmentVariable))
                                   : tr("token from the system keychain"));
        // Said only when a token travels: without one, nothing secret crosses the network.
        if (const QString warning = ServerChoice::plainHttpWarning(m_serverUrl); !warning.isEmpty())
            warn(warning);
    } else {
        // Many servers (a dev server, a gateway that authenticates otherwise) need none: say why there
        // is none only when the server asks for one (fail() on a 401), or with --verbose.
        m_missingTokenReason = token.ok() ? tr("the keychain holds an empty token for this server.") : token.message;
        note(tr("no token, sending the requests without one: %1").arg(m_missingTokenReason));
    }

    ApiClient& api = client();
    api.setBaseUrl(m_serverUrl);
    api.setToken(m_token);
    api.setTimeout(m_options.timeoutMs);
    RetryPolicy policy;
    policy.maxRetries = m_options.retries;
    api.setRetryPolicy(policy);
    if (!m_caFile.isEmpty()) {
        QString problem;
        api.setExtraCaCertificates(ServerChoice::extraCertificates(m_caFile, &problem));
        if (!problem.isEmpty())
            warn(problem);
    }
    return exitcode::Ok;
}

ApiClient& Session::client()
{
    if (!m_client) {
        m_client = std::make_unique<ApiClient>();
        if (m_options.verbose)
            QObject::connect(
                m_client.get(), &ApiClient::callStarted, m_client.get(), [this](ApiReply* reply) { traceCall(reply); });
    }
    return *m_client;
}

void Session::traceCall(ApiReply* reply)
{
    // Method, URL, status, timing and retries: never a header, so never the token.
    const QString method = QString::fromLatin1(reply->method());
    const QString url = redact(reply->url().toDisplayString());
    m_err << "> " << method << ' ' << url << Qt::endl;
    QObject::connect(
        reply, &ApiReply::retrying, reply, [this, method, url](int retry, int delayMs, const ApiError& cause) {
            m_err << "! " << method << ' ' << url << ": " << redact(cause.toString()) << " - "
                  << tr("retry %1 in %2 ms").arg(retry).arg(delayMs) << Qt::endl;
        });
    QObject::connect(reply, &ApiReply::finished, reply, [this, reply, method, url] {
        const QString attempts = reply->attempts() > 1 ? tr(", %1 attempts").arg(reply->attempts()) : QString();
        m_err << "< " << (reply->httpStatus() > 0 ? QString::number(reply->httpStatus()) : QStringLiteral("---")) << ' '
              << method << ' ' << url << ' ' << tr("(%1 ms%2)").arg(reply->elapsedMs()).arg(attempts);
        if (reply->hasError())
            m_err << ": " << ApiError::kindName(reply->error().kind);
        m_err << Qt::endl;
    });
}

Session::CallResult Session::wait(ApiReply* reply)
{
    CallResult result;
    QEventLoop loop;
    // finished() is never emitted synchronously from the call that made the reply, so connecting now is in time.
    QObject::connect(reply, &ApiReply::finished, &loop, [&result, &loop, reply] {
        result.error = reply->error();
        result.answer = reply->answer();
        result.httpStatus = reply->httpStatus();
        loop.quit();
    });
    loop.exec();
    return result;
}

int Session::fail(const ApiError& error)
{
    m_err << QCoreApplication::applicationName() << ": " << redact(error.toString()) << Qt::endl;
    if (m_options.verbose && !error.details.isEmpty())
        m_err << redact(error.details) << Qt::endl;
    if (error.kind == ApiError::Kind::Unauthorized && error.httpStatus == 401 && !m_missingTokenReason.isEmpty()
        && !m_options.verbose) {
        warn(tr("no token was sent: %1 Set %2 or run `connectorctl login`.")
                 .arg(m_missingTokenReason, QLatin1String(CredentialStore::environmentVariable)));
    }
    return exitcode::forError(error);
}

int Session::usageError(const QString& message)
{
    m_err << QCoreApplication::applicationName() << ": " << message << Qt::endl;
    return exitcode::Usage;
}

void Session::warn(const QString& message)
{
    m_err << QCoreApplication::applicationName() << ": " << tr("warning: %1").arg(redact(message)) << Qt::endl;
}

void Session::note(const QString& message)
{
    if (m_options.verbose)
        m_err << "* " << redact(message) << Qt::endl;
}

QString Session::redact(QString text) const
{
    if (m_token.size() >= 4)
        text.replace(m_token, QStringLiteral("[token]"));
    return text;
}

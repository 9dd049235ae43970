#pragma once

#include "cli/output/outputformat.h"

#include "core/net/apierror.h"
#include "core/net/retrypolicy.h"
#include "core/wire/apianswer.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <memory>

class ApiClient;
class ApiReply;
class QIODevice;
class QTextStream;

// What every command works with: the streams, the global options, and the client once a server is
// chosen. Commands print only through here, so a test can hand in buffers instead of stdout/stderr.
class Session final
{
    Q_DECLARE_TR_FUNCTIONS(Session)
    Q_DISABLE_COPY_MOVE(Session)

public:
    struct Options
    {
        QString server; // --server; empty: environment, then the default profile
        OutputFormat format;
        int timeoutMs = 30000;
        bool timeoutGiven = false; // --timeout was on the command line (signin --wait reads it as its limit)
        int retries = 3;
        bool verbose = false;
    };
    // The outcome of one call, copied out: the reply itself deletes itself after finishing.
    struct CallResult
    {
        ApiError error;
        ApiAnswer answer; // read through its typed accessors
        int httpStatus = 0;
        bool ok() const
        {
            return !error.isError();
        }
    };

    Session(const Options& options, QTextStream& out, QTextStream& err, QIODevice* in);
    ~Session();

    const Options& options() const
    {
        return m_options;
    }
    const OutputFormat& format() const
    {
        return m_options.format;
    }
    QTextStream& out()
    {
        return m_out;
    }
    QTextStream& err()
    {
        return m_err;
    }
    QIODevice* in() const
    {
        return m_in;
    }

    // Picks the server (--server, PIPESHUB_SERVER_URL, the default profile) and normalises its URL.
    // Returns exitcode::Ok, or prints why not and returns exitcode::Usage.
    int resolveServer();
    const QUrl& serverUrl() const
    {
        return m_serverUrl;
    }
    // resolveServer(), then the token (environment, else keychain) and the client settings.
    int connectToServer();
    ApiClient& client();

    // Runs the event loop until `reply` finishes.
    CallResult wait(ApiReply* reply);

    // "connectorctl: <message>" on stderr; the exit code that fits the error.
    int fail(const ApiError& error);
    // A usage or validation problem found before any request: exit code 2.
    int usageError(const QString& message);
    void warn(const QString& message);
    void note(const QString& message); // only with --verbose
    // Never let the token reach a terminal or a log, whatever a server echoes back.
    QString redact(QString text) const;

private:
    void traceCall(ApiReply* reply);

    Options m_options;
    QTextStream& m_out;
    QTextStream& m_err;
    QIODevice* m_in;
    QUrl m_serverUrl;
    QString m_caFile;
    QString m_token;
    QString m_missingTokenReason; // why no token is sent; empty when one is
    std::unique_ptr<ApiClient> m_client;
};

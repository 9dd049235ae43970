#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <memory>

namespace devserver {

// Which of the two answer dialects the server speaks (see docs/API.md, 'Two dialects').
enum class Dialect
{
    Published, // the OpenAPI names: connectorId/instanceName/connectorType, total/hasMore
    PipesHub, // the real server: _key/name/type, totalCount/hasNext, nested /configured, 202 deletes
};

struct ServerOptions
{
    Dialect dialect = Dialect::PipesHub;
    int seedCount = 40; // number of seeded instances
    quint32 randomSeed = 20241201; // same seed, same data
    QString token; // empty: any bearer (or none) is accepted
    bool isAdmin = true; // team-scope create/rename/delete need an admin
    QString dataFile; // empty: in memory only
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 0; // 0: an ephemeral port
    int latencyMs = 0; // added before every answer
    // Background jobs (see advanceClock()). PipesHub dialect: how long a deleted instance shows status
    // DELETING (and isLocked) before it disappears.
    int deletionDelayMs = 0;
    // How long a sync started by resync or by enabling sync shows SYNCING (FULL_SYNCING and isLocked
    // for a full sync) before the status goes back to null.
    int syncDurationMs = 5000;
    // Both set: HTTPS with this certificate (chain) and private key, PEM files. Empty: plain HTTP.
    QString tlsCertificateFile;
    QString tlsKeyFile;
};

// One request as it reached the server, for tests to assert on.
struct LoggedRequest
{
    QByteArray method;
    QByteArray rawPath; // percent-encoded, exactly as received
    QString path; // decoded
    QUrlQuery query;
    QByteArray contentType;
    bool bearerMatched = false;
    bool hadAuthorization = false;
    QByteArray body;
};

// A fault served instead of the normal answer to the next `count` matching requests.
// Status, Html and Oversize stand for the server's answer: the request never reaches the routes.
// TruncatedJson, HeadersThenSilence, ResetMidBody and Latency break only the delivery: the request is
// carried out (a create creates) and its answer is cut, withheld or delayed, as when a proxy or the
// network fails after the server did the work.
struct Fault
{
    enum class Mode
    {
        Status, // `status` with `body` (or a default error body in the dialect's shape)
        Html, // a proxy's HTML error page with `status` (default 502)
        TruncatedJson, // 200 with a JSON body cut in half
        HeadersThenSilence, // status line and headers, then nothing (the connection stays open)
        ResetMidBody, // half the body, then the connection is aborted
        Oversize, // 200 with a body of `oversizeBytes`
        Latency, // the normal answer, after `latencyMs`
    };
    Mode mode = Mode::Status;
    int status = 0;
    QByteArray body;
    QByteArray contentType = "application/json";
    int retryAfterSeconds = -1; // >= 0: sends Retry-After
    int count = 1; // how many requests it applies to; -1: until cleared
    int latencyMs = 0;
    qint64 oversizeBytes = 0;
    QByteArray method; // empty: any method
    QString pathPrefix; // decoded path below /api/v1, e.g. "/connectors/active"; empty: any path
};

class ConnectorStore;
class DevServerPrivate;

// The local PipesHub look-alike: every operation of docs/API.md under /api/v1, in either dialect,
// plus the lifecycle endpoints (toggle, stats, resync, OAuth sign-in).
// Embedded by `connector-admin --demo` and by the tests; `connector-dev-server` wraps it.
class DevServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DevServer)

public:
    explicit DevServer(const ServerOptions& options = {}, QObject* parent = nullptr);
    ~DevServer() override;

    // Listens; false with a message (port in use, non-loopback address without a token, bad data file,
    // unreadable TLS certificate or key).
    bool start(QString* errorMessage = nullptr);
    void stop();
    bool isListening() const;
    quint16 port() const;
    QUrl baseUrl() const; // http://127.0.0.1:PORT/api/v1, https:// with a TLS certificate
    bool isTls() const;

    Dialect dialect() const;
    void setDialect(Dialect dialect);
    void setAdmin(bool isAdmin);
    void setToken(const QString& token);
    void setLatency(int milliseconds);
    void setDeletionDelay(int milliseconds); // for deletions started from now on
    void setSyncDuration(int milliseconds); // for syncs started from now on

    // The clock of the background jobs (deletions, syncs) is real time plus every advanceClock(): a
    // test sets long durations, looks at DELETING/SYNCING, then settles them without sleeping. Jobs
    // end from a timer, never inside the request that starts them: with a duration of 0 the state is
    // in the answer and visible until the next turn of the event loop.
    void advanceClock(int milliseconds); // the jobs due by then end now, earliest first
    void completeBackgroundWork(); // every pending job ends now
    int pendingBackgroundJobs() const;

    ConnectorStore& store(); // seeded at construction; with a data file, filled by start()

    QList<LoggedRequest> requestLog() const;
    void clearRequestLog();

    void injectFault(const Fault& fault);
    void clearFaults();

signals:
    void requestServed(const devserver::LoggedRequest& request);

private:
    std::unique_ptr<DevServerPrivate> d;
};

} // namespace devserver

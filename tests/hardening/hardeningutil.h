#pragma once

// Shared by the hardening tests: the TLS fixtures of tests/data/tls, an HTTPS dev server, the built
// connectorctl and connector-dev-server run as child processes, and a probe of the GUI thread's latency.
#include "apptestutil.h"
#include "core/net/apiclient.h"
#include "core/net/apireply.h"
#include "devserver/devserver.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

namespace hardening {

// The longest the GUI thread may stall in these tests: a responsiveness check, not a benchmark.
#if defined(__SANITIZE_ADDRESS__)
constexpr qint64 kMaxGuiGapMs = 600; // instrumented code runs a few times slower
#else
constexpr qint64 kMaxGuiGapMs = 200;
#endif

inline QString tlsFile(const char* name)
{
    return QStringLiteral(CONNECTOR_TEST_DATA_DIR "/tls/") + QLatin1String(name);
}

inline QSslCertificate certificateFrom(const char* name)
{
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(tlsFile(name), QSsl::Pem);
    return certificates.isEmpty() ? QSslCertificate() : certificates.constFirst();
}

// "AB:CD:..." as ApiReply writes a certificate's SHA-256 into ApiError::details.
inline QString sha256Of(const QSslCertificate& certificate)
{
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':'));
}

// Dev server options for HTTPS with the test CA's server certificate (or the self-signed "unknown" one).
inline devserver::ServerOptions tlsOptions(bool unknownCertificate = false, int seedCount = 25)
{
    devserver::ServerOptions options;
    options.seedCount = seedCount;
    options.token = testToken;
    options.tlsCertificateFile = tlsFile(unknownCertificate ? "unknown.pem" : "server.pem");
    options.tlsKeyFile = tlsFile(unknownCertificate ? "unknown.key" : "server.key");
    return options;
}

inline void useFastRetries(ApiClient& client)
{
    client.setTimeout(5000);
    RetryPolicy fast;
    fast.initialDelayMs = 5;
    fast.maxDelayMs = 20;
    client.setRetryPolicy(fast);
}

// The outcome of one call, copied out while the reply is alive.
struct Outcome
{
    ApiError error;
    QJsonObject json;
    int status = 0;
    int attempts = 0;
    bool finished = false;
};

inline Outcome waitFor(ApiReply* reply, int timeoutMs = 15000)
{
    Outcome outcome;
    QObject::connect(reply, &ApiReply::finished, reply, [&outcome, reply] {
        outcome.error = reply->error();
        outcome.json = reply->json();
        outcome.status = reply->httpStatus();
        outcome.attempts = reply->attempts();
        outcome.finished = true;
    });
    if (!QTest::qWaitFor([&outcome] { return outcome.finished; }, timeoutMs))
        qWarning("the reply did not finish within %d ms", timeoutMs);
    return outcome;
}

// A child process's result.
struct ProcessRun
{
    int exitCode = -1;
    bool crashed = false;
    QByteArray out;
    QByteArray err;

    QString describe() const
    {
        return QStringLiteral("exit %1%2\n--- stdout:\n%3\n--- stderr:\n%4")
            .arg(exitCode)
            .arg(crashed ? QStringLiteral(" (crashed)") : QString())
            .arg(QString::fromUtf8(out.left(4000)), QString::fromUtf8(err.left(4000)));
    }
    QJsonObject json() const
    {
        return QJsonDocument::fromJson(out).object();
    }
};

// Runs a program to its end while this thread's event loop keeps serving the in-process dev server.
inline ProcessRun
runProcess(const QString& program, const QStringList& arguments, const QProcessEnvironment& env, int timeoutMs = 60000)
{
    ProcessRun result;
    QProcess process;
    process.setProgram(program);
    process.setArguments(arguments);
    process.setProcessEnvironment(env);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start();
    if (!process.waitForStarted(10000)) {
        result.err = process.errorString().toUtf8();
        return result;
    }
    process.closeWriteChannel();
    if (finished.isEmpty() && !finished.wait(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        result.err = "timed out; " + process.readAllStandardError();
        return result;
    }
    result.crashed = process.exitStatus() == QProcess::CrashExit;
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

// connector-dev-server as a child process: started, its URL read from its first line.
class DevServerProcess
{
public:
    ~DevServerProcess()
    {
        stop();
    }

    bool start(const QStringList& arguments, QString* problem = nullptr)
    {
        m_process = std::make_unique<QProcess>();
        m_process->setProgram(QStringLiteral(CONNECTOR_DEV_SERVER_PATH));
        m_process->setArguments(arguments);
        m_process->setProcessChannelMode(QProcess::SeparateChannels);
        m_process->start();
        const auto fail = [this, problem](const QString& why) {
            if (problem)
                *problem = why + QStringLiteral("; stderr: ") + QString::fromUtf8(m_process->readAllStandardError());
            stop();
            return false;
        };
        if (!m_process->waitForStarted(10000))
            return fail(m_process->errorString());
        static const QRegularExpression listening(QStringLiteral("listening on (\\S+)"));
        QByteArray out;
        QElapsedTimer clock;
        clock.start();
        while (!out.contains('\n') && clock.elapsed() < 20000 && m_process->state() == QProcess::Running) {
            m_process->waitForReadyRead(200);
            out += m_process->readAllStandardOutput();
        }
        const QRegularExpressionMatch match = listening.match(QString::fromUtf8(out));
        if (!match.hasMatch())
            return fail(QStringLiteral("no URL in: ") + QString::fromUtf8(out));
        m_url = QUrl(match.captured(1));
        return true;
    }

    // SIGKILL: the server is gone at once, as in a crash or a pulled cable.
    void kill()
    {
        if (m_process && m_process->state() != QProcess::NotRunning) {
            m_process->kill();
            m_process->waitForFinished(10000);
        }
    }
    void stop()
    {
        if (m_process && m_process->state() != QProcess::NotRunning) {
            m_process->terminate();
            if (!m_process->waitForFinished(10000))
                kill();
        }
        m_process.reset();
    }
    QUrl url() const
    {
        return m_url;
    }
    QProcess* process() const
    {
        return m_process.get();
    }

private:
    std::unique_ptr<QProcess> m_process;
    QUrl m_url;
};

// Types `text` as a keyboard layout or an input method would deliver it (QTest::keyClicks takes only
// ASCII): one key press carrying the text, which the widget takes as user input.
inline void typeText(QWidget* widget, const QString& text)
{
    QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, text);
    QCoreApplication::sendEvent(widget, &press);
    QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, text);
    QCoreApplication::sendEvent(widget, &release);
}

// The GUI thread's responsiveness: a 10 ms timer records the longest gap between its ticks.
class LatencyProbe final : public QObject
{
public:
    LatencyProbe()
    {
        m_timer.setInterval(10);
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            m_maxGapMs = std::max(m_maxGapMs, m_clock.restart());
            ++m_ticks;
        });
    }
    void start()
    {
        m_maxGapMs = 0;
        m_ticks = 0;
        m_clock.start();
        m_timer.start();
    }
    // The time since the last tick counts too: a stall just before stop() is a stall.
    void stop()
    {
        if (m_timer.isActive())
            m_maxGapMs = std::max(m_maxGapMs, m_clock.elapsed());
        m_timer.stop();
    }
    qint64 maxGapMs() const
    {
        return m_maxGapMs;
    }
    int ticks() const
    {
        return m_ticks;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_maxGapMs = 0;
    int m_ticks = 0;
};

} // namespace hardening

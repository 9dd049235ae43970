// Figure 1, second half: how long is the GUI thread blocked while the client loads an unpaged list of
// 10,000 instances (GET /connectors/active) and shows its first page? A 1 ms timer on the GUI thread
// records the longest gap between its ticks. The floor is the same probe on an idle event loop.
//
// bench_guiblock [--seed N] [--dialect pipeshub|published] [--repetitions R] [--json FILE]
#include "devserverprocess.h"

#include "core/list/connectorpageloader.h"
#include "core/net/apiclient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <cstdio>
#include <ctime>

namespace {

// Longest gap between two ticks of a 1 ms timer, in ms, while it runs.
class BlockProbe
{
public:
    BlockProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_maxGapNs = std::max(m_maxGapNs, now - m_lastNs);
            m_lastNs = now;
        });
    }
    void start()
    {
        m_maxGapNs = 0;
        m_clock.start();
        m_lastNs = 0;
        m_timer.start();
    }
    double stop()
    {
        m_timer.stop();
        // The time since the last tick counts too: a block at the very end is still a block.
        m_maxGapNs = std::max(m_maxGapNs, m_clock.nsecsElapsed() - m_lastNs);
        return m_maxGapNs / 1e6;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    qint64 m_maxGapNs = 0;
};

// Which event held the GUI thread longest: QCoreApplication::notify, timed.
class TimedApplication final : public QCoreApplication
{
public:
    using QCoreApplication::QCoreApplication;
    bool notify(QObject* receiver, QEvent* event) override
    {
        if (++m_depth > 1) {
            const bool handled = QCoreApplication::notify(receiver, event);
            --m_depth;
            return handled;
        }
        // Thread CPU time: what the GUI thread itself spent, whatever else the machine was doing.
        const qint64 start = threadCpuNs();
        const int type = event->type();
        const char* className = receiver->metaObject()->className();
        const bool handled = QCoreApplication::notify(receiver, event);
        const qint64 ns = threadCpuNs() - start;
        if (ns > m_longestNs) {
            m_longestNs = ns;
            m_longest = QStringLiteral("%1 to %2").arg(type).arg(QLatin1String(className));
        }
        --m_depth;
        return handled;
    }
    QString takeLongest(double* ms = nullptr)
    {
        const QString text = QStringLiteral("%1 ms CPU (event %2)").arg(m_longestNs / 1e6, 0, 'f', 1).arg(m_longest);
        if (ms)
            *ms = m_longestNs / 1e6;
        m_longestNs = 0;
        return text;
    }
    static qint64 threadCpuNs()
    {
        timespec t{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
        return qint64(t.tv_sec) * 1000000000 + t.tv_nsec;
    }

private:
    int m_depth = 0;
    qint64 m_longestNs = 0;
    QString m_longest;
};

void spin(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace

int main(int argc, char** argv)
{
    TimedApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions(
        {{QStringLiteral("seed"), QStringLiteral("instances seeded"), QStringLiteral("N"), QStringLiteral("13600")},
         {QStringLiteral("dialect"), QStringLiteral("server dialect"), QStringLiteral("D"), QStringLiteral("pipeshub")},
         {QStringLiteral("repetitions"), QStringLiteral("loads"), QStringLiteral("R"), QStringLiteral("5")},
         {QStringLiteral("json"), QStringLiteral("result file"), QStringLiteral("FILE")}});
    parser.process(app);

    DevServerProcess server;
    if (!server.start(parser.value(QStringLiteral("seed")).toInt(), parser.value(QStringLiteral("dialect")))) {
        std::fprintf(stderr, "bench_guiblock: the dev server did not start\n");
        return 1;
    }
    ApiClient client;
    client.setBaseUrl(server.baseUrl());
    client.setToken(QStringLiteral("bench"));
    client.setTimeout(120000);
    ConnectorPageLoader loader(&client);
    ListQuery query;
    query.setState(ListQuery::State::Active);

    BlockProbe probe;
    const int repetitions = parser.value(QStringLiteral("repetitions")).toInt();
    double worstBlock = 0;
    double worstIdle = 0;
    double worstEventMs = 0;
    double totalLoadMs = 0;
    qsizetype instances = 0;
    for (int i = 0; i < repetitions; ++i) {
        // Floor: the same probe, idle, for as long as a load takes.
        probe.start();
        spin(i == 0 ? 200 : int(totalLoadMs / i));
        worstIdle = std::max(worstIdle, probe.stop());
        app.takeLongest();

        loader.invalidateCache();
        QEventLoop loop;
        bool ok = false;
        auto onLoaded = QObject::connect(&loader, &ConnectorPageLoader::loaded, [&] {
            ok = true;
            loop.quit();
        });
        auto onFailed = QObject::connect(&loader, &ConnectorPageLoader::failed, [&](const ApiError& e) {
            std::fprintf(stderr, "bench_guiblock: %s\n", qPrintable(e.toString()));
            loop.quit();
        });
        QElapsedTimer wall;
        wall.start();
        probe.start();
        loader.load(query);
        loop.exec();
        // Let what the load left behind (the reply's deletion, the answer's memory) be freed under
        // the probe too.
        spin(50);
        const double block = probe.stop();
        double eventMs = 0;
        const QString longestEvent = app.takeLongest(&eventMs);
        worstEventMs = std::max(worstEventMs, eventMs);
        totalLoadMs += wall.elapsed() - 50;
        QObject::disconnect(onLoaded);
        QObject::disconnect(onFailed);
        if (!ok)
            return 1;
        instances = loader.cachedList(ListQuery::State::Active)->size();
        worstBlock = std::max(worstBlock, block);
        std::printf("load %d: %lld instances, longest GUI-thread block %.1f ms (idle probe %.1f ms), %lld ms; "
                    "longest event %s\n",
                    i + 1,
                    qint64(instances),
                    block,
                    worstIdle,
                    qint64(wall.elapsed() - 50),
                    qPrintable(longestEvent));
    }
    const QJsonObject result{{QStringLiteral("instances"), qint64(instances)},
                             {QStringLiteral("dialect"), parser.value(QStringLiteral("dialect"))},
                             {QStringLiteral("worstBlockMs"), worstBlock},
                             {QStringLiteral("worstEventCpuMs"), worstEventMs},
                             {QStringLiteral("idleProbeMs"), worstIdle},
                             {QStringLiteral("meanLoadMs"), totalLoadMs / repetitions}};
    if (parser.isSet(QStringLiteral("json"))) {
        QFile file(parser.value(QStringLiteral("json")));
        if (file.open(QIODevice::WriteOnly))
            file.write(QJsonDocument(result).toJson());
    }
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return 0;
}

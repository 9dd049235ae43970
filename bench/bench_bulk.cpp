// Figure 8: a bulk disable of many instances against connector-dev-server in its own
// process with --latency: total time against the floor (the requests it needs x latency / concurrency),
// the GUI thread's longest event while the progress dialog shows every line, and the memory it grows.
//
// bench_bulk [--count N] [--latency MS] [--concurrency C] [--json FILE]
#include "devserverprocess.h"

#include "app/bulk/bulkprogressdialog.h"
#include "core/list/connectorpageloader.h"
#include "core/net/apiclient.h"
#include "core/ops/bulkoperation.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <cstdio>
#include <ctime>

namespace {

// The longest event the GUI thread handled (thread CPU time, QCoreApplication::notify timed).
class TimedApplication final : public QApplication
{
public:
    using QApplication::QApplication;
    bool notify(QObject* receiver, QEvent* event) override
    {
        if (++m_depth > 1 || !m_measuring) {
            const bool handled = QApplication::notify(receiver, event);
            --m_depth;
            return handled;
        }
        const qint64 start = threadCpuNs();
        const int type = event->type();
        const char* className = receiver->metaObject()->className();
        const bool handled = QApplication::notify(receiver, event);
        if (const qint64 ns = threadCpuNs() - start; ns > m_longestNs) {
            m_longestNs = ns;
            m_longest = QStringLiteral("event %1 to %2").arg(type).arg(QLatin1String(className));
        }
        --m_depth;
        return handled;
    }
    void measure(bool on)
    {
        m_measuring = on;
    }
    double longestMs() const
    {
        return m_longestNs / 1e6;
    }
    QString longest() const
    {
        return m_longest;
    }
    static qint64 threadCpuNs()
    {
        timespec t{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
        return qint64(t.tv_sec) * 1000000000 + t.tv_nsec;
    }

private:
    int m_depth = 0;
    bool m_measuring = false;
    qint64 m_longestNs = 0;
    QString m_longest;
};

// VmRSS or VmHWM of this process, in kB.
qint64 statusKb(const char* field)
{
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : file.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(int(qstrlen(field)) + 1).trimmed().split(' ').constFirst().toLongLong();
    }
    return -1;
}

} // namespace

int main(int argc, char** argv)
{
    TimedApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions(
        {{QStringLiteral("count"), QStringLiteral("instances seeded"), QStringLiteral("N"), QStringLiteral("1000")},
         {QStringLiteral("latency"), QStringLiteral("server latency"), QStringLiteral("MS"), QStringLiteral("50")},
         {QStringLiteral("concurrency"), QStringLiteral("calls at a time"), QStringLiteral("C"), QStringLiteral("4")},
         {QStringLiteral("json"), QStringLiteral("result file"), QStringLiteral("FILE")}});
    parser.process(app);
    const int latency = parser.value(QStringLiteral("latency")).toInt();
    const int concurrency = parser.value(QStringLiteral("concurrency")).toInt();

    DevServerProcess server;
    if (!server.start(parser.value(QStringLiteral("count")).toInt(),
                      QStringLiteral("pipeshub"),
                      120000,
                      {QStringLiteral("--latency"), QString::number(latency)})) {
        std::fprintf(stderr, "bench_bulk: the dev server did not start\n");
        return 1;
    }
    ApiClient client;
    client.setBaseUrl(server.baseUrl());
    client.setToken(QStringLiteral("bench"));
    client.setTimeout(120000);

    // What the admin selected: every instance (not timed).
    QList<ConnectorInstance> all;
    {
        ConnectorPageLoader loader(&client);
        QEventLoop loop;
        QObject::connect(&loader, &ConnectorPageLoader::allPagesLoaded, [&](const AllPages& result) {
            all = result.connectors;
            loop.quit();
        });
        QObject::connect(&loader, &ConnectorPageLoader::failed, &loop, &QEventLoop::quit);
        ListQuery query;
        query.setLimit(ListQuery::maxLimit);
        loader.loadAllPages(query);
        loop.exec();
    }
    // Disabling every active one; an instance locked by a running job is skipped by the plan.
    const BulkPlan plan = BulkPlan::make(BulkAction::DisableSync, all);
    const qint64 requests = 3 * qint64(plan.toSend.size()); // GET, toggle, GET back
    const double floorMs = double(requests) * latency / concurrency;

    // The console has its widgets up before an admin starts a bulk action: a first dialog, with nothing
    // to do, loads the style, the fonts and the backing store outside of the measurement.
    {
        QEventLoop settle;
        BulkProgressDialog warmUp(new BulkOperation(&client, BulkPlan{}));
        warmUp.show();
        QTimer::singleShot(200, &settle, &QEventLoop::quit);
        settle.exec();
    }
    const qint64 rssBefore = statusKb("VmRSS:");
    auto* operation = new BulkOperation(&client, plan);
    operation->setConcurrency(concurrency);
    QEventLoop loop;
    QObject::connect(operation, &BulkOperation::finished, &loop, &QEventLoop::quit);
    QElapsedTimer wall;
    wall.start();
    app.measure(true);
    BulkProgressDialog dialog(operation); // starts it, and shows every line as it goes
    dialog.show();
    loop.exec();
    const double totalMs = double(wall.elapsed());
    app.measure(false);
    const qint64 rssAfter = statusKb("VmRSS:");

    const QJsonObject result{{QStringLiteral("instances"), qint64(all.size())},
                             {QStringLiteral("sent"), qint64(plan.toSend.size())},
                             {QStringLiteral("done"), operation->count(BulkItem::State::Done)},
                             {QStringLiteral("requests"), requests},
                             {QStringLiteral("latencyMs"), latency},
                             {QStringLiteral("concurrency"), concurrency},
                             {QStringLiteral("totalMs"), totalMs},
                             {QStringLiteral("floorMs"), floorMs},
                             {QStringLiteral("longestEventCpuMs"), app.longestMs()},
                             {QStringLiteral("longestEvent"), app.longest()},
                             {QStringLiteral("rssGrowthKb"), rssAfter - rssBefore}};
    if (parser.isSet(QStringLiteral("json"))) {
        QFile file(parser.value(QStringLiteral("json")));
        if (file.open(QIODevice::WriteOnly))
            file.write(QJsonDocument(result).toJson());
    }
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return operation->count(BulkItem::State::Done) == plan.toSend.size() ? 0 : 1;
}

// GET /connectors/{id}/stats of the dev server over real HTTP, in both dialects: the shape, every
// status present, totals that add up, counts that depend on the seed alone, and the test hook.
#include "devserver/connectorstore.h"
#include "devserver/devserver.h"
#include "testclient.h"

#include <QSet>
#include <QTest>

#include <memory>

using namespace devserver;

namespace {

const QStringList kStatuses{QStringLiteral("NOT_STARTED"),
                            QStringLiteral("PAUSED"),
                            QStringLiteral("IN_PROGRESS"),
                            QStringLiteral("COMPLETED"),
                            QStringLiteral("FAILED"),
                            QStringLiteral("FILE_TYPE_NOT_SUPPORTED"),
                            QStringLiteral("AUTO_INDEX_OFF"),
                            QStringLiteral("EMPTY"),
                            QStringLiteral("ENABLE_MULTIMODAL_MODELS"),
                            QStringLiteral("QUEUED")};

const QStringList kRecordTypes{QStringLiteral("FILE"),
                               QStringLiteral("ATTACHMENT"),
                               QStringLiteral("LINK"),
                               QStringLiteral("MAIL"),
                               QStringLiteral("GROUP_MAIL"),
                               QStringLiteral("DRIVE"),
                               QStringLiteral("WEBPAGE"),
                               QStringLiteral("DATABASE"),
                               QStringLiteral("DATASOURCE")};

qint64 sumOf(const QJsonObject& counts)
{
    qint64 sum = 0;
    for (auto it = counts.begin(); it != counts.end(); ++it)
        sum += it.value().toInteger();
    return sum;
}

QByteArray statsPath(const QString& id)
{
    return "/connectors/" + id.toUtf8() + "/stats";
}

void dialects_data()
{
    QTest::addColumn<bool>("pipesHub");
    QTest::newRow("pipeshub") << true;
    QTest::newRow("published") << false;
}

} // namespace

class TestDevServerStats final : public QObject
{
    Q_OBJECT

private slots:
    void everySeededInstanceHasConsistentStats_data()
    {
        ::dialects_data();
    }

    void everySeededInstanceHasConsistentStats()
    {
        QFETCH(bool, pipesHub);
        auto server = startServer(pipesHub);
        TestClient client(server->baseUrl());
        QSet<QString> statusesSeen;
        QSet<QString> recordTypesSeen;
        int empty = 0;
        int visible = 0;
        for (const QString& id : server->store().ids()) {
            if (!isVisible(server->store().instance(id)))
                continue;
            ++visible;
            const HttpResult result = client.get(statsPath(id));
            QCOMPARE(result.status, 200);
            QCOMPARE(keysOf(result.json()), (QStringList{QStringLiteral("data"), QStringLiteral("success")}));
            QCOMPARE(result.json().value(QLatin1String("success")), QJsonValue(true));
            const QJsonObject data = result.json().value(QLatin1String("data")).toObject();
            QCOMPARE(keysOf(data),
                     (QStringList{QStringLiteral("byRecordType"),
                                  QStringLiteral("connectorId"),
                                  QStringLiteral("orgId"),
                                  QStringLiteral("origin"),
                                  QStringLiteral("stats")}));
            QCOMPARE(data.value(QLatin1String("connectorId")).toString(), id);
            QCOMPARE(data.value(QLatin1String("origin")).toString(), QStringLiteral("CONNECTOR"));
            QVERIFY(!data.value(QLatin1String("orgId")).toString().isEmpty());

            const QJsonObject stats = data.value(QLatin1String("stats")).toObject();
            const QJsonObject overall = stats.value(QLatin1String("indexingStatus")).toObject();
            const qint64 total = stats.value(QLatin1String("total")).toInteger(-1);
            QCOMPARE(keysOf(overall), [] {
                QStringList sorted = kStatuses;
                sorted.sort();
                return sorted;
            }());
            QCOMPARE(sumOf(overall), total);

            qint64 byTypeTotal = 0;
            QJsonObject byStatus;
            for (const auto& value : data.value(QLatin1String("byRecordType")).toArray()) {
                const QJsonObject entry = value.toObject();
                const QString recordType = entry.value(QLatin1String("recordType")).toString();
                QVERIFY2(kRecordTypes.contains(recordType), qPrintable(recordType));
                recordTypesSeen.insert(recordType);
                const QJsonObject counts = entry.value(QLatin1String("indexingStatus")).toObject();
                QCOMPARE(counts.size(), kStatuses.size());
                QCOMPARE(sumOf(counts), entry.value(QLatin1String("total")).toInteger(-1));
                byTypeTotal += sumOf(counts);
                for (auto it = counts.begin(); it != counts.end(); ++it)
                    byStatus.insert(it.key(), byStatus.value(it.key()).toInteger() + it.value().toInteger());
            }
            QCOMPARE(byTypeTotal, total);
            for (const QString& status : kStatuses) {
                QCOMPARE(byStatus.value(status).toInteger(), overall.value(status).toInteger());
                if (overall.value(status).toInteger() > 0)
                    statusesSeen.insert(status);
            }
            if (total == 0)
                ++empty;
        }
        QVERIFY(visible > 20);
        QCOMPARE(statusesSeen.size(), kStatuses.size()); // every status appears somewhere in the seed
        QVERIFY2(recordTypesSeen.size() >= 6, qPrintable(recordTypesSeen.values().join(u',')));
        QVERIFY(empty > 0); // some never-synced instance has indexed nothing
        QVERIFY(empty < visible / 2);
    }

    void sameSeedSameStats()
    {
        auto first = startServer(true);
        auto second = startServer(false);
        TestClient a(first->baseUrl());
        TestClient b(second->baseUrl());
        QCOMPARE(first->store().ids(), second->store().ids());
        int differing = 0;
        QByteArray previous;
        for (const QString& id : first->store().ids()) {
            if (!isVisible(first->store().instance(id)))
                continue;
            const QByteArray body = a.get(statsPath(id)).body;
            QCOMPARE(b.get(statsPath(id)).body, body);
            QCOMPARE(a.get(statsPath(id)).body, body); // and the same on every read
            if (body.mid(body.indexOf("stats")) != previous.mid(previous.indexOf("stats")))
                ++differing;
            previous = body;
        }
        QVERIFY(differing > 10); // not one set of counts for all
    }

    void unknownStatusesFromTheHookAreAnswered_data()
    {
        ::dialects_data();
    }

    void unknownStatusesFromTheHookAreAnswered()
    {
        QFETCH(bool, pipesHub);
        auto server = startServer(pipesHub);
        const QString id = firstId(server->store(), isVisible);
        const QByteArray derived = TestClient(server->baseUrl()).get(statsPath(id)).body;
        server->store().setIndexingStats(
            id,
            QJsonArray{QJsonObject{{QStringLiteral("recordType"), QStringLiteral("FILE")},
                                   {QStringLiteral("indexingStatus"),
                                    QJsonObject{{QStringLiteral("COMPLETED"), 3}, {QStringLiteral("ARCHIVED"), 2}}}},
                       QJsonObject{{QStringLiteral("recordType"), QStringLiteral("MAIL")},
                                   {QStringLiteral("indexingStatus"), QJsonObject{{QStringLiteral("FAILED"), 1}}}}});
        TestClient client(server->baseUrl());
        const QJsonObject data = client.get(statsPath(id)).json().value(QLatin1String("data")).toObject();
        const QJsonObject stats = data.value(QLatin1String("stats")).toObject();
        QCOMPARE(stats.value(QLatin1String("total")).toInteger(), 6);
        const QJsonObject overall = stats.value(QLatin1String("indexingStatus")).toObject();
        QCOMPARE(overall.size(), kStatuses.size() + 1);
        QCOMPARE(overall.value(QLatin1String("ARCHIVED")).toInteger(), 2);
        QCOMPARE(overall.value(QLatin1String("COMPLETED")).toInteger(), 3);
        QCOMPARE(overall.value(QLatin1String("NOT_STARTED")), QJsonValue(0));
        const QJsonArray byType = data.value(QLatin1String("byRecordType")).toArray();
        QCOMPARE(byType.size(), 2);
        QCOMPARE(byType.at(0).toObject().value(QLatin1String("total")).toInteger(), 5);
        QCOMPARE(byType.at(1).toObject().value(QLatin1String("indexingStatus")).toObject().size(), kStatuses.size());

        server->store().clearIndexingStats(id);
        QCOMPARE(client.get(statsPath(id)).body, derived);
    }

    void aFirstSyncFillsTheStats()
    {
        auto server = startServer(true);
        server->setSyncDuration(3600000);
        const QString id = server->store().addInstance({{QStringLiteral("type"), QStringLiteral("Gmail")},
                                                        {QStringLiteral("isActive"), true},
                                                        {QStringLiteral("isConfigured"), true},
                                                        {QStringLiteral("isAuthenticated"), true}});
        TestClient client(server->baseUrl());
        const auto total = [&] {
            return client.get(statsPath(id))
                .json()
                .value(QLatin1String("data"))
                .toObject()
                .value(QLatin1String("stats"))
                .toObject()
                .value(QLatin1String("total"))
                .toInteger(-1);
        };
        QCOMPARE(total(), 0);
        QCOMPARE(client.send("POST", "/connectors/" + id.toUtf8() + "/resync", R"({"connectorName":"Gmail"})").status,
                 200);
        QCOMPARE(total(), 0); // still running
        server->completeBackgroundWork();
        QVERIFY(total() > 0);
        const QJsonArray byType = client.get(statsPath(id))
                                      .json()
                                      .value(QLatin1String("data"))
                                      .toObject()
                                      .value(QLatin1String("byRecordType"))
                                      .toArray();
        QCOMPARE(byType.at(0).toObject().value(QLatin1String("recordType")).toString(), QStringLiteral("MAIL"));
    }

    void unknownAndForeignInstances_data()
    {
        ::dialects_data();
    }

    void unknownAndForeignInstances()
    {
        QFETCH(bool, pipesHub);
        auto server = startServer(pipesHub);
        TestClient client(server->baseUrl());
        const HttpResult missing = client.get(statsPath(QStringLiteral("nope")));
        QCOMPARE(missing.status, 404);
        QCOMPARE(errorMessageOf(missing, pipesHub), QStringLiteral("Connector instance nope not found"));
        const QString foreign
            = server->store().addInstance({{QStringLiteral("scope"), QStringLiteral("personal")},
                                           {QStringLiteral("createdBy"), QStringLiteral("6650f0c1a2b3c4d5e6f70002")}});
        const HttpResult refused = client.get(statsPath(foreign));
        QCOMPARE(refused.status, 403);
        QVERIFY(!errorMessageOf(refused, pipesHub).isEmpty());
        QCOMPARE(client.send("POST", statsPath(foreign)).status, 405);
        QCOMPARE(client.get("/connectors/a%2Fb/stats").status, 400); // ids are checked as everywhere
    }
};

QTEST_GUILESS_MAIN(TestDevServerStats)
#include "tst_devserverstats.moc"

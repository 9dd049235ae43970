#include "devserver/indexingstats.h"

#include <QHash>
#include <QRandomGenerator>

namespace devserver::indexingstats {

namespace {

quint32 fnv1a(const QByteArray& bytes, quint32 seed)
{
    quint32 hash = 2166136261u ^ seed;
    for (const char byte : bytes) {
        hash ^= quint8(byte);
        hash *= 16777619u;
    }
    return hash;
}

} // namespace

const QStringList& knownStatuses()
{
    static const QStringList statuses{
        QStringLiteral("NOT_STARTED"),
        QStringLiteral("PAUSED"),
        QStringLiteral("IN_PROGRESS"),
        QStringLiteral("COMPLETED"),
        QStringLiteral("FAILED"),
        QStringLiteral("FILE_TYPE_NOT_SUPPORTED"),
        QStringLiteral("AUTO_INDEX_OFF"),
        QStringLiteral("EMPTY"),
        QStringLiteral("ENABLE_MULTIMODAL_MODELS"),
        QStringLiteral("QUEUED"),
    };
    return statuses;
}

QStringList recordTypesOf(const QString& connectorType)
{
    static const QHash<QString, QStringList> byType{
        {QStringLiteral("Box"), {QStringLiteral("FILE"), QStringLiteral("DRIVE")}},
        {QStringLiteral("Calendar"), {QStringLiteral("MAIL"), QStringLiteral("ATTACHMENT"), QStringLiteral("LINK")}},
        {QStringLiteral("Confluence"),
         {QStringLiteral("WEBPAGE"), QStringLiteral("ATTACHMENT"), QStringLiteral("FILE")}},
        {QStringLiteral("Drive"), {QStringLiteral("FILE"), QStringLiteral("DRIVE")}},
        {QStringLiteral("Dropbox"), {QStringLiteral("FILE"), QStringLiteral("DRIVE")}},
        {QStringLiteral("GitHub"), {QStringLiteral("FILE"), QStringLiteral("LINK"), QStringLiteral("WEBPAGE")}},
        {QStringLiteral("Gmail"), {QStringLiteral("MAIL"), QStringLiteral("GROUP_MAIL"), QStringLiteral("ATTACHMENT")}},
        {QStringLiteral("Jira"), {QStringLiteral("WEBPAGE"), QStringLiteral("ATTACHMENT"), QStringLiteral("LINK")}},
        {QStringLiteral("Linear"), {QStringLiteral("WEBPAGE"), QStringLiteral("LINK")}},
        {QStringLiteral("Notion"),
         {QStringLiteral("WEBPAGE"), QStringLiteral("DATABASE"), QStringLiteral("DATASOURCE"), QStringLiteral("FILE")}},
        {QStringLiteral("OneDrive"), {QStringLiteral("FILE"), QStringLiteral("DRIVE")}},
        {QStringLiteral("Outlook"),
         {QStringLiteral("MAIL"), QStringLiteral("GROUP_MAIL"), QStringLiteral("ATTACHMENT")}},
        {QStringLiteral("S3"), {QStringLiteral("FILE")}},
        {QStringLiteral("ServiceNow"), {QStringLiteral("WEBPAGE"), QStringLiteral("ATTACHMENT")}},
        {QStringLiteral("SharePoint Online"),
         {QStringLiteral("FILE"), QStringLiteral("DRIVE"), QStringLiteral("WEBPAGE")}},
        {QStringLiteral("Slack"), {QStringLiteral("LINK"), QStringLiteral("FILE"), QStringLiteral("ATTACHMENT")}},
        {QStringLiteral("Web"), {QStringLiteral("WEBPAGE"), QStringLiteral("LINK")}},
    };
    return byType.value(connectorType, {QStringLiteral("FILE")});
}

QJsonArray derived(const ConnectorRecord& record, quint32 randomSeed)
{
    if (record.lastSyncAt <= 0)
        return {};
    QRandomGenerator random(fnv1a(record.id.toUtf8(), randomSeed));
    QJsonArray byRecordType;
    for (const QString& recordType : recordTypesOf(record.type)) {
        QJsonObject counts;
        for (const QString& status : knownStatuses()) {
            int count = 0;
            if (status == QLatin1String("COMPLETED"))
                count = int(random.bounded(1, 2500));
            else if (random.bounded(100) < 35)
                count = int(random.bounded(1, 80));
            counts.insert(status, count);
        }
        byRecordType.append(
            QJsonObject{{QStringLiteral("recordType"), recordType}, {QStringLiteral("indexingStatus"), counts}});
    }
    return byRecordType;
}

QJsonObject answerData(const QString& connectorId, const QJsonArray& byRecordType)
{
    QJsonObject overall;
    for (const QString& status : knownStatuses())
        overall.insert(status, 0);
    qint64 total = 0;
    QJsonArray entries;
    for (const auto& value : byRecordType) {
        const QJsonObject entry = value.toObject();
        QJsonObject counts;
        for (const QString& status : knownStatuses())
            counts.insert(status, 0);
        const QJsonObject given = entry.value(QLatin1String("indexingStatus")).toObject();
        qint64 entryTotal = 0;
        for (auto it = given.begin(); it != given.end(); ++it) {
            const qint64 count = std::max<qint64>(0, it.value().toInteger());
            counts.insert(it.key(), count);
            overall.insert(it.key(), overall.value(it.key()).toInteger() + count);
            entryTotal += count;
        }
        total += entryTotal;
        entries.append(QJsonObject{{QStringLiteral("recordType"), entry.value(QLatin1String("recordType"))},
                                   {QStringLiteral("total"), entryTotal},
                                   {QStringLiteral("indexingStatus"), counts}});
    }
    return {
        {QStringLiteral("orgId"), QString::fromUtf16(kOrgId)},
        {QStringLiteral("connectorId"), connectorId},
        {QStringLiteral("origin"), QStringLiteral("CONNECTOR")},
        {QStringLiteral("stats"),
         QJsonObject{{QStringLiteral("total"), total}, {QStringLiteral("indexingStatus"), overall}}},
        {QStringLiteral("byRecordType"), entries},
    };
}

} // namespace devserver::indexingstats

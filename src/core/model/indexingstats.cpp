#include "core/model/indexingstats.h"

#include "core/wire/jsonvalue.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("IndexingStats", text);
}

// The order of the web console's overview: what is done, what went wrong, what is still to come.
const QStringList kKnownStatuses = {
    QStringLiteral("COMPLETED"),
    QStringLiteral("FAILED"),
    QStringLiteral("IN_PROGRESS"),
    QStringLiteral("QUEUED"),
    QStringLiteral("NOT_STARTED"),
    QStringLiteral("PAUSED"),
    QStringLiteral("FILE_TYPE_NOT_SUPPORTED"),
    QStringLiteral("AUTO_INDEX_OFF"),
    QStringLiteral("EMPTY"),
    QStringLiteral("ENABLE_MULTIMODAL_MODELS"),
};

IndexingCounts readCounts(const QJsonObject& object)
{
    IndexingCounts counts;
    const QJsonObject statuses = object.value(QLatin1String("indexingStatus")).toObject();
    qint64 sum = 0;
    for (auto it = statuses.begin(); it != statuses.end(); ++it) {
        const qint64 count = std::max<qint64>(0, json::toInteger(it.value()).value_or(0));
        counts.byStatus.append({it.key(), count});
        sum += count;
    }
    // Known statuses first, in their order; the rest after them, by name (as the object sorted them).
    std::stable_sort(counts.byStatus.begin(), counts.byStatus.end(), [](const auto& a, const auto& b) {
        const qsizetype ia = kKnownStatuses.indexOf(a.status);
        const qsizetype ib = kKnownStatuses.indexOf(b.status);
        return (ia < 0 ? kKnownStatuses.size() : ia) < (ib < 0 ? kKnownStatuses.size() : ib);
    });
    // The server's total when it gives one; else what the statuses add up to.
    counts.total = std::max<qint64>(0, json::toInteger(object.value(QLatin1String("total"))).value_or(sum));
    return counts;
}

QJsonObject countsToJson(const IndexingCounts& counts)
{
    QJsonObject statuses;
    for (const IndexingCounts::StatusCount& entry : counts.byStatus)
        statuses.insert(entry.status, entry.count);
    return {{QLatin1String("total"), counts.total}, {QLatin1String("indexingStatus"), statuses}};
}

} // namespace

qint64 IndexingCounts::count(const QString& status) const
{
    for (const StatusCount& entry : byStatus) {
        if (entry.status == status)
            return entry.count;
    }
    return 0;
}

const QStringList& IndexingStats::knownStatuses()
{
    return kKnownStatuses;
}

bool IndexingStats::isKnownStatus(const QString& status)
{
    return kKnownStatuses.contains(status);
}

std::optional<IndexingStats> IndexingStats::fromAnswer(const QJsonObject& answer, ApiError* error)
{
    const QJsonValue data = answer.value(QLatin1String("data"));
    const QJsonValue stats = data.toObject().value(QLatin1String("stats"));
    if (!data.isObject() || !stats.isObject()) {
        if (error)
            *error = ApiError::malformed(tr("The server's answer has no indexing stats."));
        return std::nullopt;
    }
    const QJsonObject dataObject = data.toObject();
    IndexingStats result;
    result.connectorId = json::toString(dataObject.value(QLatin1String("connectorId"))).value_or(QString());
    result.overall = readCounts(stats.toObject());
    for (const QJsonValue& entry : dataObject.value(QLatin1String("byRecordType")).toArray()) {
        const QJsonObject object = entry.toObject();
        const QString type = json::toString(object.value(QLatin1String("recordType"))).value_or(QString());
        if (!type.isEmpty())
            result.byRecordType.append({type, readCounts(object)});
    }
    return result;
}

QJsonObject IndexingStats::toJson() const
{
    QJsonObject object = countsToJson(overall);
    object.insert(QLatin1String("connectorId"), connectorId);
    QJsonArray types;
    for (const RecordTypeCounts& type : byRecordType) {
        QJsonObject entry = countsToJson(type.counts);
        entry.insert(QLatin1String("recordType"), type.recordType);
        types.append(entry);
    }
    object.insert(QLatin1String("byRecordType"), types);
    return object;
}

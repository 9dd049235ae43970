#pragma once

#include "core/net/apierror.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// What a connector instance has indexed (GET /connectors/{id}/stats): counts per indexing status,
// overall and per record type. Statuses come in a fixed order (the known ones as the web console
// lists them, then any the server adds, never dropped), so that every picture of them agrees.
struct IndexingCounts
{
    struct StatusCount
    {
        QString status; // as the server names it: COMPLETED, FAILED, ... or one this client does not know
        qint64 count = 0;
    };
    qint64 total = 0;
    QList<StatusCount> byStatus; // every status the server listed, zeros included, in statusOrder()

    qint64 count(const QString& status) const;
};

struct IndexingStats
{
    struct RecordTypeCounts
    {
        QString recordType; // FILE, MAIL, WEBPAGE...
        IndexingCounts counts;
    };
    QString connectorId;
    IndexingCounts overall;
    QList<RecordTypeCounts> byRecordType; // as the server ordered them

    // The known statuses, in the order every view shows them.
    static const QStringList& knownStatuses();
    // Whether a status is one this client knows (unknown ones are still shown, after the known).
    static bool isKnownStatus(const QString& status);

    // Reads `{success, data: {connectorId, stats: {total, indexingStatus}, byRecordType: [...]}}`. A missing
    // `data` or `stats` is an error; fields of the wrong type read as absent, negative counts as zero.
    static std::optional<IndexingStats> fromAnswer(const QJsonObject& answer, ApiError* error);
    // The published-names JSON that connectorctl prints: {connectorId, total, indexingStatus, byRecordType}.
    QJsonObject toJson() const;
};

#pragma once

#include "cli/output/outputformat.h"

#include "core/model/indexingstats.h"
#include "core/ops/connectorlifecycle.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

class QTextStream;

// What enable, disable, sync and stats print, in the three formats of --output. Kept apart from
// OutputFormat's writers of instances and lists.
class LifecycleOutput
{
    Q_DECLARE_TR_FUNCTIONS(LifecycleOutput)

public:
    enum class Flag
    {
        Sync,
        Agent,
    };

    // The word of JSON and CSV for an outcome: done, already, unknown or failed.
    static QString resultName(LifecycleOutcome::Kind kind);

    // enable and disable, one line per id: "<id>  <name>: sync enabled", a JSON object per line (JSON
    // lines), or CSV under outputname::lifecycleCsvColumns() (writeToggleHeader first).
    // `errorText` is the outcome's error as it may be printed (the token masked).
    static void writeToggleHeader(const OutputFormat& format, QTextStream& out);
    static void writeToggle(const OutputFormat& format,
                            QTextStream& out,
                            Flag flag,
                            bool enable,
                            const QString& connectorId,
                            const LifecycleOutcome& outcome,
                            const QString& errorText);
    static QJsonObject
    toggleJson(const QString& connectorId, const LifecycleOutcome& outcome, const QString& errorText);

    // sync: the sync asked for and the status read back.
    static void writeSync(const OutputFormat& format,
                          QTextStream& out,
                          const QString& connectorId,
                          bool full,
                          const LifecycleOutcome& outcome,
                          const QString& errorText);

    // stats: the total, each status with its count, then the same per record type. CSV rows are
    // recordType,status,count: an empty recordType for the counts over all types, an empty status for
    // a total.
    static void writeStats(const OutputFormat& format, QTextStream& out, const IndexingStats& stats);
};

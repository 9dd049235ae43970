#include "cli/output/lifecycleoutput.h"

#include "core/export/csvwriter.h"

#include "core/wire/wirekeys.h"

#include <QJsonDocument>
#include <QTextStream>

#include <algorithm>

namespace {

QString jsonLine(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// "<id>  <name>" for the start of a table line; the id alone when the name is unknown.
QString who(const QString& connectorId, const LifecycleOutcome& outcome)
{
    QString text = OutputFormat::escapeControls(connectorId);
    if (outcome.instance.isValid() && !outcome.instance.name.isEmpty())
        text += QLatin1String("  ") + OutputFormat::escapeControls(outcome.instance.name);
    return text;
}

// What an outcome says to people, or its error; the server's message is not repeated.
QString detail(const LifecycleOutcome& outcome, const QString& errorText)
{
    return OutputFormat::escapeControls(outcome.succeeded() ? outcome.message : errorText);
}

} // namespace

QString LifecycleOutput::resultName(LifecycleOutcome::Kind kind)
{
    switch (kind) {
    case LifecycleOutcome::Kind::Done:
        return QStringLiteral("done");
    case LifecycleOutcome::Kind::AlreadySo:
        return QStringLiteral("already");
    case LifecycleOutcome::Kind::Unknown:
        return QStringLiteral("unknown");
    case LifecycleOutcome::Kind::Failed:
        break;
    }
    return QStringLiteral("failed");
}

QJsonObject
LifecycleOutput::toggleJson(const QString& connectorId, const LifecycleOutcome& outcome, const QString& errorText)
{
    const bool known = outcome.instance.isValid();
    const QString message = outcome.succeeded() ? outcome.message : errorText;
    return {
        {wirekey::connectorId, connectorId},
        {wirekey::instanceName, known ? QJsonValue(outcome.instance.name) : QJsonValue()},
        {outputname::result, resultName(outcome.kind)},
        {wirekey::isActive, known ? QJsonValue(outcome.instance.isActive) : QJsonValue()},
        {wirekey::agentEnabled, known ? QJsonValue(outcome.instance.agentEnabled) : QJsonValue()},
        {wirekey::message, message.isEmpty() ? QJsonValue() : QJsonValue(message)},
    };
}

void LifecycleOutput::writeToggleHeader(const OutputFormat& format, QTextStream& out)
{
    if (format.kind() == OutputFormat::Kind::Csv)
        CsvWriter::writeRow(out, outputname::lifecycleCsvColumns());
}

void LifecycleOutput::writeToggle(const OutputFormat& format,
                                  QTextStream& out,
                                  Flag flag,
                                  bool enable,
                                  const QString& connectorId,
                                  const LifecycleOutcome& outcome,
                                  const QString& errorText)
{
    switch (format.kind()) {
    case OutputFormat::Kind::Json:
        out << jsonLine(toggleJson(connectorId, outcome, errorText)) << '\n';
        return;
    case OutputFormat::Kind::Csv: {
        const bool known = outcome.instance.isValid();
        CsvWriter::writeRow(out,
                            {connectorId,
                             known ? outcome.instance.name : QString(),
                             resultName(outcome.kind),
                             known ? CsvWriter::boolText(outcome.instance.isActive) : QString(),
                             known ? CsvWriter::boolText(outcome.instance.agentEnabled) : QString(),
                             outcome.succeeded() ? outcome.message : errorText});
        return;
    }
    case OutputFormat::Kind::Table:
        break;
    }
    QString what;
    switch (outcome.kind) {
    case LifecycleOutcome::Kind::Done:
        what = flag == Flag::Sync ? (enable ? tr("sync enabled") : tr("sync disabled"))
                                  : (enable ? tr("agent enabled") : tr("agent disabled"));
        break;
    case LifecycleOutcome::Kind::AlreadySo:
        what = flag == Flag::Sync ? (enable ? tr("already enabled") : tr("already disabled"))
                                  : (enable ? tr("agent already enabled") : tr("agent already disabled"));
        break;
    case LifecycleOutcome::Kind::Unknown: {
        what = tr("unknown: %1").arg(detail(outcome, errorText));
        if (outcome.instance.isValid()) {
            const bool on = flag == Flag::Sync ? outcome.instance.isActive : outcome.instance.agentEnabled;
            what += QLatin1String(" ")
                + (on ? tr("(it reads enabled now; the change was not sent again)")
                      : tr("(it reads disabled now; the change was not sent again)"));
        }
        break;
    }
    case LifecycleOutcome::Kind::Failed:
        what = tr("failed: %1").arg(detail(outcome, errorText));
        break;
    }
    QString line = who(connectorId, outcome) + QLatin1String(": ") + what;
    if (outcome.kind == LifecycleOutcome::Kind::Done && !outcome.message.isEmpty())
        line += QLatin1String(" (") + tr("the server said: %1").arg(detail(outcome, errorText)) + QLatin1Char(')');
    out << line << '\n';
}

void LifecycleOutput::writeSync(const OutputFormat& format,
                                QTextStream& out,
                                const QString& connectorId,
                                bool full,
                                const LifecycleOutcome& outcome,
                                const QString& errorText)
{
    const ConnectorInstance& instance = outcome.instance;
    const bool known = instance.isValid();
    const QString message = outcome.succeeded() ? outcome.message : errorText;
    switch (format.kind()) {
    case OutputFormat::Kind::Json: {
        const QJsonObject object{
            {wirekey::connectorId, connectorId},
            {wirekey::instanceName, known ? QJsonValue(instance.name) : QJsonValue()},
            {outputname::result, resultName(outcome.kind)},
            {outputname::fullSync, full},
            {wirekey::status, known && !instance.status.isEmpty() ? QJsonValue(instance.status.text()) : QJsonValue()},
            {wirekey::isLocked, known ? QJsonValue(instance.isLocked) : QJsonValue()},
            {wirekey::isActive, known ? QJsonValue(instance.isActive) : QJsonValue()},
            {wirekey::message, message.isEmpty() ? QJsonValue() : QJsonValue(message)},
        };
        out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
        return;
    }
    case OutputFormat::Kind::Csv:
        CsvWriter::writeRow(out,
                            {wirekey::connectorId,
                             wirekey::instanceName,
                             outputname::result,
                             outputname::fullSync,
                             wirekey::status,
                             wirekey::isLocked,
                             wirekey::message});
        CsvWriter::writeRow(out,
                            {connectorId,
                             known ? instance.name : QString(),
                             resultName(outcome.kind),
                             CsvWriter::boolText(full),
                             known ? instance.status.text() : QString(),
                             known ? CsvWriter::boolText(instance.isLocked) : QString(),
                             message});
        return;
    case OutputFormat::Kind::Table:
        break;
    }
    const QString requested = full ? tr("Full sync of %1 requested.").arg(who(connectorId, outcome))
                                   : tr("Sync of %1 requested.").arg(who(connectorId, outcome));
    if (outcome.kind == LifecycleOutcome::Kind::Unknown) {
        out << tr("Sync of %1: unknown whether the server took it (%2); it was not sent again.")
                   .arg(who(connectorId, outcome), OutputFormat::escapeControls(errorText))
            << '\n';
    } else {
        out << requested << '\n';
    }
    if (outcome.succeeded() && !outcome.message.isEmpty())
        out << tr("The server said: %1").arg(OutputFormat::escapeControls(outcome.message)) << '\n';
    if (!known) {
        out << tr("Status: could not be read back (%1)").arg(OutputFormat::escapeControls(errorText)) << '\n';
        return;
    }
    QStringList status;
    if (!instance.status.isEmpty())
        status.append(OutputFormat::escapeControls(instance.status.text()));
    if (instance.isLocked)
        status.append(tr("locked"));
    out << tr("Status: %1").arg(status.isEmpty() ? tr("no job reported") : status.join(QLatin1String(", "))) << '\n';
}

void LifecycleOutput::writeStats(const OutputFormat& format, QTextStream& out, const IndexingStats& stats)
{
    switch (format.kind()) {
    case OutputFormat::Kind::Json:
        out << QString::fromUtf8(QJsonDocument(stats.toJson()).toJson(QJsonDocument::Indented));
        return;
    case OutputFormat::Kind::Csv: {
        CsvWriter::writeRow(out, outputname::statsCsvColumns());
        const auto rows = [&out](const QString& recordType, const IndexingCounts& counts) {
            CsvWriter::writeRow(out, {recordType, QString(), QString::number(counts.total)});
            for (const IndexingCounts::StatusCount& entry : counts.byStatus)
                CsvWriter::writeRow(out, {recordType, entry.status, QString::number(entry.count)});
        };
        rows(QString(), stats.overall);
        for (const IndexingStats::RecordTypeCounts& type : stats.byRecordType)
            rows(type.recordType, type.counts);
        return;
    }
    case OutputFormat::Kind::Table:
        break;
    }
    // Labels in one column, counts right-aligned in the next.
    const auto label = [](const QString& status) {
        const QString text = OutputFormat::escapeControls(status);
        return IndexingStats::isKnownStatus(status) ? text : tr("%1 (unknown status)").arg(text);
    };
    int labelWidth = OutputFormat::displayWidth(tr("Total"));
    int countWidth = 1;
    const auto measure = [&](const IndexingCounts& counts) {
        countWidth = std::max(countWidth, int(QString::number(counts.total).size()));
        for (const IndexingCounts::StatusCount& entry : counts.byStatus) {
            labelWidth = std::max(labelWidth, 2 + OutputFormat::displayWidth(label(entry.status)));
            countWidth = std::max(countWidth, int(QString::number(entry.count).size()));
        }
    };
    measure(stats.overall);
    for (const IndexingStats::RecordTypeCounts& type : stats.byRecordType) {
        labelWidth = std::max(labelWidth, OutputFormat::displayWidth(OutputFormat::escapeControls(type.recordType)));
        measure(type.counts);
    }
    const auto row = [&](const QString& text, qint64 count) {
        const int pad = std::max(0, labelWidth - OutputFormat::displayWidth(text));
        out << text << QString(pad + 2, QLatin1Char(' ')) << QString::number(count).rightJustified(countWidth) << '\n';
    };
    const auto block = [&](const QString& title, const IndexingCounts& counts) {
        row(title, counts.total);
        for (const IndexingCounts::StatusCount& entry : counts.byStatus)
            row(QLatin1String("  ") + label(entry.status), entry.count);
    };
    block(tr("Total"), stats.overall);
    if (stats.byRecordType.isEmpty())
        return;
    out << '\n' << tr("By record type:") << '\n';
    for (const IndexingStats::RecordTypeCounts& type : stats.byRecordType)
        block(OutputFormat::escapeControls(type.recordType), type.counts);
}

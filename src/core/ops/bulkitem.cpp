#include "core/ops/bulkitem.h"

#include "core/export/csvwriter.h"
#include "core/wire/wirekeys.h"

#include <QCoreApplication>
#include <QTextStream>

#include <algorithm>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("BulkOperation", text);
}

} // namespace

QString BulkItem::stateName(State state)
{
    switch (state) {
    case State::Waiting:
        return QStringLiteral("waiting");
    case State::Running:
        return QStringLiteral("running");
    case State::Done:
        return QStringLiteral("done");
    case State::Skipped:
        return QStringLiteral("skipped");
    case State::Failed:
        return QStringLiteral("failed");
    case State::Unknown:
        return QStringLiteral("unknown");
    case State::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

QString BulkItem::stateText() const
{
    switch (state) {
    case State::Waiting:
        return tr("Waiting");
    case State::Running:
        return tr("Running");
    case State::Done:
        return tr("Done");
    case State::Skipped:
        return tr("Skipped");
    case State::Failed:
        return tr("Failed");
    case State::Unknown:
        return tr("Unknown");
    case State::Cancelled:
        return tr("Not sent");
    }
    return {};
}

QString BulkPlan::skipReason(BulkAction action, const ConnectorInstance& instance)
{
    if (instance.isDeleting())
        return tr("Being deleted.");
    if (instance.isLocked)
        return instance.lockReason();
    switch (action) {
    case BulkAction::EnableSync:
        return instance.isActive ? tr("Sync is already enabled.") : QString();
    case BulkAction::DisableSync:
        return instance.isActive ? QString() : tr("Sync is already disabled.");
    case BulkAction::EnableAgent:
        return instance.agentEnabled ? tr("The agent is already enabled.") : QString();
    case BulkAction::DisableAgent:
        return instance.agentEnabled ? QString() : tr("The agent is already disabled.");
    case BulkAction::Delete:
        return {};
    }
    return {};
}

QString BulkPlan::stateLabel(const ConnectorInstance& instance)
{
    if (instance.isDeleting())
        return tr("deleting");
    if (instance.isLocked)
        return tr("locked");
    return instance.isActive ? tr("active") : tr("inactive");
}

QString BulkPlan::actionText(BulkAction action)
{
    switch (action) {
    case BulkAction::EnableSync:
        return tr("Enable sync");
    case BulkAction::DisableSync:
        return tr("Disable sync");
    case BulkAction::EnableAgent:
        return tr("Enable agent");
    case BulkAction::DisableAgent:
        return tr("Disable agent");
    case BulkAction::Delete:
        return tr("Delete");
    }
    return {};
}

BulkPlan BulkPlan::make(BulkAction action, const QList<ConnectorInstance>& instances)
{
    BulkPlan plan;
    plan.action = action;
    for (const ConnectorInstance& instance : instances) {
        const QString scope = instance.scope.isEmpty() ? tr("no scope") : instance.scope.text();
        ++plan.counts[scope][stateLabel(instance)];
        const QString reason = skipReason(action, instance);
        if (!reason.isEmpty()) {
            plan.skipped.append({instance, reason});
            continue;
        }
        plan.toSend.append(instance);
        if (instance.scope == ConnectorScope::Team)
            ++plan.teamCount;
    }
    return plan;
}

BulkPlan BulkPlan::fromIds(BulkAction action, const QStringList& ids)
{
    BulkPlan plan;
    plan.action = action;
    plan.toSend.reserve(ids.size());
    for (const QString& id : ids) {
        ConnectorInstance instance;
        instance.id = id;
        plan.toSend.append(instance);
    }
    return plan;
}

QStringList BulkPlan::skipSummary() const
{
    QMap<QString, int> byReason;
    for (const auto& entry : skipped)
        ++byReason[entry.second];
    QList<QPair<int, QString>> sorted;
    for (auto it = byReason.cbegin(); it != byReason.cend(); ++it)
        sorted.append({it.value(), it.key()});
    std::stable_sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    QStringList lines;
    for (const auto& entry : sorted)
        lines.append(tr("%1 (%2)").arg(entry.second).arg(entry.first));
    return lines;
}

namespace bulkreport {

const QStringList& csvColumns()
{
    static const QStringList columns{
        wirekey::connectorId, wirekey::instanceName, wirekey::scope, outputname::result, wirekey::message};
    return columns;
}

QString text(BulkAction action, const QList<BulkItem>& items)
{
    QMap<BulkItem::State, int> counts;
    for (const BulkItem& item : items)
        ++counts[item.state];
    QStringList parts;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        parts.append(QStringLiteral("%1 %2").arg(it.value()).arg(BulkItem::stateName(it.key())));
    QString out = tr("%1: %2 instances (%3)")
                      .arg(BulkPlan::actionText(action))
                      .arg(items.size())
                      .arg(parts.join(QLatin1String(", ")))
        + QLatin1Char('\n');
    for (const BulkItem& item : items) {
        out += QStringLiteral("%1\t%2\t%3").arg(item.instance.id, item.instance.name, BulkItem::stateName(item.state));
        if (!item.message.isEmpty())
            out += QLatin1Char('\t') + item.message;
        out += QLatin1Char('\n');
    }
    return out;
}

QString csv(const QList<BulkItem>& items)
{
    QString out;
    QTextStream stream(&out);
    CsvWriter::writeRow(stream, csvColumns());
    for (const BulkItem& item : items) {
        CsvWriter::writeRow(stream,
                            {item.instance.id,
                             item.instance.name,
                             item.instance.scope.text(),
                             BulkItem::stateName(item.state),
                             item.message});
    }
    stream.flush();
    return out;
}

} // namespace bulkreport

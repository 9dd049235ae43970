#include "core/list/connectortablemodel.h"

#include <QLocale>
#include <QTimeZone>

ConnectorTableModel::ConnectorTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

int ConnectorTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_connectors.size());
}

int ConnectorTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QStringList ConnectorTableModel::badges(const ConnectorInstance& c)
{
    QStringList out;
    out.append(c.isActive ? tr("Active") : tr("Inactive"));
    if (c.isConfigured)
        out.append(tr("Configured"));
    if (c.isAuthenticated)
        out.append(tr("Authenticated"));
    if (c.agentEnabled)
        out.append(tr("Agent"));
    if (!c.status.isEmpty())
        out.append(statusLabel(c.status));
    if (c.isLocked && !c.isDeleting())
        out.append(tr("Locked"));
    return out;
}

QString ConnectorTableModel::statusLabel(const InstanceStatus& status)
{
    switch (status.value()) {
    case JobStatus::None:
        return {};
    case JobStatus::Syncing:
        return tr("Syncing");
    case JobStatus::FullSyncing:
        return tr("Full syncing");
    case JobStatus::Deleting:
        return tr("Deleting");
    case JobStatus::Other:
        break;
    }
    // One the client does not know: in the badges' case, "REINDEXING_NOW" as "Reindexing now".
    QString text = status.text().toLower().replace(QLatin1Char('_'), QLatin1Char(' ')).trimmed();
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

QString ConnectorTableModel::localZone()
{
    const QDateTime now = QDateTime::currentDateTime();
    const QTimeZone zone = QTimeZone::systemTimeZone();
    const QString abbreviation = zone.abbreviation(now);
    const QString offset = zone.displayName(now, QTimeZone::OffsetName);
    const QString id = QString::fromUtf8(zone.id());
    if (id.isEmpty() || id == abbreviation)
        return abbreviation == offset ? offset : tr("%1, %2").arg(abbreviation, offset);
    return tr("%1, %2").arg(id, offset);
}

QString ConnectorTableModel::formatUtc(const QDateTime& time)
{
    if (!time.isValid())
        return {};
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString ConnectorTableModel::formatTime(const QDateTime& time)
{
    if (!time.isValid())
        return {};
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

QString ConnectorTableModel::scopeLabel(const InstanceScope& scope)
{
    return scope == ConnectorScope::Team    ? tr("Team")
        : scope == ConnectorScope::Personal ? tr("Personal")
                                            : scope.text();
}

QVariant ConnectorTableModel::displayValue(const ConnectorInstance& c, int column)
{
    switch (column) {
    case NameColumn:
        return c.name;
    case TypeColumn:
        return c.appGroup.isEmpty() || c.appGroup == c.connectorType
            ? c.connectorType
            : QStringLiteral("%1 (%2)").arg(c.connectorType, c.appGroup);
    case ScopeColumn:
        return scopeLabel(c.scope);
    case AuthTypeColumn:
        return c.authType;
    case StateColumn:
        return badges(c).join(QLatin1String(", "));
    case CreatedByColumn:
        return c.createdBy;
    case CreatedColumn:
        return formatTime(c.createdAt);
    case UpdatedColumn:
        return formatTime(c.updatedAt);
    }
    return {};
}

QVariant ConnectorTableModel::sortValue(const ConnectorInstance& c, int column)
{
    switch (column) {
    case CreatedColumn:
        return c.createdAt.isValid() ? c.createdAt.toMSecsSinceEpoch() : qint64(-1);
    case UpdatedColumn:
        return c.updatedAt.isValid() ? c.updatedAt.toMSecsSinceEpoch() : qint64(-1);
    case StateColumn:
        // Active first, then configured, authenticated, agent: a rank that sorts like the badges read.
        return (c.isActive ? 8 : 0) + (c.isConfigured ? 4 : 0) + (c.isAuthenticated ? 2 : 0) + (c.agentEnabled ? 1 : 0);
    default:
        return displayValue(c, column);
    }
}

QVariant ConnectorTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ConnectorInstance& c = m_connectors.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(c, index.column());
    case Qt::ToolTipRole:
        if (index.column() == NameColumn) {
            const QString reason = c.lockReason();
            return reason.isEmpty() ? displayValue(c, index.column()) : QVariant(reason);
        }
        if (index.column() == StateColumn) {
            // Every badge, even those a narrow column has no room for, and why a lock holds.
            const QString reason = c.lockReason();
            const QString all = displayValue(c, index.column()).toString();
            return reason.isEmpty() ? all : all + QLatin1Char('\n') + reason;
        }
        if (index.column() == CreatedColumn)
            return tr("%1 UTC").arg(formatUtc(c.createdAt));
        if (index.column() == UpdatedColumn)
            return tr("%1 UTC").arg(formatUtc(c.updatedAt));
        return {};
    case SortRole:
        return sortValue(c, index.column());
    case IdRole:
        return c.id;
    case InstanceRole:
        return QVariant::fromValue(c);
    case BadgesRole:
        return badges(c);
    case DeletingRole:
        return c.isDeleting();
    default:
        return {};
    }
}

QVariant ConnectorTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole
        && (section == CreatedColumn || section == UpdatedColumn))
        return tr("Local time (%1); the cell's tooltip and the details give UTC").arg(localZone());
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case TypeColumn:
        return tr("Connector type");
    case ScopeColumn:
        return tr("Scope");
    case AuthTypeColumn:
        return tr("Auth type");
    case StateColumn:
        return tr("State");
    case CreatedByColumn:
        return tr("Created by");
    case CreatedColumn:
        return tr("Created");
    case UpdatedColumn:
        return tr("Updated");
    }
    return {};
}

void ConnectorTableModel::setConnectors(QList<ConnectorInstance> connectors)
{
    beginResetModel();
    m_connectors = std::move(connectors);
    QSet<QString> stillShown;
    for (ConnectorInstance& c : m_connectors) {
        if (m_deleting.contains(c.id)) {
            applyDeletingMark(c);
            stillShown.insert(c.id);
        }
    }
    m_deleting = std::move(stillShown);
    endResetModel();
}

bool ConnectorTableModel::updateConnector(const ConnectorInstance& connector)
{
    const int row = rowOf(connector.id);
    if (row < 0)
        return false;
    m_connectors[row] = connector;
    applyDeletingMark(m_connectors[row]);
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    return true;
}

bool ConnectorTableModel::removeConnector(const QString& id)
{
    const int row = rowOf(id);
    if (row < 0)
        return false;
    beginRemoveRows({}, row, row);
    m_connectors.removeAt(row);
    m_deleting.remove(id);
    endRemoveRows();
    return true;
}

bool ConnectorTableModel::markDeleting(const QString& id)
{
    const int row = rowOf(id);
    if (row < 0)
        return false;
    m_deleting.insert(id);
    applyDeletingMark(m_connectors[row]);
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    return true;
}

bool ConnectorTableModel::isDeleting(const QString& id) const
{
    const ConnectorInstance* c = instanceAt(rowOf(id));
    return c && c->isDeleting();
}

void ConnectorTableModel::applyDeletingMark(ConnectorInstance& connector) const
{
    if (m_deleting.contains(connector.id))
        connector.status = JobStatus::Deleting;
}

void ConnectorTableModel::clear()
{
    m_deleting.clear();
    setConnectors({});
}

const ConnectorInstance* ConnectorTableModel::instanceAt(int row) const
{
    if (row < 0 || row >= m_connectors.size())
        return nullptr;
    return &m_connectors.at(row);
}

int ConnectorTableModel::rowOf(const QString& id) const
{
    for (int row = 0; row < m_connectors.size(); ++row) {
        if (m_connectors.at(row).id == id)
            return row;
    }
    return -1;
}

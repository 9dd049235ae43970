#include "app/bulk/bulkitemmodel.h"

#include "core/list/connectortablemodel.h"
#include "core/ops/bulkoperation.h"

#include <QColor>

BulkItemModel::BulkItemModel(BulkOperation* operation, QObject* parent)
    : QAbstractTableModel(parent)
    , m_operation(operation)
{
    connect(operation, &BulkOperation::itemsChanged, this, [this](int first, int last) {
        emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
    });
}

int BulkItemModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_operation ? 0 : int(m_operation->items().size());
}

int BulkItemModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BulkItemModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_operation)
        return {};
    const BulkItem& item = m_operation->items().at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case NameColumn:
            return item.instance.name.isEmpty() ? item.instance.id : item.instance.name;
        case ScopeColumn:
            return ConnectorTableModel::scopeLabel(item.instance.scope);
        case StateColumn:
            return item.stateText();
        case MessageColumn:
            return item.message;
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole)
        return item.instance.id;
    if (role == Qt::ForegroundRole && index.column() == StateColumn) {
        if (item.state == BulkItem::State::Failed)
            return QColor(Qt::red);
        if (item.state == BulkItem::State::Unknown)
            return QColor(0xb3, 0x6b, 0x00);
    }
    return {};
}

QVariant BulkItemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Instance");
    case ScopeColumn:
        return tr("Scope");
    case StateColumn:
        return tr("State");
    case MessageColumn:
        return tr("Message");
    default:
        return {};
    }
}

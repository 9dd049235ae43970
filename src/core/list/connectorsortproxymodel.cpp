#include "core/list/connectorsortproxymodel.h"

#include "core/list/connectororder.h"
#include "core/list/connectortablemodel.h"

ConnectorSortProxyModel::ConnectorSortProxyModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ConnectorTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

bool ConnectorSortProxyModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    // The same order as ListQuery::pageLocally's (connectororder), on the model's instances.
    const auto* model = qobject_cast<const ConnectorTableModel*>(left.model());
    const ConnectorInstance* l = model ? model->instanceAt(left.row()) : nullptr;
    const ConnectorInstance* r = model ? model->instanceAt(right.row()) : nullptr;
    if (!l || !r)
        return QSortFilterProxyModel::lessThan(left, right);
    return connectororder::lessThan(*l, *r, left.column());
}

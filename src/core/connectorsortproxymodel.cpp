#include "connectorsortproxymodel.h"

#include "connectortablemodel.h"

#include <QCollator>

ConnectorSortProxyModel::ConnectorSortProxyModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ConnectorTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

int ConnectorSortProxyModel::compareValues(const QVariant& left, const QVariant& right) const
{
    if (left.userType() == QMetaType::QString || right.userType() == QMetaType::QString) {
        // Names come in several scripts: the collator orders them as a person would.
        static thread_local QCollator collator = [] {
            QCollator c;
            c.setCaseSensitivity(Qt::CaseInsensitive);
            c.setNumericMode(true);
            return c;
        }();
        return collator.compare(left.toString(), right.toString());
    }
    const QPartialOrdering order = QVariant::compare(left, right);
    if (order == QPartialOrdering::Less)
        return -1;
    if (order == QPartialOrdering::Greater)
        return 1;
    return 0;
}

bool ConnectorSortProxyModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const int byColumn = compareValues(left.data(sortRole()), right.data(sortRole()));
    if (byColumn != 0)
        return byColumn < 0;
    // Ties (same state, same type...) are broken by name, then id, so that equal rows never swap
    // places between two reloads of the same page.
    const QModelIndex leftName = left.siblingAtColumn(ConnectorTableModel::NameColumn);
    const QModelIndex rightName = right.siblingAtColumn(ConnectorTableModel::NameColumn);
    const int byName = compareValues(leftName.data(sortRole()), rightName.data(sortRole()));
    if (byName != 0)
        return byName < 0;
    return left.data(ConnectorTableModel::IdRole).toString() < right.data(ConnectorTableModel::IdRole).toString();
}

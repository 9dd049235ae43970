#include "core/list/connectororder.h"

#include "core/list/connectortablemodel.h"

#include <QCollator>

namespace connectororder {

int compareValues(const QVariant& left, const QVariant& right)
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

bool lessThan(const ConnectorInstance& left, const ConnectorInstance& right, int column)
{
    const int byColumn
        = compareValues(ConnectorTableModel::sortValue(left, column), ConnectorTableModel::sortValue(right, column));
    if (byColumn != 0)
        return byColumn < 0;
    if (column != ConnectorTableModel::NameColumn) {
        const int byName = compareValues(left.name, right.name);
        if (byName != 0)
            return byName < 0;
    }
    return left.id < right.id;
}

} // namespace connectororder

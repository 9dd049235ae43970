#include "app/list/tablesortguard.h"

#include "app/list/connectortableview.h"
#include "core/list/connectorlistcontroller.h"

#include <QHeaderView>

TableSortGuard::TableSortGuard(ConnectorTableView* table, ConnectorListController* controller, QObject* parent)
    : QObject(parent)
    , m_table(table)
    , m_controller(controller)
{
    setObjectName(QStringLiteral("tableSortGuard"));
    // Connected after the view's own connection: the view sorts first, then this decides whether it may.
    connect(table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, &TableSortGuard::onIndicatorChanged);
}

bool TableSortGuard::canSort() const
{
    return m_controller->showsWholeResult();
}

QString TableSortGuard::refusal() const
{
    return tr("This list comes from the server page by page, in the server's order, and the server cannot sort "
              "it: a column sorts when the whole result fits on one page (a larger page size, or a narrower "
              "filter), and always in the Active and Inactive states.");
}

void TableSortGuard::sync()
{
    QHeaderView* header = m_table->horizontalHeader();
    if (canSort()) {
        const ListQuery& query = m_controller->query();
        showIndicator(query.sortColumn(), query.sortOrder());
        header->setToolTip(tr("Click a column to sort every instance of this list"));
    } else {
        showIndicator(-1, Qt::AscendingOrder);
        header->setToolTip(refusal());
    }
}

void TableSortGuard::showIndicator(int column, Qt::SortOrder order)
{
    QHeaderView* header = m_table->horizontalHeader();
    if (header->sortIndicatorSection() == column && (column < 0 || header->sortIndicatorOrder() == order))
        return;
    m_applying = true;
    m_table->sortByColumn(column, order);
    m_applying = false;
}

void TableSortGuard::onIndicatorChanged(int column, Qt::SortOrder order)
{
    if (m_applying)
        return;
    if (canSort()) {
        m_controller->setSort(column, order);
        return;
    }
    if (column < 0)
        return;
    showIndicator(-1, Qt::AscendingOrder); // back to the server's order, without an indicator
    emit refused(refusal());
}

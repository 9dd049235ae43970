#pragma once

#include <QObject>
#include <Qt>

class ConnectorListController;
class ConnectorTableView;

// Keeps the table's sort indicator honest. The list endpoints take no order, so a
// column can be sorted only where every row of the result is here: the active and inactive lists
// (sorted whole by ListQuery before their page is cut) and a server's list that fits on one page.
// Elsewhere a click on a header is refused with a reason (refused(), and the header's tooltip), and
// no indicator is shown: never one over a partial sort, nor one remembered from the last session over
// page 1 of a list that the server pages. The controller's query remembers the order asked for, and it
// comes back wherever it can be kept.
class TableSortGuard final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TableSortGuard)

public:
    TableSortGuard(ConnectorTableView* table, ConnectorListController* controller, QObject* parent = nullptr);

    // The indicator and the rows' order for what is on screen now (after each page).
    void sync();
    bool canSort() const;

signals:
    void refused(const QString& reason);

private:
    void onIndicatorChanged(int column, Qt::SortOrder order);
    void showIndicator(int column, Qt::SortOrder order);
    QString refusal() const;

    ConnectorTableView* m_table;
    ConnectorListController* m_controller;
    bool m_applying = false; // our own indicator changes are not the admin's clicks
};

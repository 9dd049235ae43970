#pragma once

#include <QSortFilterProxyModel>

// Sorts the current page on the model's raw values (SortRole), never on display text, so that dates
// and states sort as what they are. Filtering happens on the server: this proxy only sorts. Whether the
// page may be sorted at all (the whole result is on it) is the view's call (TableSortGuard).
class ConnectorSortProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectorSortProxyModel)

public:
    explicit ConnectorSortProxyModel(QObject* parent = nullptr);

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;
};

#pragma once

#include <QAbstractTableModel>
#include <QPointer>

class BulkOperation;

// The progress view's lines, one per instance of a bulk run, read straight from the BulkOperation
// (no copy per row): an answer changes one row, a cancel one range.
class BulkItemModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkItemModel)

public:
    enum Column
    {
        NameColumn,
        ScopeColumn,
        StateColumn,
        MessageColumn,
        ColumnCount
    };

    explicit BulkItemModel(BulkOperation* operation, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QPointer<BulkOperation> m_operation;
};

#pragma once

#include "core/model/connectorinstance.h"

#include <QHash>
#include <QObject>
#include <QStringList>

class ConnectorTableView;
class QItemSelection;
class QModelIndex;

// The selection of instances for bulk actions, which outlives the page it was made on: the
// table view's selection holds the rows of this page only, a model reset clears it, so the ids (and
// the instances as last seen) are kept here. Rows of a new page that are selected here show selected.
// A plain click or arrow key (no Ctrl or Shift) starts a new selection, the rows of other pages
// included, as it would in a file manager.
class SelectionTracker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SelectionTracker)

public:
    explicit SelectionTracker(ConnectorTableView* table, QObject* parent = nullptr);

    int count() const
    {
        return int(m_ids.size());
    }
    int countOnOtherPages() const;
    bool contains(const QString& id) const
    {
        return m_instances.contains(id);
    }
    // In the order they were selected.
    QList<ConnectorInstance> instances() const;
    const QStringList& ids() const
    {
        return m_ids;
    }
    // Replaces the selection (Select all matching); the rows of this page show it.
    void setInstances(const QList<ConnectorInstance>& instances);
    // Takes in fresher data (a bulk run's read-backs); drops the ids in `removed` (deleted).
    void refresh(const QList<ConnectorInstance>& updated, const QStringList& removed = {});
    void clear();
    // "12 selected (9 on other pages)", empty when nothing is selected.
    QString statusText() const;

signals:
    void changed();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void onSelectionChanged(const QItemSelection& selected, const QItemSelection& deselected);
    void onAboutToReset();
    void onReset();
    void onDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight);
    void showOnPage();
    void add(const ConnectorInstance& instance);
    void remove(const QString& id);
    QList<ConnectorInstance> instancesOf(const QItemSelection& selection) const;

    ConnectorTableView* m_table;
    QStringList m_ids;
    QHash<QString, ConnectorInstance> m_instances;
    bool m_applying = false; // the view's selection is being set from here, or reset by the model
    bool m_startOver = false; // a plain click or key: the next selection replaces everything
};

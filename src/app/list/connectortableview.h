#pragma once

#include "app/list/columnwidths.h"

#include <QTableView>

class ConnectorSortProxyModel;
class ConnectorStateDelegate;
class QMenu;
class ConnectorTableModel;
struct ConnectorInstance;

// The table of connector instances. Owns the source model and the sorting proxy, persists its header
// (widths, order, sort), speaks in connector ids rather than indexes, and keeps the current instance
// selected across reloads as long as it is still on the page.
class ConnectorTableView final : public QTableView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectorTableView)

public:
    explicit ConnectorTableView(QWidget* parent = nullptr);
    ~ConnectorTableView() override;

    ConnectorTableModel* connectorModel() const
    {
        return m_model;
    }
    ConnectorSortProxyModel* proxyModel() const
    {
        return m_proxy;
    }

    QString currentConnectorId() const;
    // The instance of the current row; nullptr when nothing is selected.
    const ConnectorInstance* currentInstance() const;
    // Makes the row of `id` current; false when it is not on this page.
    bool selectConnector(const QString& id);

    QByteArray saveState() const;
    bool restoreState(const QByteArray& state);

    // Show or hide columns; what is hidden is part of saveState().
    QMenu* createHeaderMenu();

    // Painted over the empty viewport: "No connector instances match...".
    void setEmptyText(const QString& text);
    QString emptyText() const
    {
        return m_emptyText;
    }

signals:
    // The current instance changed: another row, or none (empty id).
    void currentConnectorChanged(const QString& id);
    // The current row's instance was replaced in place (rename, a fresher GET): same id, new data.
    void currentConnectorUpdated(const QString& id);
    void contextMenuRequested(const QPoint& globalPos);

protected:
    void paintEvent(QPaintEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void onCurrentChanged(const QModelIndex& current);
    void onAboutToReset();
    void onReset();
    void onDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight);
    void emitIfChanged();
    void applyDefaultColumnWidths();
    void showHeaderMenu(const QPoint& pos);

    ConnectorTableModel* m_model;
    ConnectorSortProxyModel* m_proxy;
    ConnectorStateDelegate* m_stateDelegate;
    QString m_currentId; // what was last announced
    QString m_idBeforeReset; // carried across a model reset
    QString m_emptyText;
    bool m_resetting = false;
    ColumnWidths m_defaultWidths; // until the user sets widths (or a saved state has them)
    bool m_userWidths = false;
};

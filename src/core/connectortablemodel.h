#pragma once

#include "connectorinstance.h"

#include <QAbstractTableModel>
#include <QList>

// The instances of the current page. Display text and raw sort values are kept apart (SortRole),
// so that sorting never compares formatted strings.
class ConnectorTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectorTableModel)

public:
    enum Column
    {
        NameColumn,
        TypeColumn,
        ScopeColumn,
        AuthTypeColumn,
        StateColumn,
        CreatedByColumn,
        CreatedColumn,
        UpdatedColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role
    {
        SortRole = Qt::UserRole + 1, // raw value: QString, bool, QDateTime
        IdRole,
        InstanceRole, // QVariant<ConnectorInstance>
        BadgesRole, // QStringList: Active, Configured, Authenticated, Agent, SYNCING, Locked...
    };

    explicit ConnectorTableModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setConnectors(QList<ConnectorInstance> connectors);
    const QList<ConnectorInstance>& connectors() const
    {
        return m_connectors;
    }
    // Replaces the row with the same id, if shown; returns whether it was.
    bool updateConnector(const ConnectorInstance& connector);
    bool removeConnector(const QString& id);
    void clear();

    const ConnectorInstance* instanceAt(int row) const;
    int rowOf(const QString& id) const; // -1 when not on this page

    static QStringList badges(const ConnectorInstance& connector);
    static QString formatTime(const QDateTime& time);

private:
    QVariant displayValue(const ConnectorInstance& c, int column) const;
    QVariant sortValue(const ConnectorInstance& c, int column) const;

    QList<ConnectorInstance> m_connectors;
};

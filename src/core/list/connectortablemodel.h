#pragma once

#include "core/model/connectorinstance.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSet>

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
        DeletingRole, // bool: the server is deleting it (its status says so, or markDeleting() did)
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
    // A deletion the server runs in the background: the row shows as being deleted (status Deleting)
    // until a page without it arrives, whatever an update or a reload in between says. Returns
    // whether the row is on this page.
    bool markDeleting(const QString& id);
    bool isDeleting(const QString& id) const;
    void clear(); // forgets the marks too: they belong to the server whose rows these were

    const ConnectorInstance* instanceAt(int row) const;
    int rowOf(const QString& id) const; // -1 when not on this page

    static QStringList badges(const ConnectorInstance& connector);
    // "Team", "Personal", as the Scope column says it (an unknown scope as the server sent it).
    static QString scopeLabel(const InstanceScope& scope);
    // A job status as the badges read it: "Full syncing", not FULL_SYNCING (an unknown one alike).
    static QString statusLabel(const InstanceStatus& status);
    // Local time, as the table shows it; localZone() names the zone (the headers' tooltips say it).
    static QString formatTime(const QDateTime& time);
    static QString localZone();
    // UTC, as the details show it (their field names say UTC): "2024-12-30 23:58:04".
    static QString formatUtc(const QDateTime& time);
    // The raw value a column sorts by (SortRole): also what ListQuery sorts a whole local list by.
    static QVariant sortValue(const ConnectorInstance& c, int column);

private:
    static QVariant displayValue(const ConnectorInstance& c, int column);

    void applyDeletingMark(ConnectorInstance& connector) const;

    QList<ConnectorInstance> m_connectors;
    QSet<QString> m_deleting; // ids marked by markDeleting(), all on this page
};

#pragma once

#include "devserver/connectorrecord.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

namespace devserver {

// The dev server's own records: instances, the registry, seeding and persistence. Dialect-free; the
// routes turn records into either dialect. Instances are kept newest first (createdAt descending,
// then id), which is the order of every list the server answers.
class ConnectorStore final
{
    Q_DISABLE_COPY_MOVE(ConnectorStore)

public:
    explicit ConnectorStore(quint32 randomSeed = 20241201);
    ~ConnectorStore();

    // Instances, with internal names (see ConnectorRecord::toJson): "id", "type", "appGroup", "name",
    // "scope", "authType", "createdBy", "updatedBy", "isActive", "isConfigured", "isAuthenticated",
    // "isAgentActive", "isLocked", "lockedBy", "status", "createdAt", "updatedAt", "lastSyncAt",
    // "baseUrl", "config", "usedByAgents".
    int count() const;
    bool contains(const QString& id) const;
    QJsonObject instance(const QString& id) const; // empty when unknown
    QStringList ids() const; // in list order
    // Missing fields get defaults (a new id, type Confluence, team scope, now, all flags false).
    QString addInstance(const QJsonObject& fields);
    bool updateInstance(const QString& id, const QJsonObject& fields);
    bool removeInstance(const QString& id);
    // Locks an instance as a running job would; `heldBy` names the job (SYNCING, FULL_SYNCING,
    // DELETING set the status too). Unlocking clears the status the lock had set.
    void setLocked(const QString& id, bool locked, const QString& heldBy = QStringLiteral("SYNCING"));
    void setUsedByAgents(const QString& id, const QStringList& agents);
    // What GET /connectors/{id}/stats counts, per record type: [{"recordType": "FILE", "indexingStatus":
    // {"COMPLETED": 3, "ARCHIVED": 1}}, ...]. Derived from the id and the random seed unless set here;
    // statuses the server does not know (e.g. "ARCHIVED") are answered as given, the known ones that
    // are missing as 0. Kept in memory only; clearIndexingStats() goes back to the derived counts.
    void setIndexingStats(const QString& id, const QJsonArray& byRecordType);
    void clearIndexingStats(const QString& id);
    QJsonArray indexingStats(const QString& id) const; // empty when unknown or nothing indexed
    void clear();
    void reseed(int count); // clear, then seed `count` instances from the random seed
    void seed(int count, quint32 randomSeed);
    quint32 randomSeed() const;

    // The registry of connector types, internal names (see ConnectorTypeInfo::toJson), sorted by name.
    QJsonArray registryTypes() const;
    const QList<ConnectorTypeInfo>& types() const;
    const ConnectorTypeInfo* findType(const QString& name) const; // case-insensitive

    // For the routes.
    const QList<ConnectorRecord>& records() const;
    const ConnectorRecord* record(const QString& id) const;
    bool isNameTaken(const QString& scope, const QString& name, const QString& exceptId = {}) const;
    QString create(ConnectorRecord record); // assigns the id; returns it
    bool rename(const QString& id, const QString& name, const QString& userId, qint64 nowMs);
    bool markDeleting(const QString& id, const QString& userId, qint64 nowMs);

    // Persistence: with a data file, every mutation rewrites it atomically.
    void setDataFile(const QString& path);
    QString dataFile() const;
    // Loads the data file; a missing or empty file means seeding `seedCount` instances and writing them.
    bool load(int seedCount, QString* errorMessage);
    bool save(QString* errorMessage = nullptr) const;

private:
    void insert(ConnectorRecord record);
    void rebuildIndex();
    void persist();
    QString newId();
    ConnectorRecord* mutableRecord(const QString& id);

    QList<ConnectorTypeInfo> m_types;
    QList<ConnectorRecord> m_records;
    QHash<QString, qsizetype> m_index;
    QHash<QString, QJsonArray> m_statsOverrides;
    QRandomGenerator m_random;
    quint32 m_randomSeed;
    QString m_dataFile;
};

} // namespace devserver

#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace devserver {

// The user the server acts for, and its organisation (constants, like a fixed login).
inline constexpr char16_t kCurrentUserId[] = u"6650f0c1a2b3c4d5e6f70001";
inline constexpr char16_t kOrgId[] = u"6650f0c1a2b3c4d5e6f70000";

inline constexpr char16_t kScopeTeam[] = u"team";
inline constexpr char16_t kScopePersonal[] = u"personal";

// One entry of the connector registry (an available connector type).
struct ConnectorTypeInfo
{
    QString type; // registry name, e.g. "Drive"; also the PipesHub `name`
    QString displayName; // e.g. "Google Drive"
    QString appGroup; // e.g. "Google Workspace"
    QStringList authTypes;
    QStringList scopes; // "personal" and/or "team"
    QString description;
    QStringList categories;
    QString iconPath;
    QStringList syncStrategies;
    bool supportsRealtime = false;
    bool supportsSync = true;
    bool supportsAgent = true;
    bool isBeta = false;
    bool selfHosted = false; // accepts a baseUrl for a self-hosted deployment
    bool adminAccessRequired = false;

    bool supportsScope(const QString& scope) const;
    QJsonObject toJson() const; // internal names
};

// One connector instance as the server keeps it (internal names, neither dialect).
struct ConnectorRecord
{
    QString id;
    QString type;
    QString appGroup;
    QString name;
    QString scope;
    QString authType;
    QString createdBy;
    QString updatedBy;
    bool isActive = false;
    bool isConfigured = false;
    bool isAuthenticated = false;
    bool isAgentActive = false;
    bool isLocked = false;
    QString status; // empty: null; SYNCING, FULL_SYNCING, DELETING
    QString lockedBy; // what holds the lock (a status name or free text)
    qint64 createdAt = 0; // epoch ms
    qint64 updatedAt = 0;
    qint64 lastSyncAt = 0; // 0: never synced
    QString baseUrl;
    QJsonObject config;
    QStringList usedByAgents;

    QString foldedName; // name.toCaseFolded(), cached for search and uniqueness

    bool isVisibleTo(const QString& userId) const;
    QJsonObject toJson() const;
    // Overwrites the fields present in `fields` (internal names); unknown keys are ignored.
    void merge(const QJsonObject& fields);
    void setName(const QString& newName);
};

// Number of characters the way Python counts them (code points, not UTF-16 units).
qsizetype characterCount(const QString& text);

} // namespace devserver

#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>

// A connector type from the registry (the create dialog, the type filter, the sign-in check). Reads the published names
// (connectorType, displayName, authTypes, supportedScopes) and the real server's
// (type, name, supportedAuthTypes, scope[]).
struct ConnectorType
{
    QString type; // what create sends as connectorType
    QString displayName;
    QString appGroup;
    QString description;
    QString iconPath;
    QStringList authTypes;
    QStringList scopes;
    QStringList categories;
    bool isBeta = false;
    bool supportsAgent = false;
    bool supportsSync = false;
    bool supportsRealtime = false;
    bool needsBaseUrl = false; // self-hosted capable: the create dialog offers a base URL
    QJsonObject extra;

    bool isValid() const
    {
        return !type.isEmpty();
    }
    bool supportsScope(const QString& scope) const;

    static ConnectorType fromJson(const QJsonObject& object);
    QJsonObject toJson() const;
};

Q_DECLARE_METATYPE(ConnectorType)

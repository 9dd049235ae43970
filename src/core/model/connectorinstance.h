#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

#include "core/wire/wireenums.h"

// One connector instance, whichever dialect the server spoke (see docs/API.md): fromJson reads the
// published names and the real server's (_key, name, type, isAgentActive, epoch-ms timestamps);
// toJson writes the published names. Fields we do not model are kept in `extra` for the details pane.
struct ConnectorInstance
{
    QString id;
    QString connectorType;
    QString appGroup;
    QString name;
    InstanceScope scope; // team or personal (the text kept as sent if the server says something else)
    QString authType;
    QString createdBy;
    QString updatedBy;
    InstanceStatus status; // background job: none, SYNCING, FULL_SYNCING, DELETING, or one we do not know
    bool isActive = false;
    bool isConfigured = false;
    bool isAuthenticated = false;
    bool agentEnabled = false;
    bool isLocked = false;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime lastSyncAt;
    QJsonObject extra; // every field not listed above, as received

    bool isValid() const
    {
        return !id.isEmpty();
    }
    bool isDeleting() const
    {
        return status == JobStatus::Deleting;
    }
    bool isSyncing() const // a sync or a full sync runs
    {
        return status == JobStatus::Syncing || status == JobStatus::FullSyncing;
    }
    // Signs in through a provider's consent page (OAUTH, OAUTH_ADMIN_CONSENT): what "Sign in" is for.
    bool usesOAuth() const;
    // Why rename/delete cannot be done right now; empty when they can.
    QString lockReason() const;

    // Whether fromJson keeps the fields we do not model in `extra`. Lists the console only shows in
    // the table skip them (the details pane fetches the whole instance); connectorctl keeps them.
    enum class Extra
    {
        Keep,
        Skip
    };
    static ConnectorInstance fromJson(const QJsonObject& object, Extra extra = Extra::Keep);
    QJsonObject toJson() const;
    // The fields present in `partial` (either dialect) replace ours; the rest stay. For the real
    // server's minimal rename answer, which must never replace a full instance.
    void mergeFrom(const QJsonObject& partial);

    friend bool operator==(const ConnectorInstance& a, const ConnectorInstance& b);
};

Q_DECLARE_METATYPE(ConnectorInstance)

#pragma once

// What every test shares, the dev server's own tests included (they link the dev server and nothing of
// the core, see connector_testfixtures): the bearer token of the tests' dev servers, and instances put
// straight into a dev server's store.
#include "devserver/connectorstore.h"
#include "devserver/devserver.h"

#include <QJsonObject>
#include <QString>

// The bearer token of every TestServer, and of the other dev servers the tests start.
inline const QString testToken = QStringLiteral("test-token-7f3a");

// A configured, authenticated team instance of the current user (an API_TOKEN Confluence named
// "Lifecycle test") with `fields` on top, in ConnectorStore's names. Returns its id.
inline QString addInstance(devserver::DevServer& server, const QJsonObject& fields = {})
{
    QJsonObject all{{QStringLiteral("type"), QStringLiteral("Confluence")},
                    {QStringLiteral("authType"), QStringLiteral("API_TOKEN")},
                    {QStringLiteral("scope"), QStringLiteral("team")},
                    {QStringLiteral("name"), QStringLiteral("Lifecycle test")},
                    {QStringLiteral("isConfigured"), true},
                    {QStringLiteral("isAuthenticated"), true}};
    for (auto it = fields.begin(); it != fields.end(); ++it)
        all.insert(it.key(), it.value());
    return server.store().addInstance(all);
}

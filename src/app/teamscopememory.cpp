#include "app/teamscopememory.h"

#include "app/dialogs/createconnectordialog.h"
#include "app/serversession.h"

#include <QCryptographicHash>
#include <QSettings>

TeamScopeMemory::TeamScopeMemory(ServerSession* session, QSettings& settings, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_settings(settings)
{ }

QString TeamScopeMemory::key() const
{
    // Per server (a profile is its URL): a hash, since a URL is no settings key.
    const QByteArray url = m_session->baseUrl().toString(QUrl::RemoveUserInfo).toUtf8();
    return QStringLiteral("teamScopeRefused/")
        + QString::fromLatin1(QCryptographicHash::hash(url, QCryptographicHash::Sha1).toHex());
}

void TeamScopeMemory::prepare(QWidget* widget)
{
    auto* dialog = qobject_cast<CreateConnectorDialog*>(widget);
    if (!dialog || dialog->property("prepared").toBool())
        return; // an open dialog raised again keeps what the user chose
    dialog->setProperty("prepared", true);
    connect(dialog, &CreateConnectorDialog::teamScopeRefused, this, [this] { m_settings.setValue(key(), true); });
    connect(dialog, &CreateConnectorDialog::created, this, [this](const ConnectorInstance& instance) {
        if (instance.scope == ConnectorScope::Team)
            m_settings.remove(key()); // an admin now, after all
    });
    if (m_settings.value(key()).toBool()) {
        dialog->preferPersonalScope(
            tr("Personal is chosen: this server refused you a team instance before (only organisation "
               "admins may create them). Choose Team if that has changed."));
    }
}

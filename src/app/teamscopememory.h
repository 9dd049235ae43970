#pragma once

#include <QObject>

class QSettings;
class QWidget;
class ServerSession;

// Create starts on Personal scope for an admin whom the server refused a team instance: remembered per
// server (in the settings, under a SHA-1 of the server's URL, since a URL is no settings key), and
// forgotten once a team instance is created there after all.
class TeamScopeMemory final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamScopeMemory)

public:
    TeamScopeMemory(ServerSession* session, QSettings& settings, QObject* parent);

    // Follows the create dialog `widget` (once: an open dialog raised again keeps what the user chose)
    // and starts it on Personal when this server refused team scope before.
    void prepare(QWidget* widget);

private:
    QString key() const;

    ServerSession* m_session;
    QSettings& m_settings;
};

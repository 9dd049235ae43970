#pragma once

#include "core/model/connectorinstance.h"
#include "core/settings/serverprofiles.h"

#include <QObject>
#include <QPointer>

class ApiClient;
class CredentialStore;
class QWidget;

// Opens the dialogs on demand, one of each kind at a time: a second trigger raises the open one.
// Dialogs delete themselves on close; what they achieve comes back as signals.
class DialogLauncher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DialogLauncher)

public:
    explicit DialogLauncher(QWidget* parentWindow);

    QWidget* openCreate(ApiClient* client, const QString& defaultScope);
    QWidget* openRename(ApiClient* client, const ConnectorInstance& instance);
    QWidget* openDelete(ApiClient* client, const ConnectorInstance& instance);
    QWidget* openProfiles(ServerProfiles* profiles, CredentialStore* credentials);
    QWidget* openAbout();
    // Closes the dialogs that act on one server's instances (another server was chosen).
    void closeInstanceDialogs();

    QWidget* createDialog() const
    {
        return m_create;
    }
    QWidget* renameDialog() const
    {
        return m_rename;
    }
    QWidget* deleteDialog() const
    {
        return m_delete;
    }
    QWidget* profilesDialog() const
    {
        return m_profiles;
    }
    // The open rename or delete dialog: while it is, the window's row actions wait (they would act
    // on another row than the dialog shows); nullptr when none is open.
    QWidget* rowDialog() const;

signals:
    void created(const ConnectorInstance& instance);
    void renamed(const ConnectorInstance& updated);
    void deleted(const QString& id, bool inBackground, const QString& message);
    void notFound(const QString& id);
    // The delete dialog disabled sync before deleting: the instance as read back.
    void instanceChanged(const ConnectorInstance& instance);
    void profileChosen(const ServerProfile& profile);
    // A dialog opened or closed (see rowDialog()).
    void dialogsChanged();

private:
    static bool raise(QWidget* dialog);
    QWidget* show(QWidget* dialog, QPointer<QWidget>& slot);

    QWidget* m_window;
    QPointer<QWidget> m_create;
    QPointer<QWidget> m_rename;
    QPointer<QWidget> m_delete;
    QPointer<QWidget> m_profiles;
    QPointer<QWidget> m_about;
};

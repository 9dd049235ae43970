#pragma once

#include "app/dialogs/requestdialog.h"

#include "core/net/apireply.h"
#include "core/settings/serverprofiles.h"

#include <QPointer>

#include <memory>

class ApiClient;
class CredentialStore;

namespace Ui {
class ServerProfilesDialog;
}

// The servers the admin works with: name, URL (normalised, shown as it will be used), an optional CA
// file and a note in QSettings; the token in the system keychain only, never shown once stored.
// Save (the OK button) stores the profile and, if one was typed, the token; the dialog stays open.
// "Test connection" tries the URL, token and CA as typed; "Use this server" makes it the default.
class ServerProfilesDialog final : public RequestDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerProfilesDialog)

public:
    ServerProfilesDialog(ServerProfiles* profiles, CredentialStore* credentials, QWidget* parent = nullptr);
    ~ServerProfilesDialog() override;

    // The profile in the editor as last saved; empty for a new one.
    QString editedProfileName() const
    {
        return m_editingName;
    }
    // Loads a saved profile into the editor (as a click in the list does); false if there is none.
    bool editProfile(const QString& name);
    void newProfile();

signals:
    void profileChosen(const ServerProfile& profile);
    void profileSaved(const QString& name); // after the profile and its token (if any) are stored
    void tokenStatusChanged(); // a keychain answer arrived (for tests and a status bar)
    void connectionTested(bool ok, const QString& message);

protected:
    QString validate() const override;
    void apply() override;
    bool canApply() const override;

private:
    void reloadList(const QString& select);
    void onCurrentItemChanged();
    void loadIntoEditor(const ServerProfile& profile);
    void onEditorChanged();
    void updateUrlPreview();
    void updateCaStatus();
    void updateButtons();
    void refreshTokenStatus();
    void setTokenStatus(const QString& text, bool problem);
    void removeProfile();
    void browseCaFile();
    void forgetToken();
    void testConnection();
    void runTest(const QUrl& url, const QString& token);
    void finishTest(bool ok, const QString& message, const QString& details = {});
    void useServer();
    void afterSave(const QString& name);
    ServerProfile editorProfile() const;
    QUrl editorUrl(QString* error = nullptr) const;
    bool isDirty() const;
    bool hasUnsavedEdits() const;

    const std::unique_ptr<Ui::ServerProfilesDialog> m_ui;
    ServerProfiles* m_profiles;
    CredentialStore* m_credentials;
    std::unique_ptr<ApiClient> m_testClient;
    QPointer<ApiReply> m_testReply;
    QString m_editingName; // the saved profile shown in the editor; empty: a new one
    quint64 m_tokenGeneration = 0; // keychain answers for an older editor state are dropped
    quint64 m_testGeneration = 0;
    bool m_chooseAfterSave = false;
    bool m_loading = false;
};

#pragma once

#include "app/dialogs/requestdialog.h"

#include "core/model/connectorinstance.h"
#include "core/model/connectortype.h"
#include "core/model/createconnectorrequest.h"

#include <QList>

#include <memory>

class ApiClient;
struct ApiError;
class QLabel;
struct InitialConfig;
class InitialConfigEditor;

namespace Ui {
class CreateConnectorDialog;
}

// Creates a connector instance: the type from the registry (ConnectorTypePicker), a name, a scope and
// an auth type the type supports, an optional base URL and an optional initial configuration (the
// AuthValuesEditor and SyncSettingsEditor tabs, and filters). Everything is checked before the POST;
// a refusal keeps every field and shows the server's words.
class CreateConnectorDialog final : public RequestDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreateConnectorDialog)

public:
    CreateConnectorDialog(ApiClient* client, const QString& defaultScope, QWidget* parent = nullptr);
    ~CreateConnectorDialog() override;

    // The type selected in the list; invalid when none is.
    ConnectorType selectedType() const;
    // Selects a type by its registry name (case-insensitive) once the registry is loaded; false if absent.
    bool selectType(const QString& type);
    bool isRegistryLoaded() const;
    // The request as the form stands; its config is empty while the configuration has a mistake.
    CreateConnectorRequest request() const;
    // Starts on Personal scope (the server refused team scope to this admin before), saying `why`
    // under the scope; Team can still be chosen.
    void preferPersonalScope(const QString& why);

signals:
    void created(const ConnectorInstance& instance);
    void registryLoaded(); // for whoever waits to preselect a type (and for tests)
    // The server refused a team-scope create with 403: this admin is not an organisation admin.
    void teamScopeRefused();

protected:
    QString validate() const override;
    void apply() override;

private:
    void onCurrentTypeChanged();
    void updateScopes(const ConnectorType& type);
    void updateAuthTypes(const ConnectorType& type);
    void updateBaseUrlRow();
    void setConfigExpanded(bool expanded);
    QList<InitialConfigEditor*> configEditors() const; // the tabs of the initial configuration
    InitialConfig initialConfig() const;
    QString configProblem(QJsonObject* config) const;
    // The inputs a server refusal is about, so that editing one of them forgets it.
    QList<const QObject*> inputsAbout(const ApiError& error, const CreateConnectorRequest& sent) const;
    ConnectorInstance instanceFromAnswer(ConnectorInstance instance, const CreateConnectorRequest& sent) const;

    const std::unique_ptr<Ui::CreateConnectorDialog> m_ui;
    ApiClient* m_client;
    QString m_defaultScope;
    QLabel* m_scopeNote = nullptr; // why the dialog starts on Personal scope, when it does
};

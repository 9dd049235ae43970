#pragma once

#include "core/model/connectorinstance.h"
#include "core/model/connectortype.h"
#include "core/net/apierror.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class ApiClient;
class ConnectorLifecycle;
class LifecycleCall;
class QAction;
class QMessageBox;
class QWidget;
class RegistryLoader;
class SignInWatcher;
struct LifecycleOutcome;

// The console's side of an instance's life: Enable/Disable sync, Enable/Disable
// agent, Sync now, Full resync… and Sign in…, as actions for the toolbar, the Edit menu and the table's
// context menu. update() decides which are enabled, with the reason as the tooltip in the web
// console's words (the window calls it from its updateActions(), which then holds them all while a
// rename or delete dialog is open). The work goes through ConnectorLifecycle and SignInWatcher (core
// only: no URL, no JSON here); what came of it is reported as the instance read back and a message.
class LifecycleActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LifecycleActions)

public:
    enum class Kind
    {
        EnableSync,
        DisableSync,
        EnableAgent,
        DisableAgent,
        SyncNow,
        FullResync,
        SignIn,
    };
    Q_ENUM(Kind)

    LifecycleActions(ApiClient* client, QWidget* window);
    ~LifecycleActions() override;

    QAction* action(Kind kind) const;
    QList<QAction*> actions() const; // in menu order
    SignInWatcher* signInWatcher() const
    {
        return m_signIn;
    }

    // Decides every action for `instance` (null: no row). Hides the one of each pair that does not
    // apply (Enable sync on an active instance...) and Sign in on instances without OAuth.
    void update(const ConnectorInstance* instance, bool ready);
    // Why `kind` cannot be done on `instance` now; empty when it can.
    QString reason(Kind kind, const ConnectorInstance& instance) const;
    bool isBusy() const;

    // Another server: forget what was learned (the registry, a 403 on team instances).
    void reset();

public slots:
    void trigger(Kind kind);

signals:
    // An outcome carried the instance as the server has it now (done, refused or unknown).
    void instanceChanged(const ConnectorInstance& instance);
    // For the status bar: the server's own message, or what happened.
    void message(const QString& text);
    // Refused or unknown: the server's words, for the error banner.
    void problem(const QString& text);
    // An admin's action went out: rows will change, look again soon.
    void actionStarted();
    // Busy state or knowledge changed: the window runs update() again.
    void changed();

private:
    void run(Kind kind, const ConnectorInstance& instance);
    void confirmFullResync(const ConnectorInstance& instance);
    void onFinished(Kind kind, const ConnectorInstance& before, LifecycleCall* call);
    void loadRegistry();
    QString describe(Kind kind, const LifecycleOutcome& outcome, const QString& name) const;

    QWidget* m_window;
    QPointer<ApiClient> m_client;
    ConnectorLifecycle* m_lifecycle;
    SignInWatcher* m_signIn;
    RegistryLoader* m_registry = nullptr;
    QHash<Kind, QAction*> m_actions;
    QHash<QString, bool> m_supportsAgent; // connector type (lower case) -> supportsAgent, once known
    QPointer<LifecycleCall> m_running;
    QString m_runningId;
    QPointer<QMessageBox> m_confirm;
    ConnectorInstance m_current;
    bool m_teamNeedsAdmin = false; // a 403 was seen on a team instance
};

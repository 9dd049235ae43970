#include "app/lifecycle/lifecycleactions.h"

#include "app/lifecycle/signinwatcher.h"

#include "core/net/apiclient.h"
#include "core/ops/connectorlifecycle.h"
#include "core/ops/registryloader.h"

#include <QAction>
#include <QMessageBox>
#include <QPushButton>
#include <QWidget>

namespace {

bool isFullSyncing(const ConnectorInstance& instance)
{
    return instance.status == JobStatus::FullSyncing;
}

QString lockedWhile(const ConnectorInstance& instance)
{
    QString what;
    if (instance.status == JobStatus::Syncing)
        what = LifecycleActions::tr("syncing");
    else if (isFullSyncing(instance))
        what = LifecycleActions::tr("a full resync runs");
    else if (!instance.status.isEmpty())
        what = instance.status.text();
    else
        what = LifecycleActions::tr("a job runs");
    return LifecycleActions::tr("Locked while %1.").arg(what);
}

} // namespace

LifecycleActions::LifecycleActions(ApiClient* client, QWidget* window)
    : QObject(window)
    , m_window(window)
    , m_client(client)
    , m_lifecycle(new ConnectorLifecycle(client, this))
    , m_signIn(new SignInWatcher(client, this))
{
    struct Spec
    {
        Kind kind;
        const char* name;
        QString text;
        QString toolTip;
        const char* icon;
        QKeySequence shortcut;
    };
    const Spec specs[] = {
        {Kind::EnableSync,
         "actionEnableSync",
         tr("&Enable sync"),
         tr("Start syncing this instance with its source"),
         ":/icons/sync-enable.svg",
         QKeySequence(Qt::CTRL | Qt::Key_K)},
        {Kind::DisableSync,
         "actionDisableSync",
         tr("Disa&ble sync"),
         tr("Stop syncing this instance (its records stay)"),
         ":/icons/sync-disable.svg",
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K)},
        {Kind::EnableAgent,
         "actionEnableAgent",
         tr("Enable a&gent"),
         tr("Let agents use this instance"),
         ":/icons/agent-enable.svg",
         QKeySequence(Qt::CTRL | Qt::Key_G)},
        {Kind::DisableAgent,
         "actionDisableAgent",
         tr("Disable agen&t"),
         tr("Stop agents from using this instance"),
         ":/icons/agent-disable.svg",
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G)},
        {Kind::SyncNow,
         "actionSyncNow",
         tr("S&ync now"),
         tr("Ask the server to sync what changed at the source"),
         ":/icons/sync-now.svg",
         QKeySequence(Qt::Key_F6)},
        {Kind::FullResync,
         "actionFullResync",
         tr("&Full resync…"),
         tr("Read everything again from the source (the instance is locked meanwhile)"),
         ":/icons/full-resync.svg",
         QKeySequence(Qt::SHIFT | Qt::Key_F6)},
        {Kind::SignIn,
         "actionSignIn",
         tr("&Sign in…"),
         tr("Sign this instance in with its provider, in the web browser"),
         ":/icons/sign-in.svg",
         QKeySequence()},
    };
    for (const Spec& spec : specs) {
        auto* a = new QAction(spec.text, this);
        a->setObjectName(QLatin1String(spec.name));
        a->setToolTip(spec.toolTip);
        a->setProperty("defaultToolTip", spec.toolTip);
        // Our own pictures: the theme's would confuse Sync now with Reload.
        a->setIcon(QIcon(QLatin1String(spec.icon)));
        a->setShortcut(spec.shortcut);
        a->setShortcutContext(Qt::WindowShortcut);
        a->setEnabled(false);
        const Kind kind = spec.kind;
        connect(a, &QAction::triggered, this, [this, kind] { trigger(kind); });
        m_actions.insert(kind, a);
    }
    connect(m_signIn, &SignInWatcher::runningChanged, this, &LifecycleActions::changed);
    connect(m_signIn, &SignInWatcher::waiting, this, [this] {
        emit message(tr("Sign in to \u201c%1\u201d in your web browser; this window notices when you are done.")
                         .arg(m_signIn->instance().name));
    });
    connect(m_signIn, &SignInWatcher::signedIn, this, [this](const ConnectorInstance& instance) {
        emit instanceChanged(instance);
        emit message(tr("\u201c%1\u201d is signed in.").arg(instance.name));
    });
    connect(m_signIn, &SignInWatcher::failed, this, [this](const QString& text) {
        emit problem(tr("Sign-in failed: %1").arg(text));
    });
    connect(m_signIn, &SignInWatcher::cancelled, this, [this] { emit message(tr("Sign-in cancelled.")); });
}

LifecycleActions::~LifecycleActions()
{
    if (m_running)
        m_running->abort();
}

QAction* LifecycleActions::action(Kind kind) const
{
    return m_actions.value(kind);
}

QList<QAction*> LifecycleActions::actions() const
{
    return {action(Kind::EnableSync),
            action(Kind::DisableSync),
            action(Kind::SyncNow),
            action(Kind::FullResync),
            action(Kind::EnableAgent),
            action(Kind::DisableAgent),
            action(Kind::SignIn)};
}

bool LifecycleActions::isBusy() const
{
    return m_running != nullptr;
}

void LifecycleActions::reset()
{
    if (m_running)
        m_running->abort();
    m_signIn->cancel();
    m_supportsAgent.clear();
    m_teamNeedsAdmin = false;
    if (m_registry) {
        m_registry->deleteLater();
        m_registry = nullptr;
    }
}

QString LifecycleActions::reason(Kind kind, const ConnectorInstance& c) const
{
    if (kind == Kind::SignIn) {
        if (c.isDeleting())
            return tr("This instance is being deleted.");
        if (!c.usesOAuth())
            return tr("This instance does not sign in with OAuth.");
        if (m_signIn->isRunning())
            return tr("Waiting for the sign-in in the web browser.");
        if (c.isAuthenticated)
            return tr("This instance is already signed in.");
        return {};
    }
    if (m_running && m_runningId == c.id)
        return tr("Waiting for the server's answer.");
    if (c.isDeleting())
        return tr("This instance is being deleted.");
    if (c.isLocked)
        return lockedWhile(c);
    if (m_teamNeedsAdmin && c.scope == ConnectorScope::Team)
        return tr("Only an organisation admin can change team instances.");
    switch (kind) {
    case Kind::EnableSync:
        if (!c.isConfigured)
            return tr("Finish configuration before you can enable sync.");
        if (c.usesOAuth() && !c.isAuthenticated)
            return tr("Authenticate this connector before you can enable sync.");
        return {};
    case Kind::EnableAgent: {
        const auto known = m_supportsAgent.constFind(c.connectorType.toLower());
        if (known != m_supportsAgent.constEnd() && !known.value())
            return tr("This connector does not support agents.");
        return {};
    }
    case Kind::SyncNow:
    case Kind::FullResync:
        if (!c.isActive)
            return tr("Enable sync before you can sync this instance.");
        return {};
    case Kind::DisableSync:
    case Kind::DisableAgent:
    case Kind::SignIn:
        return {};
    }
    return {};
}

void LifecycleActions::update(const ConnectorInstance* instance, bool ready)
{
    m_current = instance ? *instance : ConnectorInstance{};
    if (instance && ready && !m_registry && m_client && m_window->isVisible())
        loadRegistry(); // once per server, for supportsAgent
    for (auto it = m_actions.cbegin(); it != m_actions.cend(); ++it) {
        QAction* a = it.value();
        const QString normal = a->property("defaultToolTip").toString();
        if (!instance || !ready) {
            a->setEnabled(false);
            a->setToolTip(normal);
            continue;
        }
        const QString why = reason(it.key(), *instance);
        a->setEnabled(why.isEmpty());
        a->setToolTip(why.isEmpty() ? normal : why);
    }
    // Of each pair, the one that applies; Sign in only where there is something to sign in to.
    const bool active = instance && instance->isActive;
    const bool agent = instance && instance->agentEnabled;
    action(Kind::EnableSync)->setVisible(!active);
    action(Kind::DisableSync)->setVisible(active);
    action(Kind::EnableAgent)->setVisible(!agent);
    action(Kind::DisableAgent)->setVisible(agent);
    action(Kind::SignIn)->setVisible(instance && instance->usesOAuth());
}

void LifecycleActions::loadRegistry()
{
    m_registry = new RegistryLoader(m_client, this);
    connect(m_registry, &RegistryLoader::loaded, this, [this](const QList<ConnectorType>& types) {
        for (const ConnectorType& type : types)
            m_supportsAgent.insert(type.type.toLower(), type.supportsAgent);
        emit changed();
    });
    // Without the registry the server still refuses with its own words: nothing more to do.
    m_registry->load();
}

void LifecycleActions::trigger(Kind kind)
{
    if (!m_current.isValid() || !m_client)
        return;
    if (!reason(kind, m_current).isEmpty())
        return; // a shortcut or a stale menu: the action said why it is off
    if (kind == Kind::FullResync) {
        confirmFullResync(m_current);
        return;
    }
    run(kind, m_current);
}

void LifecycleActions::confirmFullResync(const ConnectorInstance& instance)
{
    if (m_confirm) {
        m_confirm->raise();
        return;
    }
    auto* box = new QMessageBox(QMessageBox::Question,
                                tr("Full resync"),
                                tr("Resync \u201c%1\u201d in full?").arg(instance.name),
                                QMessageBox::Cancel,
                                m_window);
    box->setObjectName(QStringLiteral("fullResyncConfirmation"));
    box->setTextFormat(Qt::PlainText);
    box->setInformativeText(tr("A full resync re-reads everything from the source. It can take a long time, "
                               "and the instance is locked meanwhile: it cannot be renamed, deleted or "
                               "toggled until the resync ends."));
    QPushButton* start = box->addButton(tr("Resync everything"), QMessageBox::AcceptRole);
    start->setObjectName(QStringLiteral("fullResyncButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    m_confirm = box;
    connect(box, &QMessageBox::buttonClicked, this, [this, box, start, instance](QAbstractButton* button) {
        if (button == start && !m_running)
            run(Kind::FullResync, instance);
        Q_UNUSED(box)
    });
    box->open();
}

void LifecycleActions::run(Kind kind, const ConnectorInstance& instance)
{
    if (kind == Kind::SignIn) {
        m_signIn->start(instance);
        emit actionStarted();
        return;
    }
    if (m_running)
        return; // one at a time: the actions are off meanwhile
    LifecycleCall* call = nullptr;
    switch (kind) {
    case Kind::EnableSync:
    case Kind::DisableSync:
        call = m_lifecycle->setSyncEnabled(instance.id, kind == Kind::EnableSync);
        break;
    case Kind::EnableAgent:
    case Kind::DisableAgent:
        call = m_lifecycle->setAgentEnabled(instance.id, kind == Kind::EnableAgent);
        break;
    case Kind::SyncNow:
    case Kind::FullResync:
        call = m_lifecycle->resync(instance.id, kind == Kind::FullResync);
        break;
    case Kind::SignIn:
        return;
    }
    m_running = call;
    m_runningId = instance.id;
    connect(call, &LifecycleCall::finished, this, [this, kind, instance, call] { onFinished(kind, instance, call); });
    emit actionStarted();
    emit changed();
}

void LifecycleActions::onFinished(Kind kind, const ConnectorInstance& before, LifecycleCall* call)
{
    const LifecycleOutcome outcome = call->outcome();
    m_running = nullptr;
    m_runningId.clear();
    if (outcome.error.httpStatus == 403 && before.scope == ConnectorScope::Team)
        m_teamNeedsAdmin = true;
    if (outcome.instance.isValid())
        emit instanceChanged(outcome.instance);
    const QString name = outcome.instance.isValid() ? outcome.instance.name : before.name;
    const QString text = describe(kind, outcome, name);
    if (outcome.succeeded())
        emit message(text);
    else
        emit problem(text);
    emit actionStarted(); // the server has moved on: look at the rows again soon
    emit changed();
}

QString LifecycleActions::describe(Kind kind, const LifecycleOutcome& outcome, const QString& name) const
{
    QString done;
    QString already;
    QString unknown;
    switch (kind) {
    case Kind::EnableSync:
        done = tr("Sync enabled for \u201c%1\u201d.");
        already = tr("Sync was already enabled for \u201c%1\u201d: nothing was sent.");
        unknown = tr("It is not known whether sync was enabled for \u201c%1\u201d.");
        break;
    case Kind::DisableSync:
        done = tr("Sync disabled for \u201c%1\u201d.");
        already = tr("Sync was already disabled for \u201c%1\u201d: nothing was sent.");
        unknown = tr("It is not known whether sync was disabled for \u201c%1\u201d.");
        break;
    case Kind::EnableAgent:
        done = tr("Agent enabled for \u201c%1\u201d.");
        already = tr("The agent was already enabled for \u201c%1\u201d: nothing was sent.");
        unknown = tr("It is not known whether the agent was enabled for \u201c%1\u201d.");
        break;
    case Kind::DisableAgent:
        done = tr("Agent disabled for \u201c%1\u201d.");
        already = tr("The agent was already disabled for \u201c%1\u201d: nothing was sent.");
        unknown = tr("It is not known whether the agent was disabled for \u201c%1\u201d.");
        break;
    case Kind::SyncNow:
    case Kind::SignIn:
        done = tr("Sync requested for \u201c%1\u201d.");
        already = done;
        unknown = tr("It is not known whether the server received the sync request for \u201c%1\u201d.");
        break;
    case Kind::FullResync:
        done = tr("Full resync requested for \u201c%1\u201d; it is locked until the resync ends.");
        already = done;
        unknown = tr("It is not known whether the server received the full resync request for \u201c%1\u201d.");
        break;
    }
    switch (outcome.kind) {
    case LifecycleOutcome::Kind::Done: {
        const QString text = done.arg(name);
        return outcome.message.isEmpty() ? text : tr("%1 The server says: %2").arg(text, outcome.message);
    }
    case LifecycleOutcome::Kind::AlreadySo:
        return already.arg(name);
    case LifecycleOutcome::Kind::Unknown: {
        // Say it plainly, with what the instance looks like now when it could be read back.
        QString text = tr("%1 %2").arg(unknown.arg(name), outcome.error.toString());
        if (outcome.instance.isValid()) {
            const ConnectorInstance& c = outcome.instance;
            text += QLatin1Char(' ')
                + tr("Read back from the server: sync %1, agent %2.")
                      .arg(c.isActive ? tr("on") : tr("off"), c.agentEnabled ? tr("on") : tr("off"));
        } else {
            text += QLatin1Char(' ') + tr("Reload (F5) to see what the server has now.");
        }
        return text;
    }
    case LifecycleOutcome::Kind::Failed:
        return outcome.error.toString();
    }
    return {};
}

#include "app/dialogs/deleteconnectordialog.h"

#include "ui_deleteconnectordialog.h"

#include "core/net/apiclient.h"
#include "core/ops/connectorlifecycle.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>

namespace {

constexpr int minimumDialogWidth = 460;

// A label with a buddy turns '&' into a mnemonic: names must show as typed.
QString escapeMnemonics(QString text)
{
    return text.replace(QLatin1Char('&'), QLatin1String("&&"));
}

} // namespace

DeleteConnectorDialog::DeleteConnectorDialog(ApiClient* client, const ConnectorInstance& instance, QWidget* parent)
    : RequestDialog(parent)
    , m_ui(std::make_unique<Ui::DeleteConnectorDialog>())
    , m_client(client)
    , m_instance(instance)
    , m_lifecycle(new ConnectorLifecycle(client, this))
    , m_disableFirst(new QCheckBox(tr("Disable &sync first, then delete"), this))
    , m_steps(new QLabel(this))
{
    m_ui->setupUi(form());
    m_disableFirst->setObjectName(QStringLiteral("disableFirstCheckBox"));
    m_steps->setObjectName(QStringLiteral("deleteStepsLabel"));
    m_steps->setTextFormat(Qt::PlainText);
    m_steps->setWordWrap(true);
    m_steps->hide();
    // Where the active instance's note is: the choice, then the steps as they happen.
    const int noteAt = m_ui->textLayout->indexOf(m_ui->activeLabel);
    m_ui->textLayout->insertWidget(noteAt + 1, m_disableFirst);
    m_ui->textLayout->insertWidget(noteAt + 2, m_steps);
    setObjectName(QStringLiteral("deleteConnectorDialog"));
    setWindowTitle(tr("Delete \"%1\"").arg(instance.name));
    setMinimumWidth(minimumDialogWidth);
    okButton()->setText(tr("Delete"));
    okButton()->setIcon(style()->standardIcon(QStyle::SP_TrashIcon, nullptr, this));
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    m_ui->iconLabel->setPixmap(
        style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(iconSize, iconSize));

    m_ui->questionLabel->setText(tr("Delete the connector instance \"%1\"?").arg(instance.name));
    QFont bold = m_ui->questionLabel->font();
    bold.setBold(true);
    m_ui->questionLabel->setFont(bold);
    const QString type = instance.appGroup.isEmpty() || instance.appGroup == instance.connectorType
        ? instance.connectorType
        : tr("%1 (%2)").arg(instance.connectorType, instance.appGroup);
    QString scope = instance.scope.text();
    if (instance.scope == ConnectorScope::Team)
        scope = tr("team (everyone in the organisation uses it)");
    else if (instance.scope == ConnectorScope::Personal)
        scope = tr("personal (only its creator uses it)");
    m_ui->detailsLabel->setText(tr("Type: %1. Scope: %2.").arg(type, scope));
    m_ui->activeLabel->setVisible(instance.isActive);
    m_disableFirst->setVisible(instance.isActive);
    m_disableFirst->setChecked(true);
    m_disableFirst->setToolTip(tr("As the PipesHub web console does: sync is disabled, then the instance is "
                                  "deleted. If disabling fails, nothing is deleted."));

    const bool typed = needsTypedName();
    m_ui->confirmLabel->setVisible(typed);
    m_ui->confirmLineEdit->setVisible(typed);
    m_ui->confirmLabel->setText(
        tr("To confirm, &type the name of the instance: %1").arg(escapeMnemonics(instance.name)));
    m_ui->confirmLineEdit->setPlaceholderText(instance.name);

    const bool locked = !instance.lockReason().isEmpty();
    if (locked) {
        m_ui->confirmLineEdit->setEnabled(false);
        markTouched();
    }
    if (typed && !locked) {
        m_ui->confirmLineEdit->setFocus();
    } else {
        // Nothing to type: Enter must not delete by reflex, so Cancel is the default.
        okButton()->setAutoDefault(false);
        cancelButton()->setDefault(true);
        cancelButton()->setFocus();
    }
    connect(m_ui->confirmLineEdit, &QLineEdit::textChanged, this, &DeleteConnectorDialog::revalidate);
    revalidate();
}

DeleteConnectorDialog::~DeleteConnectorDialog() = default;

bool DeleteConnectorDialog::needsTypedName() const
{
    return m_instance.scope == ConnectorScope::Team;
}

QString DeleteConnectorDialog::validate() const
{
    if (const QString reason = m_instance.lockReason(); !reason.isEmpty())
        return tr("It cannot be deleted now: %1 Try again when that has finished.").arg(reason);
    if (needsTypedName() && m_ui->confirmLineEdit->text().trimmed() != m_instance.name)
        return tr("Type the name of the instance exactly to enable Delete.");
    return {};
}

void DeleteConnectorDialog::setInputsEnabled(bool enabled)
{
    m_ui->confirmLineEdit->setEnabled(enabled && m_instance.lockReason().isEmpty());
    m_disableFirst->setEnabled(enabled && !m_syncDisabled);
}

bool DeleteConnectorDialog::disablesSyncFirst() const
{
    return m_instance.isActive && m_disableFirst->isChecked();
}

QString DeleteConnectorDialog::stepsText() const
{
    return m_steps->isHidden() ? QString() : m_steps->text();
}

void DeleteConnectorDialog::setStep(int step, StepState state, const QString& outcome)
{
    QString line;
    switch (state) {
    case StepState::Pending:
        line = step == 0 ? tr("1. Disable sync") : tr("2. Delete");
        break;
    case StepState::Running:
        line = step == 0 ? tr("1. Disabling sync…") : tr("2. Deleting…");
        break;
    case StepState::Done:
    case StepState::Failed:
        line = (step == 0 ? tr("1. Disabling sync… %1") : tr("2. Deleting… %1")).arg(outcome);
        break;
    }
    m_stepText[step] = line;
    showSteps();
}

void DeleteConnectorDialog::showSteps()
{
    m_steps->setText(m_stepText[0] + QLatin1Char('\n') + m_stepText[1]);
    m_steps->show();
}

void DeleteConnectorDialog::apply()
{
    if (disablesSyncFirst() && !m_syncDisabled) {
        setStep(1, StepState::Pending);
        setStep(0, StepState::Running);
        m_disabling = m_lifecycle->setSyncEnabled(m_instance.id, false);
        setBusy(true, tr("Disabling sync of \"%1\"…").arg(m_instance.name));
        connect(m_disabling, &LifecycleCall::finished, this, &DeleteConnectorDialog::onSyncDisabled);
        return;
    }
    sendDelete();
}

void DeleteConnectorDialog::reject()
{
    if (m_disabling) {
        m_disabling->abort(); // its outcome comes back through onSyncDisabled: nothing is deleted
        return;
    }
    RequestDialog::reject();
}

void DeleteConnectorDialog::onSyncDisabled()
{
    auto* call = qobject_cast<LifecycleCall*>(sender());
    if (!call)
        return;
    const LifecycleOutcome outcome = call->outcome();
    m_disabling = nullptr;
    setBusy(false);
    if (outcome.instance.isValid())
        m_instance.isActive = outcome.instance.isActive;
    if (!outcome.succeeded()) {
        // Refused, or unknown: nothing is deleted. The server's words say why.
        const bool unknown = outcome.kind == LifecycleOutcome::Kind::Unknown;
        setStep(0, StepState::Failed, unknown ? tr("unknown") : tr("failed"));
        const QString why = outcome.error.toString();
        applyFailed(unknown ? tr("It is not known whether sync was disabled (%1). Nothing was deleted.").arg(why)
                            : tr("Sync could not be disabled: %1 Nothing was deleted.").arg(why),
                    outcome.error.details);
        return;
    }
    m_syncDisabled = true;
    m_disableFirst->setEnabled(false);
    setStep(
        0, StepState::Done, outcome.kind == LifecycleOutcome::Kind::AlreadySo ? tr("already disabled") : tr("done"));
    if (outcome.instance.isValid())
        emit syncDisabled(outcome.instance);
    sendDelete();
}

void DeleteConnectorDialog::sendDelete()
{
    if (m_syncDisabled)
        setStep(1, StepState::Running);
    send(m_client->deleteConnector(m_instance.id),
         tr("Deleting \"%1\"…").arg(m_instance.name),
         [this](ApiReply& reply) { onDeleteFinished(reply); });
}

void DeleteConnectorDialog::onDeleteFinished(ApiReply& reply)
{
    if (reply.hasError()) {
        if (reply.error().kind == ApiError::Kind::NotFound) {
            emit notFound(m_instance.id);
            explainNotFound();
            finish();
            return;
        }
        // 409 names the agents that use it, or the deletion already running: the server's words say it best.
        if (m_syncDisabled)
            setStep(1, StepState::Failed, tr("failed (sync stays disabled)"));
        applyFailed(reply.error().toString(), reply.error().details);
        return;
    }
    const DeletionAccepted accepted = reply.answer().deletion(m_instance.id);
    QString message = accepted.message;
    if (message.isEmpty()) {
        message = accepted.inBackground
            ? tr("The deletion of \"%1\" has started; it finishes in the background.").arg(m_instance.name)
            : tr("\"%1\" was deleted.").arg(m_instance.name);
    }
    if (m_syncDisabled)
        setStep(1, StepState::Done, accepted.inBackground ? tr("accepted") : tr("done"));
    emit deleted(m_instance.id, accepted.inBackground, message);
    finish();
}

void DeleteConnectorDialog::explainNotFound()
{
    // Non-blocking: the dialog is closing and the main window goes on refreshing its list.
    auto* box = new QMessageBox(
        QMessageBox::Information,
        tr("Already Deleted"),
        tr("\"%1\" no longer exists on the server: someone else has deleted it.").arg(m_instance.name),
        QMessageBox::Ok,
        parentWidget());
    box->setObjectName(QStringLiteral("notFoundMessageBox"));
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->show();
}

#include "deleteconnectordialog.h"

#include "ui_deleteconnectordialog.h"

#include "core/apiclient.h"

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
{
    m_ui->setupUi(form());
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

void DeleteConnectorDialog::apply()
{
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

#include "app/dialogs/renameconnectordialog.h"

#include "ui_renameconnectordialog.h"

#include "core/model/createconnectorrequest.h"
#include "core/net/apiclient.h"

#include <QLineEdit>
#include <QPushButton>

namespace {

constexpr int minimumDialogWidth = 440;

QString describe(const ConnectorInstance& instance)
{
    QString type = instance.connectorType;
    if (!instance.appGroup.isEmpty() && instance.appGroup != instance.connectorType)
        type = RenameConnectorDialog::tr("%1 (%2)").arg(instance.connectorType, instance.appGroup);
    if (instance.scope.isEmpty())
        return type;
    return RenameConnectorDialog::tr("%1, %2 scope").arg(type, instance.scope.text());
}

} // namespace

RenameConnectorDialog::RenameConnectorDialog(ApiClient* client, const ConnectorInstance& instance, QWidget* parent)
    : RequestDialog(parent)
    , m_ui(std::make_unique<Ui::RenameConnectorDialog>())
    , m_client(client)
    , m_instance(instance)
{
    m_ui->setupUi(form());
    setObjectName(QStringLiteral("renameConnectorDialog"));
    setWindowTitle(tr("Rename \"%1\"").arg(instance.name));
    okButton()->setText(tr("Rename"));
    m_ui->instanceLabel->setText(describe(instance));
    m_ui->currentNameLabel->setText(instance.name);
    m_ui->nameLineEdit->setText(instance.name);
    m_ui->nameLineEdit->selectAll();
    m_ui->nameLineEdit->setFocus();
    setMinimumWidth(minimumDialogWidth);

    if (!instance.lockReason().isEmpty()) {
        // Say why before the user types anything, rather than after a 409.
        m_ui->nameLineEdit->setEnabled(false);
        markTouched();
    }
    connect(m_ui->nameLineEdit, &QLineEdit::textEdited, this, [this] {
        inputEdited(m_ui->nameLineEdit); // the server's refusal was about the name it had
        markTouched();
        revalidate();
    });
    connect(m_ui->nameLineEdit, &QLineEdit::textChanged, this, &RenameConnectorDialog::revalidate);
    revalidate();
}

RenameConnectorDialog::~RenameConnectorDialog() = default;

QString RenameConnectorDialog::newName() const
{
    return m_ui->nameLineEdit->text().trimmed();
}

bool RenameConnectorDialog::canApply() const
{
    return newName() != m_instance.name;
}

QString RenameConnectorDialog::validate() const
{
    if (const QString reason = m_instance.lockReason(); !reason.isEmpty())
        return tr("It cannot be renamed now: %1 Try again when that has finished.").arg(reason);
    if (const QString e = CreateConnectorRequest::validateName(m_ui->nameLineEdit->text()); !e.isEmpty())
        return e;
    if (!canApply())
        return tr("Type the new name.");
    return {};
}

void RenameConnectorDialog::apply()
{
    const QString name = newName();
    send(m_client->updateName(m_instance.id, name), tr("Renaming to \"%1\"…").arg(name), [this, name](ApiReply& reply) {
        if (reply.hasError()) {
            applyFailed(reply.error().toString(), reply.error().details);
            return;
        }
        // The answer laid over ours; without one (or with another instance's), ours with the new name.
        m_instance = reply.answer().renamed(m_instance, name).instance;
        emit renamed(m_instance);
        finish();
    });
}

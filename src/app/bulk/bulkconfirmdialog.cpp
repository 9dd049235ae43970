#include "app/bulk/bulkconfirmdialog.h"

#include "core/list/connectortablemodel.h"
#include "core/ops/bulkoperation.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

BulkConfirmDialog::BulkConfirmDialog(const BulkPlan& plan, QWidget* parent)
    : QDialog(parent)
    , m_plan(plan)
    , m_text(new QLabel(this))
    , m_concurrency(new QSpinBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("bulkConfirmDialog"));
    setWindowTitle(BulkPlan::actionText(plan.action));
    m_text->setObjectName(QStringLiteral("bulkConfirmText"));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setText(describe());
    m_concurrency->setObjectName(QStringLiteral("bulkConcurrency"));
    m_concurrency->setRange(1, BulkOperation::maxConcurrency);
    m_concurrency->setValue(BulkOperation::defaultConcurrency);
    m_concurrency->setToolTip(tr("How many calls run at the same time. The server may ask for fewer (429): "
                                 "the run then slows down by itself."));
    m_buttons->setObjectName(QStringLiteral("bulkConfirmButtons"));
    QPushButton* ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setText(plan.toSend.isEmpty() ? tr("Nothing to do") : BulkPlan::actionText(plan.action));

    auto* form = new QFormLayout;
    form->addRow(tr("At most at a time:"), m_concurrency);
    if (plan.action == BulkAction::Delete && plan.teamCount > 0) {
        m_typed = new QLineEdit(this);
        m_typed->setObjectName(QStringLiteral("bulkTypedCount"));
        m_typed->setPlaceholderText(QString::number(plan.toSend.size()));
        form->addRow(tr("Team instances are shared by the whole organisation. Type the number of instances to "
                        "delete (%1) to confirm:")
                         .arg(plan.toSend.size()),
                     m_typed);
        connect(m_typed, &QLineEdit::textChanged, this, &BulkConfirmDialog::updateOk);
    }
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
            return;
        emit confirmed(m_plan, concurrency());
        accept();
    });
    updateOk();
}

int BulkConfirmDialog::concurrency() const
{
    return m_concurrency->value();
}

QString BulkConfirmDialog::text() const
{
    return m_text->text();
}

void BulkConfirmDialog::updateOk()
{
    bool ok = !m_plan.toSend.isEmpty();
    if (m_typed)
        ok = ok && m_typed->text().trimmed() == QString::number(m_plan.toSend.size());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

QString BulkConfirmDialog::describe() const
{
    const int selected = int(m_plan.toSend.size() + m_plan.skipped.size());
    QStringList lines;
    lines.append(tr("%1: %2 of the %3 selected instances.")
                     .arg(BulkPlan::actionText(m_plan.action))
                     .arg(m_plan.toSend.size())
                     .arg(selected));
    // Per scope, then per state: "Team: 10 active, 2 locked".
    for (auto scope = m_plan.counts.cbegin(); scope != m_plan.counts.cend(); ++scope) {
        QStringList states;
        for (auto state = scope->cbegin(); state != scope->cend(); ++state)
            states.append(tr("%1 %2").arg(state.value()).arg(state.key()));
        lines.append(tr("%1: %2").arg(ConnectorTableModel::scopeLabel(InstanceScope::fromText(scope.key())),
                                      states.join(QLatin1String(", "))));
    }
    if (!m_plan.toSend.isEmpty() && m_plan.toSend.size() <= maxNamesShown) {
        lines.append(QString());
        for (const ConnectorInstance& instance : m_plan.toSend)
            lines.append(QStringLiteral("• ") + (instance.name.isEmpty() ? instance.id : instance.name));
    }
    if (!m_plan.skipped.isEmpty()) {
        lines.append(QString());
        lines.append(tr("Skipped, nothing sent (%1):").arg(m_plan.skipped.size()));
        for (const QString& reason : m_plan.skipSummary())
            lines.append(QStringLiteral("• ") + reason);
    }
    if (m_plan.action == BulkAction::Delete && !m_plan.toSend.isEmpty()) {
        lines.append(QString());
        lines.append(tr("Deleting cannot be undone."));
    }
    return lines.join(QLatin1Char('\n'));
}

#include "app/bulk/bulkprogressdialog.h"

#include "app/bulk/bulkitemmodel.h"
#include "core/ops/bulkoperation.h"

#include <QClipboard>
#include <QCloseEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

BulkProgressDialog::BulkProgressDialog(BulkOperation* operation, QWidget* parent)
    : QDialog(parent)
    , m_operation(operation)
    , m_model(new BulkItemModel(operation, this))
    , m_summary(new QLabel(this))
    , m_pace(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_view(new QTableView(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_retry(new QPushButton(tr("Retry failed"), this))
    , m_copy(new QPushButton(tr("Copy report"), this))
    , m_close(new QPushButton(tr("Close"), this))
{
    setObjectName(QStringLiteral("bulkProgressDialog"));
    setWindowTitle(BulkPlan::actionText(operation->action()));
    operation->setParent(this);
    m_summary->setObjectName(QStringLiteral("bulkSummary"));
    m_summary->setWordWrap(true);
    m_pace->setObjectName(QStringLiteral("bulkPace"));
    m_pace->hide();
    m_bar->setObjectName(QStringLiteral("bulkProgressBar"));
    m_view->setObjectName(QStringLiteral("bulkItemView"));
    m_view->setModel(m_model);
    m_view->verticalHeader()->hide();
    // Fixed row heights: the view never measures a thousand rows to lay them out.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->setColumnWidth(BulkItemModel::NameColumn, 220);
    m_cancel->setObjectName(QStringLiteral("bulkCancelButton"));
    m_retry->setObjectName(QStringLiteral("bulkRetryButton"));
    m_copy->setObjectName(QStringLiteral("bulkCopyButton"));
    m_close->setObjectName(QStringLiteral("bulkCloseButton"));
    auto* copyMenu = new QMenu(m_copy);
    QAction* asText = copyMenu->addAction(tr("As text"), this, [this] { copy(false); });
    asText->setObjectName(QStringLiteral("bulkCopyText"));
    QAction* asCsv = copyMenu->addAction(tr("As CSV"), this, [this] { copy(true); });
    asCsv->setObjectName(QStringLiteral("bulkCopyCsv"));
    m_copy->setMenu(copyMenu);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_retry);
    buttons->addWidget(m_copy);
    buttons->addStretch();
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_bar);
    layout->addWidget(m_pace);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    resize(720, 480);

    connect(m_cancel, &QPushButton::clicked, operation, &BulkOperation::cancel);
    connect(m_close, &QPushButton::clicked, this, &QDialog::close);
    connect(m_retry, &QPushButton::clicked, this, [this] {
        if (m_operation->retryFailed()) {
            m_retry->setEnabled(false);
            m_cancel->setEnabled(true);
            m_close->setEnabled(false);
            updateSummary();
        }
    });
    connect(operation, &BulkOperation::progressChanged, this, &BulkProgressDialog::updateSummary);
    connect(operation, &BulkOperation::slowedDown, this, [this](int waitMs, int concurrency) {
        m_pace->setText(tr("The server asks to slow down: waiting %1 s, then %n at a time.", nullptr, concurrency)
                            .arg(qMax(1, (waitMs + 999) / 1000)));
        m_pace->show();
    });
    connect(operation, &BulkOperation::finished, this, &BulkProgressDialog::onFinished);
    m_retry->setEnabled(false);
    m_close->setEnabled(false);
    operation->start();
    updateSummary();
}

QString BulkProgressDialog::summaryText() const
{
    return m_summary->text();
}

void BulkProgressDialog::updateSummary()
{
    using State = BulkItem::State;
    const BulkOperation& op = *m_operation;
    const int total = int(op.items().size());
    const int settled = total - op.count(State::Waiting) - op.count(State::Running);
    m_bar->setMaximum(total);
    m_bar->setValue(settled);
    QString text = tr("%1 of %2 instances: %3 done, %4 skipped, %5 failed, %6 unknown")
                       .arg(settled)
                       .arg(total)
                       .arg(op.count(State::Done))
                       .arg(op.count(State::Skipped))
                       .arg(op.count(State::Failed))
                       .arg(op.count(State::Unknown));
    if (op.count(State::Cancelled) > 0)
        text += tr(", %1 not sent").arg(op.count(State::Cancelled));
    if (op.isRunning())
        text += op.isCancelled() ? tr(" — cancelling: waiting for %n in flight", nullptr, op.inFlight())
                                 : tr(" — running");
    else
        text += tr(" — finished");
    m_summary->setText(text);
}

void BulkProgressDialog::onFinished()
{
    updateSummary();
    m_pace->hide();
    m_cancel->setEnabled(false);
    m_close->setEnabled(true);
    m_retry->setEnabled(m_operation->count(BulkItem::State::Failed) > 0);
    emit runFinished();
}

void BulkProgressDialog::copy(bool csv)
{
    QGuiApplication::clipboard()->setText(csv ? m_operation->reportCsv() : m_operation->reportText());
}

void BulkProgressDialog::closeEvent(QCloseEvent* event)
{
    // Closing while running would hide calls still in flight: cancel first, then close at the end.
    if (m_operation->isRunning()) {
        m_operation->cancel();
        event->ignore();
        return;
    }
    QDialog::closeEvent(event);
}

void BulkProgressDialog::reject()
{
    if (m_operation->isRunning()) {
        m_operation->cancel(); // Esc cancels; the dialog stays until what is in flight has finished
        return;
    }
    QDialog::reject();
}

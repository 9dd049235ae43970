#include "app/bulk/bulkactions.h"

#include "app/bulk/bulkconfirmdialog.h"
#include "app/bulk/bulkprogressdialog.h"
#include "app/bulk/selectallmatching.h"
#include "app/bulk/selectiontracker.h"
#include "app/list/connectortableview.h"
#include "core/list/connectorlistcontroller.h"
#include "core/list/connectortablemodel.h"
#include "core/ops/bulkoperation.h"

#include <QAction>
#include <QLabel>
#include <QLocale>

BulkActions::BulkActions(ApiClient* client,
                         ConnectorTableView* table,
                         ConnectorListController* controller,
                         QWidget* window)
    : QObject(window)
    , m_client(client)
    , m_table(table)
    , m_controller(controller)
    , m_window(window)
    , m_selection(new SelectionTracker(table, this))
    , m_selectAll(new SelectAllMatching(client, window, this))
    , m_selectAllAction(new QAction(tr("Select &all matching"), this))
    , m_status(new QLabel(window))
{
    setObjectName(QStringLiteral("bulkActions"));
    m_selectAllAction->setObjectName(QStringLiteral("actionSelectAllMatching"));
    m_selectAllAction->setToolTip(tr("Select every instance of the current filter, on all its pages"));
    m_status->setObjectName(QStringLiteral("selectionStatus"));
    m_status->setTextFormat(Qt::RichText);

    addAction(BulkAction::EnableSync, QStringLiteral("actionBulkEnableSync"));
    addAction(BulkAction::DisableSync, QStringLiteral("actionBulkDisableSync"));
    addAction(BulkAction::EnableAgent, QStringLiteral("actionBulkEnableAgent"));
    addAction(BulkAction::DisableAgent, QStringLiteral("actionBulkDisableAgent"));
    addAction(BulkAction::Delete, QStringLiteral("actionBulkDelete"));

    connect(m_selectAllAction, &QAction::triggered, this, [this] { m_selectAll->start(m_controller->query()); });
    connect(m_status, &QLabel::linkActivated, m_selectAllAction, &QAction::trigger);
    connect(m_selectAll,
            &SelectAllMatching::selected,
            this,
            [this](const QList<ConnectorInstance>& all, const QString& why) {
                m_selection->setInstances(all);
                emit message(why.isEmpty()
                                 ? tr("Selected all %1 matching instances.").arg(QLocale().toString(all.size()))
                                 : why);
            });
    connect(m_selectAll, &SelectAllMatching::cancelled, this, [this] {
        emit message(tr("Select all matching was cancelled; the selection is as it was."));
    });
    connect(m_selectAll, &SelectAllMatching::failed, this, &BulkActions::message);
    connect(m_selection, &SelectionTracker::changed, this, &BulkActions::updateStatus);
    connect(controller, &ConnectorListController::pageLoaded, this, &BulkActions::updateStatus);
    updateStatus();
}

// The menu's words, with a mnemonic each (the same letters as the row's own actions where they can).
QString BulkActions::menuText(BulkAction action)
{
    switch (action) {
    case BulkAction::EnableSync:
        return tr("&Enable sync (selected)");
    case BulkAction::DisableSync:
        return tr("&Disable sync (selected)");
    case BulkAction::EnableAgent:
        return tr("Enable &agent (selected)");
    case BulkAction::DisableAgent:
        return tr("Disable a&gent (selected)");
    case BulkAction::Delete:
        return tr("De&lete (selected)…");
    }
    return BulkPlan::actionText(action);
}

QAction* BulkActions::addAction(BulkAction action, const QString& objectName)
{
    auto* a = new QAction(menuText(action), this);
    a->setObjectName(objectName);
    connect(a, &QAction::triggered, this, [this, action] { confirm(action); });
    m_actions.append(a);
    return a;
}

BulkConfirmDialog* BulkActions::confirmDialog() const
{
    return m_confirm;
}

BulkProgressDialog* BulkActions::progressDialog() const
{
    return m_progress;
}

bool BulkActions::hasSeveralSelected() const
{
    return m_selection->count() > 1;
}

void BulkActions::reset()
{
    if (m_progress)
        m_progress->operation()->cancel(); // the run also stops itself: its ids are the old server's
    m_selectAll->cancel();
    m_selection->clear();
    if (m_confirm)
        m_confirm->close();
}

void BulkActions::confirm(BulkAction action)
{
    if (m_selection->count() == 0)
        return;
    if (m_progress && m_progress->operation()->isRunning()) {
        emit message(tr("A bulk action is still running: wait for it to finish or cancel it first."));
        m_progress->raise();
        return;
    }
    if (m_confirm)
        m_confirm->close();
    auto* dialog = new BulkConfirmDialog(BulkPlan::make(action, m_selection->instances()), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &BulkConfirmDialog::confirmed, this, &BulkActions::run);
    m_confirm = dialog;
    dialog->show();
}

void BulkActions::run(const BulkPlan& plan, int concurrency)
{
    if (m_progress)
        m_progress->close();
    auto* operation = new BulkOperation(m_client, plan);
    operation->setConcurrency(concurrency);
    auto* dialog = new BulkProgressDialog(operation, m_window); // starts it
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &BulkProgressDialog::runFinished, this, &BulkActions::onRunFinished);
    m_progress = dialog;
    dialog->show();
}

void BulkActions::onRunFinished()
{
    // The selection follows what the server said: deleted instances leave it, the others are updated.
    const BulkOperation* op = m_progress->operation();
    QList<ConnectorInstance> updated;
    QStringList removed;
    for (const BulkItem& item : op->items()) {
        if (op->action() == BulkAction::Delete && item.state == BulkItem::State::Done)
            removed.append(item.instance.id);
        else
            updated.append(item.instance);
    }
    m_selection->refresh(updated, removed);
    emit reloadRequested();
}

void BulkActions::updateStatus()
{
    const int selected = m_selection->count();
    for (QAction* a : std::as_const(m_actions))
        a->setEnabled(selected > 1);
    const Pagination& page = m_controller->pagination();
    const qint64 onPage = m_table->connectorModel()->rowCount();
    const bool moreMatch = page.hasTotal() ? page.total > onPage : page.hasMore;
    m_selectAllAction->setEnabled(onPage > 0);
    QString text = m_selection->statusText().toHtmlEscaped();
    // Offered once the whole page is selected and the filter has more.
    if (selected > 0 && selected >= onPage && moreMatch && selected < (page.hasTotal() ? page.total : selected + 1)) {
        const QString link = page.hasTotal() ? tr("Select all %1 matching").arg(QLocale().toString(page.total))
                                             : tr("Select all matching");
        text += QStringLiteral(" &nbsp;<a href=\"all\">%1</a>").arg(link.toHtmlEscaped());
    }
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

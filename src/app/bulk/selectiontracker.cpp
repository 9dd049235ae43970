#include "app/bulk/selectiontracker.h"

#include "app/list/connectortableview.h"
#include "core/list/connectorsortproxymodel.h"
#include "core/list/connectortablemodel.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QSet>

SelectionTracker::SelectionTracker(ConnectorTableView* table, QObject* parent)
    : QObject(parent)
    , m_table(table)
{
    setObjectName(QStringLiteral("selectionTracker"));
    // Connected after the view's own: its reset handling (re-selecting the current row) runs first,
    // and the selection kept here is laid over it.
    connect(
        table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SelectionTracker::onSelectionChanged);
    ConnectorTableModel* model = table->connectorModel();
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, &SelectionTracker::onAboutToReset);
    connect(model, &QAbstractItemModel::modelReset, this, &SelectionTracker::onReset);
    connect(model, &QAbstractItemModel::dataChanged, this, &SelectionTracker::onDataChanged);
    table->viewport()->installEventFilter(this);
    table->installEventFilter(this);
}

int SelectionTracker::countOnOtherPages() const
{
    const ConnectorTableModel* model = m_table->connectorModel();
    int onPage = 0;
    for (int row = 0; row < model->rowCount(); ++row)
        onPage += m_instances.contains(model->instanceAt(row)->id) ? 1 : 0;
    return count() - onPage;
}

QList<ConnectorInstance> SelectionTracker::instances() const
{
    QList<ConnectorInstance> out;
    out.reserve(m_ids.size());
    for (const QString& id : m_ids)
        out.append(m_instances.value(id));
    return out;
}

void SelectionTracker::setInstances(const QList<ConnectorInstance>& instances)
{
    m_ids.clear();
    m_instances.clear();
    for (const ConnectorInstance& instance : instances)
        add(instance);
    showOnPage();
    emit changed();
}

void SelectionTracker::refresh(const QList<ConnectorInstance>& updated, const QStringList& removed)
{
    for (const ConnectorInstance& instance : updated) {
        if (m_instances.contains(instance.id))
            m_instances.insert(instance.id, instance);
    }
    if (!removed.isEmpty()) {
        const QSet<QString> gone(removed.cbegin(), removed.cend());
        m_ids.removeIf([&gone](const QString& id) { return gone.contains(id); });
        for (const QString& id : removed)
            m_instances.remove(id);
        showOnPage();
    }
    emit changed();
}

void SelectionTracker::clear()
{
    m_ids.clear();
    m_instances.clear();
    emit changed();
}

QString SelectionTracker::statusText() const
{
    if (m_ids.isEmpty())
        return {};
    const int elsewhere = countOnOtherPages();
    if (elsewhere == 0)
        return tr("%n selected", nullptr, count());
    return tr("%n selected (%1 on other pages)", nullptr, count()).arg(elsewhere);
}

bool SelectionTracker::eventFilter(QObject* watched, QEvent* event)
{
    // Which input started the next selection change: without Ctrl or Shift, a new selection.
    const auto startOverOnce = [this] {
        m_startOver = true;
        QMetaObject::invokeMethod(
            this, [this] { m_startOver = false; }, Qt::QueuedConnection);
    };
    if (event->type() == QEvent::MouseButtonPress && watched == m_table->viewport()) {
        const auto* mouse = static_cast<QMouseEvent*>(event);
        if (mouse->button() == Qt::LeftButton && !(mouse->modifiers() & (Qt::ControlModifier | Qt::ShiftModifier)))
            m_startOver = true; // until the release: a press on a selected row selects on release
    } else if (event->type() == QEvent::MouseButtonRelease && watched == m_table->viewport() && m_startOver) {
        startOverOnce();
    } else if (event->type() == QEvent::KeyPress && watched == m_table) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const bool plain = !(key->modifiers() & (Qt::ControlModifier | Qt::ShiftModifier));
        static const QSet<int> moves{
            Qt::Key_Up, Qt::Key_Down, Qt::Key_PageUp, Qt::Key_PageDown, Qt::Key_Home, Qt::Key_End};
        if ((plain && moves.contains(key->key())) || key->matches(QKeySequence::SelectAll))
            startOverOnce(); // Ctrl+A: the rows of this page, and only them
    }
    return QObject::eventFilter(watched, event);
}

QList<ConnectorInstance> SelectionTracker::instancesOf(const QItemSelection& selection) const
{
    QList<ConnectorInstance> out;
    const QAbstractProxyModel* proxy = m_table->proxyModel();
    for (const QItemSelectionRange& range : selection) {
        for (int row = range.top(); row <= range.bottom(); ++row) {
            const QModelIndex source = proxy->mapToSource(proxy->index(row, 0));
            if (const ConnectorInstance* instance = m_table->connectorModel()->instanceAt(source.row()))
                out.append(*instance);
        }
    }
    return out;
}

void SelectionTracker::onSelectionChanged(const QItemSelection& selected, const QItemSelection& deselected)
{
    if (m_applying)
        return;
    if (m_startOver) {
        m_startOver = false;
        QSet<QString> keep;
        for (const QModelIndex& index : m_table->selectionModel()->selectedRows()) {
            const QModelIndex source = m_table->proxyModel()->mapToSource(index);
            if (const ConnectorInstance* instance = m_table->connectorModel()->instanceAt(source.row()))
                keep.insert(instance->id);
        }
        m_ids.removeIf([&keep](const QString& id) { return !keep.contains(id); });
        for (auto it = m_instances.begin(); it != m_instances.end();)
            it = keep.contains(it.key()) ? std::next(it) : m_instances.erase(it);
    }
    for (const ConnectorInstance& instance : instancesOf(deselected))
        remove(instance.id);
    for (const ConnectorInstance& instance : instancesOf(selected))
        add(instance);
    emit changed();
}

void SelectionTracker::onAboutToReset()
{
    m_applying = true;
}

void SelectionTracker::onReset()
{
    m_applying = false;
    const ConnectorTableModel* model = m_table->connectorModel();
    for (int row = 0; row < model->rowCount(); ++row) {
        const ConnectorInstance* instance = model->instanceAt(row);
        if (m_instances.contains(instance->id))
            m_instances.insert(instance->id, *instance); // as the server has it now
    }
    if (m_ids.isEmpty()) {
        // Nothing kept: what the view selected (the current row, found again) is the selection.
        for (const ConnectorInstance& instance : instancesOf(m_table->selectionModel()->selection()))
            add(instance);
    } else {
        showOnPage();
    }
    emit changed();
}

void SelectionTracker::onDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight)
{
    // A row updated in place (a read-back, a follower): the kept instance follows it.
    const ConnectorTableModel* model = m_table->connectorModel();
    for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
        const ConnectorInstance* instance = model->instanceAt(row);
        if (instance && m_instances.contains(instance->id))
            m_instances.insert(instance->id, *instance);
    }
}

void SelectionTracker::showOnPage()
{
    QItemSelection selection;
    const ConnectorTableModel* model = m_table->connectorModel();
    const QAbstractProxyModel* proxy = m_table->proxyModel();
    const int lastColumn = model->columnCount() - 1;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (!m_instances.contains(model->instanceAt(row)->id))
            continue;
        const QModelIndex left = proxy->mapFromSource(model->index(row, 0));
        const QModelIndex right = proxy->mapFromSource(model->index(row, lastColumn));
        selection.select(left, right);
    }
    m_applying = true;
    m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_applying = false;
}

void SelectionTracker::add(const ConnectorInstance& instance)
{
    if (!instance.isValid() || m_instances.contains(instance.id))
        return;
    m_ids.append(instance.id);
    m_instances.insert(instance.id, instance);
}

void SelectionTracker::remove(const QString& id)
{
    if (m_instances.remove(id) > 0)
        m_ids.removeOne(id);
}

#include "app/list/connectortableview.h"

#include "app/list/connectorstatedelegate.h"
#include "core/list/connectorsortproxymodel.h"
#include "core/list/connectortablemodel.h"

#include <QContextMenuEvent>
#include <QDateTime>
#include <QHeaderView>
#include <QMenu>
#include <QPainter>

#include <algorithm>

namespace {
constexpr int rowPadding = 10; // added to the font's height
constexpr int emptyTextMargin = 24;
} // namespace

ConnectorTableView::ConnectorTableView(QWidget* parent)
    : QTableView(parent)
    , m_model(new ConnectorTableModel(this))
    , m_proxy(new ConnectorSortProxyModel(this))
    , m_stateDelegate(new ConnectorStateDelegate(this))
{
    setObjectName(QStringLiteral("connectorTable"));
    m_proxy->setSourceModel(m_model);
    setModel(m_proxy);
    setItemDelegateForColumn(ConnectorTableModel::StateColumn, m_stateDelegate);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection); // bulk actions: see SelectionTracker
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAlternatingRowColors(true);
    setSortingEnabled(true);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    setContextMenuPolicy(Qt::DefaultContextMenu);
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + rowPadding);
    horizontalHeader()->setSectionsMovable(true);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setStretchLastSection(true);
    // The server's order (newest first) until the user sorts; a third click on a header returns to it.
    horizontalHeader()->setSortIndicatorClearable(true);
    sortByColumn(-1, Qt::AscendingOrder);
    applyDefaultColumnWidths();
    // A user id says little at a glance; the details pane has it, and the header menu brings it back.
    horizontalHeader()->hideSection(ConnectorTableModel::CreatedByColumn);
    horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(horizontalHeader(), &QHeaderView::customContextMenuRequested, this, &ConnectorTableView::showHeaderMenu);

    connect(selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ConnectorTableView::onCurrentChanged);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, &ConnectorTableView::onAboutToReset);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ConnectorTableView::onReset);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ConnectorTableView::onDataChanged);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ConnectorTableView::emitIfChanged);
}

ConnectorTableView::~ConnectorTableView() = default;

void ConnectorTableView::applyDefaultColumnWidths()
{
    // Widths that fit typical values at the default font, and at least the header's text (which a
    // translation may make longer than the values); the user's own widths replace them.
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    const int dateWidth = fontMetrics().horizontalAdvance(
                              ConnectorTableModel::formatTime(QDateTime(QDate(2024, 12, 30), QTime(23, 58))))
        + em;
    const struct
    {
        int column;
        int ems;
    } widths[] = {
        {ConnectorTableModel::NameColumn, 12},
        {ConnectorTableModel::TypeColumn, 10},
        {ConnectorTableModel::ScopeColumn, 6},
        {ConnectorTableModel::AuthTypeColumn, 7},
        {ConnectorTableModel::StateColumn, 20},
        {ConnectorTableModel::CreatedByColumn, 6},
    };
    QHeaderView* header = horizontalHeader();
    m_defaultWidths.minimums.clear();
    for (const auto& w : widths)
        m_defaultWidths.minimums.append({w.column, std::max(w.ems * em, header->sectionSizeHint(w.column))});
    for (const int column : {ConnectorTableModel::CreatedColumn, ConnectorTableModel::UpdatedColumn})
        m_defaultWidths.minimums.append({column, std::max(dateWidth, header->sectionSizeHint(column))});
    // What is left over goes to the name first, then to what has the longest values.
    m_defaultWidths.growing
        = {ConnectorTableModel::NameColumn, ConnectorTableModel::StateColumn, ConnectorTableModel::TypeColumn};
    m_defaultWidths.apply(header, viewport()->width());
}

void ConnectorTableView::resizeEvent(QResizeEvent* event)
{
    QTableView::resizeEvent(event);
    // The defaults follow the window's size until someone sets a width: then it is theirs.
    m_userWidths = m_userWidths || !m_defaultWidths.isUntouched(horizontalHeader());
    if (!m_userWidths)
        m_defaultWidths.apply(horizontalHeader(), viewport()->width());
}

QString ConnectorTableView::currentConnectorId() const
{
    const QModelIndex current = currentIndex();
    return current.isValid() ? current.data(ConnectorTableModel::IdRole).toString() : QString();
}

const ConnectorInstance* ConnectorTableView::currentInstance() const
{
    const QModelIndex current = currentIndex();
    if (!current.isValid())
        return nullptr;
    return m_model->instanceAt(m_proxy->mapToSource(current).row());
}

bool ConnectorTableView::selectConnector(const QString& id)
{
    const int row = id.isEmpty() ? -1 : m_model->rowOf(id);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, ConnectorTableModel::NameColumn));
    selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    scrollTo(index);
    return true;
}

QByteArray ConnectorTableView::saveState() const
{
    return horizontalHeader()->saveState();
}

bool ConnectorTableView::restoreState(const QByteArray& state)
{
    if (state.isEmpty() || !horizontalHeader()->restoreState(state))
        return false;
    m_userWidths = true;
    // The header restores its indicator but the proxy must be told to sort by it.
    sortByColumn(horizontalHeader()->sortIndicatorSection(), horizontalHeader()->sortIndicatorOrder());
    return true;
}

void ConnectorTableView::setEmptyText(const QString& text)
{
    if (text == m_emptyText)
        return;
    m_emptyText = text;
    viewport()->update();
}

void ConnectorTableView::paintEvent(QPaintEvent* event)
{
    QTableView::paintEvent(event);
    if (m_emptyText.isEmpty() || m_proxy->rowCount() > 0)
        return;
    QPainter painter(viewport());
    QColor color = palette().color(QPalette::Text);
    color.setAlphaF(0.6f);
    painter.setPen(color);
    const QRect area
        = viewport()->rect().adjusted(emptyTextMargin, emptyTextMargin, -emptyTextMargin, -emptyTextMargin);
    painter.drawText(area, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, m_emptyText);
}

void ConnectorTableView::contextMenuEvent(QContextMenuEvent* event)
{
    // The row under the mouse becomes current first, so the menu acts on what was clicked.
    // A row of a selection of several stays with it, so that the menu offers the bulk actions.
    const QModelIndex index = indexAt(viewport()->mapFromGlobal(event->globalPos()));
    if (index.isValid()) {
        const bool inSelection = selectionModel()->isRowSelected(index.row(), index.parent());
        selectionModel()->setCurrentIndex(index,
                                          inSelection
                                              ? QItemSelectionModel::NoUpdate
                                              : QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    emit contextMenuRequested(event->globalPos());
}

QMenu* ConnectorTableView::createHeaderMenu()
{
    auto* menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("headerMenu"));
    QHeaderView* header = horizontalHeader();
    for (int column = 0; column < m_model->columnCount(); ++column) {
        QAction* action = menu->addAction(m_model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        // The name identifies the row: it cannot be hidden.
        action->setEnabled(column != ConnectorTableModel::NameColumn);
        connect(action, &QAction::toggled, header, [header, column](bool shown) {
            header->setSectionHidden(column, !shown);
        });
    }
    return menu;
}

void ConnectorTableView::showHeaderMenu(const QPoint& pos)
{
    QMenu* menu = createHeaderMenu();
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(horizontalHeader()->viewport()->mapToGlobal(pos));
}

void ConnectorTableView::onCurrentChanged(const QModelIndex& current)
{
    Q_UNUSED(current)
    if (!m_resetting)
        emitIfChanged();
}

void ConnectorTableView::onAboutToReset()
{
    m_resetting = true;
    m_idBeforeReset = currentConnectorId();
}

void ConnectorTableView::onReset()
{
    // Runs after the proxy has reset too (it is connected to the source first).
    m_resetting = false;
    const QString before = m_idBeforeReset;
    m_idBeforeReset.clear();
    if (!selectConnector(before))
        emitIfChanged();
    else if (before == m_currentId)
        emit currentConnectorUpdated(before); // same instance, fresh data from the reload
}

void ConnectorTableView::onDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight)
{
    const int row = m_model->rowOf(m_currentId);
    if (row >= topLeft.row() && row <= bottomRight.row())
        emit currentConnectorUpdated(m_currentId);
}

void ConnectorTableView::emitIfChanged()
{
    const QString id = currentConnectorId();
    if (id == m_currentId)
        return;
    m_currentId = id;
    emit currentConnectorChanged(id);
}

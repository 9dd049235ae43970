#include "app/list/pagerwidget.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace {
constexpr int sizeToButtonsSpacing = 12;
} // namespace

PagerWidget::PagerWidget(QWidget* parent)
    : QWidget(parent)
    , m_first(addButton(QStringLiteral("firstPageButton"), QStringLiteral("\u00ab"), tr("First page")))
    , m_previous(addButton(QStringLiteral("previousPageButton"), QStringLiteral("\u2039"), tr("Previous page")))
    , m_next(addButton(QStringLiteral("nextPageButton"), QStringLiteral("\u203a"), tr("Next page")))
    , m_last(addButton(QStringLiteral("lastPageButton"), QStringLiteral("\u00bb"), tr("Last page")))
    , m_pageLabel(new QLabel(this))
    , m_rangeLabel(new QLabel(this))
    , m_limitCombo(new QComboBox(this))
{
    setObjectName(QStringLiteral("pager"));
    m_pageLabel->setObjectName(QStringLiteral("pageLabel"));
    m_rangeLabel->setObjectName(QStringLiteral("rangeLabel"));
    m_rangeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_limitCombo->setObjectName(QStringLiteral("pageSizeCombo"));
    m_limitCombo->setToolTip(tr("Rows per page"));
    for (int size : pageSizes())
        m_limitCombo->addItem(QString::number(size), size);

    auto* sizeLabel = new QLabel(tr("Rows per &page:"), this);
    sizeLabel->setBuddy(m_limitCombo);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_rangeLabel);
    layout->addStretch(1);
    layout->addWidget(sizeLabel);
    layout->addWidget(m_limitCombo);
    layout->addSpacing(sizeToButtonsSpacing);
    layout->addWidget(m_first);
    layout->addWidget(m_previous);
    layout->addWidget(m_pageLabel);
    layout->addWidget(m_next);
    layout->addWidget(m_last);

    // Tab goes left to right, as the row reads: the page size, then the buttons.
    setTabOrder(m_limitCombo, m_first);
    setTabOrder(m_first, m_previous);
    setTabOrder(m_previous, m_next);
    setTabOrder(m_next, m_last);
    using Key = QKeySequence;
    addPageAction(m_first, QStringLiteral("actionFirstPage"), tr("F&irst page"), {Key(Qt::ALT | Qt::Key_Home)});
    addPageAction(m_previous,
                  QStringLiteral("actionPreviousPage"),
                  tr("P&revious page"),
                  {Key(Qt::CTRL | Qt::Key_PageUp), Key(Qt::ALT | Qt::Key_Left)});
    addPageAction(m_next,
                  QStringLiteral("actionNextPage"),
                  tr("&Next page"),
                  {Key(Qt::CTRL | Qt::Key_PageDown), Key(Qt::ALT | Qt::Key_Right)});
    addPageAction(m_last, QStringLiteral("actionLastPage"), tr("L&ast page"), {Key(Qt::ALT | Qt::Key_End)});

    connect(m_first, &QToolButton::clicked, this, &PagerWidget::firstRequested);
    connect(m_previous, &QToolButton::clicked, this, &PagerWidget::previousRequested);
    connect(m_next, &QToolButton::clicked, this, &PagerWidget::nextRequested);
    connect(m_last, &QToolButton::clicked, this, &PagerWidget::lastRequested);
    connect(
        m_limitCombo, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] { emit limitChanged(limit()); });
    setPagination(Pagination{}, QString());
}

QList<int> PagerWidget::pageSizes()
{
    return {20, 50, 100, 200};
}

QToolButton* PagerWidget::addButton(const QString& objectName, const QString& text, const QString& toolTip)
{
    auto* button = new QToolButton(this);
    button->setObjectName(objectName);
    button->setText(text);
    button->setToolTip(toolTip);
    button->setAccessibleName(toolTip);
    button->setAutoRaise(true);
    return button;
}

QAction* PagerWidget::addPageAction(QToolButton* button,
                                    const QString& objectName,
                                    const QString& text,
                                    const QList<QKeySequence>& shortcuts)
{
    auto* action = new QAction(text, this);
    action->setObjectName(objectName);
    action->setShortcuts(shortcuts);
    action->setEnabled(false);
    button->setToolTip(tr("%1 (%2)").arg(button->toolTip(), shortcuts.constFirst().toString(QKeySequence::NativeText)));
    // The button decides: a shortcut pressed where the button is disabled does nothing.
    connect(action, &QAction::triggered, button, &QToolButton::click);
    m_pageActions.append(action);
    return action;
}

QList<QAction*> PagerWidget::pageActions() const
{
    return m_pageActions;
}

void PagerWidget::setPagination(const Pagination& p, const QString& rangeText)
{
    m_first->setEnabled(p.page > 1);
    m_previous->setEnabled(p.page > 1);
    m_next->setEnabled(p.hasMore);
    m_last->setEnabled(p.hasTotal() && p.page < p.pageCount());
    const QToolButton* buttons[] = {m_first, m_previous, m_next, m_last};
    for (int i = 0; i < m_pageActions.size(); ++i)
        m_pageActions.at(i)->setEnabled(buttons[i]->isEnabled());
    if (p.hasTotal())
        m_pageLabel->setText(tr("Page %1 of %2").arg(p.page).arg(p.pageCount()));
    else
        m_pageLabel->setText(tr("Page %1").arg(p.page));
    setRangeText(rangeText);
}

void PagerWidget::setLimit(int limit)
{
    int index = m_limitCombo->findData(limit);
    if (index < 0) {
        // A size from elsewhere (settings, a test): offer it rather than showing a lie.
        m_limitCombo->addItem(QString::number(limit), limit);
        index = m_limitCombo->count() - 1;
    }
    const QSignalBlocker blocker(m_limitCombo);
    m_limitCombo->setCurrentIndex(index);
}

int PagerWidget::limit() const
{
    return m_limitCombo->currentData().toInt();
}

void PagerWidget::setRangeText(const QString& text)
{
    m_rangeLabel->setText(text);
}

QString PagerWidget::rangeText() const
{
    return m_rangeLabel->text();
}

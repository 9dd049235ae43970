#include "pagerwidget.h"

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

void PagerWidget::setPagination(const Pagination& p, const QString& rangeText)
{
    m_first->setEnabled(p.page > 1);
    m_previous->setEnabled(p.page > 1);
    m_next->setEnabled(p.hasMore);
    m_last->setEnabled(p.hasTotal() && p.page < p.pageCount());
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

#include "app/details/indexingstatsview.h"

#include "app/details/indexingstatuscolors.h"

#include "core/net/apiclient.h"
#include "core/net/apireply.h"
#include "core/wire/apianswer.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

#include <utility>

namespace {

QPixmap swatch(const QString& status, int size, qreal ratio)
{
    QPixmap pixmap(QSize(size, size) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF rect(0.5, 0.5, size - 1, size - 1);
    painter.setPen(indexingstatus::colour(status).darker(130));
    painter.setBrush(indexingstatus::colour(status));
    painter.drawRoundedRect(rect, 2, 2);
    if (indexingstatus::isUnknown(status))
        painter.fillRect(rect, QBrush(QColor(255, 255, 255, 140), Qt::BDiagPattern));
    return pixmap;
}

QString number(qint64 n)
{
    return QLocale().toString(n);
}

} // namespace

IndexingStatsBar::IndexingStatsBar(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("indexingStatsBar"));
    setAccessibleName(tr("Records by indexing status"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void IndexingStatsBar::setBarHeight(int pixels)
{
    m_height = pixels;
    updateGeometry();
}

QSize IndexingStatsBar::sizeHint() const
{
    return {200, m_height};
}

QSize IndexingStatsBar::minimumSizeHint() const
{
    return {40, m_height};
}

QString IndexingStatsBar::describe(const IndexingCounts& counts)
{
    QStringList parts;
    for (const IndexingCounts::StatusCount& s : counts.byStatus) {
        if (s.count > 0 || indexingstatus::isUnknown(s.status))
            parts.append(tr("%1: %2").arg(indexingstatus::label(s.status), number(s.count)));
    }
    if (parts.isEmpty())
        return tr("No records indexed.");
    return tr("%1 records. %2.").arg(number(counts.total), parts.join(QStringLiteral(", ")));
}

void IndexingStatsBar::setCounts(const IndexingCounts& counts)
{
    m_counts = counts;
    const QString text = describe(counts);
    setToolTip(text);
    setAccessibleDescription(text);
    update();
}

void IndexingStatsBar::paintEvent(QPaintEvent* event)
{
    Q_UNUSED(event)
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF area = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    const qreal radius = std::min<qreal>(4, area.height() / 2);
    QPainterPath outline;
    outline.addRoundedRect(area, radius, radius);
    painter.fillPath(outline, palette().color(QPalette::AlternateBase));
    qint64 sum = 0;
    for (const IndexingCounts::StatusCount& s : m_counts.byStatus)
        sum += s.count;
    if (sum > 0) {
        painter.save();
        painter.setClipPath(outline);
        qreal x = area.left();
        for (const IndexingCounts::StatusCount& s : m_counts.byStatus) {
            if (s.count <= 0)
                continue;
            // Every status with records stays visible, however small its share.
            const qreal width = std::max<qreal>(2.0, area.width() * qreal(s.count) / qreal(sum));
            const QRectF segment(x, area.top(), std::min(width, area.right() - x), area.height());
            painter.fillRect(segment, indexingstatus::colour(s.status));
            if (indexingstatus::isUnknown(s.status))
                painter.fillRect(segment, QBrush(QColor(255, 255, 255, 140), Qt::BDiagPattern));
            x += width;
            if (x >= area.right())
                break;
        }
        painter.restore();
    }
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawPath(outline);
}

IndexingStatsView::IndexingStatsView(QWidget* parent)
    : QWidget(parent)
    , m_total(new QLabel(this))
    , m_status(new QLabel(this))
    , m_refreshButton(new QToolButton(this))
    , m_bar(new IndexingStatsBar(this))
    , m_legend(new QWidget(this))
    , m_legendLayout(new QGridLayout(m_legend))
    , m_recordTypes(new QWidget(this))
    , m_recordTypesLayout(new QGridLayout(m_recordTypes))
{
    setObjectName(QStringLiteral("indexingStatsView"));
    m_total->setObjectName(QStringLiteral("statsTotalLabel"));
    m_status->setObjectName(QStringLiteral("statsStatusLabel"));
    m_refreshButton->setObjectName(QStringLiteral("statsRefreshButton"));
    m_legend->setObjectName(QStringLiteral("indexingStatsLegend"));
    m_recordTypes->setObjectName(QStringLiteral("recordTypeStats"));

    auto* title = new QLabel(tr("Indexed records"), this);
    title->setObjectName(QStringLiteral("statsTitleLabel"));
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    m_total->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->hide();
    m_refreshButton->setIcon(
        QIcon::fromTheme(QStringLiteral("view-refresh"), QIcon(QStringLiteral(":/icons/reload.svg"))));
    m_refreshButton->setText(tr("Refresh statistics"));
    m_refreshButton->setToolTip(tr("Ask the server again what this instance has indexed"));
    m_refreshButton->setAutoRaise(true);
    connect(m_refreshButton, &QToolButton::clicked, this, &IndexingStatsView::refresh);

    auto* header = new QHBoxLayout;
    header->addWidget(title);
    header->addStretch(1);
    header->addWidget(m_total);
    header->addWidget(m_refreshButton);

    m_legendLayout->setContentsMargins(0, 0, 0, 0);
    m_legendLayout->setHorizontalSpacing(10);
    m_legendLayout->setVerticalSpacing(2);
    m_recordTypesLayout->setContentsMargins(0, 4, 0, 0);
    m_recordTypesLayout->setHorizontalSpacing(8);
    m_recordTypesLayout->setVerticalSpacing(3);
    m_recordTypesLayout->setColumnStretch(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 4);
    layout->setSpacing(4);
    layout->addLayout(header);
    layout->addWidget(m_status);
    layout->addWidget(m_bar);
    layout->addWidget(m_legend);
    layout->addWidget(m_recordTypes);

    m_syncTimer.setInterval(5000);
    connect(&m_syncTimer, &QTimer::timeout, this, [this] {
        if (!isFetching())
            refresh();
    });
    clear();
}

IndexingStatsView::~IndexingStatsView()
{
    if (m_reply)
        m_reply->abort();
}

void IndexingStatsView::setClient(ApiClient* client)
{
    m_client = client;
}

void IndexingStatsView::setSyncRefreshInterval(int milliseconds)
{
    m_syncTimer.setInterval(milliseconds);
}

bool IndexingStatsView::isFetching() const
{
    return m_reply != nullptr;
}

QString IndexingStatsView::statusText() const
{
    return m_status->isHidden() ? QString() : m_status->text();
}

void IndexingStatsView::showInstance(const ConnectorInstance& instance)
{
    const bool same = instance.id == m_instance.id && (m_hasStats || isFetching() || m_pending);
    const bool wasSyncing = m_instance.isSyncing();
    m_instance = instance;
    // While it syncs the counts move: look again now and then; once it stops, one last time.
    if (instance.isSyncing()) {
        if (!m_syncTimer.isActive())
            m_syncTimer.start();
    } else {
        m_syncTimer.stop();
    }
    if (!same || wasSyncing != instance.isSyncing())
        refresh();
}

void IndexingStatsView::clear()
{
    if (m_reply) {
        ApiReply* reply = m_reply.data();
        m_reply = nullptr;
        reply->abort();
    }
    m_syncTimer.stop();
    m_instance = {};
    m_pending = false;
    m_stats = {};
    m_hasStats = false;
    m_total->clear();
    m_status->hide();
    m_bar->setCounts({});
    m_refreshButton->setEnabled(false);
    fill();
}

void IndexingStatsView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (std::exchange(m_pending, false))
        refresh();
}

void IndexingStatsView::refresh()
{
    if (!m_client || !m_instance.isValid())
        return;
    if (!isVisible()) {
        m_pending = true;
        return;
    }
    if (m_reply) {
        ApiReply* old = m_reply.data();
        m_reply = nullptr;
        old->abort();
    }
    ApiReply* reply = m_client->stats(m_instance.id);
    m_reply = reply;
    m_refreshButton->setEnabled(false);
    if (!m_hasStats) {
        m_status->setText(tr("Loading statistics…"));
        m_status->show();
    }
    connect(reply, &ApiReply::finished, this, [this, reply] { onFetched(reply); });
}

void IndexingStatsView::onFetched(ApiReply* reply)
{
    if (reply != m_reply)
        return; // superseded or cleared
    m_reply = nullptr;
    m_refreshButton->setEnabled(m_instance.isValid());
    ApiError error;
    std::optional<IndexingStats> stats;
    if (reply->hasError())
        error = reply->error();
    else
        stats = reply->answer().stats(&error);
    if (!stats) {
        // The last counts stay, marked as such: nothing on screen is silently replaced.
        m_status->setText(m_hasStats ? tr("Could not refresh the statistics: %1").arg(error.toString())
                                     : tr("No statistics: %1").arg(error.toString()));
        m_status->show();
        emit refreshed();
        return;
    }
    m_stats = *stats;
    m_hasStats = true;
    m_status->hide();
    fill();
    emit refreshed();
}

void IndexingStatsView::clearRecordTypes()
{
    while (QLayoutItem* item = m_recordTypesLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    while (QLayoutItem* item = m_legendLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

void IndexingStatsView::fill()
{
    clearRecordTypes();
    m_bar->setVisible(m_hasStats);
    m_legend->setVisible(m_hasStats);
    m_recordTypes->setVisible(m_hasStats);
    if (!m_hasStats)
        return;
    m_total->setText(m_stats.overall.total == 1 ? tr("1 record") : tr("%1 records").arg(number(m_stats.overall.total)));
    m_bar->setCounts(m_stats.overall);

    // The legend: every status the server listed, zeros too (dimmed), unknown ones under their name.
    const int size = fontMetrics().height() * 2 / 3;
    const int columns = 2;
    int i = 0;
    for (const IndexingCounts::StatusCount& s : m_stats.overall.byStatus) {
        auto* entry = new QWidget(m_legend);
        entry->setObjectName(QStringLiteral("legend_%1").arg(s.status));
        auto* row = new QHBoxLayout(entry);
        row->setContentsMargins(0, 0, 0, 0);
        row->setSpacing(4);
        auto* mark = new QLabel(entry);
        mark->setPixmap(swatch(s.status, size, devicePixelRatioF()));
        auto* text = new QLabel(tr("%1 %2").arg(indexingstatus::label(s.status), number(s.count)), entry);
        text->setObjectName(QStringLiteral("legendText"));
        text->setTextFormat(Qt::PlainText);
        text->setWordWrap(true); // long (translated) names wrap instead of widening the pane
        if (s.count == 0)
            text->setForegroundRole(QPalette::PlaceholderText);
        row->addWidget(mark);
        row->addWidget(text, 1);
        m_legendLayout->addWidget(entry, i / columns, i % columns);
        ++i;
    }

    // Per record type: a smaller bar each, for the types that have records.
    int r = 0;
    for (const IndexingStats::RecordTypeCounts& type : m_stats.byRecordType) {
        if (type.counts.total <= 0)
            continue;
        auto* name = new QLabel(type.recordType, m_recordTypes);
        name->setTextFormat(Qt::PlainText);
        auto* bar = new IndexingStatsBar(m_recordTypes);
        bar->setObjectName(QStringLiteral("recordTypeBar_%1").arg(type.recordType));
        bar->setAccessibleName(tr("%1 records by indexing status").arg(type.recordType));
        bar->setBarHeight(8);
        bar->setCounts(type.counts);
        auto* total = new QLabel(number(type.counts.total), m_recordTypes);
        total->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_recordTypesLayout->addWidget(name, r, 0);
        m_recordTypesLayout->addWidget(bar, r, 1, Qt::AlignVCenter);
        m_recordTypesLayout->addWidget(total, r, 2);
        ++r;
    }
    if (r == 0 && m_stats.overall.total == 0) {
        auto* none = new QLabel(tr("Nothing indexed yet."), m_recordTypes);
        none->setObjectName(QStringLiteral("statsEmptyLabel"));
        m_recordTypesLayout->addWidget(none, 0, 0, 1, 3);
    }
}

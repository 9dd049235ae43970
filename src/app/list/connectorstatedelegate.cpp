#include "app/list/connectorstatedelegate.h"

#include "core/list/connectortablemodel.h"
#include "core/model/connectorinstance.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace {

// Mid-tone hues: dark enough for a border on white, light enough on a dark base.
const QColor activeHue(0x2e, 0xa0, 0x43);
const QColor inactiveHue(0x8a, 0x8f, 0x98);
const QColor configuredHue(0x38, 0x7a, 0xdf);
const QColor authenticatedHue(0x1a, 0x9c, 0xa8);
const QColor agentHue(0x8e, 0x5c, 0xd9);
const QColor jobHue(0xe0, 0x8a, 0x1e);
const QColor deletingHue(0xd6, 0x45, 0x45);
const QColor lockedHue(0xb0, 0x8d, 0x1a);

constexpr int badgeSpacing = 4;
constexpr int badgePaddingX = 6;
constexpr int badgePaddingY = 1;
constexpr int cellMargin = 4;
constexpr int minimumCellWidth = 40;
constexpr int badgeMarginY = 4; // above and below a badge, together

QColor blend(const QColor& base, const QColor& hue, qreal amount)
{
    return QColor::fromRgbF(float(base.redF() * (1 - amount) + hue.redF() * amount),
                            float(base.greenF() * (1 - amount) + hue.greenF() * amount),
                            float(base.blueF() * (1 - amount) + hue.blueF() * amount));
}

QFont badgeFont(const QFont& font)
{
    QFont f = font;
    if (f.pointSizeF() > 0)
        f.setPointSizeF(f.pointSizeF() * 0.85);
    return f;
}

} // namespace

ConnectorStateDelegate::ConnectorStateDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{ }

QList<ConnectorStateDelegate::Badge> ConnectorStateDelegate::badgesFor(const ConnectorInstance& c)
{
    QList<Badge> out;
    out.append({c.isActive ? tr("Active") : tr("Inactive"), c.isActive ? activeHue : inactiveHue});
    if (c.isConfigured)
        out.append({tr("Configured"), configuredHue});
    if (c.isAuthenticated)
        out.append({tr("Authenticated"), authenticatedHue});
    if (c.agentEnabled)
        out.append({tr("Agent"), agentHue});
    if (!c.status.isEmpty())
        out.append({ConnectorTableModel::statusLabel(c.status), c.isDeleting() ? deletingHue : jobHue, true});
    if (c.isLocked && !c.isDeleting())
        out.append({tr("Locked"), lockedHue, true});
    return out;
}

QColor ConnectorStateDelegate::badgeFill(const QColor& base, const QColor& hue)
{
    return blend(base, hue, 0.28);
}

QList<ConnectorStateDelegate::Badge> ConnectorStateDelegate::badgesAt(const QModelIndex& index)
{
    const QVariant v = index.data(ConnectorTableModel::InstanceRole);
    if (!v.canConvert<ConnectorInstance>())
        return {};
    return badgesFor(v.value<ConnectorInstance>());
}

void ConnectorStateDelegate::paint(QPainter* painter,
                                   const QStyleOptionViewItem& option,
                                   const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear(); // the badges replace the text; the background and focus stay the style's
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QList<Badge> badges = badgesAt(index);
    if (badges.isEmpty())
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QFont font = badgeFont(option.font);
    painter->setFont(font);
    const QFontMetrics fm(font);
    const QPalette::ColorGroup group = (option.state & QStyle::State_Enabled) ? QPalette::Active : QPalette::Disabled;
    const QColor base = option.palette.color(group, QPalette::Base);
    const QColor text = option.palette.color(group, QPalette::Text);
    const int height = fm.height() + 2 * badgePaddingY;
    const QRect cell = option.rect.adjusted(cellMargin, 0, -cellMargin, 0);
    const int y = cell.top() + (cell.height() - height) / 2;
    auto widthOf = [&fm](const Badge& b) {
        return fm.horizontalAdvance(b.text) + 2 * badgePaddingX;
    };
    auto draw = [&](const Badge& badge, int x) {
        const QRectF box(x + 0.5, y + 0.5, widthOf(badge) - 1, height - 1);
        QPainterPath path;
        path.addRoundedRect(box, height / 2.0, height / 2.0);
        painter->fillPath(path, badgeFill(base, badge.hue));
        painter->setPen(QPen(badge.hue, 1));
        painter->drawPath(path);
        painter->setPen(text);
        painter->drawText(box, Qt::AlignCenter, badge.text);
        return x + widthOf(badge) + badgeSpacing;
    };
    int total = -badgeSpacing;
    int importantWidth = 0;
    for (const Badge& badge : badges) {
        total += widthOf(badge) + badgeSpacing;
        if (badge.important)
            importantWidth += widthOf(badge) + badgeSpacing;
    }
    painter->setClipRect(cell);
    int x = cell.left();
    if (total <= cell.width()) {
        for (const Badge& badge : badges)
            x = draw(badge, x);
    } else {
        // Too narrow for all: a running job or a lock matters more than the usual flags, so those
        // keep their place at the end, and a "+2" badge counts what was left out (never a bare
        // ellipsis: the tooltip lists every badge, and so does the details pane).
        QList<Badge> shown;
        int left = 0;
        for (const Badge& badge : badges)
            left += badge.important ? 0 : 1;
        auto moreBadge = [&](int count) {
            return Badge{tr("+%1").arg(count), inactiveHue, true};
        };
        int room = cell.width() - importantWidth;
        for (const Badge& badge : badges) {
            if (badge.important)
                continue;
            const int more = left - 1 > 0 ? widthOf(moreBadge(left - 1)) + badgeSpacing : 0;
            if (widthOf(badge) + badgeSpacing + more > room)
                break;
            room -= widthOf(badge) + badgeSpacing;
            shown.append(badge);
            --left;
        }
        if (left > 0)
            shown.append(moreBadge(left));
        for (const Badge& badge : badges) {
            if (badge.important)
                shown.append(badge);
        }
        for (const Badge& badge : shown)
            x = draw(badge, x);
    }
    painter->restore();
}

QSize ConnectorStateDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QFontMetrics fm(badgeFont(option.font));
    int width = 2 * cellMargin;
    const QList<Badge> badges = badgesAt(index);
    for (const Badge& badge : badges)
        width += fm.horizontalAdvance(badge.text) + 2 * badgePaddingX + badgeSpacing;
    const QSize base = QStyledItemDelegate::sizeHint(option, index);
    return {std::max(width, minimumCellWidth), std::max(base.height(), fm.height() + 2 * badgePaddingY + badgeMarginY)};
}

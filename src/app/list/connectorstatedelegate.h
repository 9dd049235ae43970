#pragma once

#include <QColor>
#include <QList>
#include <QStyledItemDelegate>

struct ConnectorInstance;

// Paints the state column as small badges (active, configured, authenticated, agent, a running job,
// locked). Fills are a hue blended into the palette's base and the text is the palette's, so the
// badges read in light and dark themes alike.
class ConnectorStateDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectorStateDelegate)

public:
    struct Badge
    {
        QString text;
        QColor hue;
        bool important = false; // a running job or a lock: shown even when the others must give way
    };

    explicit ConnectorStateDelegate(QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    static QList<Badge> badgesFor(const ConnectorInstance& instance);
    // The fill of a badge of `hue` on a row of colour `base`; the text on it is the palette's.
    static QColor badgeFill(const QColor& base, const QColor& hue);

private:
    static QList<Badge> badgesAt(const QModelIndex& index);
};

#include "app/list/columnwidths.h"

#include <QHeaderView>

#include <algorithm>

void ColumnWidths::apply(QHeaderView* header, int available)
{
    QList<Minimum> widths;
    int used = 0;
    for (const Minimum& m : minimums) {
        if (header->isSectionHidden(m.column))
            continue;
        widths.append(m);
        used += m.width;
    }
    int extra = std::max(0, available - used);
    auto grow = [&widths](int column, int by) {
        for (Minimum& w : widths) {
            if (w.column == column)
                w.width += by;
        }
    };
    auto visible = [header](int column) {
        return !header->isSectionHidden(column);
    };
    QList<int> growers;
    std::copy_if(growing.cbegin(), growing.cend(), std::back_inserter(growers), visible);
    if (!growers.isEmpty() && extra > 0) {
        const int first = growers.constFirst();
        const auto it
            = std::find_if(widths.cbegin(), widths.cend(), [first](const Minimum& w) { return w.column == first; });
        const int alone = std::min(extra, it == widths.cend() ? 0 : it->width / 4);
        grow(first, alone);
        extra -= alone;
        const int share = extra / int(growers.size());
        for (int column : growers)
            grow(column, share);
    }
    m_applied.clear();
    for (const Minimum& w : widths) {
        header->resizeSection(w.column, w.width);
        m_applied.insert(w.column, w.width);
    }
}

bool ColumnWidths::isUntouched(const QHeaderView* header) const
{
    int last = -1; // the visible column furthest right
    for (int visual = header->count() - 1; visual >= 0 && last < 0; --visual) {
        if (!header->isSectionHidden(header->logicalIndex(visual)))
            last = header->logicalIndex(visual);
    }
    for (auto it = m_applied.cbegin(); it != m_applied.cend(); ++it) {
        if (it.key() != last && !header->isSectionHidden(it.key()) && header->sectionSize(it.key()) != it.value())
            return false;
    }
    return true;
}

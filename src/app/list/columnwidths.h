#pragma once

#include <QHash>
#include <QList>

class QHeaderView;

// Default column widths that use the room there is: every visible column gets its minimum, then
// what is left goes to the growing columns, the first of them (the name) first.
struct ColumnWidths
{
    struct Minimum
    {
        int column;
        int width;
    };
    QList<Minimum> minimums;
    QList<int> growing; // in order of need; the first takes up to a quarter of its minimum alone
    // Resizes the visible sections of `header` to fill `available` pixels where they can.
    void apply(QHeaderView* header, int available);
    // No width has changed since apply() (the last column, which the header stretches, aside):
    // a width set since, by the user or by a program, is left alone.
    bool isUntouched(const QHeaderView* header) const;

private:
    QHash<int, int> m_applied; // column: width
};

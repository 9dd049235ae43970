#include "cli/output/tablewriter.h"

#include "core/wire/jsonvalue.h"

#include <QTextStream>

#include <algorithm>

namespace {

constexpr int maxNameWidth = 40;
constexpr int maxTypeWidth = 24;
constexpr int maxListWidth = 36;

bool isWide(char32_t c)
{
    // East Asian Wide and Fullwidth, and the emoji shown two columns wide (after Markus Kuhn's wcwidth).
    static const struct
    {
        char32_t first;
        char32_t last;
    } ranges[] = {
        {0x1100, 0x115F},   {0x231A, 0x231B},   {0x2329, 0x232A},   {0x23E9, 0x23EC},   {0x23F0, 0x23F0},
        {0x23F3, 0x23F3},   {0x25FD, 0x25FE},   {0x2614, 0x2615},   {0x2648, 0x2653},   {0x267F, 0x267F},
        {0x2693, 0x2693},   {0x26A1, 0x26A1},   {0x26AA, 0x26AB},   {0x26BD, 0x26BE},   {0x26C4, 0x26C5},
        {0x26CE, 0x26CE},   {0x26D4, 0x26D4},   {0x26EA, 0x26EA},   {0x26F2, 0x26F3},   {0x26F5, 0x26F5},
        {0x26FA, 0x26FA},   {0x26FD, 0x26FD},   {0x2705, 0x2705},   {0x270A, 0x270B},   {0x2728, 0x2728},
        {0x274C, 0x274C},   {0x274E, 0x274E},   {0x2753, 0x2755},   {0x2757, 0x2757},   {0x2795, 0x2797},
        {0x27B0, 0x27B0},   {0x27BF, 0x27BF},   {0x2B1B, 0x2B1C},   {0x2B50, 0x2B50},   {0x2B55, 0x2B55},
        {0x2E80, 0x303E},   {0x3041, 0x33FF},   {0x3400, 0x4DBF},   {0x4E00, 0x9FFF},   {0xA000, 0xA4CF},
        {0xA960, 0xA97F},   {0xAC00, 0xD7A3},   {0xF900, 0xFAFF},   {0xFE10, 0xFE19},   {0xFE30, 0xFE6F},
        {0xFF00, 0xFF60},   {0xFFE0, 0xFFE6},   {0x16FE0, 0x16FE4}, {0x17000, 0x18AFF}, {0x1B000, 0x1B2FF},
        {0x1F004, 0x1F004}, {0x1F0CF, 0x1F0CF}, {0x1F18E, 0x1F18E}, {0x1F191, 0x1F19A}, {0x1F200, 0x1F202},
        {0x1F210, 0x1F23B}, {0x1F240, 0x1F248}, {0x1F250, 0x1F251}, {0x1F260, 0x1F265}, {0x1F300, 0x1F64F},
        {0x1F680, 0x1F6FF}, {0x1F7E0, 0x1F7EB}, {0x1F90C, 0x1F9FF}, {0x1FA70, 0x1FAFF}, {0x20000, 0x2FFFD},
        {0x30000, 0x3FFFD},
    };
    if (c < ranges[0].first)
        return false;
    for (const auto& range : ranges) {
        if (c < range.first)
            return false;
        if (c <= range.last)
            return true;
    }
    return false;
}

int codePointWidth(char32_t c)
{
    if (c < 0x20 || (c >= 0x7F && c < 0xA0))
        return 0;
    switch (QChar::category(c)) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_Enclosing:
    case QChar::Other_Format: // zero-width joiner, soft hyphen...
        return 0;
    default:
        break;
    }
    if (c >= 0x1160 && c <= 0x11FF) // Hangul vowels and finals join the syllable before
        return 0;
    return isWide(c) ? 2 : 1;
}

bool needsEscape(char32_t c)
{
    if (c < 0x20 || (c >= 0x7F && c < 0xA0))
        return true;
    switch (c) {
    case 0x061C: // bidi marks and overrides: they reorder what follows on the line
    case 0x200E:
    case 0x200F:
    case 0x2028: // line and paragraph separators
    case 0x2029:
        return true;
    default:
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }
}

QString padded(const QString& text, int width)
{
    const int missing = width - TableWriter::displayWidth(text);
    return missing > 0 ? text + QString(missing, QLatin1Char(' ')) : text;
}

// Rows of cells, aligned by display width, two spaces apart; no trailing blanks.
class TextTable
{
public:
    explicit TextTable(const QStringList& headers)
        : m_headers(headers)
    { }
    void addRow(const QStringList& cells)
    {
        m_rows.append(cells);
    }
    void write(QTextStream& out) const
    {
        QList<int> widths;
        for (const QString& header : m_headers)
            widths.append(TableWriter::displayWidth(header));
        for (const QStringList& row : m_rows) {
            for (int i = 0; i < row.size() && i < widths.size(); ++i)
                widths[i] = std::max(widths[i], TableWriter::displayWidth(row.at(i)));
        }
        writeRow(out, m_headers, widths);
        for (const QStringList& row : m_rows)
            writeRow(out, row, widths);
    }

private:
    static void writeRow(QTextStream& out, const QStringList& cells, const QList<int>& widths)
    {
        QString line;
        for (int i = 0; i < cells.size(); ++i) {
            if (i > 0)
                line += QLatin1String("  ");
            line += i + 1 < cells.size() ? padded(cells.at(i), widths.at(i)) : cells.at(i);
        }
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        out << line << '\n';
    }

    QStringList m_headers;
    QList<QStringList> m_rows;
};

// A cell of a table: escaped, then elided.
QString cell(const QString& text, int maxWidth = -1)
{
    const QString escaped = TableWriter::escapeControls(text);
    return maxWidth > 0 ? TableWriter::elide(escaped, maxWidth) : escaped;
}

QString yesNo(bool value)
{
    return value ? TableWriter::tr("yes") : TableWriter::tr("no");
}

QString tableTime(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

QString statusText(const ConnectorInstance& c)
{
    QStringList parts;
    if (!c.status.isEmpty())
        parts.append(c.status.text());
    if (c.isLocked)
        parts.append(TableWriter::tr("locked"));
    return parts.join(QLatin1String(", "));
}

} // namespace

int TableWriter::displayWidth(const QString& text)
{
    int width = 0;
    for (const char32_t c : text.toUcs4())
        width += codePointWidth(c);
    return width;
}

QString TableWriter::escapeControls(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (const char32_t c : text.toUcs4()) {
        if (!needsEscape(c)) {
            out += QString::fromUcs4(&c, 1);
            continue;
        }
        switch (c) {
        case '\n':
            out += QLatin1String("\\n");
            break;
        case '\r':
            out += QLatin1String("\\r");
            break;
        case '\t':
            out += QLatin1String("\\t");
            break;
        default:
            if (c < 0x100)
                out += QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0'));
            else
                out += QStringLiteral("\\u{%1}").arg(uint(c), 4, 16, QLatin1Char('0'));
            break;
        }
    }
    return out;
}

QString TableWriter::elide(const QString& text, int maxWidth)
{
    if (displayWidth(text) <= maxWidth)
        return text;
    const QList<uint> codePoints = text.toUcs4();
    QString out;
    int width = 0;
    for (const uint c : codePoints) {
        const int w = codePointWidth(c);
        if (width + w > maxWidth - 1)
            break;
        width += w;
        const char32_t c32 = c;
        out += QString::fromUcs4(&c32, 1);
    }
    return out + QChar(0x2026);
}

QString TableWriter::rangeText(const Pagination& pagination, int rowCount)
{
    if (rowCount == 0) {
        if (pagination.total == 0 || (!pagination.hasTotal() && pagination.page == 1))
            return tr("No connectors.");
        if (pagination.hasTotal())
            return tr("Nothing on page %1: %2 connectors in all.").arg(pagination.page).arg(pagination.total);
        return tr("Nothing on page %1.").arg(pagination.page);
    }
    const qint64 first = pagination.firstRow();
    const qint64 last = first + rowCount - 1;
    if (pagination.hasTotal())
        return tr("%1-%2 of %3").arg(first).arg(last).arg(pagination.total);
    if (pagination.hasMore)
        return tr("%1-%2 of more").arg(first).arg(last);
    return tr("%1-%2").arg(first).arg(last);
}

void TableWriter::writeConnectors(QTextStream& out,
                                  const QList<ConnectorInstance>& connectors,
                                  const Pagination& pagination)
{
    if (!connectors.isEmpty()) {
        TextTable table({tr("ID"),
                         tr("NAME"),
                         tr("TYPE"),
                         tr("SCOPE"),
                         tr("ACTIVE"),
                         tr("CONFIGURED"),
                         tr("AGENT"),
                         tr("STATUS"),
                         tr("UPDATED (UTC)")});
        for (const ConnectorInstance& c : connectors) {
            table.addRow({cell(c.id),
                          cell(c.name, maxNameWidth),
                          cell(c.connectorType, maxTypeWidth),
                          cell(c.scope.text()),
                          yesNo(c.isActive),
                          yesNo(c.isConfigured),
                          yesNo(c.agentEnabled),
                          cell(statusText(c)),
                          tableTime(c.updatedAt.isValid() ? c.updatedAt : c.createdAt)});
        }
        table.write(out);
    }
    out << rangeText(pagination, int(connectors.size())) << '\n';
}

void TableWriter::writeConnector(QTextStream& out, const ConnectorInstance& c)
{
    const QString type = c.appGroup.isEmpty() || c.appGroup == c.connectorType
        ? c.connectorType
        : tr("%1 (%2)").arg(c.connectorType, c.appGroup);
    const QString locked = c.isLocked || c.isDeleting() ? tr("yes: %1").arg(c.lockReason()) : tr("no");
    const QList<std::pair<QString, QString>> fields{
        {tr("ID"), c.id},
        {tr("Name"), c.name},
        {tr("Type"), type},
        {tr("Scope"), c.scope.text()},
        {tr("Auth type"), c.authType},
        {tr("Active"), yesNo(c.isActive)},
        {tr("Configured"), yesNo(c.isConfigured)},
        {tr("Authenticated"), yesNo(c.isAuthenticated)},
        {tr("Agent enabled"), yesNo(c.agentEnabled)},
        {tr("Status"), c.status.text()},
        {tr("Locked"), locked},
        {tr("Created by"), c.createdBy},
        {tr("Created (UTC)"), c.createdAt.isValid() ? json::isoUtc(c.createdAt) : QString()},
        {tr("Updated (UTC)"), c.updatedAt.isValid() ? json::isoUtc(c.updatedAt) : QString()},
        {tr("Last sync (UTC)"), c.lastSyncAt.isValid() ? json::isoUtc(c.lastSyncAt) : QString()},
    };
    int labelWidth = 0;
    for (const auto& field : fields)
        labelWidth = std::max(labelWidth, displayWidth(field.first) + 1);
    for (const auto& field : fields) {
        QString line = padded(field.first + QLatin1Char(':'), labelWidth) + QLatin1String("  ") + cell(field.second);
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        out << line << '\n';
    }
}

void TableWriter::writeDeleted(QTextStream& out, const DeletionAccepted& accepted)
{
    const QString id = cell(accepted.connectorId);
    QString line = accepted.inBackground ? tr("Deletion of %1 started; it runs in the background.").arg(id)
                                         : tr("Deleted %1.").arg(id);
    if (!accepted.message.isEmpty())
        line += QLatin1Char(' ') + tr("The server said: %1").arg(cell(accepted.message));
    out << line << '\n';
}

void TableWriter::writeTypes(QTextStream& out, const QList<ConnectorType>& types, const Pagination& pagination)
{
    if (!types.isEmpty()) {
        TextTable table({tr("TYPE"), tr("NAME"), tr("GROUP"), tr("SCOPES"), tr("AUTH TYPES"), tr("BETA")});
        for (const ConnectorType& t : types) {
            table.addRow({cell(t.type, maxTypeWidth),
                          cell(t.displayName, maxNameWidth),
                          cell(t.appGroup, maxTypeWidth),
                          cell(t.scopes.join(QLatin1Char(' '))),
                          cell(t.authTypes.join(QLatin1Char(' ')), maxListWidth),
                          t.isBeta ? tr("beta") : QString()});
        }
        table.write(out);
    }
    if (types.isEmpty())
        out << tr("No connector types.") << '\n';
    else if (pagination.hasTotal() && pagination.total > types.size())
        out << tr("%1 of %2 connector types").arg(types.size()).arg(pagination.total) << '\n';
    else
        out << tr("Connector types: %1").arg(types.size()) << '\n';
}

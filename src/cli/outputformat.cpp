#include "outputformat.h"

#include "core/jsonvalue.h"
#include "core/wirekeys.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>
#include <QVariant>

#include <algorithm>
#include <iterator>

namespace {

constexpr int maxNameWidth = 40;
constexpr int maxTypeWidth = 24;
constexpr int maxListWidth = 36;

const QString csvLineEnd = QStringLiteral("\r\n");

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
    const int missing = width - OutputFormat::displayWidth(text);
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
            widths.append(OutputFormat::displayWidth(header));
        for (const QStringList& row : m_rows) {
            for (int i = 0; i < row.size() && i < widths.size(); ++i)
                widths[i] = std::max(widths[i], OutputFormat::displayWidth(row.at(i)));
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
    const QString escaped = OutputFormat::escapeControls(text);
    return maxWidth > 0 ? OutputFormat::elide(escaped, maxWidth) : escaped;
}

QString yesNo(bool value)
{
    return value ? OutputFormat::tr("yes") : OutputFormat::tr("no");
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
        parts.append(OutputFormat::tr("locked"));
    return parts.join(QLatin1String(", "));
}

QString boolText(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

void writeJson(QTextStream& out, const QJsonObject& object)
{
    out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

void writeCsvRow(QTextStream& out, const QStringList& fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString& field : fields)
        quoted.append(OutputFormat::csvField(field));
    out << quoted.join(QLatin1Char(',')) << csvLineEnd;
}

QStringList connectorCsvFields(const ConnectorInstance& c)
{
    return {c.id,
            c.name,
            c.connectorType,
            c.scope.text(),
            c.authType,
            boolText(c.isActive),
            boolText(c.isConfigured),
            boolText(c.isAuthenticated),
            boolText(c.agentEnabled),
            c.status.text(),
            boolText(c.isLocked),
            c.createdBy,
            c.createdAt.isValid() ? json::isoUtc(c.createdAt) : QString(),
            c.updatedAt.isValid() ? json::isoUtc(c.updatedAt) : QString()};
}

} // namespace

OutputFormat::OutputFormat(Kind kind)
    : m_kind(kind)
{ }

std::optional<OutputFormat> OutputFormat::fromName(const QString& name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("table"))
        return OutputFormat(Kind::Table);
    if (n == QLatin1String("json"))
        return OutputFormat(Kind::Json);
    if (n == QLatin1String("csv"))
        return OutputFormat(Kind::Csv);
    return std::nullopt;
}

int OutputFormat::displayWidth(const QString& text)
{
    int width = 0;
    for (const char32_t c : text.toUcs4())
        width += codePointWidth(c);
    return width;
}

QString OutputFormat::escapeControls(const QString& text)
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

QString OutputFormat::elide(const QString& text, int maxWidth)
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

QString OutputFormat::csvField(const QString& text)
{
    static const QString special = QStringLiteral(",\"\r\n");
    bool quote = false;
    for (const QChar c : text)
        quote = quote || special.contains(c);
    if (!quote)
        return text;
    QString inner = text;
    inner.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + inner + QLatin1Char('"');
}

QString OutputFormat::rangeText(const Pagination& pagination, int rowCount)
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

void OutputFormat::writeConnectors(QTextStream& out,
                                   const QList<ConnectorInstance>& connectors,
                                   const Pagination& pagination) const
{
    switch (m_kind) {
    case Kind::Json: {
        QByteArray items;
        appendJsonConnectors(items, connectors);
        writeJsonConnectors(out, items, pagination);
        return;
    }
    case Kind::Csv:
        writeCsvRow(out, outputname::connectorCsvColumns());
        for (const ConnectorInstance& c : connectors)
            writeCsvRow(out, connectorCsvFields(c));
        return;
    case Kind::Table:
        break;
    }
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

namespace {

// `text` as QJsonDocument writes a string: ASCII controls, '"' and '\' escaped, the rest as UTF-8.
// False (and `out` unusable) when `text` has an unpaired surrogate, which it writes its own way.
bool appendJsonString(QByteArray& out, QStringView text)
{
    out.append('"');
    const char16_t* p = text.utf16();
    const char16_t* const end = p + text.size();
    while (p != end) {
        const char16_t* run = p;
        while (p != end && *p >= 0x20 && *p < 0x80 && *p != u'"' && *p != u'\\')
            ++p;
        if (p != run) {
            const qsizetype at = out.size();
            out.resize(at + (p - run));
            char* d = out.data() + at;
            for (const char16_t* q = run; q != p; ++q)
                *d++ = char(*q);
        }
        if (p == end)
            break;
        const char16_t u = *p;
        if (u < 0x80) {
            static constexpr char hex[] = "0123456789abcdef";
            out.append('\\');
            switch (u) {
            case u'"':
                out.append('"');
                break;
            case u'\\':
                out.append('\\');
                break;
            case u'\b':
                out.append('b');
                break;
            case u'\f':
                out.append('f');
                break;
            case u'\n':
                out.append('n');
                break;
            case u'\r':
                out.append('r');
                break;
            case u'\t':
                out.append('t');
                break;
            default:
                out.append("u00", 3);
                out.append(hex[u >> 4]);
                out.append(hex[u & 0xf]);
            }
            ++p;
            continue;
        }
        const char16_t* wide = p;
        while (p != end && *p >= 0x80) {
            if (QChar::isHighSurrogate(*p)) {
                if (p + 1 == end || !QChar::isLowSurrogate(p[1]))
                    return false;
                p += 2;
            } else if (QChar::isLowSurrogate(*p)) {
                return false;
            } else {
                ++p;
            }
        }
        out.append(QStringView(wide, p - wide).toUtf8());
    }
    out.append('"');
    return true;
}

void appendIndent(QByteArray& out, int depth)
{
    static constexpr char spaces[] = "                                                                ";
    for (qsizetype left = 4 * qsizetype(depth); left > 0;) {
        const qsizetype chunk = std::min<qsizetype>(left, sizeof spaces - 1);
        out.append(spaces, chunk);
        left -= chunk;
    }
}

// A value as QJsonDocument(Indented) writes it `depth` levels deep (4 spaces each): nested objects
// and arrays one member or item a line, "[\n" + indent + "]" when empty; numbers as qint64 or in the
// shortest form that reads back the same. False when a string needs QJsonDocument's own handling.
bool appendJsonValue(QByteArray& out, const QJsonValue& value, int depth)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out.append("null", 4);
        return true;
    case QJsonValue::Bool:
        out.append(value.toBool() ? "true" : "false");
        return true;
    case QJsonValue::Double: {
        // What QJsonDocument does: a number it holds as an integer as such (QJsonValue says Double
        // for both; QVariant tells them apart), any other in the shortest form that reads back.
        if (value.toVariant().userType() == QMetaType::LongLong) {
            out.append(QByteArray::number(value.toInteger()));
            return true;
        }
        const double d = value.toDouble();
        if (qIsFinite(d))
            out.append(QByteArray::number(d, 'g', QLocale::FloatingPointShortest));
        else
            out.append("null", 4);
        return true;
    }
    case QJsonValue::String:
        return appendJsonString(out, value.toString());
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        out.append("[\n", 2);
        for (qsizetype i = 0; i < array.size(); ++i) {
            appendIndent(out, depth + 1);
            if (!appendJsonValue(out, array.at(i), depth + 1))
                return false;
            out.append(i + 1 < array.size() ? ",\n" : "\n");
        }
        appendIndent(out, depth);
        out.append(']');
        return true;
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        out.append("{\n", 2);
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            appendIndent(out, depth + 1);
            if (!appendJsonString(out, it.key()))
                return false;
            out.append(": ", 2);
            if (!appendJsonValue(out, it.value(), depth + 1))
                return false;
            out.append(std::next(it) != object.constEnd() ? ",\n" : "\n");
        }
        appendIndent(out, depth);
        out.append('}');
        return true;
    }
    }
    return false;
}

// json::isoUtc (QDateTime::toString(Qt::ISODateWithMs) in UTC) as a JSON string, without Qt's
// formatting machinery: three timestamps per instance in a listing of thousands.
bool appendIsoUtc(QByteArray& out, const QDateTime& time)
{
    const QDateTime utc = time.toUTC();
    const QDate date = utc.date();
    const QTime clock = utc.time();
    if (date.year() < 1000 || date.year() > 9999)
        return appendJsonString(out, json::isoUtc(time)); // Qt's own form for the unusual years
    char text[] = "\"0000-00-00T00:00:00.000Z\"";
    auto put = [&text](int at, int value, int digits) {
        for (int i = digits - 1; i >= 0; --i, value /= 10)
            text[at + i] = char('0' + value % 10);
    };
    put(1, date.year(), 4);
    put(6, date.month(), 2);
    put(9, date.day(), 2);
    put(12, clock.hour(), 2);
    put(15, clock.minute(), 2);
    put(18, clock.second(), 2);
    put(21, clock.msec(), 3);
    out.append(text, sizeof text - 1);
    return true;
}

// One instance as QJsonDocument(c.toJson()) writes it inside the list, without building the object:
// the members in key order (the 17 we model merged with `extra`'s), 8 spaces in. False when a
// string needs QJsonDocument's own handling.
bool appendJsonInstance(QByteArray& out, const ConnectorInstance& c)
{
    enum Kind
    {
        String,
        OptionalString,
        Bool,
        Time
    };
    struct Member
    {
        QLatin1String key;
        Kind kind;
        const QString* text;
        bool flag;
        const QDateTime* time;
    };
    // In key order, as QJsonObject keeps them (the published names, spelled in core/wirekeys.h).
    const Member known[] = {
        {wirekey::agentEnabled, Bool, nullptr, c.agentEnabled, nullptr},
        {wirekey::appGroup, OptionalString, &c.appGroup, false, nullptr},
        {wirekey::authType, OptionalString, &c.authType, false, nullptr},
        {wirekey::connectorId, String, &c.id, false, nullptr},
        {wirekey::connectorType, String, &c.connectorType, false, nullptr},
        {wirekey::createdAt, Time, nullptr, false, &c.createdAt},
        {wirekey::createdBy, OptionalString, &c.createdBy, false, nullptr},
        {wirekey::instanceName, String, &c.name, false, nullptr},
        {wirekey::isActive, Bool, nullptr, c.isActive, nullptr},
        {wirekey::isAuthenticated, Bool, nullptr, c.isAuthenticated, nullptr},
        {wirekey::isConfigured, Bool, nullptr, c.isConfigured, nullptr},
        {wirekey::isLocked, Bool, nullptr, c.isLocked, nullptr},
        {wirekey::lastSyncAt, Time, nullptr, false, &c.lastSyncAt},
        {wirekey::scope, OptionalString, &c.scope.text(), false, nullptr},
        {wirekey::status, OptionalString, &c.status.text(), false, nullptr},
        {wirekey::updatedAt, Time, nullptr, false, &c.updatedAt},
        {wirekey::updatedBy, OptionalString, &c.updatedBy, false, nullptr},
    };
    constexpr int knownCount = int(std::size(known));
    static constexpr char memberIndent[] = "            ";
    out.append("        {\n", 10);
    auto it = c.extra.constBegin();
    const auto extraEnd = c.extra.constEnd();
    int k = 0;
    bool firstMember = true;
    auto beginMember = [&] {
        if (!firstMember)
            out.append(",\n", 2);
        firstMember = false;
        out.append(memberIndent, 12);
    };
    while (k < knownCount || it != extraEnd) {
        int order = 1; // < 0: the extra key first; > 0: the known one; 0: same key, ours wins
        if (k == knownCount)
            order = -1;
        else if (it != extraEnd)
            order = it.key().compare(known[k].key);
        if (order < 0) {
            beginMember();
            const QString key = it.key();
            if (!appendJsonString(out, key))
                return false;
            out.append(": ", 2);
            // A member of an instance in the list: three levels deep.
            if (!appendJsonValue(out, it.value(), 3))
                return false;
            ++it;
            continue;
        }
        if (order == 0)
            ++it;
        const Member& m = known[k++];
        beginMember();
        out.append('"');
        out.append(m.key.data(), m.key.size());
        out.append("\": ", 3);
        switch (m.kind) {
        case String:
        case OptionalString:
            if (m.kind == OptionalString && m.text->isEmpty())
                out.append("null", 4);
            else if (!appendJsonString(out, *m.text))
                return false;
            break;
        case Bool:
            out.append(m.flag ? "true" : "false");
            break;
        case Time:
            if (!m.time->isValid())
                out.append("null", 4);
            else if (!appendIsoUtc(out, *m.time))
                return false;
            break;
        }
    }
    out.append("\n        }", 10);
    return true;
}

} // namespace

void OutputFormat::appendJsonConnectors(QByteArray& items, const QList<ConnectorInstance>& connectors)
{
    for (const ConnectorInstance& c : connectors) {
        if (!items.isEmpty())
            items.append(",\n", 2);
        const qsizetype before = items.size();
        if (appendJsonInstance(items, c))
            continue;
        // A string with an unpaired surrogate: QJsonDocument's own text, indented two levels
        // deeper (its strings hold no raw line breaks, so every '\n' starts a line).
        items.truncate(before);
        const QByteArray object = QJsonDocument(c.toJson()).toJson(QJsonDocument::Indented);
        qsizetype start = 0;
        while (start < object.size()) {
            qsizetype end = object.indexOf('\n', start);
            if (end < 0)
                end = object.size();
            items.append("        ", 8);
            items.append(object.constData() + start, end - start);
            if (end + 1 < object.size())
                items.append('\n');
            start = end + 1;
        }
    }
}

void OutputFormat::writeJsonConnectors(QTextStream& out, const QByteArray& items, const Pagination& pagination)
{
    // The frame, with an empty list: "{\n    \"connectors\": [\n    ],\n    \"pagination\"...".
    const QByteArray frame
        = QJsonDocument(QJsonObject{{wirekey::connectors, QJsonArray()}, {wirekey::pagination, pagination.toJson()}})
              .toJson(QJsonDocument::Indented);
    const qsizetype split = frame.indexOf("[\n") + 2;
    const QByteArray head = frame.left(split);
    const QByteArray tail = (items.isEmpty() ? QByteArray() : QByteArrayLiteral("\n")) + frame.mid(split);
    if (QIODevice* device = out.device()) {
        // UTF-8 straight to the device, in three writes: no QString, and no copy, of the whole answer.
        out.flush();
        device->write(head);
        device->write(items);
        device->write(tail);
    } else {
        out << QString::fromUtf8(head) << QString::fromUtf8(items) << QString::fromUtf8(tail);
    }
}

void OutputFormat::writeConnector(QTextStream& out, const ConnectorInstance& c) const
{
    switch (m_kind) {
    case Kind::Json:
        writeJson(out, QJsonObject{{wirekey::connector, c.toJson()}});
        return;
    case Kind::Csv:
        writeCsvRow(out, outputname::connectorCsvColumns());
        writeCsvRow(out, connectorCsvFields(c));
        return;
    case Kind::Table:
        break;
    }
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

void OutputFormat::writeDeleted(QTextStream& out, const DeletionAccepted& accepted) const
{
    switch (m_kind) {
    case Kind::Json:
        writeJson(out, accepted.toJson());
        return;
    case Kind::Csv:
        writeCsvRow(out, outputname::deletionCsvColumns());
        writeCsvRow(out, accepted.csvRow());
        return;
    case Kind::Table:
        break;
    }
    const QString id = cell(accepted.connectorId);
    QString line = accepted.inBackground ? tr("Deletion of %1 started; it runs in the background.").arg(id)
                                         : tr("Deleted %1.").arg(id);
    if (!accepted.message.isEmpty())
        line += QLatin1Char(' ') + tr("The server said: %1").arg(cell(accepted.message));
    out << line << '\n';
}

void OutputFormat::writeTypes(QTextStream& out, const QList<ConnectorType>& types, const Pagination& pagination) const
{
    switch (m_kind) {
    case Kind::Json: {
        QJsonArray list;
        for (const ConnectorType& t : types)
            list.append(t.toJson());
        writeJson(out, QJsonObject{{outputname::types, list}, {wirekey::pagination, pagination.toJson()}});
        return;
    }
    case Kind::Csv:
        writeCsvRow(out, outputname::typeCsvColumns());
        for (const ConnectorType& t : types) {
            writeCsvRow(out,
                        {t.type,
                         t.displayName,
                         t.appGroup,
                         t.authTypes.join(QLatin1Char(' ')),
                         t.scopes.join(QLatin1Char(' ')),
                         boolText(t.isBeta),
                         boolText(t.supportsAgent),
                         boolText(t.supportsSync),
                         boolText(t.supportsRealtime)});
        }
        return;
    case Kind::Table:
        break;
    }
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

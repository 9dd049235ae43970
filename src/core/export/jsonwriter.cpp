#include "core/export/jsonwriter.h"

#include "core/wire/jsonvalue.h"
#include "core/wire/wirekeys.h"

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

void writeJson(QTextStream& out, const QJsonObject& object)
{
    out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

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
    // In key order, as QJsonObject keeps them (the published names, spelled in core/wire/wirekeys.h).
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

void JsonWriter::writeConnectors(QTextStream& out,
                                 const QList<ConnectorInstance>& connectors,
                                 const Pagination& pagination)
{
    QByteArray items;
    appendConnectors(items, connectors);
    writeConnectors(out, items, pagination);
}

void JsonWriter::appendConnectors(QByteArray& items, const QList<ConnectorInstance>& connectors)
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

QByteArray JsonWriter::listFrame(const Pagination& pagination)
{
    // The frame, with an empty list: "{\n    \"connectors\": [\n    ],\n    \"pagination\"...".
    return QJsonDocument(QJsonObject{{wirekey::connectors, QJsonArray()}, {wirekey::pagination, pagination.toJson()}})
        .toJson(QJsonDocument::Indented);
}

QByteArray JsonWriter::listHead()
{
    // "connectors" sorts before "pagination": the head never depends on the pagination.
    const QByteArray frame = listFrame(Pagination{});
    return frame.left(frame.indexOf("[\n") + 2);
}

QByteArray JsonWriter::listTail(const Pagination& pagination, bool hasItems)
{
    const QByteArray frame = listFrame(pagination);
    const QByteArray tail = frame.mid(frame.indexOf("[\n") + 2);
    return hasItems ? QByteArrayLiteral("\n") + tail : tail;
}

void JsonWriter::writeConnectors(QTextStream& out, const QByteArray& items, const Pagination& pagination)
{
    const QByteArray head = listHead();
    const QByteArray tail = listTail(pagination, !items.isEmpty());
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

void JsonWriter::writeConnector(QTextStream& out, const ConnectorInstance& c)
{
    writeJson(out, QJsonObject{{wirekey::connector, c.toJson()}});
}

void JsonWriter::writeDeleted(QTextStream& out, const DeletionAccepted& accepted)
{
    writeJson(out, accepted.toJson());
}

void JsonWriter::writeTypes(QTextStream& out, const QList<ConnectorType>& types, const Pagination& pagination)
{
    QJsonArray list;
    for (const ConnectorType& t : types)
        list.append(t.toJson());
    writeJson(out, QJsonObject{{outputname::types, list}, {wirekey::pagination, pagination.toJson()}});
}

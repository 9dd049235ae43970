#include "core/wire/jsonvalue.h"

#include <QJsonArray>

#include <cmath>
#include <limits>

namespace json {

QJsonValue firstOf(const QJsonObject& object, std::initializer_list<QLatin1String> keys)
{
    for (const QLatin1String& key : keys) {
        const auto it = object.constFind(key);
        if (it != object.constEnd() && !it->isNull() && !it->isUndefined())
            return *it;
    }
    return QJsonValue(QJsonValue::Undefined);
}

std::optional<QString> toString(const QJsonValue& value)
{
    if (value.isString())
        return value.toString();
    if (const auto number = value.isDouble() ? toInteger(value) : std::nullopt)
        return QString::number(*number);
    return std::nullopt;
}

std::optional<bool> toBool(const QJsonValue& value)
{
    if (value.isBool())
        return value.toBool();
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (d == 0 || d == 1)
            return d == 1;
        return std::nullopt;
    }
    if (value.isString()) {
        const QString s = value.toString().trimmed();
        if (s.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
            return true;
        if (s.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0)
            return false;
    }
    return std::nullopt;
}

std::optional<qint64> toInteger(const QJsonValue& value)
{
    if (value.isDouble()) {
        const double d = value.toDouble();
        // 2^53 keeps every integer exact; beyond it a double is no longer a trustworthy whole number.
        constexpr double limit = 9007199254740992.0;
        if (!std::isfinite(d) || std::trunc(d) != d || d > limit || d < -limit)
            return std::nullopt;
        return static_cast<qint64>(d);
    }
    if (value.isString()) {
        bool ok = false;
        const qint64 n = value.toString().trimmed().toLongLong(&ok);
        if (ok)
            return n;
    }
    return std::nullopt;
}

namespace {

// Year 0..9999 only: anything else is not a timestamp a person can read.
std::optional<QDateTime> fromEpochMs(qint64 ms)
{
    constexpr qint64 maxMs = 253402300799999LL;
    if (ms < 0 || ms > maxMs)
        return std::nullopt;
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

// The form servers send, "2024-05-01T12:34:56.789Z" or without the milliseconds, read without
// QDateTime::fromString (several times slower): thousands of instances carry three each. Anything
// else returns nullopt and takes the general path.
std::optional<qint64> fastIsoUtcMs(QStringView s)
{
    if (s.size() != 20 && s.size() != 24)
        return std::nullopt;
    auto digits = [s](qsizetype from, qsizetype count) -> int {
        int n = 0;
        for (qsizetype i = from; i < from + count; ++i) {
            const char16_t c = s[i].unicode();
            if (c < u'0' || c > u'9')
                return -1;
            n = n * 10 + (c - u'0');
        }
        return n;
    };
    const bool withMs = s.size() == 24;
    if (s[4] != u'-' || s[7] != u'-' || s[10] != u'T' || s[13] != u':' || s[16] != u':' || (withMs && s[19] != u'.')
        || s.back() != u'Z')
        return std::nullopt;
    const int year = digits(0, 4), month = digits(5, 2), day = digits(8, 2);
    const int hour = digits(11, 2), minute = digits(14, 2), second = digits(17, 2);
    const int ms = withMs ? digits(20, 3) : 0;
    if (year < 1970 || month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59 || ms < 0)
        return std::nullopt;
    static constexpr int monthDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    if (day > monthDays[month - 1] + (month == 2 && leap ? 1 : 0))
        return std::nullopt;
    // Days from 1970-01-01 to year-month-day (proleptic Gregorian), after H. Hinnant's days_from_civil.
    const int y = year - (month <= 2 ? 1 : 0);
    const int era = y / 400;
    const int yoe = y - era * 400;
    const int doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    const qint64 days = qint64(era) * 146097 + doe - 719468;
    return ((days * 24 + hour) * 60 + minute) * 60000LL + second * 1000LL + ms;
}

} // namespace

std::optional<QDateTime> toDateTime(const QString& text)
{
    if (const auto ms = fastIsoUtcMs(text))
        return fromEpochMs(*ms);
    if (const auto ms = toInteger(QJsonValue(text)))
        return fromEpochMs(*ms);
    QDateTime dt = QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs);
    if (!dt.isValid())
        return std::nullopt;
    // A timestamp without an offset is taken as UTC, as servers mean it.
    if (dt.timeSpec() == Qt::LocalTime)
        dt.setTimeSpec(Qt::UTC);
    return dt.toUTC();
}

std::optional<QDateTime> toDateTime(const QJsonValue& value)
{
    if (value.isString())
        return toDateTime(value.toString());
    if (const auto ms = toInteger(value))
        return fromEpochMs(*ms);
    return std::nullopt;
}

QStringList toStringList(const QJsonValue& value)
{
    QStringList out;
    if (!value.isArray())
        return out;
    const QJsonArray array = value.toArray();
    out.reserve(array.size());
    for (const QJsonValue& item : array) {
        if (item.isString())
            out.append(item.toString());
    }
    return out;
}

QString isoUtc(const QDateTime& dateTime)
{
    if (!dateTime.isValid())
        return {};
    return dateTime.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace json

#include "jsonvalue.h"

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

std::optional<QDateTime> toDateTime(const QJsonValue& value)
{
    if (const auto ms = toInteger(value)) {
        // Year 0..9999 only: anything else is not a timestamp a person can read.
        constexpr qint64 maxMs = 253402300799999LL;
        if (*ms < 0 || *ms > maxMs)
            return std::nullopt;
        return QDateTime::fromMSecsSinceEpoch(*ms, Qt::UTC);
    }
    if (value.isString()) {
        QDateTime dt = QDateTime::fromString(value.toString().trimmed(), Qt::ISODateWithMs);
        if (!dt.isValid())
            return std::nullopt;
        // A timestamp without an offset is taken as UTC, as servers mean it.
        if (dt.timeSpec() == Qt::LocalTime)
            dt.setTimeSpec(Qt::UTC);
        return dt.toUTC();
    }
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

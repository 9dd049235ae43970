#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

// Tolerant readers for server JSON: a field of the wrong type reads as absent instead of crashing
// or silently turning into a wrong value.
namespace json {

// The first of `keys` that is present and not null.
QJsonValue firstOf(const QJsonObject& object, std::initializer_list<QLatin1String> keys);

// Strings: a string as is; an integral number in its decimal form (ids sometimes come as numbers).
std::optional<QString> toString(const QJsonValue& value);
// Booleans: true/false, 0/1, "true"/"false".
std::optional<bool> toBool(const QJsonValue& value);
// Whole numbers within qint64: a number without a fraction, or a string of digits.
std::optional<qint64> toInteger(const QJsonValue& value);
// Timestamps: epoch milliseconds (number or digit string) or an ISO-8601 string. Always UTC.
std::optional<QDateTime> toDateTime(const QJsonValue& value);
// The same for text: epoch milliseconds in digits, or ISO-8601.
std::optional<QDateTime> toDateTime(const QString& text);
// A list of strings; entries of another type are skipped.
QStringList toStringList(const QJsonValue& value);

// ISO-8601 UTC with milliseconds, the form every output of ours uses.
QString isoUtc(const QDateTime& dateTime);

} // namespace json

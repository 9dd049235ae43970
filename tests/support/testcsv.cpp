#include "testcsv.h"

#include <utility>

QList<QStringList> parseCsv(const QString& text, bool* onlyCrlf)
{
    QList<QStringList> records;
    QStringList fields;
    QString field;
    bool quoted = false;
    *onlyCrlf = true;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"') && field.isEmpty()) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            fields.append(std::exchange(field, {}));
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            fields.append(std::exchange(field, {}));
            records.append(std::exchange(fields, {}));
            ++i;
        } else if (c == QLatin1Char('\r')) {
            *onlyCrlf = false; // a CR that ends nothing: a field with one must be quoted
            field += c;
        } else if (c == QLatin1Char('\n')) {
            *onlyCrlf = false;
            fields.append(std::exchange(field, {}));
            records.append(std::exchange(fields, {}));
        } else {
            field += c;
        }
    }
    if (quoted)
        *onlyCrlf = false; // a quote never closed
    if (!field.isEmpty() || !fields.isEmpty()) {
        *onlyCrlf = false; // the last record lacks its line end
        fields.append(field);
        records.append(fields);
    }
    return records;
}

#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// RFC 4180, read independently of the code under test (CsvWriter): quoted fields may hold commas,
// quotes (doubled) and line breaks; records end in CRLF. `onlyCrlf` turns false when a record ends
// in a bare LF, a bare CR stands outside quotes, a quote is never closed, or the last record has no
// line end at all (the records are still returned).
QList<QStringList> parseCsv(const QString& text, bool* onlyCrlf);

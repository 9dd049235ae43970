#pragma once

#include "core/model/connectorinstance.h"
#include "core/model/connectortype.h"
#include "core/wire/apianswer.h"

#include <QList>
#include <QString>

class QTextStream;

// --output csv: RFC 4180 for spreadsheets. A header row of the column names in core/wire/wirekeys.h
// (outputname), then one record a row, CRLF after each; booleans as true/false, times ISO-8601 UTC.
class CsvWriter final
{
public:
    static void writeConnectors(QTextStream& out, const QList<ConnectorInstance>& connectors);
    // The records of writeConnectors without the header row: a listing written page by page.
    static void writeRows(QTextStream& out, const QList<ConnectorInstance>& connectors);
    static void writeConnector(QTextStream& out, const ConnectorInstance& connector);
    static void writeDeleted(QTextStream& out, const DeletionAccepted& accepted);
    static void writeTypes(QTextStream& out, const QList<ConnectorType>& types);

    // One CSV field: quoted when it holds a comma, a quote, CR or LF; quotes doubled.
    static QString csvField(const QString& text);
    // One record: its fields quoted as needed, comma-separated, CRLF after it.
    static void writeRow(QTextStream& out, const QStringList& fields);
    static QString boolText(bool value); // true / false, as the JSON says it
};

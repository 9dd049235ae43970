#pragma once

#include "core/model/connectorinstance.h"
#include "core/model/connectortype.h"
#include "core/wire/apianswer.h"
#include "core/wire/pagination.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class QTextStream;

// --output table, the default: for people. Columns aligned by terminal width, control characters
// made visible, long names cut, and a line that says which rows these are.
class TableWriter final
{
    Q_DECLARE_TR_FUNCTIONS(TableWriter)

public:
    static void
    writeConnectors(QTextStream& out, const QList<ConnectorInstance>& connectors, const Pagination& pagination);
    static void writeConnector(QTextStream& out, const ConnectorInstance& connector);
    static void writeDeleted(QTextStream& out, const DeletionAccepted& accepted);
    static void writeTypes(QTextStream& out, const QList<ConnectorType>& types, const Pagination& pagination);

    // Terminal columns `text` takes: wide (CJK, most emoji) count 2, combining marks 0.
    static int displayWidth(const QString& text);
    // Control, line-separator and bidi-override characters as visible escapes (\n, \x1b, \u{202e}),
    // so that a name can never break a table row or repaint the terminal.
    static QString escapeControls(const QString& text);
    // At most `maxWidth` columns; a cut text ends in an ellipsis.
    static QString elide(const QString& text, int maxWidth);
    // "41-60 of 137", for the line under a table.
    static QString rangeText(const Pagination& pagination, int rowCount);
};

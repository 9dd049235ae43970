#pragma once

#include "core/apianswer.h"
#include "core/connectorinstance.h"
#include "core/connectortype.h"
#include "core/pagination.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

class QTextStream;

// How connectorctl prints what it got: an aligned table for people (the default), JSON with the
// published camelCase names for programs, or RFC 4180 CSV for spreadsheets.
class OutputFormat
{
    Q_DECLARE_TR_FUNCTIONS(OutputFormat)

public:
    enum class Kind
    {
        Table,
        Json,
        Csv,
    };

    OutputFormat() = default;
    explicit OutputFormat(Kind kind);
    static std::optional<OutputFormat> fromName(const QString& name);

    Kind kind() const
    {
        return m_kind;
    }

    void
    writeConnectors(QTextStream& out, const QList<ConnectorInstance>& connectors, const Pagination& pagination) const;
    void writeConnector(QTextStream& out, const ConnectorInstance& connector) const;
    // --output json of a list in two steps, so that the instances can be serialised page by page
    // while the next pages are still on their way: append each page's instances to `items`, then
    // write the whole answer. The bytes are those QJsonDocument (Indented) writes for
    // {"connectors": [...], "pagination": {...}}.
    static void appendJsonConnectors(QByteArray& items, const QList<ConnectorInstance>& connectors);
    static void writeJsonConnectors(QTextStream& out, const QByteArray& items, const Pagination& pagination);
    void writeDeleted(QTextStream& out, const DeletionAccepted& accepted) const;
    void writeTypes(QTextStream& out, const QList<ConnectorType>& types, const Pagination& pagination) const;

    // Building blocks, public for the tests.
    // Terminal columns `text` takes: wide (CJK, most emoji) count 2, combining marks 0.
    static int displayWidth(const QString& text);
    // Control, line-separator and bidi-override characters as visible escapes (\n, \x1b, \u{202e}),
    // so that a name can never break a table row or repaint the terminal.
    static QString escapeControls(const QString& text);
    // At most `maxWidth` columns; a cut text ends in an ellipsis.
    static QString elide(const QString& text, int maxWidth);
    // One CSV field: quoted when it holds a comma, a quote, CR or LF; quotes doubled.
    static QString csvField(const QString& text);
    // "41-60 of 137", for the line under a table.
    static QString rangeText(const Pagination& pagination, int rowCount);

private:
    Kind m_kind = Kind::Table;
};

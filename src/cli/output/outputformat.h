#pragma once

#include "core/model/connectorinstance.h"
#include "core/model/connectortype.h"
#include "core/wire/apianswer.h"
#include "core/wire/pagination.h"

#include <QList>
#include <QString>

#include <optional>

class QTextStream;

// How connectorctl prints what it got: an aligned table for people (the default, tablewriter.h), JSON
// with the published camelCase names for programs (core/export/jsonwriter.h), or RFC 4180 CSV for
// spreadsheets (core/export/csvwriter.h). The commands print through here; this picks the writer.
class OutputFormat
{
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
    void writeDeleted(QTextStream& out, const DeletionAccepted& accepted) const;
    void writeTypes(QTextStream& out, const QList<ConnectorType>& types, const Pagination& pagination) const;

    // The writers' building blocks (see tablewriter.h and csvwriter.h), public for the tests.
    static int displayWidth(const QString& text);
    static QString escapeControls(const QString& text);
    static QString elide(const QString& text, int maxWidth);
    static QString csvField(const QString& text);
    static QString rangeText(const Pagination& pagination, int rowCount);

private:
    Kind m_kind = Kind::Table;
};

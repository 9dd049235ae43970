#include "cli/output/outputformat.h"

#include "cli/output/tablewriter.h"
#include "core/export/csvwriter.h"
#include "core/export/jsonwriter.h"

OutputFormat::OutputFormat(Kind kind)
    : m_kind(kind)
{ }

std::optional<OutputFormat> OutputFormat::fromName(const QString& name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("table"))
        return OutputFormat(Kind::Table);
    if (n == QLatin1String("json"))
        return OutputFormat(Kind::Json);
    if (n == QLatin1String("csv"))
        return OutputFormat(Kind::Csv);
    return std::nullopt;
}

void OutputFormat::writeConnectors(QTextStream& out,
                                   const QList<ConnectorInstance>& connectors,
                                   const Pagination& pagination) const
{
    switch (m_kind) {
    case Kind::Json:
        return JsonWriter::writeConnectors(out, connectors, pagination);
    case Kind::Csv:
        return CsvWriter::writeConnectors(out, connectors);
    case Kind::Table:
        return TableWriter::writeConnectors(out, connectors, pagination);
    }
}

void OutputFormat::writeConnector(QTextStream& out, const ConnectorInstance& connector) const
{
    switch (m_kind) {
    case Kind::Json:
        return JsonWriter::writeConnector(out, connector);
    case Kind::Csv:
        return CsvWriter::writeConnector(out, connector);
    case Kind::Table:
        return TableWriter::writeConnector(out, connector);
    }
}

void OutputFormat::writeDeleted(QTextStream& out, const DeletionAccepted& accepted) const
{
    switch (m_kind) {
    case Kind::Json:
        return JsonWriter::writeDeleted(out, accepted);
    case Kind::Csv:
        return CsvWriter::writeDeleted(out, accepted);
    case Kind::Table:
        return TableWriter::writeDeleted(out, accepted);
    }
}

void OutputFormat::writeTypes(QTextStream& out, const QList<ConnectorType>& types, const Pagination& pagination) const
{
    switch (m_kind) {
    case Kind::Json:
        return JsonWriter::writeTypes(out, types, pagination);
    case Kind::Csv:
        return CsvWriter::writeTypes(out, types);
    case Kind::Table:
        return TableWriter::writeTypes(out, types, pagination);
    }
}

int OutputFormat::displayWidth(const QString& text)
{
    return TableWriter::displayWidth(text);
}

QString OutputFormat::escapeControls(const QString& text)
{
    return TableWriter::escapeControls(text);
}

QString OutputFormat::elide(const QString& text, int maxWidth)
{
    return TableWriter::elide(text, maxWidth);
}

QString OutputFormat::csvField(const QString& text)
{
    return CsvWriter::csvField(text);
}

QString OutputFormat::rangeText(const Pagination& pagination, int rowCount)
{
    return TableWriter::rangeText(pagination, rowCount);
}

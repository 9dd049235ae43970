#include "core/export/connectorlisting.h"

#include "core/export/csvwriter.h"
#include "core/export/jsonwriter.h"
#include "core/wire/pagination.h"
#include "core/wire/wirekeys.h"

#include <QFileInfo>
#include <QTextStream>

ConnectorListing::ConnectorListing(Format format)
    : m_format(format)
{ }

void ConnectorListing::appendBegin(QByteArray& out) const
{
    if (m_format == Format::Json) {
        out.append(JsonWriter::listHead());
        return;
    }
    QString header;
    QTextStream stream(&header);
    CsvWriter::writeRow(stream, outputname::connectorCsvColumns());
    stream.flush();
    out.append(header.toUtf8());
}

void ConnectorListing::appendPage(QByteArray& out, const QList<ConnectorInstance>& connectors)
{
    if (connectors.isEmpty())
        return;
    if (m_format == Format::Json) {
        // appendConnectors puts ",\n" between instances of one buffer; between pages, that is ours.
        if (m_count > 0)
            out.append(",\n", 2);
        QByteArray items;
        JsonWriter::appendConnectors(items, connectors);
        out.append(items);
    } else {
        QString rows;
        QTextStream stream(&rows);
        CsvWriter::writeRows(stream, connectors);
        stream.flush();
        out.append(rows.toUtf8());
    }
    m_count += connectors.size();
}

void ConnectorListing::appendEnd(QByteArray& out) const
{
    if (m_format == Format::Json)
        out.append(JsonWriter::listTail(Pagination{1, int(m_count), m_count, false}, m_count > 0));
}

std::optional<ConnectorListing::Format> ConnectorListing::formatFromName(const QString& name)
{
    const QString n = name.trimmed().toLower();
    if (n == extension(Format::Csv))
        return Format::Csv;
    if (n == extension(Format::Json))
        return Format::Json;
    return std::nullopt;
}

std::optional<ConnectorListing::Format> ConnectorListing::formatFromPath(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix();
    return suffix.isEmpty() ? std::nullopt : formatFromName(suffix);
}

QString ConnectorListing::extension(Format format)
{
    return format == Format::Json ? QStringLiteral("json") : QStringLiteral("csv");
}

#include "core/export/csvwriter.h"

#include "core/wire/jsonvalue.h"
#include "core/wire/wirekeys.h"

#include <QTextStream>

namespace {

QStringList connectorCsvFields(const ConnectorInstance& c)
{
    return {c.id,
            c.name,
            c.connectorType,
            c.scope.text(),
            c.authType,
            CsvWriter::boolText(c.isActive),
            CsvWriter::boolText(c.isConfigured),
            CsvWriter::boolText(c.isAuthenticated),
            CsvWriter::boolText(c.agentEnabled),
            c.status.text(),
            CsvWriter::boolText(c.isLocked),
            c.createdBy,
            c.createdAt.isValid() ? json::isoUtc(c.createdAt) : QString(),
            c.updatedAt.isValid() ? json::isoUtc(c.updatedAt) : QString()};
}

} // namespace

QString CsvWriter::csvField(const QString& text)
{
    static const QString special = QStringLiteral(",\"\r\n");
    bool quote = false;
    for (const QChar c : text)
        quote = quote || special.contains(c);
    if (!quote)
        return text;
    QString inner = text;
    inner.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + inner + QLatin1Char('"');
}

void CsvWriter::writeConnectors(QTextStream& out, const QList<ConnectorInstance>& connectors)
{
    CsvWriter::writeRow(out, outputname::connectorCsvColumns());
    writeRows(out, connectors);
}

void CsvWriter::writeRows(QTextStream& out, const QList<ConnectorInstance>& connectors)
{
    for (const ConnectorInstance& c : connectors)
        CsvWriter::writeRow(out, connectorCsvFields(c));
}

void CsvWriter::writeConnector(QTextStream& out, const ConnectorInstance& c)
{
    CsvWriter::writeRow(out, outputname::connectorCsvColumns());
    CsvWriter::writeRow(out, connectorCsvFields(c));
}

void CsvWriter::writeDeleted(QTextStream& out, const DeletionAccepted& accepted)
{
    CsvWriter::writeRow(out, outputname::deletionCsvColumns());
    CsvWriter::writeRow(out, accepted.csvRow());
}

void CsvWriter::writeTypes(QTextStream& out, const QList<ConnectorType>& types)
{
    CsvWriter::writeRow(out, outputname::typeCsvColumns());
    for (const ConnectorType& t : types) {
        CsvWriter::writeRow(out,
                            {t.type,
                             t.displayName,
                             t.appGroup,
                             t.authTypes.join(QLatin1Char(' ')),
                             t.scopes.join(QLatin1Char(' ')),
                             CsvWriter::boolText(t.isBeta),
                             CsvWriter::boolText(t.supportsAgent),
                             CsvWriter::boolText(t.supportsSync),
                             CsvWriter::boolText(t.supportsRealtime)});
    }
}

void CsvWriter::writeRow(QTextStream& out, const QStringList& fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString& field : fields)
        quoted.append(csvField(field));
    out << quoted.join(QLatin1Char(',')) << QLatin1String("\r\n");
}

QString CsvWriter::boolText(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

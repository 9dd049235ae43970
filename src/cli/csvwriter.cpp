#include "csvwriter.h"

#include "core/jsonvalue.h"
#include "core/wirekeys.h"

#include <QTextStream>

namespace {

const QString csvLineEnd = QStringLiteral("\r\n");

QString boolText(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

void writeCsvRow(QTextStream& out, const QStringList& fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString& field : fields)
        quoted.append(CsvWriter::csvField(field));
    out << quoted.join(QLatin1Char(',')) << csvLineEnd;
}

QStringList connectorCsvFields(const ConnectorInstance& c)
{
    return {c.id,
            c.name,
            c.connectorType,
            c.scope.text(),
            c.authType,
            boolText(c.isActive),
            boolText(c.isConfigured),
            boolText(c.isAuthenticated),
            boolText(c.agentEnabled),
            c.status.text(),
            boolText(c.isLocked),
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
    writeCsvRow(out, outputname::connectorCsvColumns());
    for (const ConnectorInstance& c : connectors)
        writeCsvRow(out, connectorCsvFields(c));
}

void CsvWriter::writeConnector(QTextStream& out, const ConnectorInstance& c)
{
    writeCsvRow(out, outputname::connectorCsvColumns());
    writeCsvRow(out, connectorCsvFields(c));
}

void CsvWriter::writeDeleted(QTextStream& out, const DeletionAccepted& accepted)
{
    writeCsvRow(out, outputname::deletionCsvColumns());
    writeCsvRow(out, accepted.csvRow());
}

void CsvWriter::writeTypes(QTextStream& out, const QList<ConnectorType>& types)
{
    writeCsvRow(out, outputname::typeCsvColumns());
    for (const ConnectorType& t : types) {
        writeCsvRow(out,
                    {t.type,
                     t.displayName,
                     t.appGroup,
                     t.authTypes.join(QLatin1Char(' ')),
                     t.scopes.join(QLatin1Char(' ')),
                     boolText(t.isBeta),
                     boolText(t.supportsAgent),
                     boolText(t.supportsSync),
                     boolText(t.supportsRealtime)});
    }
}

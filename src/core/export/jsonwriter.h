#pragma once

#include "core/model/connectorinstance.h"
#include "core/model/connectortype.h"
#include "core/wire/apianswer.h"
#include "core/wire/pagination.h"

#include <QByteArray>
#include <QList>

class QTextStream;

// --output json: for programs. The published camelCase names, ISO-8601 UTC timestamps, and the bytes
// QJsonDocument (Indented) writes.
class JsonWriter final
{
public:
    static void
    writeConnectors(QTextStream& out, const QList<ConnectorInstance>& connectors, const Pagination& pagination);
    // A listing in two steps, so that the instances can be serialised page by page while the next
    // pages are still on their way: append each page's instances to `items`, then write the whole
    // answer. The bytes are those QJsonDocument (Indented) writes for
    // {"connectors": [...], "pagination": {...}}, without building that document (docs/PERFORMANCE.md).
    static void appendConnectors(QByteArray& items, const QList<ConnectorInstance>& connectors);
    static void writeConnectors(QTextStream& out, const QByteArray& items, const Pagination& pagination);
    // The same answer in three parts, head + items + tail, for a writer that streams the items
    // (ConnectorListing): the head is the same whatever the pagination says.
    static QByteArray listHead();
    static QByteArray listTail(const Pagination& pagination, bool hasItems);

    static void writeConnector(QTextStream& out, const ConnectorInstance& connector);
    static void writeDeleted(QTextStream& out, const DeletionAccepted& accepted);
    static void writeTypes(QTextStream& out, const QList<ConnectorType>& types, const Pagination& pagination);

private:
    static QByteArray listFrame(const Pagination& pagination);
};

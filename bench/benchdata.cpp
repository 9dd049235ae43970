#include "benchdata.h"

#include "core/net/apierror.h"
#include "core/wire/pagination.h"
#include "devserver/connectorstore.h"
#include "devserver/dialect.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace benchdata {

namespace {

// Seeding 100,000 records takes a while: keep one store per size.
const devserver::ConnectorStore& storeOf(int count)
{
    static QHash<int, devserver::ConnectorStore*> stores;
    devserver::ConnectorStore*& store = stores[count];
    if (!store) {
        store = new devserver::ConnectorStore(20241201);
        store->reseed(count);
    }
    return *store;
}

} // namespace

QByteArray listAnswer(devserver::Dialect dialect, int count, bool paged)
{
    const devserver::ConnectorStore& store = storeOf(count);
    QJsonArray connectors;
    for (const devserver::ConnectorRecord& record : store.records())
        connectors.append(devserver::dialect::instance(dialect, record, store.findType(record.type), false));
    QJsonObject root{{QStringLiteral("success"), true}, {QStringLiteral("connectors"), connectors}};
    if (paged) {
        devserver::PageInfo info;
        info.page = 1;
        info.limit = count;
        info.total = qsizetype(count) * 50;
        root.insert(QStringLiteral("pagination"), devserver::dialect::pagination(dialect, info));
    }
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

QList<ConnectorInstance> instances(int count)
{
    const QByteArray bytes = listAnswer(devserver::Dialect::PipesHub, count, false);
    ApiError error;
    const auto page = decode::connectorPage(QJsonDocument::fromJson(bytes).object(), {}, &error);
    return page ? page->connectors : QList<ConnectorInstance>();
}

const char* dialectName(devserver::Dialect dialect)
{
    return dialect == devserver::Dialect::PipesHub ? "pipeshub" : "published";
}

QString typicalTerm()
{
    return QStringLiteral("drive");
}

} // namespace benchdata

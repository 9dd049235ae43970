#include "core/wire/pagination.h"

#include <algorithm>

#include "core/net/apierror.h"
#include "core/wire/jsonvalue.h"
#include "core/wire/pagination_p.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace {

using L = QLatin1String;

// lupdate files tr() under the enclosing class or namespace, and an anonymous namespace has none:
// the free functions in it call QCoreApplication::translate with the context spelled out.
QString tr(const char* text)
{
    return QCoreApplication::translate("decode", text);
}

// The list may be `connectors: [...]`, or nested as `connectors: {connectors: [...], pagination}`.
bool locateList(const QJsonObject& root, QJsonArray* list, QJsonValue* pagination, ApiError* error)
{
    QJsonValue connectors = root.value(L("connectors"));
    *pagination = root.value(L("pagination"));
    if (connectors.isObject()) {
        const QJsonObject nested = connectors.toObject();
        if (nested.value(L("connectors")).isArray()) {
            if (!nested.value(L("pagination")).isUndefined())
                *pagination = nested.value(L("pagination"));
            connectors = nested.value(L("connectors"));
        }
    }
    if (!connectors.isArray()) {
        if (error)
            *error = decode::listMissing(!connectors.isUndefined());
        return false;
    }
    *list = connectors.toArray();
    return true;
}

} // namespace

int Pagination::pageCount() const
{
    if (!hasTotal() || limit <= 0)
        return hasMore ? page + 1 : page;
    return int(std::max<qint64>(1, (total + limit - 1) / limit));
}

Pagination Pagination::fromJson(const QJsonValue& value, const Pagination& requested, int itemCount)
{
    Pagination p = requested;
    const QJsonObject o = value.toObject();
    const auto page = json::toInteger(o.value(L("page")));
    if (page && *page >= 1 && *page <= std::numeric_limits<int>::max())
        p.page = int(*page);
    const auto limit = json::toInteger(o.value(L("limit")));
    if (limit && *limit >= 1 && *limit <= std::numeric_limits<int>::max())
        p.limit = int(*limit);
    p.total = -1;
    const auto total = json::toInteger(json::firstOf(o, {L("total"), L("totalCount")}));
    if (total && *total >= 0)
        p.total = *total;
    const auto hasMore = json::toBool(json::firstOf(o, {L("hasMore"), L("hasNext")}));
    if (hasMore)
        p.hasMore = *hasMore;
    else if (p.hasTotal())
        p.hasMore = qint64(p.page) * p.limit < p.total;
    else
        p.hasMore = itemCount >= p.limit; // a full page may have a next one
    return p;
}

QJsonObject Pagination::toJson() const
{
    return QJsonObject{{L("page"), page},
                       {L("limit"), limit},
                       {L("total"), hasTotal() ? QJsonValue(double(total)) : QJsonValue(QJsonValue::Null)},
                       {L("hasMore"), hasMore}};
}

namespace decode {

ApiError listMissing(bool wrongType)
{
    return ApiError::malformed(wrongType ? tr("The server's answer has a list of connectors of the wrong type.")
                                         : tr("The server's answer has no list of connectors."));
}

// A row without an id could be neither renamed nor deleted: showing it would be a lie.
std::optional<ConnectorPage> finishPage(ConnectorPage page,
                                        int skipped,
                                        qsizetype listSize,
                                        const QJsonValue& pagination,
                                        const Pagination& requested,
                                        ApiError* error)
{
    if (skipped > 0 && page.connectors.isEmpty() && listSize > 0) {
        if (error)
            *error = ApiError::malformed(tr("The server sent connectors without ids."));
        return std::nullopt;
    }
    page.rowsWithoutId = skipped;
    page.pagination = Pagination::fromJson(pagination, requested, int(listSize));
    return page;
}

std::optional<ConnectorPage>
connectorPage(const QJsonObject& root, const Pagination& requested, ApiError* error, ConnectorInstance::Extra extra)
{
    QJsonArray list;
    QJsonValue pagination;
    if (!locateList(root, &list, &pagination, error))
        return std::nullopt;
    ConnectorPage page;
    page.connectors.reserve(list.size());
    int skipped = 0;
    for (const QJsonValue& item : list) {
        ConnectorInstance instance
            = item.isObject() ? ConnectorInstance::fromJson(item.toObject(), extra) : ConnectorInstance();
        if (instance.isValid())
            page.connectors.append(std::move(instance));
        else
            ++skipped;
    }
    return finishPage(std::move(page), skipped, list.size(), pagination, requested, error);
}

std::optional<ConnectorTypePage> typePage(const QJsonObject& root, const Pagination& requested, ApiError* error)
{
    QJsonArray list;
    QJsonValue pagination;
    if (!locateList(root, &list, &pagination, error))
        return std::nullopt;
    ConnectorTypePage page;
    for (const QJsonValue& item : list) {
        ConnectorType type = ConnectorType::fromJson(item.toObject());
        if (type.isValid())
            page.types.append(std::move(type));
    }
    page.pagination = Pagination::fromJson(pagination, requested, int(list.size()));
    return page;
}

std::optional<QJsonObject> connectorObject(const QJsonObject& root, ApiError* error)
{
    const QJsonValue connector = root.value(L("connector"));
    if (!connector.isObject()) {
        if (error)
            *error = ApiError::malformed(tr("The server's answer has no connector."));
        return std::nullopt;
    }
    return connector.toObject();
}

} // namespace decode

#pragma once

#include "core/model/connectorinstance.h"
#include "core/model/connectortype.h"

#include <QJsonObject>
#include <QList>

#include <optional>

struct ApiError;

// Paging normalised from either dialect: {page, limit, total, hasMore} or
// {page, limit, totalCount, totalPages, hasPrev, hasNext, prevPage, nextPage}.
struct Pagination
{
    int page = 1;
    int limit = 20;
    qint64 total = -1; // -1: the server did not say
    bool hasMore = false;

    bool hasTotal() const
    {
        return total >= 0;
    }
    int pageCount() const; // at least 1
    // 1-based position of the first row of this page, for "41-60 of 137".
    qint64 firstRow() const
    {
        return qint64(page - 1) * limit + 1;
    }

    // `requested` supplies page/limit where the server left them out; `itemCount` infers hasMore
    // when neither hasMore nor a total is given.
    static Pagination fromJson(const QJsonValue& value, const Pagination& requested, int itemCount);
    QJsonObject toJson() const;

    friend bool operator==(const Pagination& a, const Pagination& b)
    {
        return a.page == b.page && a.limit == b.limit && a.total == b.total && a.hasMore == b.hasMore;
    }
};

struct ConnectorPage
{
    QList<ConnectorInstance> connectors;
    Pagination pagination;
    int rowsWithoutId = 0; // left out, and said so: a row without an id cannot be acted on
};

struct ConnectorTypePage
{
    QList<ConnectorType> types;
    Pagination pagination;
};

// Decoders of whole answers. They accept both dialects, the nested answer of /connectors/configured,
// and reject with a Malformed error what is not a list of objects (`connectors` null, a string...).
namespace decode {

std::optional<ConnectorPage> connectorPage(const QJsonObject& root,
                                           const Pagination& requested,
                                           ApiError* error,
                                           ConnectorInstance::Extra extra = ConnectorInstance::Extra::Keep);
// The same as connectorPage() over the object ApiReply would have parsed from `body` (an empty body,
// invalid JSON, JSON that is not an object and `success: false` are the errors they are there), in one
// pass over the bytes and without building a QJsonDocument: list answers are the client's largest, and
// the document cost more time and memory than the instances (docs/PERFORMANCE.md).
std::optional<ConnectorPage> connectorPageFromBody(const QByteArray& body,
                                                   int httpStatus,
                                                   const Pagination& requested,
                                                   ApiError* error,
                                                   ConnectorInstance::Extra extra = ConnectorInstance::Extra::Keep);
std::optional<ConnectorTypePage> typePage(const QJsonObject& root, const Pagination& requested, ApiError* error);
// `{success, connector}` of get, create and rename.
std::optional<QJsonObject> connectorObject(const QJsonObject& root, ApiError* error);

} // namespace decode

Q_DECLARE_METATYPE(Pagination)
Q_DECLARE_METATYPE(ConnectorPage)

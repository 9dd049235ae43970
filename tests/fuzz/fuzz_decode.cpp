// Feeds arbitrary bytes through every path that turns a server's answer into our types.
// Whatever the bytes, nothing may crash, hang or trip a sanitizer; and what decodes must hold
// the invariants the table relies on.
#include "core/apierror.h"
#include "core/connectorinstance.h"
#include "core/connectortype.h"
#include "core/listquery.h"
#include "core/pagination.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));

    // Error bodies: any status, any bytes.
    const int status = size > 0 ? 400 + data[0] % 200 : 500;
    const ApiError error = ApiError::fromHttp(status, bytes.left(64), bytes);
    if (error.message.isEmpty() || error.message.size() > 600)
        std::abort();
    (void)error.toString();

    const QJsonDocument document = QJsonDocument::fromJson(bytes);
    if (!document.isObject())
        return 0;
    const QJsonObject root = document.object();

    ApiError decodeError;
    if (const auto page = decode::connectorPage(root, Pagination{2, 20, -1, false}, &decodeError)) {
        for (const ConnectorInstance& c : page->connectors) {
            if (!c.isValid())
                std::abort(); // rows without an id are counted, never shown
            const QJsonObject written = c.toJson();
            // What we write, we read back the same.
            if (!(ConnectorInstance::fromJson(written) == c))
                std::abort();
            ConnectorInstance merged = c;
            merged.mergeFrom(root);
            (void)merged.lockReason();
        }
        if (page->pagination.page < 1 || page->pagination.limit < 1)
            std::abort();
        (void)page->pagination.pageCount();
        ListQuery query;
        query.setSearch(QStringLiteral("a"));
        query.setLimit(7);
        query.setPage(2);
        const ConnectorPage local = query.pageLocally(page->connectors);
        if (local.connectors.size() > 7 || local.pagination.total > page->connectors.size())
            std::abort();
    } else if (decodeError.kind != ApiError::Kind::Malformed || decodeError.message.isEmpty()) {
        std::abort();
    }
    if (const auto types = decode::typePage(root, Pagination{}, nullptr)) {
        for (const ConnectorType& t : types->types)
            (void)t.toJson();
    }
    (void)decode::connectorObject(root, nullptr);
    (void)Pagination::fromJson(root.value(QLatin1String("pagination")), Pagination{}, 3);
    return 0;
}

// Feeds arbitrary bytes through every path that turns a server's answer into our types.
// Whatever the bytes, nothing may crash, hang or trip a sanitizer; and what decodes must hold
// the invariants the table relies on.
#include "core/list/listquery.h"
#include "core/model/connectorinstance.h"
#include "core/model/connectortype.h"
#include "core/net/apierror.h"
#include "core/wire/pagination.h"
#include "core/wire/pagination_p.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cstdint>
#include <cstdlib>
#include <optional>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));

    // Error bodies: any status, any bytes.
    const int status = size > 0 ? 400 + data[0] % 200 : 500;
    const ApiError error = ApiError::fromHttp(status, bytes.left(64), bytes);
    if (error.message.isEmpty() || error.message.size() > 600)
        std::abort();
    (void)error.toString();

    // List answers straight from the bytes (the client's path for lists), both ways of keeping fields.
    const Pagination requested{2, 20, -1, false};
    std::optional<ConnectorPage> keptOnePass;
    std::optional<ConnectorPage> keptTwoPasses;
    // One pass and two (the client takes two from 1 MB on, beyond what the fuzzer makes).
    for (const auto& [extra, twoPassesFrom] : {std::pair{ConnectorInstance::Extra::Skip, qsizetype(0)},
                                               std::pair{ConnectorInstance::Extra::Keep, qsizetype(1) << 30},
                                               std::pair{ConnectorInstance::Extra::Keep, qsizetype(0)}}) {
        ApiError streamError;
        const std::optional<ConnectorPage> streamed
            = decode::connectorPageFromBody(bytes, 200, requested, &streamError, extra, twoPassesFrom);
        if (streamed) {
            for (const ConnectorInstance& c : streamed->connectors) {
                if (!c.isValid())
                    std::abort();
            }
            if (streamed->pagination.page < 1 || streamed->pagination.limit < 1)
                std::abort();
        } else if (!streamError.isError() || streamError.message.isEmpty()) {
            std::abort();
        }
        if (extra == ConnectorInstance::Extra::Keep)
            (twoPassesFrom == 0 ? keptTwoPasses : keptOnePass) = streamed;
    }
    // Where both ways read the bytes, they read the same instances. (One may refuse what the other
    // takes: nesting is counted from the instance in the second pass, from the answer in one pass.)
    if (keptOnePass && keptTwoPasses
        && (!(keptOnePass->connectors == keptTwoPasses->connectors)
            || keptOnePass->rowsWithoutId != keptTwoPasses->rowsWithoutId))
        std::abort();

    const QJsonDocument document = QJsonDocument::fromJson(bytes);
    if (!document.isObject())
        return 0;
    const QJsonObject root = document.object();

    // CONNECTOR_FUZZ_DIFFERENTIAL=1: where both decoders read the answer, they must agree (a longer
    // local run; CI's minute checks memory safety and the invariants only).
    static const bool differential = qEnvironmentVariableIntValue("CONNECTOR_FUZZ_DIFFERENTIAL") == 1;
    if (differential && keptOnePass) {
        const QJsonValue success = root.value(QLatin1String("success"));
        ApiError referenceError;
        const auto reference = success.isBool() && !success.toBool()
            ? std::nullopt
            : decode::connectorPage(root, requested, &referenceError);
        if (!reference || !(reference->connectors == keptOnePass->connectors)
            || !(reference->pagination == keptOnePass->pagination)
            || reference->rowsWithoutId != keptOnePass->rowsWithoutId)
            std::abort();
    }

    ApiError decodeError;
    if (const auto page = decode::connectorPage(root, requested, &decodeError)) {
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

#pragma once

// Shared by the two list decoders (pagination.cpp from a QJsonObject, pagebodydecoder.cpp from the
// bytes), so that both end a page the same way. Not part of the core's interface.

#include "core/wire/pagination.h"

namespace decode {

// The answer has no list of connectors (`wrongType`: it has `connectors`, but not a list of them).
ApiError listMissing(bool wrongType);

// Rows without an id are counted and left out; a list of nothing but such rows is an error.
std::optional<ConnectorPage> finishPage(ConnectorPage page,
                                        int skipped,
                                        qsizetype listSize,
                                        const QJsonValue& pagination,
                                        const Pagination& requested,
                                        ApiError* error);

// connectorPageFromBody, reading in two passes from `twoPassesFromBytes` on (the public one: 1 MB), so
// that tests and the fuzzer can drive either way with any answer.
std::optional<ConnectorPage> connectorPageFromBody(const QByteArray& body,
                                                   int httpStatus,
                                                   const Pagination& requested,
                                                   ApiError* error,
                                                   ConnectorInstance::Extra extra,
                                                   qsizetype twoPassesFromBytes);

} // namespace decode

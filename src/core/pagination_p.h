#pragma once

// Shared by the two list decoders (pagination.cpp from a QJsonObject, pagebodydecoder.cpp from the
// bytes), so that both end a page the same way. Not part of the core's interface.

#include "pagination.h"

namespace decode {

// Rows without an id are counted and left out; a list of nothing but such rows is an error.
std::optional<ConnectorPage> finishPage(ConnectorPage page,
                                        int skipped,
                                        qsizetype listSize,
                                        const QJsonValue& pagination,
                                        const Pagination& requested,
                                        ApiError* error);

} // namespace decode

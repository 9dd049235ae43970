#include "cli/exitcode.h"

#include "core/net/apierror.h"

namespace exitcode {

Code forError(const ApiError& error)
{
    switch (error.kind) {
    case ApiError::Kind::None:
        return Ok;
    case ApiError::Kind::Validation:
        return Usage;
    case ApiError::Kind::NotFound:
        return NotFound;
    case ApiError::Kind::Unauthorized:
        return Unauthorized;
    case ApiError::Kind::Conflict:
    case ApiError::Kind::Rejected:
        return Rejected;
    case ApiError::Kind::RateLimited:
    case ApiError::Kind::Server:
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Tls:
    case ApiError::Kind::Malformed:
        return Unavailable;
    case ApiError::Kind::Cancelled:
        return Failure;
    }
    return Failure;
}

} // namespace exitcode

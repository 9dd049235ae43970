#pragma once

struct ApiError;

// The exit status of connectorctl, for scripts: stable, documented in --help.
namespace exitcode {

enum Code : int
{
    Ok = 0,
    Failure = 1, // anything else: the keychain failed, a cancelled call...
    Usage = 2, // usage or client-side validation: no request was sent
    NotFound = 3, // 404
    Unauthorized = 4, // 401 or 403
    Rejected = 5, // 400, 409, 422 and other 4xx
    Unavailable = 6, // network, timeout, TLS, 5xx, 429 after the retries, or a malformed answer
};

Code forError(const ApiError& error);

} // namespace exitcode

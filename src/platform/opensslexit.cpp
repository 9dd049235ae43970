#include "platform/opensslexit.h"

#include <openssl/crypto.h>

namespace opensslexit {

void skipCleanupAtExit()
{
    OPENSSL_init_crypto(OPENSSL_INIT_NO_ATEXIT, nullptr);
}

} // namespace opensslexit

#include "core/net/logging.h"

Q_LOGGING_CATEGORY(lcApi, "connector.api", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCredentials, "connector.credentials", QtInfoMsg)
Q_LOGGING_CATEGORY(lcList, "connector.list", QtInfoMsg)

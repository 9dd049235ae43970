#pragma once

#include <QLoggingCategory>

// One category per area; enable with QT_LOGGING_RULES="connector.*.debug=true".
// Nothing logged through them may carry a token: URLs and statuses only, never headers.
Q_DECLARE_LOGGING_CATEGORY(lcApi)
Q_DECLARE_LOGGING_CATEGORY(lcCredentials)
Q_DECLARE_LOGGING_CATEGORY(lcList)

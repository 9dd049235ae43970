#pragma once

#include <QString>
#include <QUrl>

#include <optional>

// The base URL every path hangs from. A user who types only "https://host" means "https://host/api/v1".
namespace serverurl {

std::optional<QUrl> normalize(const QString& text, QString* errorMessage = nullptr);
// http to anything but loopback sends the token in clear: callers warn.
bool isPlainHttpToRemote(const QUrl& url);

} // namespace serverurl

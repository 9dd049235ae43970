#pragma once

#include <QString>

// The names of connectorctl's options and arguments that are also words of the API (id, name, type,
// scope, page, limit). They are the command line's own, not JSON keys: spelled once, here, the one
// file of src/cli that scripts/check-wire-keys lets spell them.
namespace optionname {

inline const QString id = QStringLiteral("id");
inline const QString name = QStringLiteral("name");
inline const QString type = QStringLiteral("type");
inline const QString scope = QStringLiteral("scope");
inline const QString page = QStringLiteral("page");
inline const QString limit = QStringLiteral("limit");
inline const QString authenticated = QStringLiteral("authenticated");

} // namespace optionname

#include "core/settings/appsettings.h"

namespace appsettings {

QString organisation()
{
    return QStringLiteral("PipesHub");
}

QString application()
{
    return QStringLiteral("connector-admin");
}

QSettings open()
{
    return QSettings(organisation(), application());
}

} // namespace appsettings

#include "cli/commands/typescommand.h"

#include "cli/exitcode.h"
#include "cli/optionnames.h"
#include "cli/session.h"

#include "core/list/listquery.h"
#include "core/net/apiclient.h"
#include "core/ops/registryloader.h"
#include "core/wire/pagination.h"

#include <QCommandLineParser>
#include <QEventLoop>

#include <optional>

TypesCommand::TypesCommand()
    : Command(QStringLiteral("types"), tr("List the connector types of the registry (what create accepts)."))
{
    m_options = {
        {optionname::scope, tr("Only types that support this scope: team or personal."), tr("SCOPE")},
        {QStringLiteral("search"), tr("Only types whose name contains TEXT."), tr("TEXT")},
    };
}

int TypesCommand::execute(Session& session, const QCommandLineParser& parser)
{
    if (!expectArguments(session, parser, 0))
        return exitcode::Usage;
    const QString scope = parser.value(optionname::scope).trimmed().toLower();
    if (parser.isSet(optionname::scope) && !scopeFromName(scope))
        return session.usageError(
            tr("Unknown scope \"%1\": use team or personal.").arg(parser.value(optionname::scope)));
    const QString search = parser.value(QStringLiteral("search")).trimmed();
    if (search.size() > ListQuery::maxSearchLength)
        return session.usageError(tr("The search text is longer than %1 characters.").arg(ListQuery::maxSearchLength));
    if (const int code = session.connectToServer(); code != exitcode::Ok)
        return code;

    // The loader the console uses: page after page, each type once, a server that never stops saying
    // "more" cut off; narrowed by the registry's own scope and search filters.
    RegistryLoader loader(&session.client());
    loader.setFilter(scope, search);
    QEventLoop loop;
    std::optional<ApiError> failure;
    QObject::connect(&loader, &RegistryLoader::loaded, &loop, &QEventLoop::quit);
    QObject::connect(&loader, &RegistryLoader::failed, &loop, [&](const ApiError& error) {
        failure = error;
        loop.quit();
    });
    loader.load();
    loop.exec();
    if (failure)
        return session.fail(*failure);
    const QList<ConnectorType>& types = loader.types();
    const auto count = types.size();
    session.format().writeTypes(session.out(), types, Pagination{1, int(count), count, false});
    return exitcode::Ok;
}

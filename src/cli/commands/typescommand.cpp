#include "cli/commands/typescommand.h"

#include "cli/exitcode.h"
#include "cli/optionnames.h"
#include "cli/session.h"

#include "core/list/listquery.h"
#include "core/net/apiclient.h"
#include "core/wire/pagination.h"

#include <QCommandLineParser>

namespace {

// The registry has dozens of entries; a server that keeps saying "more" must not keep us forever.
constexpr int maxPages = 100;

} // namespace

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

    QList<ConnectorType> types;
    for (int page = 1; page <= maxPages; ++page) {
        const ListParams params{scope, page, ListQuery::maxLimit, search};
        const Session::CallResult result = session.wait(session.client().listRegistry(params));
        if (!result.ok())
            return session.fail(result.error);
        ApiError error;
        const auto decoded = result.answer.registryPage(Pagination{page, params.limit, -1, false}, &error);
        if (!decoded)
            return session.fail(error);
        types += decoded->types;
        if (!decoded->pagination.hasMore || decoded->types.isEmpty())
            break;
    }
    const auto count = types.size();
    session.format().writeTypes(session.out(), types, Pagination{1, int(count), count, false});
    return exitcode::Ok;
}

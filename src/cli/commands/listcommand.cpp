#include "cli/commands/listcommand.h"

#include "cli/exitcode.h"
#include "cli/optionnames.h"
#include "cli/output/outputformat.h"
#include "cli/session.h"

#include "core/export/connectorlisting.h"
#include "core/list/connectorpageloader.h"
#include "core/net/apiclient.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QIODevice>
#include <QTextStream>

namespace {

// A whole number from an option, or nothing when it is not one.
std::optional<int> intValue(const QString& text)
{
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    return ok ? std::optional<int>(value) : std::nullopt;
}

// UTF-8 bytes as they are: straight to the device when there is one (stdout), in one write.
void writeBytes(QTextStream& out, const QByteArray& bytes)
{
    if (QIODevice* device = out.device()) {
        out.flush();
        device->write(bytes);
    } else {
        out << QString::fromUtf8(bytes);
    }
}

} // namespace

ListCommand::ListCommand()
    : Command(QStringLiteral("list"), tr("List connector instances."))
{
    m_options = {
        {optionname::scope,
         tr("Only instances of this scope: team or personal. Default: both, team first."),
         tr("SCOPE")},
        {QStringLiteral("state"),
         tr("Which instances: all (default), active, inactive, configured or agents (agent-enabled)."),
         tr("STATE")},
        {QStringLiteral("search"),
         tr("Only instances whose name, connector type or app group contains TEXT (case-insensitive; % and _ "
            "are wildcards, as on the server)."),
         tr("TEXT")},
        {optionname::type,
         tr("Only instances of this connector type (its registry name, e.g. \"Drive\"). With --state all, "
            "active or inactive."),
         tr("TYPE")},
        {optionname::authenticated,
         tr("Only instances that are signed in (yes) or not yet (no). With --state all, active or inactive."),
         tr("yes|no")},
        {optionname::page, tr("The page to show, from 1 (default 1)."), tr("N")},
        {optionname::limit,
         tr("Instances per page, 1 to %1 (default %2; %1 with --all-pages).")
             .arg(ListQuery::maxLimit)
             .arg(ListQuery::defaultLimit),
         tr("N")},
        {QStringLiteral("all-pages"), tr("Every page, each instance exactly once, in list order.")},
    };
    m_epilog = tr("The range line under the table (e.g. \"41-60 of 137\") is the position of this page in the "
                  "whole list. Active and inactive come unpaged from the server and are filtered and paged "
                  "here; with --all-pages they take a single request. --type and --authenticated are sent to "
                  "the server with --state all and applied here to active and inactive.");
}

int ListCommand::execute(Session& session, const QCommandLineParser& parser)
{
    if (!expectArguments(session, parser, 0))
        return exitcode::Usage;

    ListQuery query;
    if (parser.isSet(optionname::scope)) {
        const QString name = parser.value(optionname::scope);
        const auto scope = ListQuery::scopeFromName(name);
        if (!scope || name.trimmed().isEmpty())
            return session.usageError(tr("Unknown scope \"%1\": use team or personal.").arg(name));
        query.setScope(*scope);
    }
    if (parser.isSet(QStringLiteral("state"))) {
        const QString name = parser.value(QStringLiteral("state"));
        const auto state = ListQuery::stateFromName(name);
        if (!state)
            return session.usageError(
                tr("Unknown state \"%1\": use all, active, inactive, configured or agents.").arg(name));
        query.setState(*state);
    }
    const QString search = parser.value(QStringLiteral("search")).trimmed();
    if (search.size() > ListQuery::maxSearchLength)
        return session.usageError(tr("The search text is longer than %1 characters.").arg(ListQuery::maxSearchLength));
    query.setSearch(search);
    if (parser.isSet(optionname::type)) {
        const QString type = parser.value(optionname::type).trimmed();
        if (type.isEmpty())
            return session.usageError(tr("--type needs a connector type, e.g. --type Drive."));
        query.setConnectorType(type);
    }
    if (parser.isSet(optionname::authenticated)) {
        const QString name = parser.value(optionname::authenticated);
        const auto authenticated = ListQuery::authenticatedFromName(name);
        if (!authenticated || *authenticated == ListQuery::Authenticated::Any)
            return session.usageError(tr("--authenticated takes yes or no, not \"%1\".").arg(name));
        query.setAuthenticated(*authenticated);
    }
    if (query.hasTypeFilters() && !ListQuery::takesTypeFilters(query.state()))
        return session.usageError(tr("--type and --authenticated work with --state all, active or inactive: the "
                                     "server cannot filter the %1 list by them.")
                                      .arg(ListQuery::stateName(query.state())));

    const bool allPages = parser.isSet(QStringLiteral("all-pages"));
    int limit = allPages ? ListQuery::maxLimit : ListQuery::defaultLimit;
    if (parser.isSet(optionname::limit)) {
        const auto value = intValue(parser.value(optionname::limit));
        if (!value || *value < 1 || *value > ListQuery::maxLimit)
            return session.usageError(tr("--limit must be a whole number from 1 to %1, not \"%2\".")
                                          .arg(ListQuery::maxLimit)
                                          .arg(parser.value(optionname::limit)));
        limit = *value;
    }
    query.setLimit(limit);
    if (parser.isSet(optionname::page)) {
        if (allPages)
            return session.usageError(tr("--page and --all-pages do not go together."));
        const auto value = intValue(parser.value(optionname::page));
        if (!value || *value < 1)
            return session.usageError(
                tr("--page must be a whole number, 1 or more, not \"%1\".").arg(parser.value(optionname::page)));
        query.setPage(*value);
    }

    if (const int code = session.connectToServer(); code != exitcode::Ok)
        return code;

    QEventLoop loop;
    bool done = false;
    ApiError error;
    ConnectorPage page;
    // --output csv|json of every page: the listing the console's export writes too
    // (core/export/connectorlisting.h), each page serialised as it comes while the next are on their way.
    std::optional<ConnectorListing> listing;
    if (allPages && session.format().kind() != OutputFormat::Kind::Table)
        listing.emplace(session.format().kind() == OutputFormat::Kind::Json ? ConnectorListing::Format::Json
                                                                            : ConnectorListing::Format::Csv);
    QByteArray listed;
    if (allPages) {
        ConnectorPageLoader loader(&session.client());
        AllPagesOptions options;
        if (listing) {
            options.collect = false;
            listing->appendBegin(listed);
            QObject::connect(
                &loader, &ConnectorPageLoader::pageReady, &loop, [&](const QList<ConnectorInstance>& fresh) {
                    const qsizetype before = listed.size();
                    const bool first = listing->count() == 0;
                    listing->appendPage(listed, fresh);
                    // Once a page shows how long an instance's text is, room for all of them at once:
                    // megabytes that would otherwise be copied over and over as the text grows.
                    if (first && !fresh.isEmpty()) {
                        const qint64 perInstance = (listed.size() - before) / fresh.size() + 1;
                        const qint64 wanted = perInstance * loader.expectedCount() * 11 / 10;
                        if (wanted > listed.capacity() && wanted < (qint64(1) << 31))
                            listed.reserve(qsizetype(wanted));
                    }
                });
        }
        QObject::connect(&loader, &ConnectorPageLoader::allPagesLoaded, &loop, [&](const AllPages& all) {
            page.connectors = all.connectors;
            page.rowsWithoutId = all.rowsWithoutId;
            done = true;
            loop.quit();
        });
        QObject::connect(&loader, &ConnectorPageLoader::failed, &loop, [&](const ApiError& e, const ListQuery&) {
            error = e;
            done = true;
            loop.quit();
        });
        loader.loadAllPages(query, options);
        if (!done)
            loop.exec();
        // One page that holds everything.
        const auto count = page.connectors.size();
        page.pagination = Pagination{1, int(count), count, false};
    } else {
        ConnectorPageLoader loader(&session.client());
        QObject::connect(&loader, &ConnectorPageLoader::loaded, &loop, [&](const ConnectorPage& p, const ListQuery&) {
            page = p;
            done = true;
            loop.quit();
        });
        QObject::connect(&loader, &ConnectorPageLoader::failed, &loop, [&](const ApiError& e, const ListQuery&) {
            error = e;
            done = true;
            loop.quit();
        });
        loader.load(query);
        if (!done)
            loop.exec();
    }
    if (error.isError())
        return session.fail(error);
    if (page.rowsWithoutId > 0)
        session.warn(tr("%1 rows without an id were left out.").arg(page.rowsWithoutId));
    if (listing) {
        listing->appendEnd(listed);
        writeBytes(session.out(), listed);
    } else {
        session.format().writeConnectors(session.out(), page.connectors, page.pagination);
    }
    return exitcode::Ok;
}

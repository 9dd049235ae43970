// The read-only routes: the instance lists, the registry and GET one.
#include "devserver/connectorstore.h"
#include "devserver/dialect.h"
#include "devserver/routes/requestparams.h"
#include "devserver/routes/routes.h"

#include <QHash>
#include <QRegularExpression>

#include <functional>

namespace devserver::routes {

namespace {

using RecordFilter = std::function<bool(const ConnectorRecord&)>;

bool matchesSearch(const QString& foldedName, const QString& foldedSearch)
{
    return foldedSearch.isEmpty() || foldedName.contains(foldedSearch);
}

// The real server's search on the instance lists: `LIKE '%term%'` over the name, the connector type and
// the app group, case-insensitively (docs/API.md). So '%' in the term matches any run of characters and
// '_' exactly one; everything else is literal.
class InstanceSearch
{
public:
    explicit InstanceSearch(const QString& term)
        : m_term(term.toCaseFolded())
    {
        if (!m_term.contains(QLatin1Char('%')) && !m_term.contains(QLatin1Char('_')))
            return;
        QString pattern;
        QString literal;
        const auto flush = [&] {
            pattern += QRegularExpression::escape(literal);
            literal.clear();
        };
        for (const QChar c : std::as_const(m_term)) {
            if (c == QLatin1Char('%') || c == QLatin1Char('_')) {
                flush();
                pattern += c == QLatin1Char('%') ? QStringLiteral(".*") : QStringLiteral(".");
            } else {
                literal += c;
            }
        }
        flush();
        m_pattern.setPattern(pattern);
        m_pattern.setPatternOptions(QRegularExpression::DotMatchesEverythingOption
                                    | QRegularExpression::UseUnicodePropertiesOption);
        m_wildcards = true;
    }

    bool matches(const ConnectorRecord& record)
    {
        if (m_term.isEmpty())
            return true;
        if (contains(record.foldedName))
            return true;
        return cachedMatch(m_types, record.type) || cachedMatch(m_groups, record.appGroup);
    }

private:
    // Types and app groups are few: each is folded and matched once per request.
    bool cachedMatch(QHash<QString, bool>& cache, const QString& text) const
    {
        const auto it = cache.constFind(text);
        if (it != cache.cend())
            return it.value();
        const bool hit = contains(text.toCaseFolded());
        cache.insert(text, hit);
        return hit;
    }

    bool contains(const QString& folded) const
    {
        return m_wildcards ? m_pattern.match(folded).hasMatch() : folded.contains(m_term);
    }

    QString m_term;
    bool m_wildcards = false;
    QRegularExpression m_pattern;
    QHash<QString, bool> m_types; // connector type -> whether it matches
    QHash<QString, bool> m_groups; // app group -> whether it matches
};

bool passesFilters(const ConnectorRecord& record, const ListParams& params)
{
    if (!params.connectorType.isEmpty() && record.type.compare(params.connectorType, Qt::CaseInsensitive) != 0)
        return false;
    if (params.isActive && record.isActive != *params.isActive)
        return false;
    return !params.isAuthenticated || record.isAuthenticated == *params.isAuthenticated;
}

struct PagedRecords
{
    QList<const ConnectorRecord*> page;
    qsizetype total = 0;
};

PagedRecords filterAndPage(const RouteContext& context, const ListParams& params, const RecordFilter& filter)
{
    PagedRecords result;
    InstanceSearch search(params.search);
    const qint64 first = qint64(params.page - 1) * params.limit;
    for (const auto& record : context.store.records()) {
        if (!record.isVisibleTo(context.userId))
            continue;
        if (!params.scope.isEmpty() && record.scope != params.scope)
            continue;
        if (!passesFilters(record, params) || !search.matches(record) || !filter(record))
            continue;
        if (result.total >= first && result.page.size() < params.limit)
            result.page.append(&record);
        ++result.total;
    }
    return result;
}

QJsonArray renderInstances(const RouteContext& context, const QList<const ConnectorRecord*>& records)
{
    QJsonArray array;
    for (const auto* record : records)
        array.append(dialect::instance(context.dialect, *record, context.store.findType(record->type), false));
    return array;
}

// GET /connectors, /connectors/configured and /connectors/agents/active share everything but the
// filter and (PipesHub) the nesting of /configured.
Answer pagedList(const IncomingRequest& request,
                 RouteContext& context,
                 const RecordFilter& filter,
                 bool nested,
                 bool withFilters = false)
{
    ListParams params;
    if (auto failure
        = readListParams(request, context.dialect, context.dialect == Dialect::PipesHub, params, withFilters))
        return *failure;
    const PagedRecords result = filterAndPage(context, params, filter);
    PageInfo pageInfo{params.page, params.limit, result.total, nested, params.search};
    const QJsonArray connectors = renderInstances(context, result.page);
    const QJsonObject pagination = dialect::pagination(context.dialect, pageInfo);

    if (nested && context.dialect == Dialect::PipesHub) {
        return jsonAnswer(
            200,
            {{QStringLiteral("success"), true},
             {QStringLiteral("connectors"),
              QJsonObject{{QStringLiteral("connectors"), connectors}, {QStringLiteral("pagination"), pagination}}}});
    }
    return jsonAnswer(200,
                      {{QStringLiteral("success"), true},
                       {QStringLiteral("connectors"), connectors},
                       {QStringLiteral("pagination"), pagination}});
}

} // namespace

Answer listConnectors(const IncomingRequest& request, RouteContext& context)
{
    return pagedList(
        request, context, [](const ConnectorRecord&) { return true; }, false, true);
}

Answer listConfigured(const IncomingRequest& request, RouteContext& context)
{
    return pagedList(
        request, context, [](const ConnectorRecord& record) { return record.isConfigured; }, true);
}

Answer listActiveAgents(const IncomingRequest& request, RouteContext& context)
{
    return pagedList(
        request, context, [](const ConnectorRecord& record) { return record.isAgentActive && record.isActive; }, false);
}

Answer listActive(RouteContext& context, bool active)
{
    // No scope, search or paging: every visible instance of both scopes (the client pages them).
    QList<const ConnectorRecord*> matching;
    for (const auto& record : context.store.records()) {
        if (record.isVisibleTo(context.userId) && record.isActive == active)
            matching.append(&record);
    }
    return jsonAnswer(
        200, {{QStringLiteral("success"), true}, {QStringLiteral("connectors"), renderInstances(context, matching)}});
}

Answer listRegistry(const IncomingRequest& request, RouteContext& context)
{
    ListParams params;
    if (auto failure = readListParams(request, context.dialect, false, params))
        return *failure;
    const QString search = params.search.toCaseFolded();
    const qint64 first = qint64(params.page - 1) * params.limit;
    QJsonArray page;
    qsizetype total = 0;
    for (const auto& type : context.store.types()) {
        if (!params.scope.isEmpty() && !type.supportsScope(params.scope))
            continue;
        if (!matchesSearch(type.type.toCaseFolded(), search))
            continue;
        if (total >= first && page.size() < params.limit)
            page.append(dialect::connectorType(context.dialect, type));
        ++total;
    }
    PageInfo pageInfo{params.page, params.limit, total, true, params.search};
    return jsonAnswer(200,
                      {{QStringLiteral("success"), true},
                       {QStringLiteral("connectors"), page},
                       {QStringLiteral("pagination"), dialect::pagination(context.dialect, pageInfo)}});
}

Answer getConnector(const QString& id, RouteContext& context)
{
    const auto* record = visibleRecord(id, context);
    if (!record)
        return notFound(id, context);
    return jsonAnswer(200,
                      {{QStringLiteral("success"), true},
                       {QStringLiteral("connector"),
                        dialect::instance(context.dialect, *record, context.store.findType(record->type), true)}});
}

} // namespace devserver::routes

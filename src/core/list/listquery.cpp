#include "core/list/listquery.h"

#include "core/list/connectororder.h"
#include "core/wire/wirekeys.h"

#include <algorithm>

namespace {

using L = QLatin1String;

// Both scopes: no name is sent (the scopes' own names are connectorScopeNames()'s).
const NameTable<ListQuery::Scope> allScopesNames{{ListQuery::Scope::All, L("")}, {ListQuery::Scope::All, L("all")}};

const NameTable<ListQuery::State> stateNames{
    {ListQuery::State::All, L("all")},
    {ListQuery::State::Active, L("active")},
    {ListQuery::State::Inactive, L("inactive")},
    {ListQuery::State::Configured, L("configured")},
    {ListQuery::State::AgentEnabled, L("agents")},
    {ListQuery::State::AgentEnabled, L("agent-enabled")},
};

const NameTable<ListQuery::Authenticated> authenticatedNames{
    {ListQuery::Authenticated::Any, L("any")},
    {ListQuery::Authenticated::Yes, L("yes")},
    {ListQuery::Authenticated::No, L("no")},
    {ListQuery::Authenticated::Yes, L("true")},
    {ListQuery::Authenticated::No, L("false")},
};

} // namespace

bool ListQuery::setScope(Scope scope)
{
    if (scope == m_scope)
        return false;
    m_scope = scope;
    m_page = 1;
    return true;
}

bool ListQuery::setState(State state)
{
    if (state == m_state)
        return false;
    m_state = state;
    m_page = 1;
    return true;
}

bool ListQuery::setSearch(const QString& search)
{
    const QString trimmed = search.trimmed().left(maxSearchLength);
    if (trimmed == m_search)
        return false;
    m_search = trimmed;
    m_page = 1;
    return true;
}

bool ListQuery::setPage(int page)
{
    page = std::max(1, page);
    if (page == m_page)
        return false;
    m_page = page;
    return true;
}

bool ListQuery::setLimit(int limit)
{
    limit = std::clamp(limit, 1, maxLimit);
    if (limit == m_limit)
        return false;
    m_limit = limit;
    m_page = 1;
    return true;
}

bool ListQuery::setConnectorType(const QString& type)
{
    const QString trimmed = type.trimmed();
    if (trimmed == m_connectorType)
        return false;
    m_connectorType = trimmed;
    m_page = 1;
    return true;
}

bool ListQuery::setAuthenticated(Authenticated authenticated)
{
    if (authenticated == m_authenticated)
        return false;
    m_authenticated = authenticated;
    m_page = 1;
    return true;
}

bool ListQuery::setSort(int column, Qt::SortOrder order)
{
    column = std::max(-1, column);
    if (column == m_sortColumn && (column < 0 || order == m_sortOrder))
        return false;
    m_sortColumn = column;
    m_sortOrder = order;
    if (!isServerPaged())
        m_page = 1;
    return true;
}

bool ListQuery::stateHolds(const ConnectorInstance& instance) const
{
    switch (m_state) {
    case State::All:
        return true;
    case State::Active:
        return instance.isActive;
    case State::Inactive:
        return !instance.isActive;
    case State::Configured:
        return instance.isConfigured;
    case State::AgentEnabled:
        return instance.agentEnabled && instance.isActive;
    }
    return true;
}

ListQuery ListQuery::revealing(const ConnectorInstance& instance) const
{
    ListQuery query = *this;
    if (!stateHolds(instance))
        query.setState(State::All);
    if (m_scope != Scope::All && instance.scope != connectorScope(m_scope))
        query.setScope(Scope::All);
    if (!m_connectorType.isEmpty() && instance.connectorType.compare(m_connectorType, Qt::CaseInsensitive) != 0)
        query.setConnectorType({});
    if (m_authenticated != Authenticated::Any && instance.isAuthenticated != (m_authenticated == Authenticated::Yes))
        query.setAuthenticated(Authenticated::Any);
    if (!SearchTerm(m_search).matches(SearchTerm::keyOf(instance)))
        query.setSearch({});
    query.m_page = 1;
    return query;
}

QString ListQuery::instanceIdIn(const QString& text)
{
    // The ids the server makes: UUIDs (its _key) and, from older servers, 24-digit hex object ids. A
    // name could be any word, so nothing shorter or looser counts as an id.
    static const QRegularExpression idPattern(QStringLiteral(
        "^(?:[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}|[0-9A-Fa-f]{24})$"));
    const QString trimmed = text.trimmed();
    return idPattern.match(trimmed).hasMatch() ? trimmed : QString();
}

bool ListQuery::isServerPaged(State state)
{
    return state != State::Active && state != State::Inactive;
}

QString ListQuery::endpoint(State state)
{
    switch (state) {
    case State::All:
        return QStringLiteral("connectors");
    case State::Active:
        return QStringLiteral("connectors/active");
    case State::Inactive:
        return QStringLiteral("connectors/inactive");
    case State::Configured:
        return QStringLiteral("connectors/configured");
    case State::AgentEnabled:
        return QStringLiteral("connectors/agents/active");
    }
    return QStringLiteral("connectors");
}

QUrlQuery ListQuery::serverQuery(const QString& scopeName, int page, int limit) const
{
    QUrlQuery query;
    if (!scopeName.isEmpty())
        query.addQueryItem(QStringLiteral("scope"), scopeName);
    query.addQueryItem(QStringLiteral("page"), QString::number(page));
    query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    if (!m_search.isEmpty())
        query.addQueryItem(QStringLiteral("search"), m_search);
    if (sendsTypeFilters() && !m_connectorType.isEmpty())
        query.addQueryItem(wirekey::connectorType, m_connectorType);
    if (sendsTypeFilters() && m_authenticated != Authenticated::Any)
        query.addQueryItem(wirekey::isAuthenticated,
                           m_authenticated == Authenticated::Yes ? QStringLiteral("true") : QStringLiteral("false"));
    return query;
}

SearchTerm::SearchTerm(const QString& text)
    : m_folded(text.trimmed().toCaseFolded())
{
    if (!m_folded.contains(QLatin1Char('%')) && !m_folded.contains(QLatin1Char('_')))
        return;
    // The fields of a key are lines: a wildcard never reaches from the name into the type.
    QString pattern;
    QString literal;
    for (const QChar c : std::as_const(m_folded)) {
        if (c != QLatin1Char('%') && c != QLatin1Char('_')) {
            literal += c;
            continue;
        }
        pattern += QRegularExpression::escape(literal)
            + (c == QLatin1Char('%') ? QLatin1String("[^\n]*") : QLatin1String("[^\n]"));
        literal.clear();
    }
    pattern += QRegularExpression::escape(literal);
    m_pattern.setPattern(pattern);
}

bool SearchTerm::matches(const QString& key) const
{
    if (m_folded.isEmpty())
        return true;
    return m_pattern.pattern().isEmpty() ? key.contains(m_folded) : m_pattern.match(key).hasMatch();
}

QString SearchTerm::keyOf(const ConnectorInstance& instance)
{
    return (instance.name + QLatin1Char('\n') + instance.connectorType + QLatin1Char('\n') + instance.appGroup)
        .toCaseFolded();
}

bool ListQuery::matches(const ConnectorInstance& instance) const
{
    return matchesKey(instance, SearchTerm::keyOf(instance), SearchTerm(m_search));
}

bool ListQuery::matchesKey(const ConnectorInstance& instance, const QString& key, const SearchTerm& term) const
{
    if (m_scope != Scope::All && instance.scope != connectorScope(m_scope))
        return false;
    // As the dev server compares the type: the registry's name, whatever its case.
    if (!m_connectorType.isEmpty() && instance.connectorType.compare(m_connectorType, Qt::CaseInsensitive) != 0)
        return false;
    if (m_authenticated != Authenticated::Any && instance.isAuthenticated != (m_authenticated == Authenticated::Yes))
        return false;
    return term.matches(key);
}

ConnectorPage ListQuery::pageLocally(const QList<ConnectorInstance>& all) const
{
    QStringList keys;
    if (!m_search.isEmpty()) {
        keys.reserve(all.size());
        for (const ConnectorInstance& instance : all)
            keys.append(SearchTerm::keyOf(instance));
    }
    return pageLocally(all, keys);
}

bool ListQuery::comesBefore(const ConnectorInstance& a, const ConnectorInstance& b) const
{
    if (m_sortColumn < 0)
        return false;
    // Descending is ascending read backwards, ties included, as QSortFilterProxyModel sorts it.
    return m_sortOrder == Qt::AscendingOrder ? connectororder::lessThan(a, b, m_sortColumn)
                                             : connectororder::lessThan(b, a, m_sortColumn);
}

ConnectorPage ListQuery::pageLocally(const QList<ConnectorInstance>& all, const QStringList& keys) const
{
    Q_ASSERT(keys.size() == all.size() || (m_search.isEmpty() && keys.isEmpty()));
    const SearchTerm term(m_search);
    QList<qsizetype> matched;
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (matchesKey(all.at(i), term.isEmpty() ? QString() : keys.at(i), term))
            matched.append(i);
    }
    // The whole filtered list is sorted before the page is cut, so that page 1 holds the first rows of
    // the sort, not a sorted slice of the server's order.
    if (m_sortColumn >= 0) {
        std::stable_sort(matched.begin(), matched.end(), [&](qsizetype a, qsizetype b) {
            return comesBefore(all.at(a), all.at(b));
        });
    }
    ConnectorPage result;
    const qint64 first = qint64(m_page - 1) * m_limit;
    for (qint64 i = first; i < matched.size() && i < first + m_limit; ++i)
        result.connectors.append(all.at(matched.at(i)));
    result.pagination.page = m_page;
    result.pagination.limit = m_limit;
    result.pagination.total = matched.size();
    result.pagination.hasMore = first + m_limit < matched.size();
    return result;
}

QString ListQuery::scopeName(Scope scope)
{
    return scope == Scope::All ? QString() : ::scopeName(connectorScope(scope));
}

std::optional<ListQuery::Scope> ListQuery::scopeFromName(const QString& name)
{
    if (names::find(allScopesNames, name))
        return Scope::All;
    switch (::scopeFromName(name).value_or(ConnectorScope::None)) {
    case ConnectorScope::Team:
        return Scope::Team;
    case ConnectorScope::Personal:
        return Scope::Personal;
    case ConnectorScope::None:
    case ConnectorScope::Other:
        break;
    }
    return std::nullopt;
}

ConnectorScope ListQuery::connectorScope(Scope scope)
{
    switch (scope) {
    case Scope::Team:
        return ConnectorScope::Team;
    case Scope::Personal:
        return ConnectorScope::Personal;
    case Scope::All:
        break;
    }
    return ConnectorScope::None;
}

QString ListQuery::stateName(State state)
{
    return names::of(stateNames, state);
}

std::optional<ListQuery::State> ListQuery::stateFromName(const QString& name)
{
    return names::find(stateNames, name);
}

QString ListQuery::authenticatedName(Authenticated authenticated)
{
    return names::of(authenticatedNames, authenticated);
}

std::optional<ListQuery::Authenticated> ListQuery::authenticatedFromName(const QString& name)
{
    return names::find(authenticatedNames, name);
}

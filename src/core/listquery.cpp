#include "listquery.h"

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
    return term.matches(key);
}

ConnectorPage ListQuery::pageLocally(const QList<ConnectorInstance>& all) const
{
    ConnectorPage result;
    const qint64 first = qint64(m_page - 1) * m_limit;
    qint64 matched = 0;
    const SearchTerm term(m_search);
    for (const ConnectorInstance& instance : all) {
        if (!matchesKey(instance, term.isEmpty() ? QString() : SearchTerm::keyOf(instance), term))
            continue;
        if (matched >= first && matched < first + m_limit)
            result.connectors.append(instance);
        ++matched;
    }
    result.pagination.page = m_page;
    result.pagination.limit = m_limit;
    result.pagination.total = matched;
    result.pagination.hasMore = first + m_limit < matched;
    return result;
}

ConnectorPage ListQuery::pageLocally(const QList<ConnectorInstance>& all, const QStringList& keys) const
{
    Q_ASSERT(keys.size() == all.size());
    ConnectorPage result;
    const qint64 first = qint64(m_page - 1) * m_limit;
    const SearchTerm term(m_search);
    qint64 matched = 0;
    for (qsizetype i = 0; i < all.size(); ++i) {
        const ConnectorInstance& instance = all.at(i);
        if (!matchesKey(instance, keys.at(i), term))
            continue;
        if (matched >= first && matched < first + m_limit)
            result.connectors.append(instance);
        ++matched;
    }
    result.pagination.page = m_page;
    result.pagination.limit = m_limit;
    result.pagination.total = matched;
    result.pagination.hasMore = first + m_limit < matched;
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

#include "listquery.h"

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

bool ListQuery::matches(const ConnectorInstance& instance) const
{
    if (m_scope != Scope::All && instance.scope.compare(scopeName(m_scope), Qt::CaseInsensitive) != 0)
        return false;
    return m_search.isEmpty() || instance.name.contains(m_search, Qt::CaseInsensitive);
}

ConnectorPage ListQuery::pageLocally(const QList<ConnectorInstance>& all) const
{
    ConnectorPage result;
    const qint64 first = qint64(m_page - 1) * m_limit;
    qint64 matched = 0;
    for (const ConnectorInstance& instance : all) {
        if (!matches(instance))
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

ConnectorPage ListQuery::pageLocally(const QList<ConnectorInstance>& all, const QStringList& foldedNames) const
{
    Q_ASSERT(foldedNames.size() == all.size());
    ConnectorPage result;
    const qint64 first = qint64(m_page - 1) * m_limit;
    const QString search = m_search.toCaseFolded();
    const QString scope = scopeName(m_scope);
    qint64 matched = 0;
    for (qsizetype i = 0; i < all.size(); ++i) {
        const ConnectorInstance& instance = all.at(i);
        if (m_scope != Scope::All && instance.scope.compare(scope, Qt::CaseInsensitive) != 0)
            continue;
        if (!search.isEmpty() && !foldedNames.at(i).contains(search))
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
    switch (scope) {
    case Scope::All:
        return {};
    case Scope::Team:
        return QStringLiteral("team");
    case Scope::Personal:
        return QStringLiteral("personal");
    }
    return {};
}

std::optional<ListQuery::Scope> ListQuery::scopeFromName(const QString& name)
{
    const QString n = name.trimmed().toLower();
    if (n.isEmpty() || n == QLatin1String("all"))
        return Scope::All;
    if (n == QLatin1String("team"))
        return Scope::Team;
    if (n == QLatin1String("personal"))
        return Scope::Personal;
    return std::nullopt;
}

QString ListQuery::stateName(State state)
{
    switch (state) {
    case State::All:
        return QStringLiteral("all");
    case State::Active:
        return QStringLiteral("active");
    case State::Inactive:
        return QStringLiteral("inactive");
    case State::Configured:
        return QStringLiteral("configured");
    case State::AgentEnabled:
        return QStringLiteral("agents");
    }
    return {};
}

std::optional<ListQuery::State> ListQuery::stateFromName(const QString& name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("all"))
        return State::All;
    if (n == QLatin1String("active"))
        return State::Active;
    if (n == QLatin1String("inactive"))
        return State::Inactive;
    if (n == QLatin1String("configured"))
        return State::Configured;
    if (n == QLatin1String("agents") || n == QLatin1String("agent-enabled"))
        return State::AgentEnabled;
    return std::nullopt;
}

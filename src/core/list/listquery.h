#pragma once

#include "core/model/connectorinstance.h"
#include "core/wire/pagination.h"

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QUrlQuery>

// The server's search rule (docs/API.md, 'The search rule'), for the lists filtered here: the term is a
// case-insensitive substring of the instance's name, its connector type or its app group ("google"
// finds Gmail and Calendar instances), where % stands for any run of characters and _ for one, as in
// the server's LIKE '%term%'.
class SearchTerm
{
public:
    explicit SearchTerm(const QString& text);
    bool isEmpty() const
    {
        return m_folded.isEmpty();
    }
    // `key` is keyOf(instance): folded once per list, not at every keystroke.
    bool matches(const QString& key) const;
    static QString keyOf(const ConnectorInstance& instance);

private:
    QString m_folded;
    QRegularExpression m_pattern; // only when the term has wildcards
};

// What the user asked to see: scope, state, search, connector type, authenticated, page, limit, and
// the order of a local list. Setters report whether anything changed, so that callers fetch only when
// it did; changing a filter returns to page 1.
class ListQuery
{
public:
    enum class Scope
    {
        All, // both scopes: the server is asked once per scope (a missing scope means "team" to the gateway)
        Team,
        Personal,
    };
    enum class State
    {
        All, // GET /connectors
        Active, // GET /connectors/active: unpaged, filtered and paged here
        Inactive, // GET /connectors/inactive: likewise
        Configured, // GET /connectors/configured
        AgentEnabled, // GET /connectors/agents/active
    };

    // The instance's isAuthenticated, or either.
    enum class Authenticated
    {
        Any,
        Yes,
        No,
    };

    static constexpr int defaultLimit = 20;
    static constexpr int maxLimit = 200;
    static constexpr int maxSearchLength = 200;

    Scope scope() const
    {
        return m_scope;
    }
    State state() const
    {
        return m_state;
    }
    const QString& search() const
    {
        return m_search;
    }
    int page() const
    {
        return m_page;
    }
    int limit() const
    {
        return m_limit;
    }
    const QString& connectorType() const // empty: any type
    {
        return m_connectorType;
    }
    Authenticated authenticated() const
    {
        return m_authenticated;
    }
    // The table column a local list is sorted by (ConnectorTableModel::Column), -1 for the server's
    // order. Only the local states (active, inactive) are sorted here: the server sorts nothing.
    int sortColumn() const
    {
        return m_sortColumn;
    }
    Qt::SortOrder sortOrder() const
    {
        return m_sortOrder;
    }

    bool setScope(Scope scope);
    bool setState(State state);
    bool setSearch(const QString& search); // trimmed; a change returns to page 1
    bool setPage(int page); // clamped to >= 1
    bool setLimit(int limit); // clamped to 1..200; returns to page 1
    bool setConnectorType(const QString& type); // trimmed; empty: any
    bool setAuthenticated(Authenticated authenticated);
    // A local list sorted anew starts on page 1; a server-paged one keeps its page (nothing changes).
    bool setSort(int column, Qt::SortOrder order);

    // The connector-type and authenticated filters (docs/API.md, 'Filters'): sent to the server by
    // All (GET /connectors, the only list that takes them), applied here by Active and Inactive; the
    // configured and agent-enabled lists take none, so there they do not apply at all.
    static bool takesTypeFilters(State state)
    {
        return state != State::Configured && state != State::AgentEnabled;
    }
    bool sendsTypeFilters() const
    {
        return m_state == State::All;
    }
    bool hasTypeFilters() const
    {
        return !m_connectorType.isEmpty() || m_authenticated != Authenticated::Any;
    }
    // Whether the instance belongs to the state's list, as the server decides it.
    bool stateHolds(const ConnectorInstance& instance) const;
    // This query with every filter that hides `instance` taken off (state, scope, type,
    // authenticated, search), on page 1: the list in which a new instance is found again.
    ListQuery revealing(const ConnectorInstance& instance) const;
    // The instance id that the search text is, when it is one (a UUID or a 24-digit hex id, as the
    // server makes them): opened by id rather than searched as a name. Empty otherwise.
    static QString instanceIdIn(const QString& text);

    // Active and inactive come unpaged from the server: filtering and paging happen here.
    bool isServerPaged() const
    {
        return isServerPaged(m_state);
    }
    static bool isServerPaged(State state);

    // The endpoint below the base URL, e.g. "connectors/agents/active".
    static QString endpoint(State state);
    // The query for one scope's request ("team"/"personal"; empty sends none) of a server-paged state.
    QUrlQuery serverQuery(const QString& scopeName, int page, int limit) const;

    // Client side, for the unpaged states: does the instance pass scope, search, type and authenticated?
    bool matches(const ConnectorInstance& instance) const;
    // The same with the instance's search key made beforehand (SearchTerm::keyOf) and `term` made once
    // from search(): a keystroke then compares plain characters instead of folding every name again.
    bool matchesKey(const ConnectorInstance& instance, const QString& key, const SearchTerm& term) const;
    // Filters `all`, sorts what passes by sortColumn(), and cuts out this query's page, with a pagination
    // that says the whole truth.
    ConnectorPage pageLocally(const QList<ConnectorInstance>& all) const;
    // Whether `a` comes before `b` in this query's local order (sortColumn(), sortOrder()); false for
    // both ways when the query keeps the server's order.
    bool comesBefore(const ConnectorInstance& a, const ConnectorInstance& b) const;
    // The same, with the search keys made beforehand (keys[i] is SearchTerm::keyOf(all[i])).
    ConnectorPage pageLocally(const QList<ConnectorInstance>& all, const QStringList& keys) const;

    static QString scopeName(Scope scope); // "", "team", "personal"
    static std::optional<Scope> scopeFromName(const QString& name);
    static ConnectorScope connectorScope(Scope scope); // None for All
    static QString stateName(State state); // "all", "active", "inactive", "configured", "agents"
    static std::optional<State> stateFromName(const QString& name);
    static QString authenticatedName(Authenticated authenticated); // "any", "yes", "no"
    static std::optional<Authenticated> authenticatedFromName(const QString& name);

    friend bool operator==(const ListQuery& a, const ListQuery& b)
    {
        // The order matters only where it is made here: the server's lists come as they come.
        const bool sameOrder = a.isServerPaged()
            || (a.m_sortColumn == b.m_sortColumn && (a.m_sortColumn < 0 || a.m_sortOrder == b.m_sortOrder));
        return a.m_scope == b.m_scope && a.m_state == b.m_state && a.m_search == b.m_search && a.m_page == b.m_page
            && a.m_limit == b.m_limit && a.m_connectorType == b.m_connectorType
            && a.m_authenticated == b.m_authenticated && sameOrder;
    }
    friend bool operator!=(const ListQuery& a, const ListQuery& b)
    {
        return !(a == b);
    }

private:
    Scope m_scope = Scope::All;
    State m_state = State::All;
    QString m_search;
    int m_page = 1;
    int m_limit = defaultLimit;
    QString m_connectorType;
    Authenticated m_authenticated = Authenticated::Any;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

Q_DECLARE_METATYPE(ListQuery)

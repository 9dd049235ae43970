#pragma once

#include "connectorinstance.h"
#include "pagination.h"

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

// What the user asked to see: scope, state, search, page, limit. Setters report whether anything
// changed, so that callers fetch only when it did; changing a filter returns to page 1.
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

    bool setScope(Scope scope);
    bool setState(State state);
    bool setSearch(const QString& search); // trimmed; a change returns to page 1
    bool setPage(int page); // clamped to >= 1
    bool setLimit(int limit); // clamped to 1..200; returns to page 1

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

    // Client side, for the unpaged states: does the instance pass scope and search?
    bool matches(const ConnectorInstance& instance) const;
    // The same with the instance's search key made beforehand (SearchTerm::keyOf) and `term` made once
    // from search(): a keystroke then compares plain characters instead of folding every name again.
    bool matchesKey(const ConnectorInstance& instance, const QString& key, const SearchTerm& term) const;
    // Filters `all` and cuts out this query's page, with a pagination that says the whole truth.
    ConnectorPage pageLocally(const QList<ConnectorInstance>& all) const;
    // The same, with the search keys made beforehand (keys[i] is SearchTerm::keyOf(all[i])).
    ConnectorPage pageLocally(const QList<ConnectorInstance>& all, const QStringList& keys) const;

    static QString scopeName(Scope scope); // "", "team", "personal"
    static std::optional<Scope> scopeFromName(const QString& name);
    static ConnectorScope connectorScope(Scope scope); // None for All
    static QString stateName(State state); // "all", "active", "inactive", "configured", "agents"
    static std::optional<State> stateFromName(const QString& name);

    friend bool operator==(const ListQuery& a, const ListQuery& b)
    {
        return a.m_scope == b.m_scope && a.m_state == b.m_state && a.m_search == b.m_search && a.m_page == b.m_page
            && a.m_limit == b.m_limit;
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
};

Q_DECLARE_METATYPE(ListQuery)

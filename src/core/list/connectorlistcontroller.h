#pragma once

#include "core/list/listquery.h"
#include "core/net/apierror.h"
#include "core/wire/pagination.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class ApiClient;
class ApiReply;
class ConnectorPageLoader;
class ConnectorTableModel;

// Owns the ListQuery behind the table: filter bar and pager set it, and it fetches only when a
// setter reports a change. Search text is debounced (one request for a burst of typing). Answers to
// superseded queries are dropped by the loader. The model shows the latest page, or stays as it was
// while a load fails (the view shows the error beside it: nothing is silently replaced).
// A search that is an instance id (ListQuery::instanceIdIn) opens that instance: one GET by id, shown
// as the only row; when no instance has that id, the text is searched for as usual and
// idNotFound() says so.
class ConnectorListController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectorListController)

public:
    ConnectorListController(ApiClient* client, ConnectorTableModel* model, QObject* parent = nullptr);
    ~ConnectorListController() override;

    const ListQuery& query() const
    {
        return m_query;
    }
    const Pagination& pagination() const
    {
        return m_pagination;
    }
    bool isLoading() const;
    const ApiError& lastError() const
    {
        return m_lastError;
    }
    int rowsWithoutId() const
    {
        return m_rowsWithoutId;
    }
    // "41-60 of 137", "No connector instances", "1-20 of many"...
    QString rangeText() const;
    // The rows on screen are the whole result (a local list, or the only page of a server's list):
    // sorting them sorts everything.
    bool showsWholeResult() const;
    // The id the rows were opened by (a pasted id), or empty for a list.
    const QString& openedId() const
    {
        return m_openedId;
    }
    // A query from the last session, before any server is open: shown, not fetched (reload() does).
    void restoreQuery(const ListQuery& query);

    void setSearchDelay(int milliseconds);
    int searchDelay() const
    {
        return m_searchTimer.interval();
    }

    ConnectorPageLoader* loader() const
    {
        return m_loader;
    }

public slots:
    void setScope(ListQuery::Scope scope);
    void setState(ListQuery::State state);
    void setSearch(const QString& text); // debounced
    void applySearchNow(); // the debounce, cut short (Enter)
    void setPage(int page);
    void setLimit(int limit);
    void setConnectorType(const QString& type);
    void setAuthenticated(ListQuery::Authenticated authenticated);
    // The order of a local list (column -1: the server's); fetches only where it changes the rows.
    void setSort(int column, Qt::SortOrder order);
    // Another query at once (e.g. the list and page that hold a new instance).
    void setQuery(const ListQuery& query);
    void firstPage();
    void previousPage();
    void nextPage();
    void lastPage();
    // Asks the server again, unpaged caches included (F5, after create/rename/delete).
    void reload();
    // Reads one instance again (GET by id) for its row: after a change whose answer is partial (a rename).
    // The server's whole instance replaces the row's; a failed read leaves the row as it is (F5 reads it).
    void readBack(const QString& id);
    void cancel();

signals:
    void loadingChanged(bool loading);
    void queryChanged(const ListQuery& query);
    void pageLoaded(const Pagination& pagination);
    void loadFailed(const ApiError& error);
    // The search was an instance id: that instance is the row now.
    void instanceOpened(const QString& id);
    // The search looked like an id that no instance has: it was searched for as text instead.
    void idNotFound(const QString& id);

private:
    void fetch();
    void openById(const QString& id);
    void onLoaded(const ConnectorPage& page, const ListQuery& query);
    void onFailed(const ApiError& error, const ListQuery& query);
    void setLoading(bool loading);

    ApiClient* m_client;
    ConnectorTableModel* m_model;
    ConnectorPageLoader* m_loader;
    ListQuery m_query;
    QString m_pendingSearch;
    QTimer m_searchTimer;
    Pagination m_pagination;
    ApiError m_lastError;
    int m_rowsWithoutId = 0;
    QPointer<ApiReply> m_byId; // the GET of a pasted id in flight
    QString m_openedId;
    QString m_openingId; // the instance of the page being shown, when it came by id
    QString m_searchedAsText; // an id-like search that no instance has: searched for as text
    bool m_loading = false;
};

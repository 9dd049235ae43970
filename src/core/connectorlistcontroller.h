#pragma once

#include "apierror.h"
#include "listquery.h"
#include "pagination.h"

#include <QObject>
#include <QTimer>

class ApiClient;
class ConnectorPageLoader;
class ConnectorTableModel;

// Owns the ListQuery behind the table: filter bar and pager set it, and it fetches only when a
// setter reports a change. Search text is debounced (one request for a burst of typing). Answers to
// superseded queries are dropped by the loader. The model shows the latest page, or stays as it was
// while a load fails (the view shows the error beside it: nothing is silently replaced).
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
    void firstPage();
    void previousPage();
    void nextPage();
    void lastPage();
    // Asks the server again, unpaged caches included (F5, after create/rename/delete).
    void reload();
    void cancel();

signals:
    void loadingChanged(bool loading);
    void queryChanged(const ListQuery& query);
    void pageLoaded(const Pagination& pagination);
    void loadFailed(const ApiError& error);

private:
    void fetch();
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
    bool m_loading = false;
};

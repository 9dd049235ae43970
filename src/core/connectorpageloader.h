#pragma once

#include "apierror.h"
#include "listquery.h"
#include "pagination.h"

#include <QList>
#include <QObject>
#include <QPointer>

class ApiClient;
class ApiReply;
struct DecodedList; // an unpaged list, decoded (on a worker thread when large)

// Loads the page a ListQuery describes, whatever that takes:
// - server-paged states with one scope: one request;
// - server-paged states with both scopes: the team list, then the slice of the personal list that
//   follows it (the gateway reads a missing scope as "team", so both must be asked for);
// - active/inactive: one unpaged request, kept in a cache that later searches and pages reuse,
//   then filtered and paged here.
// A newer load() cancels the one in flight: only the latest answer is ever delivered. An unpaged list
// of more than a few hundred instances is decoded on a worker thread, so that the window never
// freezes on it.
class ConnectorPageLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectorPageLoader)

public:
    explicit ConnectorPageLoader(ApiClient* client, QObject* parent = nullptr);
    ~ConnectorPageLoader() override;

    void load(const ListQuery& query);
    void cancel();
    // Whether decoded instances keep the fields we do not model (`extra`); kept by default. The
    // console's table does not show them (its details pane fetches the whole instance): skipping them
    // saves memory per cached instance (docs/PERFORMANCE.md, 'Memory').
    void setExtraFields(ConnectorInstance::Extra extra)
    {
        m_extra = extra;
    }
    // Drops the cached unpaged lists, so the next load asks the server again.
    void invalidateCache();
    bool isLoading() const
    {
        return !m_pending.isEmpty() || m_decoding;
    }
    // For a test or a benchmark: the cached unpaged list of a state, if any.
    const QList<ConnectorInstance>* cachedList(ListQuery::State state) const;

signals:
    void loaded(const ConnectorPage& page, const ListQuery& query);
    void failed(const ApiError& error, const ListQuery& query);

private:
    void track(ApiReply* reply, std::function<void(ApiReply*)> onSuccess);
    void loadUnpaged();
    void storeUnpaged(ListQuery::State state, DecodedList decoded);
    void loadOneScope(const QString& scope);
    void loadBothScopes();
    void continueWithPersonal(const ConnectorPage& team);
    qint64 teamTotalOf(const ConnectorPage& team) const;
    void emitCombined(const QList<ConnectorPage>& personalParts, qint64 teamTotal);
    void deliverLocalPage();
    void fail(const ApiError& error);

    ApiClient* m_client;
    ConnectorInstance::Extra m_extra = ConnectorInstance::Extra::Keep;
    ListQuery m_query;
    quint64 m_generation = 0;
    QList<QPointer<ApiReply>> m_pending;
    QPointer<QObject> m_decoding; // the watcher of an unpaged list being decoded on a worker thread
    // Active and inactive, as last fetched, with their names case-folded for searching.
    struct UnpagedList
    {
        std::optional<QList<ConnectorInstance>> instances;
        QStringList foldedNames;
        int rowsWithoutId = 0; // left out of `instances`; every page of the list reports them
    };
    UnpagedList m_active;
    UnpagedList m_inactive;
    // Both-scope assembly.
    ConnectorPage m_teamPart;
    QList<ConnectorPage> m_personalParts;
    int m_personalStart = 0;
    int m_personalNeed = 0;
    int m_personalSkip = 0; // rows of the first personal page fetched that come before the slice
};

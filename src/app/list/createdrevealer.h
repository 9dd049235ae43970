#pragma once

#include "core/list/listquery.h"
#include "core/model/connectorinstance.h"

#include <QObject>

class ApiClient;
class ConnectorListController;
class ConnectorTableView;
class InstanceLocator;

// After a create, the new instance is selected, wherever it is: on the page the
// reload brings; else on the page of the list that holds it, once the filters that hide it are taken
// off (ListQuery::revealing) and InstanceLocator has found its page. What it did is said in one
// message (for the status bar) that names the instance, the page and any filter cleared; a new query
// of the admin's own meanwhile ends the search.
class CreatedRevealer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreatedRevealer)

public:
    CreatedRevealer(ApiClient* client,
                    ConnectorListController* controller,
                    ConnectorTableView* table,
                    QObject* parent = nullptr);

    // Call before the reload that should bring it.
    void reveal(const ConnectorInstance& instance);
    void cancel();
    bool isRevealing() const
    {
        return m_stage != Stage::Idle;
    }

signals:
    void message(const QString& text);

private:
    enum class Stage
    {
        Idle,
        AwaitReload, // the reload after the create
        Locating, // reading the list that holds it
        AwaitJump, // the page that holds it, asked for
    };
    void onPageLoaded();
    void onQueryChanged(const ListQuery& query);
    void onLocated(const ListQuery& query);
    void giveUp();

    ConnectorListController* m_controller;
    ConnectorTableView* m_table;
    InstanceLocator* m_locator;
    ConnectorInstance m_instance;
    ListQuery m_before; // the query when the reload came, to say which filters were cleared
    ListQuery m_target;
    Stage m_stage = Stage::Idle;
};

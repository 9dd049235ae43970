#pragma once

#include "core/model/connectorinstance.h"

#include <QPointer>
#include <QWidget>

class ApiClient;
class ApiReply;
class IndexingStatsView;
class QAction;
class QLabel;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;

// Every field of the selected instance: the row's data at once, then the server's full answer from
// GET /connectors/{id}, unknown fields included and nested objects as a tree. Values can be copied
// (the copied text of a time is ISO-8601 UTC). A failed GET shows the server's message here only.
class DetailsPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DetailsPane)

public:
    explicit DetailsPane(QWidget* parent = nullptr);
    ~DetailsPane() override;

    void setClient(ApiClient* client);
    // The button shows the action's enabled state and tooltip (why rename is unavailable).
    void setRenameAction(QAction* action);

    // Shows `instance` at once, then asks the server for the whole of it.
    void showInstance(const ConnectorInstance& instance);
    // Fresh data for the instance on show (same id): shown without asking the server again.
    void updateInstance(const ConnectorInstance& instance);
    void clear();
    QString connectorId() const
    {
        return m_instance.id;
    }
    const ConnectorInstance& instance() const
    {
        return m_instance;
    }
    bool isFetching() const;
    QString errorText() const;
    QTreeWidget* tree() const
    {
        return m_tree;
    }
    IndexingStatsView* statsView() const
    {
        return m_stats;
    }
    // The widgets Tab stops at, in the order the pane reads: the statistics at the top, the fields, then
    // the buttons from left to right.
    QList<QWidget*> tabStops() const;

public slots:
    void refresh(); // GET again
    void copyCurrentValue();

signals:
    // Something went to the clipboard: `message` says what, for the status bar.
    void copied(const QString& message);
    // The server's answer for the instance on show, for the table to update its row.
    void instanceFetched(const ConnectorInstance& instance);
    // GET answered 404: someone deleted it meanwhile.
    void instanceNotFound(const QString& id);

private:
    void fill(const ConnectorInstance& instance);
    void onFetched(ApiReply* reply);
    void showError(const QString& text);
    void showTreeMenu(const QPoint& pos);
    QTreeWidgetItem*
    addRow(QTreeWidgetItem* parent, const QString& key, const QString& value, const QString& copy = {});
    void addJson(QTreeWidgetItem* parent, const QString& key, const QJsonValue& value);
    void addTime(QTreeWidgetItem* parent, const QString& key, const QDateTime& time);

    QPointer<ApiClient> m_client;
    QPointer<ApiReply> m_reply;
    ConnectorInstance m_instance;
    QLabel* m_title;
    QLabel* m_state;
    QLabel* m_error;
    QLabel* m_placeholder;
    QTreeWidget* m_tree;
    QToolButton* m_copyIdButton;
    QToolButton* m_copyButton;
    QToolButton* m_refreshButton;
    QToolButton* m_renameButton;
    IndexingStatsView* m_stats;
};

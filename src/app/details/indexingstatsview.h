#pragma once

#include "core/model/connectorinstance.h"
#include "core/model/indexingstats.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class ApiClient;
class ApiReply;
class QGridLayout;
class QLabel;
class QToolButton;
class QVBoxLayout;

// A horizontal bar of an instance's records by indexing status: one segment per status, as wide as
// its share, coloured from indexingstatus::colour(). Its tooltip and accessible description list every
// count, so that the picture is never the only way to read them.
class IndexingStatsBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IndexingStatsBar)

public:
    explicit IndexingStatsBar(QWidget* parent = nullptr);

    void setCounts(const IndexingCounts& counts);
    const IndexingCounts& counts() const
    {
        return m_counts;
    }
    void setBarHeight(int pixels);
    // "Completed: 12, Failed: 1, ARCHIVED: 2": every status with records.
    static QString describe(const IndexingCounts& counts);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    IndexingCounts m_counts;
    int m_height = 14;
};

// What an instance has indexed (GET /connectors/{id}/stats), in the details pane: the total, the bar
// of statuses with its legend, and a smaller bar per record type. Refreshed on demand, and every few
// seconds while the instance syncs.
class IndexingStatsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IndexingStatsView)

public:
    explicit IndexingStatsView(QWidget* parent = nullptr);
    ~IndexingStatsView() override;

    void setClient(ApiClient* client);
    // A different instance: fetched now. The same one: fetched again only if it is syncing.
    void showInstance(const ConnectorInstance& instance);
    void clear();
    void setSyncRefreshInterval(int milliseconds);
    bool isFetching() const;
    bool hasStats() const
    {
        return m_hasStats;
    }
    const IndexingStats& stats() const
    {
        return m_stats;
    }
    QString statusText() const;
    QToolButton* refreshButton() const
    {
        return m_refreshButton;
    }

public slots:
    void refresh();

signals:
    void refreshed();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void onFetched(ApiReply* reply);
    void fill();
    void clearRecordTypes();

    QPointer<ApiClient> m_client;
    QPointer<ApiReply> m_reply;
    ConnectorInstance m_instance;
    IndexingStats m_stats;
    bool m_hasStats = false;
    bool m_pending = false; // asked for while hidden: fetched when shown (nobody reads a hidden picture)
    QTimer m_syncTimer;
    QLabel* m_total;
    QLabel* m_status;
    QToolButton* m_refreshButton;
    IndexingStatsBar* m_bar;
    QWidget* m_legend;
    QGridLayout* m_legendLayout;
    QWidget* m_recordTypes;
    QGridLayout* m_recordTypesLayout;
};

#pragma once

#include "core/list/listquery.h"
#include "core/model/connectorinstance.h"

#include <QObject>
#include <QPointer>

class ApiClient;
class ConnectorPageLoader;
class QProgressDialog;
class QWidget;
struct AllPages;
struct AllPagesProgress;
struct ApiError;

// "Select all N matching": gathers every instance of the current filter, page after page,
// with a second ConnectorPageLoader (the table's own keeps showing its page), a progress dialog and
// Cancel, up to a limit beyond which it stops and says why.
class SelectAllMatching final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SelectAllMatching)

public:
    static constexpr qint64 defaultLimit = 10000;

    SelectAllMatching(ApiClient* client, QWidget* window, QObject* parent = nullptr);
    ~SelectAllMatching() override;

    void setLimit(qint64 limit)
    {
        m_limit = limit;
    }
    qint64 limit() const
    {
        return m_limit;
    }
    bool isRunning() const;
    QProgressDialog* progressDialog() const;

    void start(const ListQuery& query);
    void cancel();

signals:
    // Every instance that matched, or the first limit() of them (`message` then says why it stopped).
    void selected(const QList<ConnectorInstance>& instances, const QString& message);
    void cancelled();
    void failed(const QString& message);

private:
    void onProgress(const AllPagesProgress& progress);
    void onLoaded(const AllPages& result);
    void onFailed(const ApiError& error);
    void closeDialog();

    ConnectorPageLoader* m_loader;
    QWidget* m_window;
    QPointer<QProgressDialog> m_dialog;
    qint64 m_limit = defaultLimit;
};

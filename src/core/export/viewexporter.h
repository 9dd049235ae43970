#pragma once

#include "core/export/connectorlisting.h"
#include "core/list/listquery.h"
#include "core/model/connectorinstance.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>

class ApiClient;
class ConnectorPageLoader;
class QSaveFile;
struct AllPages;
struct AllPagesProgress;
struct ApiError;

// Writes a view of the instances to a CSV or JSON file: every page of a filter,
// or a given list of instances (a selection). The bytes are ConnectorListing's, so a filter's file is
// what `connectorctl list --all-pages --output csv|json` prints for it. Pages are written as they
// come; the file is a QSaveFile, so it appears at its path only once complete: a cancel or an error
// leaves no file, and a file already there untouched. Never blocks: a list is written a slice per
// turn of the event loop, and exactly one of finished(), failed() or cancelled() ends every export.
class ViewExporter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ViewExporter)

public:
    using Format = ConnectorListing::Format;

    explicit ViewExporter(ApiClient* client, QObject* parent = nullptr);
    ~ViewExporter() override;

    // Instances written per turn of the event loop when exporting a list.
    static constexpr int sliceSize = 500;

    // Every instance `query` matches, across all its pages (its page and page size are not used:
    // the pages are asked for as connectorctl asks for them). False, and nothing started, while
    // another export runs.
    bool exportQuery(const ListQuery& query, const QString& path, Format format);
    // `instances` as they are, in their order.
    bool exportInstances(const QList<ConnectorInstance>& instances, const QString& path, Format format);
    // Nothing more is asked for or written; the temporary file is removed. No-op when idle.
    void cancel();

    bool isRunning() const
    {
        return m_file != nullptr;
    }
    QString path() const
    {
        return m_path;
    }
    // Rows the server sent without an id in the last export of a filter: left out, as connectorctl does.
    int rowsWithoutId() const
    {
        return m_rowsWithoutId;
    }

signals:
    // `total` is -1 while unknown.
    void progress(qint64 written, qint64 total);
    void finished(const QString& path, qint64 rows);
    // A sentence for the user: the file and the system's reason, or the server's own message.
    void failed(const QString& message);
    void cancelled();

private:
    bool begin(const QString& path, Format format);
    void onPageReady(const QList<ConnectorInstance>& connectors);
    void onLoaderProgress(const AllPagesProgress& progress);
    void onAllPagesLoaded(const AllPages& result);
    void onLoadFailed(const ApiError& error);
    void writeNextSlice();
    bool write(const QByteArray& bytes);
    void commit();
    void fail(const QString& message);
    void stop(); // discards the temporary file and stops the loader and the slices
    QString fileError() const;

    ApiClient* m_client;
    ConnectorPageLoader* m_loader = nullptr;
    std::unique_ptr<QSaveFile> m_file; // set while an export runs
    std::unique_ptr<ConnectorListing> m_listing;
    QString m_path;
    QList<ConnectorInstance> m_instances; // a list being exported
    qsizetype m_next = 0; // its first instance not written yet
    qint64 m_total = -1;
    int m_rowsWithoutId = 0;
    QTimer m_slices; // the next slice of a list, or the end of the export, on the next turn
    QByteArray m_buffer; // one page's bytes, reused
};

#pragma once

#include "core/export/viewexporter.h"
#include "core/list/listquery.h"
#include "core/model/connectorinstance.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class ApiClient;
class QAction;
class QProgressDialog;
class QWidget;

// File > Export view... (Ctrl+E): asks where to (and, when several rows are
// selected, whether the selection or the whole filter), then writes the file through a ViewExporter
// with a progress dialog whose Cancel stops it. The window stays usable meanwhile; one export at a time.
// exportTo() does the same without asking anything (the tests drive it so).
class ExportController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportController)

public:
    using Format = ViewExporter::Format;
    enum class What
    {
        Filter, // every page of the current filter
        Selection, // the selected rows
    };

    ExportController(ApiClient* client, QWidget* window);

    QAction* action() const
    {
        return m_action;
    }
    ViewExporter* exporter() const
    {
        return m_exporter;
    }
    // Where the current filter and the selected rows come from (the main window's table).
    void setQuerySource(std::function<ListQuery()> source);
    void setSelectionSource(std::function<QList<ConnectorInstance>()> source);
    // Off while no server is ready: there is nothing to export.
    void setAvailable(bool available);

    // The action: asks what and where, then exports.
    void exportView();
    // Without asking: false when an export already runs (or What::Selection with nothing selected).
    bool exportTo(const QString& path, Format format, What what);
    void cancel();

    // The file dialog's filters, and the format a chosen name and filter mean.
    static QString fileFilters();
    // The format the extension says, else the chosen filter's; `path` gets the extension when it has none.
    static Format formatFor(QString& path, const QString& selectedFilter);

signals:
    // For the status bar: where the file went and how many rows it holds, or that it was cancelled.
    void message(const QString& text);
    // Something went wrong: nothing was written.
    void problem(const QString& text);

private:
    QString askPath(Format* format);
    bool start(What what, const QString& path, Format format, const QList<ConnectorInstance>& instances);
    void showProgress(qint64 written, qint64 total);
    void onFinished(const QString& path, qint64 rows);
    void onFailed(const QString& text);
    void onCancelled();
    void closeProgress();
    void updateAction();

    QWidget* m_window;
    ViewExporter* m_exporter;
    QAction* m_action;
    QPointer<QProgressDialog> m_progress;
    std::function<ListQuery()> m_query;
    std::function<QList<ConnectorInstance>()> m_selection;
    QString m_lastDir; // where the last export went
    bool m_available = false;
};

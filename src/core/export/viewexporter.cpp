#include "core/export/viewexporter.h"

#include "core/list/connectorpageloader.h"
#include "core/net/apiclient.h"
#include "core/net/apierror.h"

#include <QDir>
#include <QSaveFile>

ViewExporter::ViewExporter(ApiClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{
    m_slices.setSingleShot(true);
    m_slices.setInterval(0);
    connect(&m_slices, &QTimer::timeout, this, &ViewExporter::writeNextSlice);
}

ViewExporter::~ViewExporter()
{
    stop();
}

bool ViewExporter::exportQuery(const ListQuery& query, const QString& path, Format format)
{
    if (!begin(path, format))
        return false;
    if (!m_file->isOpen()) {
        m_slices.start(); // says why on the next turn, as any other outcome
        return true;
    }
    // A loader of our own: the table's keeps serving the table, and drops the fields the table does
    // not show, which a listing keeps.
    m_loader = new ConnectorPageLoader(m_client, this);
    connect(m_loader, &ConnectorPageLoader::pageReady, this, &ViewExporter::onPageReady);
    connect(m_loader, &ConnectorPageLoader::allPagesProgress, this, &ViewExporter::onLoaderProgress);
    connect(m_loader, &ConnectorPageLoader::allPagesLoaded, this, &ViewExporter::onAllPagesLoaded);
    connect(m_loader, &ConnectorPageLoader::failed, this, &ViewExporter::onLoadFailed);
    ListQuery all = query;
    all.setLimit(ListQuery::maxLimit); // the page size of `connectorctl list --all-pages`
    AllPagesOptions options;
    options.collect = false; // written as they come
    m_loader->loadAllPages(all, options);
    return true;
}

bool ViewExporter::exportInstances(const QList<ConnectorInstance>& instances, const QString& path, Format format)
{
    if (!begin(path, format))
        return false;
    m_instances = instances;
    m_total = instances.size();
    m_slices.start();
    return true;
}

bool ViewExporter::begin(const QString& path, Format format)
{
    if (isRunning())
        return false;
    m_path = path;
    m_total = -1;
    m_rowsWithoutId = 0;
    m_next = 0;
    m_instances.clear();
    m_listing = std::make_unique<ConnectorListing>(format);
    m_file = std::make_unique<QSaveFile>(path);
    // Opening creates the temporary file beside the target: a folder we cannot write to, or that
    // does not exist, says so here. The failure is reported on the next turn (writeNextSlice).
    if (m_file->open(QIODevice::WriteOnly)) {
        m_buffer.clear();
        m_listing->appendBegin(m_buffer);
        write(m_buffer);
    }
    return true;
}

void ViewExporter::cancel()
{
    if (!isRunning())
        return;
    stop();
    emit cancelled();
}

void ViewExporter::onPageReady(const QList<ConnectorInstance>& connectors)
{
    if (!isRunning())
        return;
    m_buffer.clear();
    m_listing->appendPage(m_buffer, connectors);
    if (!write(m_buffer)) {
        fail(fileError());
        return;
    }
    emit progress(m_listing->count(), m_total);
}

void ViewExporter::onLoaderProgress(const AllPagesProgress& progress)
{
    if (!isRunning() || progress.instancesTotal < 0 || progress.instancesTotal == m_total)
        return;
    m_total = progress.instancesTotal;
    emit this->progress(m_listing->count(), m_total);
}

void ViewExporter::onAllPagesLoaded(const AllPages& result)
{
    if (!isRunning())
        return;
    m_rowsWithoutId = result.rowsWithoutId;
    commit();
}

void ViewExporter::onLoadFailed(const ApiError& error)
{
    if (!isRunning())
        return;
    fail(tr("The export to %1 stopped, and no file was written: %2")
             .arg(QDir::toNativeSeparators(m_path), error.toString()));
}

void ViewExporter::writeNextSlice()
{
    if (!isRunning())
        return;
    if (!m_file->isOpen()) {
        fail(fileError());
        return;
    }
    const qsizetype end = std::min<qsizetype>(m_next + sliceSize, m_instances.size());
    m_buffer.clear();
    m_listing->appendPage(m_buffer, m_instances.mid(m_next, end - m_next));
    m_next = end;
    if (!write(m_buffer)) {
        fail(fileError());
        return;
    }
    emit progress(m_listing->count(), m_total);
    if (!isRunning())
        return; // cancelled by a receiver of progress()
    if (m_next < m_instances.size())
        m_slices.start();
    else
        commit();
}

bool ViewExporter::write(const QByteArray& bytes)
{
    return bytes.isEmpty() || m_file->write(bytes) == bytes.size();
}

void ViewExporter::commit()
{
    m_buffer.clear();
    m_listing->appendEnd(m_buffer);
    // commit() flushes, syncs and renames over the target: a full disk is found here at the latest.
    if (!write(m_buffer) || !m_file->commit()) {
        fail(fileError());
        return;
    }
    const qint64 rows = m_listing->count();
    const QString path = m_path;
    m_file.reset();
    stop();
    emit finished(path, rows);
}

void ViewExporter::fail(const QString& message)
{
    stop();
    emit failed(message);
}

void ViewExporter::stop()
{
    m_slices.stop();
    if (m_loader) {
        m_loader->disconnect(this);
        m_loader->cancel();
        m_loader->deleteLater();
        m_loader = nullptr;
    }
    if (m_file) {
        // Never committed: the target stays as it was, and the temporary file goes.
        m_file->cancelWriting();
        m_file.reset();
    }
    m_instances.clear();
    m_buffer.clear();
    m_buffer.squeeze();
}

QString ViewExporter::fileError() const
{
    return tr("Could not write %1: %2").arg(QDir::toNativeSeparators(m_path), m_file->errorString());
}

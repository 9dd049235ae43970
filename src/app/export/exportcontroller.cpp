#include "app/export/exportcontroller.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QStandardPaths>
#include <QWidget>

#include <algorithm>
#include <climits>

ExportController::ExportController(ApiClient* client, QWidget* window)
    : QObject(window)
    , m_window(window)
    , m_exporter(new ViewExporter(client, this))
    , m_action(new QAction(tr("&Export view…"), this))
{
    m_exporter->setObjectName(QStringLiteral("viewExporter"));
    m_action->setObjectName(QStringLiteral("actionExportView"));
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_action->setShortcutContext(Qt::WindowShortcut);
    m_action->setToolTip(tr("Write every instance of the current filter, or the selected rows, to a CSV or JSON file"));
    m_action->setIcon(QIcon::fromTheme(QStringLiteral("document-save-as")));
    connect(m_action, &QAction::triggered, this, &ExportController::exportView);
    connect(m_exporter, &ViewExporter::progress, this, &ExportController::showProgress);
    connect(m_exporter, &ViewExporter::finished, this, &ExportController::onFinished);
    connect(m_exporter, &ViewExporter::failed, this, &ExportController::onFailed);
    connect(m_exporter, &ViewExporter::cancelled, this, &ExportController::onCancelled);
    updateAction();
}

void ExportController::setQuerySource(std::function<ListQuery()> source)
{
    m_query = std::move(source);
}

void ExportController::setSelectionSource(std::function<QList<ConnectorInstance>()> source)
{
    m_selection = std::move(source);
}

void ExportController::setAvailable(bool available)
{
    m_available = available;
    updateAction();
}

void ExportController::updateAction()
{
    m_action->setEnabled(m_available && !m_exporter->isRunning());
}

QString ExportController::fileFilters()
{
    return tr("CSV (*.csv)") + QLatin1String(";;") + tr("JSON (*.json)");
}

ExportController::Format ExportController::formatFor(QString& path, const QString& selectedFilter)
{
    if (const auto byName = ConnectorListing::formatFromPath(path))
        return *byName;
    const Format format = selectedFilter.contains(QLatin1String("*.json")) ? ConnectorListing::Format::Json
                                                                           : ConnectorListing::Format::Csv;
    path += QLatin1Char('.') + ConnectorListing::extension(format);
    return format;
}

void ExportController::exportView()
{
    if (m_exporter->isRunning() || !m_query)
        return;
    const QList<ConnectorInstance> selected = m_selection ? m_selection() : QList<ConnectorInstance>();
    // One selected row is just the current one: asking would only be in the way.
    What what = What::Filter;
    if (selected.size() > 1) {
        QMessageBox box(
            QMessageBox::Question,
            tr("Export view"),
            tr("Export the %n selected rows, or every instance of the current filter?", "", int(selected.size())),
            QMessageBox::Cancel,
            m_window);
        QPushButton* rows = box.addButton(tr("Selected rows"), QMessageBox::AcceptRole);
        QPushButton* all = box.addButton(tr("Whole filter"), QMessageBox::AcceptRole);
        box.setDefaultButton(rows);
        box.exec();
        if (box.clickedButton() == rows)
            what = What::Selection;
        else if (box.clickedButton() != all)
            return;
    }
    Format format = ConnectorListing::Format::Csv;
    const QString path = askPath(&format);
    if (path.isEmpty())
        return;
    start(what, path, format, what == What::Selection ? selected : QList<ConnectorInstance>());
}

QString ExportController::askPath(Format* format)
{
    if (m_lastDir.isEmpty())
        m_lastDir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString filter = tr("CSV (*.csv)");
    QString path = QFileDialog::getSaveFileName(m_window,
                                                tr("Export view"),
                                                QDir(m_lastDir).filePath(QStringLiteral("connectors.csv")),
                                                fileFilters(),
                                                &filter);
    if (path.isEmpty())
        return {};
    *format = formatFor(path, filter);
    m_lastDir = QFileInfo(path).absolutePath();
    return path;
}

bool ExportController::exportTo(const QString& path, Format format, What what)
{
    if (what == What::Selection) {
        const QList<ConnectorInstance> selected = m_selection ? m_selection() : QList<ConnectorInstance>();
        return !selected.isEmpty() && start(what, path, format, selected);
    }
    return m_query && start(what, path, format, {});
}

bool ExportController::start(What what, const QString& path, Format format, const QList<ConnectorInstance>& instances)
{
    const bool started = what == What::Selection ? m_exporter->exportInstances(instances, path, format)
                                                 : m_exporter->exportQuery(m_query(), path, format);
    if (!started)
        return false;
    updateAction();
    closeProgress();
    // Not modal: the window stays usable, and setValue() never runs the event loop under the exporter.
    m_progress
        = new QProgressDialog(tr("Exporting to %1…").arg(QFileInfo(path).fileName()), tr("Cancel"), 0, 0, m_window);
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setWindowTitle(tr("Export view"));
    m_progress->setWindowModality(Qt::NonModal);
    m_progress->setAutoReset(false);
    m_progress->setAutoClose(false);
    m_progress->setMinimumDuration(500);
    m_progress->setValue(0); // shows the dialog once the export takes longer than that
    connect(m_progress, &QProgressDialog::canceled, m_exporter, &ViewExporter::cancel);
    if (what == What::Selection)
        showProgress(0, instances.size());
    return true;
}

void ExportController::cancel()
{
    m_exporter->cancel();
}

void ExportController::showProgress(qint64 written, qint64 total)
{
    if (!m_progress)
        return;
    // QProgressDialog counts in int; a busy bar while the total is unknown.
    const int maximum = total > 0 ? int(std::min<qint64>(total, INT_MAX)) : 0;
    if (m_progress->maximum() != maximum)
        m_progress->setMaximum(maximum);
    if (maximum > 0)
        m_progress->setValue(int(std::min<qint64>(written, maximum)));
    m_progress->setLabelText(tr("Exported %1 instances…").arg(QLocale().toString(written)));
}

void ExportController::onFinished(const QString& path, qint64 rows)
{
    closeProgress();
    updateAction();
    QString text = tr("Exported %n instances to %1.", "", int(std::min<qint64>(rows, INT_MAX)))
                       .arg(QDir::toNativeSeparators(path));
    if (const int skipped = m_exporter->rowsWithoutId(); skipped > 0)
        text += QLatin1Char(' ') + tr("%n rows without an id were left out.", "", skipped);
    emit message(text);
}

void ExportController::onFailed(const QString& text)
{
    closeProgress();
    updateAction();
    emit problem(text);
}

void ExportController::onCancelled()
{
    closeProgress();
    updateAction();
    emit message(tr("Export cancelled: no file was written."));
}

void ExportController::closeProgress()
{
    if (!m_progress)
        return;
    // Closing would emit canceled() on some styles' close button path: it must not reach the exporter.
    m_progress->disconnect(m_exporter);
    m_progress->close();
    m_progress->deleteLater();
    m_progress = nullptr;
}

#include "app/bulk/selectallmatching.h"

#include "core/list/connectorpageloader.h"
#include "core/net/apierror.h"

#include <QLocale>
#include <QProgressDialog>

SelectAllMatching::SelectAllMatching(ApiClient* client, QWidget* window, QObject* parent)
    : QObject(parent)
    , m_loader(new ConnectorPageLoader(client, this))
    , m_window(window)
{
    setObjectName(QStringLiteral("selectAllMatching"));
    m_loader->setExtraFields(ConnectorInstance::Extra::Skip); // a selection needs no unmodelled fields
    connect(m_loader, &ConnectorPageLoader::allPagesProgress, this, [this](const AllPagesProgress& progress) {
        onProgress(progress);
    });
    connect(m_loader, &ConnectorPageLoader::allPagesLoaded, this, [this](const AllPages& result) { onLoaded(result); });
    connect(m_loader, &ConnectorPageLoader::failed, this, [this](const ApiError& error) { onFailed(error); });
}

SelectAllMatching::~SelectAllMatching()
{
    m_loader->cancel();
    closeDialog();
}

bool SelectAllMatching::isRunning() const
{
    return !m_dialog.isNull();
}

QProgressDialog* SelectAllMatching::progressDialog() const
{
    return m_dialog;
}

void SelectAllMatching::start(const ListQuery& query)
{
    if (isRunning())
        return;
    m_dialog = new QProgressDialog(tr("Gathering the matching instances…"), tr("Cancel"), 0, 0, m_window);
    m_dialog->setObjectName(QStringLiteral("selectAllProgress"));
    m_dialog->setWindowTitle(tr("Select all matching"));
    m_dialog->setMinimumDuration(0);
    m_dialog->setAutoClose(false);
    m_dialog->setAutoReset(false);
    connect(m_dialog, &QProgressDialog::canceled, this, &SelectAllMatching::cancel);
    m_dialog->show();
    ListQuery all = query;
    all.setLimit(ListQuery::maxLimit); // fewer, larger pages
    AllPagesOptions options;
    options.maxInstances = m_limit;
    m_loader->loadAllPages(all, options);
}

void SelectAllMatching::cancel()
{
    if (!isRunning())
        return;
    m_loader->cancel(); // nothing more is delivered
    closeDialog();
    emit cancelled();
}

void SelectAllMatching::onProgress(const AllPagesProgress& progress)
{
    if (!m_dialog)
        return;
    const qint64 total = progress.instancesTotal < 0 ? -1 : std::min(progress.instancesTotal, m_limit);
    m_dialog->setMaximum(total < 0 ? 0 : int(total));
    m_dialog->setValue(int(std::min(progress.instancesLoaded, m_limit)));
    const QLocale locale;
    m_dialog->setLabelText(
        total < 0 ? tr("Gathering the matching instances… %1").arg(locale.toString(progress.instancesLoaded))
                  : tr("Gathering the matching instances… %1 of %2")
                        .arg(locale.toString(progress.instancesLoaded), locale.toString(total)));
}

void SelectAllMatching::onLoaded(const AllPages& result)
{
    if (!isRunning())
        return;
    closeDialog();
    QString message;
    if (result.truncated) {
        message = tr("Selected the first %1 matching instances: a selection stops at %1, so that a bulk action "
                     "stays reviewable and within the server's limits. Narrow the filter to reach the others.")
                      .arg(QLocale().toString(m_limit));
    }
    emit selected(result.connectors, message);
}

void SelectAllMatching::onFailed(const ApiError& error)
{
    if (!isRunning())
        return;
    closeDialog();
    emit failed(tr("Could not gather the matching instances: %1").arg(error.toString()));
}

void SelectAllMatching::closeDialog()
{
    if (!m_dialog)
        return;
    QProgressDialog* dialog = m_dialog;
    m_dialog = nullptr;
    dialog->disconnect(this);
    dialog->close();
    dialog->deleteLater();
}

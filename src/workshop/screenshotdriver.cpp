#include "workshop/screenshotdriver.h"

#include "app/bulk/bulkactions.h"
#include "app/bulk/bulkconfirmdialog.h"
#include "app/bulk/bulkprogressdialog.h"
#include "app/dialoglauncher.h"
#include "app/list/connectortableview.h"
#include "app/mainwindow.h"
#include "core/list/connectorlistcontroller.h"
#include "core/list/connectortablemodel.h"

#include "app/details/detailspane.h"
#include "app/details/indexingstatsview.h"
#include "app/dialogs/createconnectordialog.h"
#include "app/dialogs/deleteconnectordialog.h"

#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QDialogButtonBox>
#include <QItemSelectionModel>
#include <QLayout>
#include <QLineEdit>
#include <QMenu>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>

#include <cstdio>

namespace {
// Long enough for the details GET and for a dialog's first request, even on a loaded machine.
constexpr int settleMs = 900;
constexpr int firstPageDeadlineMs = 30000;
constexpr int filledFormSettleMs = 300; // the type's description and the combos follow the choice

// The window's parts by object name: the driver works the window as a person would, from outside.
template <typename T>
T* part(QObject* window, const char* name)
{
    return window->findChild<T*>(QLatin1String(name));
}
} // namespace

ScreenshotDriver::ScreenshotDriver(MainWindow* window,
                                   const QString& file,
                                   const QString& dialogKind,
                                   const QString& dialogFile)
    : QObject(window)
    , m_window(window)
    , m_file(file)
    , m_dialogKind(dialogKind)
    , m_dialogFile(dialogFile)
{
    connect(part<ConnectorListController>(window, "connectorListController"),
            &ConnectorListController::pageLoaded,
            this,
            &ScreenshotDriver::onFirstPage);
    m_deadline.setSingleShot(true);
    m_deadline.setInterval(firstPageDeadlineMs);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        std::fprintf(stderr, "connector-admin: no page was loaded in time for the screenshot\n");
        finish(1);
    });
    m_deadline.start();
}

void ScreenshotDriver::onFirstPage()
{
    if (std::exchange(m_started, true))
        return;
    // A row with something to show: the first one that carries a few badges.
    auto* table = part<ConnectorTableView>(m_window, "connectorTable");
    const ConnectorTableModel* model = table->connectorModel();
    int row = 0;
    for (int r = 0; r < model->rowCount(); ++r) {
        const ConnectorInstance* c = model->instanceAt(r);
        if (c->isActive && c->isConfigured && c->lockReason().isEmpty()) {
            row = r;
            break;
        }
    }
    if (const ConnectorInstance* c = model->instanceAt(row))
        table->selectConnector(c->id);
    QTimer::singleShot(settleMs, this, &ScreenshotDriver::grabWindow);
}

void ScreenshotDriver::grabWindow()
{
    if (!save(m_window, m_file))
        return finish(1);
    if (m_dialogKind.isEmpty())
        return finish(0);
    openDialog();
}

QStringList ScreenshotDriver::kinds()
{
    return {QStringLiteral("create"),
            QStringLiteral("delete"),
            QStringLiteral("lifecycle"),
            QStringLiteral("stats"),
            QStringLiteral("disable-delete"),
            QStringLiteral("bulk"),
            QStringLiteral("bulk-progress")};
}

void ScreenshotDriver::grabLifecycleMenu()
{
    // The table's context menu on the selected row, as a right click opens it: the toolbar's lifecycle
    // actions stay in sight above it.
    auto* table = part<ConnectorTableView>(m_window, "connectorTable");
    const QRect row = table->visualRect(table->currentIndex());
    const QPoint pos(row.left() + 160, row.center().y());
    QContextMenuEvent event(QContextMenuEvent::Mouse, pos, table->viewport()->mapToGlobal(pos));
    QApplication::sendEvent(table->viewport(), &event);
    auto* menu = m_window->findChild<QMenu*>(QStringLiteral("tableContextMenu"));
    if (!menu)
        return finish(1);
    QTimer::singleShot(settleMs, this, [this, menu] {
        // The menu is a window of its own: paint it over the window where it pops up.
        QPixmap picture = m_window->grab();
        QPainter painter(&picture);
        painter.drawPixmap(m_window->mapFromGlobal(menu->pos()), menu->grab());
        painter.end();
        menu->close();
        const bool saved = !picture.isNull() && picture.save(m_dialogFile);
        if (saved)
            std::printf("saved %s (%dx%d)\n", qPrintable(m_dialogFile), picture.width(), picture.height());
        finish(saved ? 0 : 1);
    });
}

void ScreenshotDriver::grabStats()
{
    auto* pane = part<DetailsPane>(m_window, "detailsPane");
    IndexingStatsView* stats = pane->statsView();
    // The pane's head and its statistics, without the long field tree below.
    const int bottom = stats->geometry().bottom() + 90;
    const QPixmap picture = pane->grab(QRect(0, 0, pane->width(), std::min(bottom, pane->height())));
    const bool saved = !picture.isNull() && picture.save(m_dialogFile);
    if (saved)
        std::printf("saved %s (%dx%d)\n", qPrintable(m_dialogFile), picture.width(), picture.height());
    finish(saved ? 0 : 1);
}

void ScreenshotDriver::startDisableThenDelete()
{
    auto* dialog = qobject_cast<DeleteConnectorDialog*>(m_dialog.data());
    if (!dialog || !dialog->disablesSyncFirst()) {
        std::fprintf(stderr, "connector-admin: the selected instance is not active\n");
        return finish(1);
    }
    if (auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("confirmLineEdit")); name && name->isVisible())
        name->setText(dialog->instance().name);
    // The second busy state is the delete, sent once sync is disabled: both steps are on show then.
    connect(dialog, &RequestDialog::busyChanged, this, [this, dialog](bool busy) {
        if (!busy || ++m_busySteps != 2)
            return;
        dialog->layout()->activate();
        finish(save(dialog, m_dialogFile) ? 0 : 1);
    });
    dialog->accept();
}

void ScreenshotDriver::startBulk()
{
    // The first eight rows, as Shift+click would select them: a mix of what will be done and skipped.
    auto* table = part<ConnectorTableView>(m_window, "connectorTable");
    const QModelIndex first = table->model()->index(0, 0);
    const QModelIndex last = table->model()->index(std::min(7, table->model()->rowCount() - 1), 0);
    table->selectionModel()->select(QItemSelection(first, last),
                                    QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    part<QAction>(m_window, "actionBulkDisableSync")->trigger();
    auto* bulk = part<BulkActions>(m_window, "bulkActions");
    BulkConfirmDialog* confirm = bulk->confirmDialog();
    if (!confirm) {
        std::fprintf(stderr, "connector-admin: the bulk confirmation is not available\n");
        return finish(1);
    }
    if (m_dialogKind == QLatin1String("bulk")) {
        m_dialog = confirm;
        QTimer::singleShot(settleMs, this, &ScreenshotDriver::grabDialog);
        return;
    }
    // bulk-progress: confirmed as the OK button does, pictured once the run has ended.
    QTimer::singleShot(settleMs, this, [this, bulk, confirm] {
        if (auto* buttons = confirm->findChild<QDialogButtonBox*>(); buttons && buttons->button(QDialogButtonBox::Ok))
            buttons->button(QDialogButtonBox::Ok)->click();
        BulkProgressDialog* progress = bulk->progressDialog();
        if (!progress)
            return finish(1);
        m_dialog = progress;
        connect(progress, &BulkProgressDialog::runFinished, this, [this] {
            QTimer::singleShot(settleMs, this, &ScreenshotDriver::grabDialog);
        });
    });
}

void ScreenshotDriver::openDialog()
{
    if (m_dialogKind == QLatin1String("lifecycle"))
        return grabLifecycleMenu();
    if (m_dialogKind == QLatin1String("stats"))
        return grabStats();
    if (m_dialogKind.startsWith(QLatin1String("bulk")))
        return startBulk();
    const bool create = m_dialogKind == QLatin1String("create");
    part<QAction>(m_window, create ? "actionNew" : "actionDelete")->trigger();
    auto* dialogs = part<DialogLauncher>(m_window, "dialogLauncher");
    m_dialog = create ? dialogs->createDialog() : dialogs->deleteDialog();
    if (!m_dialog) {
        std::fprintf(stderr, "connector-admin: the %s dialog is not available\n", qPrintable(m_dialogKind));
        return finish(1);
    }
    if (m_dialogKind == QLatin1String("disable-delete")) {
        QTimer::singleShot(settleMs, this, &ScreenshotDriver::startDisableThenDelete);
        return;
    }
    QTimer::singleShot(settleMs, this, &ScreenshotDriver::grabDialog);
}

void ScreenshotDriver::grabDialog()
{
    if (!m_dialog)
        return finish(1);
    // A filled-in form says more than an empty one.
    if (auto* create = qobject_cast<CreateConnectorDialog*>(m_dialog.data()); create && !m_formFilled) {
        m_formFilled = true;
        create->selectType(QStringLiteral("Confluence"));
        if (auto* name = create->findChild<QLineEdit*>(QStringLiteral("nameLineEdit")))
            name->setText(QStringLiteral("Research Confluence"));
        QTimer::singleShot(filledFormSettleMs, this, &ScreenshotDriver::grabDialog);
        return;
    }
    finish(save(m_dialog, m_dialogFile) ? 0 : 1);
}

bool ScreenshotDriver::save(QWidget* widget, const QString& file)
{
    const QPixmap picture = widget->grab();
    if (picture.isNull() || !picture.save(file)) {
        std::fprintf(stderr, "connector-admin: could not save %s\n", qPrintable(file));
        return false;
    }
    std::printf("saved %s (%dx%d)\n", qPrintable(file), picture.width(), picture.height());
    return true;
}

void ScreenshotDriver::finish(int exitCode)
{
    m_deadline.stop();
    QApplication::exit(exitCode);
}

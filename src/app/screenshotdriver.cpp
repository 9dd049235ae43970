#include "screenshotdriver.h"

#include "connectortableview.h"
#include "core/connectorlistcontroller.h"
#include "core/connectortablemodel.h"
#include "dialoglauncher.h"
#include "mainwindow.h"

#include "app/dialogs/createconnectordialog.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QPixmap>

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

void ScreenshotDriver::openDialog()
{
    const bool create = m_dialogKind == QLatin1String("create");
    part<QAction>(m_window, create ? "actionNew" : "actionDelete")->trigger();
    auto* dialogs = part<DialogLauncher>(m_window, "dialogLauncher");
    m_dialog = create ? dialogs->createDialog() : dialogs->deleteDialog();
    if (!m_dialog) {
        std::fprintf(stderr, "connector-admin: the %s dialog is not available\n", qPrintable(m_dialogKind));
        return finish(1);
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

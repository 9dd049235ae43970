// connector-admin-workshop: the console as it ships, plus what the project's own scripts need and
// a user never should: pictures for docs/screenshots and a probe that quits at the first paint. It
// always runs on the embedded demo server: these options click through dialogs, and must never do
// so on a real server's instances. Built for scripts/screenshots and the benchmarks; never installed.
//
//   connector-admin-workshop --demo [console options] --screenshot FILE [--screenshot-dialog KIND:FILE]
//   connector-admin-workshop --demo [console options] --quit-after-first-paint

#include "app/appstartup.h"
#include "app/list/connectortableview.h"
#include "app/mainwindow.h"
#include "core/list/connectortablemodel.h"
#include "platform/opensslexit.h"
#include "workshop/firstpaintquitter.h"
#include "workshop/screenshotdriver.h"

#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

namespace {

struct WorkshopOptions
{
    QString screenshotFile;
    QString dialogKind;
    QString dialogFile;
    bool quitAfterFirstPaint = false;
};

int usage(const char* message)
{
    std::fprintf(stderr,
                 "connector-admin-workshop: %s\n"
                 "usage: connector-admin-workshop --demo [console options] --screenshot FILE "
                 "[--screenshot-dialog KIND:FILE] | --quit-after-first-paint\n",
                 message);
    return 2;
}

} // namespace

int main(int argc, char* argv[])
{
    opensslexit::skipCleanupAtExit();
    // The workshop's own options are taken out; everything else goes to the console as typed.
    WorkshopOptions workshop;
    std::vector<char*> consoleArgs{argv[0]};
    bool demo = false;
    for (int i = 1; i < argc; ++i) {
        const char* arg = argv[i];
        const bool hasValue = i + 1 < argc;
        if (std::strcmp(arg, "--screenshot") == 0 && hasValue) {
            workshop.screenshotFile = QString::fromLocal8Bit(argv[++i]);
        } else if (std::strcmp(arg, "--screenshot-dialog") == 0 && hasValue) {
            const QString spec = QString::fromLocal8Bit(argv[++i]);
            const qsizetype colon = spec.indexOf(QLatin1Char(':'));
            workshop.dialogKind = spec.left(colon);
            workshop.dialogFile = colon > 0 ? spec.mid(colon + 1) : QString();
            if (!ScreenshotDriver::kinds().contains(workshop.dialogKind) || workshop.dialogFile.isEmpty()) {
                const std::string kinds = ScreenshotDriver::kinds().join(QStringLiteral(", ")).toStdString();
                return usage(("--screenshot-dialog takes KIND:FILE, KIND one of: " + kinds).c_str());
            }
        } else if (std::strcmp(arg, "--quit-after-first-paint") == 0) {
            workshop.quitAfterFirstPaint = true;
        } else {
            demo = demo || std::strcmp(arg, "--demo") == 0;
            consoleArgs.push_back(argv[i]);
        }
    }
    if (!demo)
        return usage("runs on the embedded demo server only: pass --demo");
    if (!workshop.dialogKind.isEmpty() && workshop.screenshotFile.isEmpty())
        return usage("--screenshot-dialog needs --screenshot");
    consoleArgs.push_back(nullptr);
    int consoleArgc = int(consoleArgs.size()) - 1;

    return appstartup::run(consoleArgc, consoleArgs.data(), [&workshop](MainWindow& window) {
        if (!workshop.screenshotFile.isEmpty())
            new ScreenshotDriver(&window, workshop.screenshotFile, workshop.dialogKind, workshop.dialogFile);
        if (workshop.quitAfterFirstPaint) {
            const auto* table = window.findChild<ConnectorTableView*>(QStringLiteral("connectorTable"));
            QWidget* viewport = table->viewport();
            viewport->installEventFilter(new FirstPaintQuitter(table->connectorModel(), viewport));
        }
    });
}

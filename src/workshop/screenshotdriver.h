#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

class MainWindow;

// For scripts/screenshots (hidden options --screenshot and --screenshot-dialog): once the first page
// is on screen, selects a row, saves a picture of the window, optionally opens a dialog and saves it
// too, then quits. Gives up with exit code 1 if no page arrives in time.
class ScreenshotDriver final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScreenshotDriver)

public:
    ScreenshotDriver(MainWindow* window, const QString& file, const QString& dialogKind, const QString& dialogFile);

    // What --screenshot-dialog can take: create, delete, and the lifecycle pictures (lifecycle: the
    // Edit menu over the window; stats: the details pane's indexing statistics; disable-delete: the
    // delete dialog of an active instance between its two steps).
    static QStringList kinds();

private:
    void onFirstPage();
    void grabWindow();
    void openDialog();
    void grabDialog();
    void grabLifecycleMenu();
    void grabStats();
    void startDisableThenDelete();
    void startBulk(); // several rows selected, then the bulk disable's confirmation (and its run)
    bool save(QWidget* widget, const QString& file);
    void finish(int exitCode);

    QPointer<MainWindow> m_window;
    QPointer<QWidget> m_dialog;
    QString m_file;
    QString m_dialogKind;
    QString m_dialogFile;
    QTimer m_deadline;
    bool m_started = false;
    bool m_formFilled = false;
    int m_busySteps = 0;
};

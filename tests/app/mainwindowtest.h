#pragma once

// The fixture of the main window's tests: settings of their own, cleared before each test, so that
// what one test saves (a page size, the layout) never changes what the next one loads.
#include "apptestutil.h"

#include <QDir>

namespace apptest {

class MainWindowTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        isolateSettings();
        const QString file = appsettings::open().fileName();
        QVERIFY2(!file.startsWith(QDir::homePath() + QStringLiteral("/.config")), qPrintable(file));
    }
    void init()
    {
        appsettings::open().clear();
    }
};

} // namespace apptest

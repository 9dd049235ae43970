#pragma once

// The fixture of the create dialog's tests: each test opens (at most) one dialog on its dev server,
// deleted after it.
#include "dialogtest.h"

#include "app/dialogs/createconnectordialog.h"

#include <QPointer>

namespace dialogtest {

// The data of a test run in both dialects: a bool column "pipesHub" (see dialectOf).
inline void addDialectRows(const char* pipesHubRow = "PipesHub dialect")
{
    QTest::addColumn<bool>("pipesHub");
    QTest::addRow("published dialect") << false;
    QTest::addRow("%s", pipesHubRow) << true;
}

class CreateDialogTest : public QObject
{
    Q_OBJECT

protected:
    // A dialog on `ts`, shown, with the registry loaded.
    CreateConnectorDialog* openDialog(TestServer& ts, const QString& defaultScope = QStringLiteral("team"))
    {
        m_dialog = new CreateConnectorDialog(ts.client.get(), defaultScope);
        m_dialog->show();
        if (!QTest::qWaitForWindowExposed(m_dialog) || !QTest::qWaitFor([&] { return m_dialog->isRegistryLoaded(); }))
            return nullptr;
        return m_dialog;
    }

    QPointer<CreateConnectorDialog> m_dialog;

private slots:
    void initTestCase()
    {
        silenceOffscreenSizeHintWarnings();
    }
    void init()
    {
        qunsetenv("PIPESHUB_BEARER_AUTH");
    }
    void cleanup()
    {
        delete m_dialog.data();
    }
};

} // namespace dialogtest

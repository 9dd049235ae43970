// File > Export view... (Ctrl+E) in the window, offscreen over real HTTP: the action
// sits in the File menu, asks for a file and writes every page of the current filter there; the
// selected rows can be exported instead; the status bar names the file and the row count.
#include "apptestutil.h"

#include "app/bulk/selectiontracker.h"
#include "app/export/exportcontroller.h"

#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QMenu>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTimer>

using namespace apptest;

namespace {

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The ids of a CSV export, in file order (the first column; the test's names hold no line breaks).
QStringList csvIds(const QByteArray& csv)
{
    QStringList lines = QString::fromUtf8(csv).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QStringList ids;
    for (qsizetype i = 1; i < lines.size(); ++i)
        ids.append(lines.at(i).section(QLatin1Char(','), 0, 0));
    return ids;
}

QStringList jsonIds(const QByteArray& json)
{
    QStringList ids;
    for (const QJsonValue& v : QJsonDocument::fromJson(json).object().value(QLatin1String("connectors")).toArray())
        ids.append(v.toObject().value(QLatin1String("connectorId")).toString());
    return ids;
}

QStringList pageIds(const ConnectorTableModel* model)
{
    QStringList ids;
    for (const ConnectorInstance& c : model->connectors())
        ids.append(c.id);
    return ids;
}

} // namespace

class TestExportView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void theActionIsInTheFileMenu();
    void theActionExportsEveryPageOfTheFilter();
    void theSelectedRowsCanBeExported();
    void aFailureShowsInTheBanner();

private:
    static ExportController* exportOf(const Harness& h)
    {
        return h.child<ExportController>("exportController");
    }
    static QString statusText(const Harness& h)
    {
        return h.child<QStatusBar>("statusBar")->currentMessage();
    }
    // Waits for the end of the export that `start` begins.
    static bool waitForExport(const Harness& h, const std::function<void()>& start);

    QTemporaryDir m_out;
};

void TestExportView::initTestCase()
{
    isolateSettings();
    QVERIFY(m_out.isValid());
}

bool TestExportView::waitForExport(const Harness& h, const std::function<void()>& start)
{
    ViewExporter* exporter = exportOf(h)->exporter();
    QSignalSpy finished(exporter, &ViewExporter::finished);
    QSignalSpy failed(exporter, &ViewExporter::failed);
    start();
    return QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, 30000);
}

void TestExportView::theActionIsInTheFileMenu()
{
    Harness h(10);
    auto* action = h.child<QAction>("actionExportView");
    QVERIFY(action);
    QVERIFY(h.child<QMenu>("menuFile")->actions().contains(action));
    QCOMPARE(action->shortcut(), QKeySequence(QStringLiteral("Ctrl+E")));
    QVERIFY(!action->isEnabled()); // no server yet
    QVERIFY(h.open());
    QVERIFY(action->isEnabled());
}

void TestExportView::theActionExportsEveryPageOfTheFilter()
{
    Harness h(450);
    QVERIFY(h.open());
    QVERIFY(h.loadAfter([&] { h.controller()->setScope(ListQuery::Scope::Team); }));
    const qint64 total = h.controller()->pagination().total;
    QVERIFY(total > h.controller()->query().limit()); // more than the page the table shows

    // The action asks for a file (the widget dialog, offscreen): a name without extension and the
    // JSON filter make a .json file.
    const QString chosen = m_out.filePath(QStringLiteral("team-view"));
    const QString path = chosen + QStringLiteral(".json");
    bool answered = false;
    QTimer answer;
    connect(&answer, &QTimer::timeout, this, [&] {
        auto* dialog = qobject_cast<QFileDialog*>(QApplication::activeModalWidget());
        if (!dialog || answered)
            return;
        // selectFile() leaves the name field alone while it has the focus (as it has once the dialog is
        // up): the name is typed there, as a user would, and accepted on a later tick once it shows.
        auto* nameEdit = dialog->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
        if (nameEdit && nameEdit->text() == QFileInfo(chosen).fileName()
            && dialog->selectedNameFilter() == dialog->nameFilters().constLast()) {
            answered = true;
            static_cast<QDialog*>(dialog)->accept(); // QFileDialog::accept() is protected: the OK button's path
            return;
        }
        dialog->setDirectory(QFileInfo(chosen).absolutePath());
        dialog->selectNameFilter(dialog->nameFilters().constLast());
        if (nameEdit)
            nameEdit->setText(QFileInfo(chosen).fileName());
    });
    answer.start(20);
    QVERIFY(waitForExport(h, [&] { h.child<QAction>("actionExportView")->trigger(); }));
    QVERIFY(answered);

    const QStringList ids = jsonIds(readFile(path));
    QCOMPARE(ids.size(), total);
    QCOMPARE(ids.mid(0, h.model()->rowCount()), pageIds(h.model())); // list order, the table's page first
    QVERIFY2(statusText(h).contains(QDir::toNativeSeparators(path)), qPrintable(statusText(h)));
    QVERIFY2(statusText(h).contains(QString::number(total)), qPrintable(statusText(h)));
    QVERIFY(h.child<QAction>("actionExportView")->isEnabled()); // ready for the next one
}

void TestExportView::theSelectedRowsCanBeExported()
{
    Harness h(60);
    QVERIFY(h.open());
    // Three rows of the page, picked as extended selection would pick them.
    QItemSelectionModel* selection = h.table()->selectionModel();
    selection->clearSelection();
    QStringList expected;
    for (const int row : {1, 4, 6}) {
        const QModelIndex index = h.table()->model()->index(row, 0);
        selection->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
        expected.append(index.data(ConnectorTableModel::IdRole).toString());
    }
    const QString path = m_out.filePath(QStringLiteral("selected.csv"));
    QVERIFY(waitForExport(h, [&] {
        QVERIFY(exportOf(h)->exportTo(path, ExportController::Format::Csv, ExportController::What::Selection));
    }));
    QCOMPARE(csvIds(readFile(path)), expected);
    QVERIFY2(statusText(h).contains(QStringLiteral("3")), qPrintable(statusText(h)));

    // The selection outlives the page: two rows of page 2 join the three of page 1, and the
    // export holds all five, in the order they were selected.
    QVERIFY(h.loadAfter([&] { h.controller()->nextPage(); }));
    for (const int row : {0, 2}) {
        const QModelIndex index = h.table()->model()->index(row, 0);
        h.table()->selectionModel()->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
        expected.append(index.data(ConnectorTableModel::IdRole).toString());
    }
    const QString acrossPages = m_out.filePath(QStringLiteral("selected-across-pages.csv"));
    QVERIFY(waitForExport(h, [&] {
        QVERIFY(exportOf(h)->exportTo(acrossPages, ExportController::Format::Csv, ExportController::What::Selection));
    }));
    QCOMPARE(csvIds(readFile(acrossPages)), expected);

    // Nothing selected on any page: nothing to export from the selection.
    auto* tracker = h.window->findChild<SelectionTracker*>();
    QVERIFY(tracker);
    tracker->clear();
    QVERIFY(!exportOf(h)->exportTo(path, ExportController::Format::Csv, ExportController::What::Selection));
}

void TestExportView::aFailureShowsInTheBanner()
{
    Harness h(30);
    QVERIFY(h.open());
    const QString path = m_out.filePath(QStringLiteral("no-such-folder/view.csv"));
    QVERIFY(waitForExport(h, [&] {
        QVERIFY(exportOf(h)->exportTo(path, ExportController::Format::Csv, ExportController::What::Filter));
    }));
    QVERIFY(h.banner()->isVisibleTo(h.window.get()));
    QVERIFY2(h.banner()->message().contains(QDir::toNativeSeparators(path)), qPrintable(h.banner()->message()));
    QVERIFY2(statusText(h).contains(QDir::toNativeSeparators(path)), qPrintable(statusText(h)));
    QVERIFY(!QFile::exists(path));
}

QTEST_MAIN(TestExportView)
#include "tst_exportview.moc"

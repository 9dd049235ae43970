// The floor of start-up and memory: a bare Qt Widgets program that shows a 200-row table and quits
// after its first paint, built in the same run with the same flags as the console.
// `--names FILE` (one name a line) puts those names in the first column instead of Latin text: the
// same floor showing the demo's own names, to tell the cost of their scripts' fonts from ours.
#include "firstpaint.h"

#include <QApplication>
#include <QFile>
#include <QStandardItemModel>
#include <QStringList>
#include <QTableView>

#include <cstdio>

int main(int argc, char* argv[])
{
    firstpaint::sinceExecMs();
    QApplication app(argc, argv);
    QStringList names;
    const QStringList arguments = QApplication::arguments();
    if (const qsizetype at = arguments.indexOf(QStringLiteral("--names")); at > 0 && at + 1 < arguments.size()) {
        QFile file(arguments.at(at + 1));
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
            return 1;
        names = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }
    QStandardItemModel model(200, 8);
    for (int row = 0; row < 200; ++row) {
        for (int column = 0; column < 8; ++column) {
            const QString text = column == 0 && !names.isEmpty()
                ? names.at(row % names.size())
                : QStringLiteral("Instance %1, field %2").arg(row).arg(column);
            model.setItem(row, column, new QStandardItem(text));
        }
    }
    QTableView view;
    view.setModel(&model);
    view.resize(1200, 800);
    firstpaint::whenPaintedWithRows(view.viewport(), &model, [] {
        std::printf(
            "{\"firstPaintMs\": %.2f, \"peakRssKiB\": %lld}\n", firstpaint::sinceExecMs(), firstpaint::peakRssKiB());
        std::fflush(stdout);
        QApplication::quit();
    });
    view.show();
    return app.exec();
}

// The floor of start-up and memory: a bare Qt Widgets program that shows a 200-row table and quits
// after its first paint, built in the same run with the same flags as the console.
#include "firstpaint.h"

#include <QApplication>
#include <QStandardItemModel>
#include <QTableView>

#include <cstdio>

int main(int argc, char* argv[])
{
    firstpaint::sinceExecMs();
    QApplication app(argc, argv);
    QStandardItemModel model(200, 8);
    for (int row = 0; row < 200; ++row) {
        for (int column = 0; column < 8; ++column)
            model.setItem(row, column, new QStandardItem(QStringLiteral("Instance %1, field %2").arg(row).arg(column)));
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

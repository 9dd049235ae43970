// Figure 2, the table: loading 10,000 and 100,000 instances into the model and the view, and one
// search keystroke on the client-side-paged states (active, inactive), against a plain scan of the
// same rows for the term. The lists come from connector-dev-server in another process, through the
// client's own loader, so the keystroke runs exactly as in the console: ConnectorListController ->
// ConnectorPageLoader (cached list, ListQuery::pageLocally) -> ConnectorTableModel -> the view.
#include "devserverprocess.h"

#include "core/list/connectorlistcontroller.h"
#include "core/list/connectorpageloader.h"
#include "core/list/connectortablemodel.h"
#include "core/net/apiclient.h"

#ifdef CONNECTOR_BENCH_HAVE_APP
#include "app/list/connectortableview.h"
#endif

#include <QAbstractTableModel>
#include <QApplication>
#include <QEventLoop>
#include <QHeaderView>
#include <QTableView>
#include <QTimer>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <map>
#include <memory>

namespace {

// A list of `rows` active instances, loaded once per size.
struct Fixture
{
    DevServerProcess server;
    ApiClient client;
    std::unique_ptr<QTableView> view;
    ConnectorTableModel* model = nullptr;
    std::unique_ptr<ConnectorListController> controller;
    const QList<ConnectorInstance>* all = nullptr;
};

// Active instances are about 73.7% of what the dev server seeds.
int seedFor(int rows)
{
    return int(rows / 0.7366) + 1;
}

QTableView* makeView(ConnectorTableModel** model)
{
#ifdef CONNECTOR_BENCH_HAVE_APP
    auto* view = new ConnectorTableView;
    *model = view->connectorModel();
#else
    auto* view = new QTableView;
    *model = new ConnectorTableModel(view);
    view->setModel(*model);
#endif
    view->resize(1200, 800);
    view->show();
    return view;
}

std::map<int, std::unique_ptr<Fixture>> fixtures;

// Before QApplication goes: the views, the controllers and the dev servers.
void releaseFixtures()
{
    fixtures.clear();
}

Fixture* fixture(int rows)
{
    auto& f = fixtures[rows];
    if (f)
        return f.get();
    f = std::make_unique<Fixture>();
    // The published dialect: 100,000 PipesHub instances are over the client's 64 MB answer cap.
    if (!f->server.start(seedFor(rows), QStringLiteral("published"))) {
        std::fprintf(stderr, "bench_table: the dev server did not start\n");
        std::exit(1);
    }
    f->client.setBaseUrl(f->server.baseUrl());
    f->client.setToken(QStringLiteral("bench"));
    f->client.setTimeout(300000);
    f->view.reset(makeView(&f->model));
    f->controller = std::make_unique<ConnectorListController>(&f->client, f->model);
    f->controller->setSearchDelay(0);
    QEventLoop loop;
    QObject::connect(f->controller.get(), &ConnectorListController::pageLoaded, &loop, &QEventLoop::quit);
    QObject::connect(f->controller.get(), &ConnectorListController::loadFailed, &loop, [&](const ApiError& e) {
        std::fprintf(stderr, "bench_table: %s\n", qPrintable(e.toString()));
        std::exit(1);
    });
    f->controller->setState(ListQuery::State::Active);
    loop.exec();
    f->all = f->controller->loader()->cachedList(ListQuery::State::Active);
    QApplication::processEvents();
    return f.get();
}

// A bare table model over the names: the least a model can be.
class NamesModel final : public QAbstractTableModel
{
public:
    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_names.size());
    }
    int columnCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : ConnectorTableModel::ColumnCount;
    }
    QVariant data(const QModelIndex& index, int role) const override
    {
        return role == Qt::DisplayRole ? QVariant(m_names.at(index.row())) : QVariant();
    }
    void setNames(const QStringList& names)
    {
        beginResetModel();
        m_names = names;
        endResetModel();
    }

private:
    QStringList m_names;
};

void paint(QTableView* view)
{
    view->viewport()->repaint();
}

const QString term = QStringLiteral("google");

// Floor of the load: a bare QTableView over a bare model, reset to the same number of rows, painted.
void floorLoad(benchmark::State& state)
{
    Fixture* f = fixture(int(state.range(0)));
    QStringList names;
    for (const ConnectorInstance& c : *f->all)
        names.append(c.name);
    NamesModel model;
    QTableView view;
    view.setModel(&model);
    view.resize(1200, 800);
    view.show();
    // Exposed before the first paint, as the console's view is by the time it loads.
    QApplication::processEvents();
    for (auto _ : state) {
        model.setNames(names);
        paint(&view);
    }
    state.counters["rows"] = double(names.size());
}

void modelAndViewLoad(benchmark::State& state)
{
    Fixture* f = fixture(int(state.range(0)));
    for (auto _ : state) {
        f->model->setConnectors(*f->all);
        paint(f->view.get());
    }
    state.counters["rows"] = double(f->all->size());
    f->model->clear();
}

// Floor of a keystroke: a plain scan of the same rows for the term.
void floorScan(benchmark::State& state)
{
    Fixture* f = fixture(int(state.range(0)));
    qsizetype matched = 0;
    for (auto _ : state) {
        matched = 0;
        for (const ConnectorInstance& c : *f->all)
            matched += c.name.contains(term, Qt::CaseInsensitive);
        benchmark::DoNotOptimize(matched);
    }
    state.counters["rows"] = double(f->all->size());
    state.counters["matched"] = double(matched);
}

// One keystroke as the console does it: the controller's query changes, the loader filters and pages
// the cached list, the model takes the page, the view repaints. `from` -> `to`.
void keystroke(benchmark::State& state, const QString& from, const QString& to)
{
    Fixture* f = fixture(int(state.range(0)));
    for (auto _ : state) {
        state.PauseTiming();
        f->controller->setSearch(from);
        f->controller->applySearchNow();
        paint(f->view.get());
        state.ResumeTiming();
        f->controller->setSearch(to);
        f->controller->applySearchNow();
        paint(f->view.get());
    }
    if (f->controller->query().search() != to || f->controller->isLoading())
        state.SkipWithError("the keystroke did not load synchronously from the cache");
    state.counters["rows"] = double(f->all->size());
    state.counters["total"] = double(f->controller->pagination().total);
}

void keystrokeSet(benchmark::State& state)
{
    keystroke(state, term.left(term.size() - 1), term);
}

void keystrokeClear(benchmark::State& state)
{
    keystroke(state, term, QString());
}

void sizes(benchmark::internal::Benchmark* b)
{
    b->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond);
}

} // namespace

BENCHMARK(floorLoad)->Apply(sizes);
BENCHMARK(modelAndViewLoad)->Apply(sizes);
BENCHMARK(floorScan)->Apply(sizes);
BENCHMARK(keystrokeSet)->Apply(sizes);
BENCHMARK(keystrokeClear)->Apply(sizes);

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    releaseFixtures();
    return 0;
}

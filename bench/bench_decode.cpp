// Figure 1, decoding: bytes of a list answer -> ConnectorInstances, as the client does it, against
// the floor of QJsonDocument::fromJson of the same bytes alone.
#include "benchdata.h"

#include "core/net/apierror.h"
#include "core/wire/pagination.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <benchmark/benchmark.h>

namespace {

using devserver::Dialect;

const QByteArray& answerBytes(Dialect dialect, int count)
{
    static QHash<QPair<int, int>, QByteArray> cache;
    QByteArray& bytes = cache[qMakePair(int(dialect), count)];
    if (bytes.isEmpty())
        bytes = benchdata::listAnswer(dialect, count, count <= 200);
    return bytes;
}

void setLabel(benchmark::State& state, Dialect dialect, int count)
{
    const QByteArray& bytes = answerBytes(dialect, count);
    state.SetLabel(std::string(benchdata::dialectName(dialect)) + "/" + std::to_string(count) + "/"
                   + std::to_string(bytes.size() / 1024) + "KiB");
    state.SetBytesProcessed(qint64(state.iterations()) * bytes.size());
}

void floorFromJson(benchmark::State& state)
{
    const auto dialect = Dialect(state.range(0));
    const int count = int(state.range(1));
    const QByteArray& bytes = answerBytes(dialect, count);
    for (auto _ : state) {
        QJsonDocument document = QJsonDocument::fromJson(bytes);
        benchmark::DoNotOptimize(document);
    }
    setLabel(state, dialect, count);
}

// What the client does with a list answer's body (ApiReply keeps it, see ApiReply::keepBody):
// decode::connectorPageFromBody, straight from the bytes. connectorctl keeps every field (`extra`);
// the console's table skips those it does not show.
void decodeBody(benchmark::State& state, ConnectorInstance::Extra extra)
{
    const auto dialect = Dialect(state.range(0));
    const int count = int(state.range(1));
    const QByteArray& bytes = answerBytes(dialect, count);
    const Pagination requested{1, std::min(count, 200), -1, false};
    for (auto _ : state) {
        ApiError error;
        auto page = decode::connectorPageFromBody(bytes, 200, requested, &error, extra);
        if (!page || page->connectors.size() != count)
            state.SkipWithError("decoding failed");
        benchmark::DoNotOptimize(page);
    }
    setLabel(state, dialect, count);
}

void clientDecode(benchmark::State& state)
{
    decodeBody(state, ConnectorInstance::Extra::Keep);
}

void consoleDecode(benchmark::State& state)
{
    decodeBody(state, ConnectorInstance::Extra::Skip);
}

// The previous path, for comparison: a QJsonDocument, then a walk into structs.
void documentDecode(benchmark::State& state)
{
    const auto dialect = Dialect(state.range(0));
    const int count = int(state.range(1));
    const QByteArray& bytes = answerBytes(dialect, count);
    const Pagination requested{1, std::min(count, 200), -1, false};
    for (auto _ : state) {
        const QJsonObject root = QJsonDocument::fromJson(bytes).object();
        ApiError error;
        auto page = decode::connectorPage(root, requested, &error);
        if (!page || page->connectors.size() != count)
            state.SkipWithError("decoding failed");
        benchmark::DoNotOptimize(page);
    }
    setLabel(state, dialect, count);
}

void sizes(benchmark::internal::Benchmark* b)
{
    for (const Dialect dialect : {Dialect::PipesHub, Dialect::Published}) {
        for (const int count : {200, 10000})
            b->Args({int(dialect), count});
    }
    b->Unit(benchmark::kMicrosecond);
}

// For callgrind: `bench_decode --profile pipeshub|published COUNT ITERATIONS floor|client`, with
// --toggle-collect=profileLoop so that making the test data is left out.
Q_NEVER_INLINE void profileLoop(const QByteArray& bytes, int count, int iterations, bool floorOnly)
{
    const Pagination requested{1, std::min(count, 200), -1, false};
    for (int i = 0; i < iterations; ++i) {
        if (floorOnly) {
            const QJsonObject root = QJsonDocument::fromJson(bytes).object();
            benchmark::DoNotOptimize(root);
            continue;
        }
        ApiError error;
        auto page = decode::connectorPageFromBody(bytes, 200, requested, &error);
        benchmark::DoNotOptimize(page);
    }
}

} // namespace

BENCHMARK(floorFromJson)->Apply(sizes);
BENCHMARK(clientDecode)->Apply(sizes);
BENCHMARK(consoleDecode)->Apply(sizes);
BENCHMARK(documentDecode)->Apply(sizes);

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc == 6 && qstrcmp(argv[1], "--profile") == 0) {
        const Dialect dialect = qstrcmp(argv[2], "published") == 0 ? Dialect::Published : Dialect::PipesHub;
        const int count = atoi(argv[3]);
        profileLoop(answerBytes(dialect, count), count, atoi(argv[4]), qstrcmp(argv[5], "floor") == 0);
        return 0;
    }
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}

#include "cli/commands/bulkrunner.h"

#include "cli/exitcode.h"
#include "cli/session.h"

#include "core/net/apiclient.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QIODevice>
#include <QSet>

#include <algorithm>
#include <vector>

namespace {

const QString concurrencyName = QStringLiteral("concurrency");
const QString standardInput = QStringLiteral("-");

} // namespace

QCommandLineOption BulkRunner::concurrencyOption()
{
    return {
        concurrencyName,
        tr("How many instances to work on at once, 1 to %1 (default %2).").arg(maxConcurrency).arg(defaultConcurrency),
        tr("N")};
}

bool BulkRunner::readConcurrency(Session& session, const QCommandLineParser& parser, int* concurrency)
{
    *concurrency = defaultConcurrency;
    if (!parser.isSet(concurrencyName))
        return true;
    const QString text = parser.value(concurrencyName);
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    if (!ok || value < 1 || value > maxConcurrency) {
        session.usageError(
            tr("--concurrency must be a whole number from 1 to %1, not \"%2\".").arg(maxConcurrency).arg(text));
        return false;
    }
    *concurrency = value;
    return true;
}

int BulkRunner::collectIds(Session& session, const QStringList& arguments, QStringList* ids)
{
    struct Given
    {
        QString id;
        QString origin; // where it came from, for the error
    };
    QList<Given> given;
    bool stdinRead = false;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (argument != standardInput) {
            given.append({argument, tr("argument %1").arg(i + 1)});
            continue;
        }
        if (stdinRead)
            continue; // standard input is read once
        stdinRead = true;
        QIODevice* in = session.in();
        if (!in)
            return session.usageError(tr("\"-\" reads ids from standard input, which cannot be read here."));
        const QByteArray all = in->readAll();
        const QList<QByteArray> lines = all.split('\n');
        for (int line = 0; line < lines.size(); ++line) {
            const QString id = QString::fromUtf8(lines.at(line)).trimmed();
            if (!id.isEmpty())
                given.append({id, tr("standard input, line %1").arg(line + 1)});
        }
    }
    if (given.isEmpty()) {
        return session.usageError(stdinRead
                                      ? tr("Standard input held no connector id.")
                                      : tr("Give at least one connector id (or - to read them from standard input)."));
    }
    QSet<QString> seen;
    ids->clear();
    for (const Given& entry : std::as_const(given)) {
        if (!ApiClient::isValidConnectorId(entry.id)) {
            return session.usageError(tr("\"%1\" (%2) is not a valid connector id: use letters, digits, _ and -, "
                                         "at most 64. Nothing was sent.")
                                          .arg(session.redact(entry.id), entry.origin));
        }
        if (!seen.contains(entry.id)) {
            seen.insert(entry.id);
            ids->append(entry.id);
        }
    }
    return exitcode::Ok;
}

int BulkRunner::run(const QStringList& ids, int concurrency, const Start& start, const Report& report)
{
    const int total = int(ids.size());
    std::vector<int> codes(size_t(total), -1); // -1: not finished
    int nextToStart = 0;
    int nextToReport = 0;
    int running = 0;
    int worst = exitcode::Ok;
    QEventLoop loop;

    std::function<void()> startMore;
    const auto finished = [&](int index, int code) {
        if (codes[size_t(index)] >= 0)
            return; // reported twice: the first one counts
        codes[size_t(index)] = code;
        worst = std::max(worst, code);
        --running;
        while (nextToReport < total && codes[size_t(nextToReport)] >= 0)
            report(nextToReport++);
        startMore();
        if (nextToReport == total)
            loop.quit();
    };
    startMore = [&] {
        while (running < concurrency && nextToStart < total) {
            const int index = nextToStart++;
            ++running;
            start(index, ids.at(index), [&finished, index](int code) { finished(index, code); });
        }
    };
    startMore();
    if (nextToReport < total)
        loop.exec();
    return worst;
}

int BulkRunner::readIdsAndConcurrency(Session& session,
                                      const QCommandLineParser& parser,
                                      QStringList* ids,
                                      int* concurrency)
{
    if (const int code = collectIds(session, parser.positionalArguments(), ids); code != exitcode::Ok)
        return code;
    *concurrency = defaultConcurrency;
    return readConcurrency(session, parser, concurrency) ? exitcode::Ok : exitcode::Usage;
}

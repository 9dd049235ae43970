#include "cli/commands/bulkrunner.h"

#include "cli/exitcode.h"
#include "cli/session.h"

#include "core/net/apiclient.h"
#include "core/ops/bulkoperation.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QIODevice>
#include <QSet>

#include <algorithm>

namespace {

const QString concurrencyName = QStringLiteral("concurrency");
const QString standardInput = QStringLiteral("-");

} // namespace

QCommandLineOption BulkRunner::concurrencyOption()
{
    return {concurrencyName,
            tr("How many instances to work on at once, 1 to %1 (default %2).")
                .arg(BulkOperation::maxConcurrency)
                .arg(BulkOperation::defaultConcurrency),
            tr("N")};
}

bool BulkRunner::readConcurrency(Session& session, const QCommandLineParser& parser, int* concurrency)
{
    *concurrency = BulkOperation::defaultConcurrency;
    if (!parser.isSet(concurrencyName))
        return true;
    const QString text = parser.value(concurrencyName);
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    if (!ok || value < 1 || value > BulkOperation::maxConcurrency) {
        session.usageError(tr("--concurrency must be a whole number from 1 to %1, not \"%2\".")
                               .arg(BulkOperation::maxConcurrency)
                               .arg(text));
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

int BulkRunner::readIdsAndConcurrency(Session& session,
                                      const QCommandLineParser& parser,
                                      QStringList* ids,
                                      int* concurrency)
{
    if (const int code = collectIds(session, parser.positionalArguments(), ids); code != exitcode::Ok)
        return code;
    return readConcurrency(session, parser, concurrency) ? exitcode::Ok : exitcode::Usage;
}

int BulkRunner::exitCode(const BulkItem& item)
{
    switch (item.state) {
    case BulkItem::State::Done:
    case BulkItem::State::Skipped:
        return exitcode::Ok;
    case BulkItem::State::Unknown:
        return exitcode::Unavailable;
    case BulkItem::State::Failed: {
        const int code = exitcode::forError(item.error);
        return code == exitcode::Ok ? exitcode::Failure : code;
    }
    case BulkItem::State::Waiting:
    case BulkItem::State::Running:
    case BulkItem::State::Cancelled:
        break;
    }
    return exitcode::Failure;
}

QString BulkRunner::errorText(const Session& session, const BulkItem& item)
{
    return session.redact(item.error.isError() ? item.error.toString() : item.message);
}

int BulkRunner::run(Session& session, BulkAction action, const QStringList& ids, int concurrency, const Report& report)
{
    BulkOperation operation(&session.client(), BulkPlan::fromIds(action, ids));
    operation.setConcurrency(concurrency);
    int nextToReport = 0;
    int worst = exitcode::Ok;
    // The items are the ids in the order given (a plan from ids skips none): each is printed once it
    // and those before it have settled, so that a long run shows its progress.
    const auto reportSettled = [&] {
        const QList<BulkItem>& items = operation.items();
        while (nextToReport < items.size()) {
            const BulkItem& item = items.at(nextToReport);
            if (item.state == BulkItem::State::Waiting || item.state == BulkItem::State::Running)
                break;
            worst = std::max(worst, exitCode(item));
            report(nextToReport++, item);
        }
    };
    QObject::connect(&operation, &BulkOperation::itemsChanged, &operation, reportSettled);
    QObject::connect(&operation, &BulkOperation::slowedDown, &operation, [&session](int waitMs, int current) {
        session.warn(tr("the server is busy (HTTP 429): sending again in %1 s, then at most %2 at once.")
                         .arg((waitMs + 999) / 1000)
                         .arg(current));
    });
    QEventLoop loop;
    QObject::connect(&operation, &BulkOperation::finished, &loop, &QEventLoop::quit);
    operation.start();
    if (operation.isRunning())
        loop.exec();
    reportSettled();
    return worst;
}

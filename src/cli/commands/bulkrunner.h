#pragma once

#include "core/ops/bulkitem.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QStringList>

#include <functional>

class QCommandLineParser;
class Session;

// The commands that act on several instances at once (enable, disable, delete), around the console's
// engine, BulkOperation (core/ops/bulkoperation.h): their ids, from the command line and from standard
// input ("-"), all checked before anything is sent; --concurrency; and the outcome of each id, reported
// in the order the ids were given. Pacing after a 429, never resending what may have reached the
// server and the outcome of each item are BulkOperation's, the same as in the console.
class BulkRunner final
{
    Q_DECLARE_TR_FUNCTIONS(BulkRunner)

public:
    static QCommandLineOption concurrencyOption();
    // --concurrency, or the default; prints why not and returns false when it is not 1..16.
    static bool readConcurrency(Session& session, const QCommandLineParser& parser, int* concurrency);

    // The ids of `arguments`, each "-" replaced by the lines of standard input (blank lines skipped,
    // spaces around an id ignored), the same id only once. Every id is checked before anything is
    // sent: one that may not be sent is named with where it came from (argument N, standard input
    // line N), and the result is exitcode::Usage. Returns exitcode::Ok with `ids` filled otherwise.
    static int collectIds(Session& session, const QStringList& arguments, QStringList* ids);
    // Both of the above for a command on many instances: the ids of its arguments and --concurrency.
    static int
    readIdsAndConcurrency(Session& session, const QCommandLineParser& parser, QStringList* ids, int* concurrency);

    // The exit code an item's outcome comes to: 0 done or nothing needed, 6 unknown (as a network
    // failure: whether it was done is not known), the error's for a refusal, 1 for anything else.
    static int exitCode(const BulkItem& item);
    // The error of an item that did not succeed, as it may be printed (the token masked).
    static QString errorText(const Session& session, const BulkItem& item);

    // Prints the outcome of ids[index].
    using Report = std::function<void(int index, const BulkItem& item)>;
    // Runs `action` on every id through BulkOperation, at most `concurrency` at once (fewer for a while
    // after a 429, which is said on stderr), until all have settled. `report` is called for each id in
    // the order given, as soon as it and every one before it have settled. Returns the worst (highest)
    // exit code of the items. Needs session.connectToServer() first.
    static int run(Session& session, BulkAction action, const QStringList& ids, int concurrency, const Report& report);
};

#pragma once

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QStringList>

#include <functional>

class QCommandLineParser;
class Session;

// The commands that act on several instances at once (enable, disable, delete): their ids, from the
// command line and from standard input ("-"), all checked before anything is sent, then the work for
// each id, at most --concurrency at a time, reported in the order the ids were given.
class BulkRunner final
{
    Q_DECLARE_TR_FUNCTIONS(BulkRunner)

public:
    static constexpr int defaultConcurrency = 4;
    static constexpr int maxConcurrency = 16;

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

    // Reports that the work on one id has finished, with its exit code. Called once, from the event loop.
    using Done = std::function<void(int exitCode)>;
    // Starts the work on ids[index]; must not call `done` before returning.
    using Start = std::function<void(int index, const QString& id, const Done& done)>;
    // Called for each index in order, once it and every one before it have finished.
    using Report = std::function<void(int index)>;

    // Runs `start` for every id, at most `concurrency` at once, until all have finished. Returns the
    // worst (highest) exit code.
    static int run(const QStringList& ids, int concurrency, const Start& start, const Report& report);
};

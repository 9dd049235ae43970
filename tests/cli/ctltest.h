#pragma once

// What the connectorctl tests share: the one way they run connectorctl, in-process (ConnectorCtl against
// buffers, over real HTTP to a dev server in this process) or as the built binary, kept away from the
// user's settings and keychain, and the checks' helpers (a CSV parser, a column counter, the dev
// server's view of the instances).
#include "testcsv.h"
#include "testserver.h"
#include "testsettings.h"

#include "devserver/connectorrecord.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

Q_DECLARE_METATYPE(devserver::Dialect)

namespace ctltest {

extern const QString wrongToken; // testToken (testfixtures.h) is the right one

// What one run of connectorctl wrote, and its exit code.
struct CtlRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QString describe() const;
    QJsonObject json() const;
    // --output json of enable/disable/delete of several ids: one object per line; an empty list when a
    // line is not one.
    QList<QJsonObject> jsonLines() const;
    QString outText() const;
    QString errText() const;
};

// connectorctl `arguments` in this process, with `token` in PIPESHUB_BEARER_AUTH (none when empty) and
// `input` as standard input. stdout and stderr are buffers behind QTextStreams, as the binary's files.
// `live`, when given, is where the run writes, as connectorctl writes it (it flushes after each
// result), so that a timer may read it while connectorctl runs; the run is returned as well.
CtlRun runCtl(const QStringList& arguments,
              const QString& token = testToken,
              const QByteArray& input = {},
              CtlRun* live = nullptr);
// The same with --server pointing at `ts`.
CtlRun runCtl(TestServer& ts, const QStringList& arguments, const QString& token = testToken);
// The same with --server pointing at `ts` and --retries 0 (the arguments may ask for retries again):
// a failure is final at once and the server's log counts each request once. `input` is standard input.
CtlRun
runCtlNoRetries(TestServer& ts, const QStringList& arguments, const QByteArray& input = {}, CtlRun* live = nullptr);
// A program (the built connectorctl) to its end, with `env` (isolatedEnvironment()) and `input` as
// standard input, while this thread's event loop keeps serving the in-process dev server. A crash
// exits -2; a run that did not start or end within 60 s says why in `err`.
CtlRun runProgram(const QString& program,
                  const QStringList& arguments,
                  const QProcessEnvironment& env,
                  const QByteArray& input = {});

// Terminal columns, counted independently of the code under test: CJK and kana are two wide.
int columns(const QString& text);
QString isoOf(qint64 epochMs);
// Ids the current user sees in `scope`, in the server's list order.
QStringList visibleIds(devserver::DevServer& server, const QString& scope = {});
QStringList idsOf(const QJsonObject& listAnswer);
// A team instance no job holds, for get/rename/delete.
const devserver::ConnectorRecord* someTeamInstance(devserver::DevServer& server);
// The body of the last POST the server got, as JSON.
QJsonObject lastPostBody(const TestServer& ts);
// A "dialect" column with a row for each: the real server's (PipesHub), then the published one.
void dialectRows(const char* pipesHubRow, const char* publishedRow);
// A port that was just free: nothing listens there.
quint16 deadPort();
// Whether the instance `id` has `field` true in the dev server's store.
bool stored(TestServer& ts, const QString& id, const char* field);

// The base of every in-process connectorctl test class. Before the first test, as the end-to-end
// runs give the binary (isolateProcess()): HOME, XDG_CONFIG_HOME and XDG_CACHE_HOME in a temporary
// folder, QStandardPaths' test mode, and no session bus, so that neither the user's settings nor their
// keychain can be read or written. Before each test: no token, no PIPESHUB_SERVER_URL, no default
// server profile.
class CtlTestCase : public QObject
{
    Q_OBJECT

protected:
    QTemporaryDir m_home;

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();
};

} // namespace ctltest

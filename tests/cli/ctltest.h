#pragma once

// What the connectorctl tests share: running connectorctl in-process (ConnectorCtl against buffers,
// over real HTTP to a dev server in this process), kept away from the user's settings and keychain,
// and the checks' helpers (a CSV parser, a column counter, the dev server's view of the instances).
#include "testserver.h"

#include "devserver/connectorrecord.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

Q_DECLARE_METATYPE(devserver::Dialect)

namespace ctltest {

extern const QString testToken;
extern const QString wrongToken;

struct CtlRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QString describe() const;
    QJsonObject json() const;
    QString outText() const;
    QString errText() const;
};

// connectorctl `arguments` in this process, with `token` in PIPESHUB_BEARER_AUTH (none when empty) and
// `input` as standard input. stdout and stderr are buffers behind QTextStreams, as the binary's files.
CtlRun runCtl(const QStringList& arguments, const QString& token = testToken, const QByteArray& input = {});
// The same with --server pointing at `ts`.
CtlRun runCtl(TestServer& ts, const QStringList& arguments, const QString& token = testToken);

// RFC 4180: quoted fields may hold commas, quotes (doubled) and line breaks; records end in CRLF.
QList<QStringList> parseCsv(const QString& text, bool* onlyCrlf);
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

// The base of every in-process connectorctl test class. Before the first test, as the end-to-end
// runs give the binary: HOME, XDG_CONFIG_HOME and XDG_CACHE_HOME in a temporary folder, QStandardPaths'
// test mode, and no session bus (DBUS_SESSION_BUS_ADDRESS names a socket that does not exist), so that
// neither the user's settings nor their keychain can be read or written. Before each test: no token,
// no PIPESHUB_SERVER_URL, no default server profile.
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

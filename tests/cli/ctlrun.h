#pragma once

// Runs connectorctl in-process (ConnectorCtl against buffers) for the lifecycle tests: the command
// line after `--server URL`, and what standard input holds.
#include "cli/connectorctl.h"
#include "devserver/connectorstore.h"
#include "testserver.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QTextStream>

struct CtlRun
{
    int exitCode = -1;
    QString out;
    QString err;
    QString describe() const
    {
        return QStringLiteral("exit %1\n--- stdout:\n%2\n--- stderr:\n%3").arg(exitCode).arg(out.left(4000), err);
    }
    // --output json of enable/disable/delete: one object per line; an empty list when a line is not one.
    QList<QJsonObject> jsonLines() const
    {
        QList<QJsonObject> objects;
        for (const QString& line : out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            QJsonParseError error;
            const QJsonDocument document = QJsonDocument::fromJson(line.toUtf8(), &error);
            if (error.error != QJsonParseError::NoError || !document.isObject())
                return {};
            objects.append(document.object());
        }
        return objects;
    }
};

// `out` and `err` fill as connectorctl writes (it flushes after each result), so a timer may read them.
inline CtlRun
runCtl(const TestServer& ts, const QStringList& arguments, const QByteArray& input = {}, CtlRun* live = nullptr)
{
    CtlRun local;
    CtlRun& result = live ? *live : local;
    QTextStream out(&result.out);
    QTextStream err(&result.err);
    QBuffer in;
    in.setData(input);
    in.open(QIODevice::ReadOnly);
    ConnectorCtl ctl(out, err, &in);
    result.exitCode = ctl.run(QStringList{QStringLiteral("connectorctl"),
                                          QStringLiteral("--server"),
                                          ts.server.baseUrl().toString(),
                                          QStringLiteral("--retries"),
                                          QStringLiteral("0")}
                              + arguments);
    out.flush();
    err.flush();
    return result;
}

// A configured, authenticated team instance (API_TOKEN Confluence) with `fields` on top.
inline QString addInstance(TestServer& ts, const QJsonObject& fields = {})
{
    QJsonObject all{{QStringLiteral("type"), QStringLiteral("Confluence")},
                    {QStringLiteral("authType"), QStringLiteral("API_TOKEN")},
                    {QStringLiteral("scope"), QStringLiteral("team")},
                    {QStringLiteral("name"), QStringLiteral("Lifecycle test")},
                    {QStringLiteral("isConfigured"), true},
                    {QStringLiteral("isAuthenticated"), true}};
    for (auto it = fields.begin(); it != fields.end(); ++it)
        all.insert(it.key(), it.value());
    return ts.server.store().addInstance(all);
}

inline bool stored(TestServer& ts, const QString& id, const char* field)
{
    return ts.server.store().instance(id).value(QLatin1String(field)).toBool();
}

#pragma once

#include "devserver/devserver.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPair>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

namespace devserver {
class ConnectorStore;
}

// One finished exchange, read out of a QNetworkReply.
struct HttpResult
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    bool finished = false; // false: the reply never finished within the test's patience
    qint64 elapsedMs = 0;

    QJsonObject json() const; // the body as an object (empty when it is not one)
    QByteArray header(const QByteArray& name) const;
};

// A plain QNetworkAccessManager client for the dev server: paths are given percent-encoded,
// relative to the base URL (".../api/v1"), and sent exactly as written.
class TestClient final
{
public:
    explicit TestClient(const QUrl& baseUrl);

    void setToken(const QByteArray& token); // empty: no Authorization header
    void setTransferTimeout(int milliseconds);

    HttpResult get(const QByteArray& path);
    HttpResult getUrl(const QUrl& url); // an absolute URL, without the bearer token (as a browser would)
    HttpResult send(const QByteArray& method,
                    const QByteArray& path,
                    const QByteArray& body = {},
                    const QByteArray& contentType = "application/json");
    HttpResult sendJson(const QByteArray& method, const QByteArray& path, const QJsonObject& body);

    QUrl url(const QByteArray& path) const;

private:
    HttpResult finish(QNetworkReply* reply);

    QNetworkAccessManager m_manager;
    QUrl m_baseUrl;
    QByteArray m_token;
    int m_transferTimeout = 10000;
};

// Sends `request` as raw bytes (no client in between to normalise the path) and returns everything
// the server answered until it closed the connection or `timeoutMs` passed.
QByteArray rawExchange(quint16 port, const QByteArray& request, int timeoutMs = 5000);
// The status code of a raw HTTP answer ("HTTP/1.1 404 Not Found" -> 404), 0 when there is none.
int rawStatus(const QByteArray& answer);

// A dev server on 127.0.0.1:0 in the given dialect, already listening (a failure is logged).
std::unique_ptr<devserver::DevServer> startServer(bool pipesHub, int seedCount = 40);

// The keys of a JSON object, sorted (for comparing shapes with the samples).
QStringList keysOf(const QJsonObject& object);
// A sample answer from tests/data/samples.
QJsonObject sampleObject(const QString& fileName);

// Looking at the store the way a visitor of the API would.
using InstancePredicate = std::function<bool(const QJsonObject&)>;
extern const QString kCurrentUser; // the user the dev server acts for
QString firstId(devserver::ConnectorStore& store, const InstancePredicate& predicate);
bool isVisible(const QJsonObject& instance); // team, or personal and ours
int countWhere(devserver::ConnectorStore& store, const InstancePredicate& predicate); // visible ones only
bool isFree(const QJsonObject& instance); // not locked, not in use, no job running
bool inScope(const QJsonObject& instance, const char* scope);
QJsonObject firstConnector(const HttpResult& result);

// The message of an error answer in either dialect: "detail" (PipesHub) or "message" (published,
// which must also say success: false); a null string when the body has neither shape.
QString errorMessageOf(const HttpResult& result, bool pipesHub);

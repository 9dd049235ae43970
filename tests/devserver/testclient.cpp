#include "testclient.h"

#include "devserver/connectorstore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

QJsonObject HttpResult::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QByteArray HttpResult::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

TestClient::TestClient(const QUrl& baseUrl)
    : m_baseUrl(baseUrl)
{ }

void TestClient::setToken(const QByteArray& token)
{
    m_token = token;
}

void TestClient::setTransferTimeout(int milliseconds)
{
    m_transferTimeout = milliseconds;
}

QUrl TestClient::url(const QByteArray& path) const
{
    return QUrl::fromEncoded(m_baseUrl.toEncoded() + path);
}

HttpResult TestClient::get(const QByteArray& path)
{
    return send("GET", path, {}, {});
}

HttpResult TestClient::send(const QByteArray& method,
                            const QByteArray& path,
                            const QByteArray& body,
                            const QByteArray& contentType)
{
    QNetworkRequest request(url(path));
    request.setTransferTimeout(m_transferTimeout);
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token);

    return finish(m_manager.sendCustomRequest(request, method, body));
}

HttpResult TestClient::getUrl(const QUrl& url)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(m_transferTimeout);
    return finish(m_manager.get(request));
}

HttpResult TestClient::finish(QNetworkReply* reply)
{
    QElapsedTimer timer;
    timer.start();
    QSignalSpy finished(reply, &QNetworkReply::finished);
    HttpResult result;
    result.finished = reply->isFinished() || finished.wait(m_transferTimeout + 5000);
    result.elapsedMs = timer.elapsed();
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    result.errorString = reply->errorString();
    if (reply->isOpen())
        result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    reply->abort();
    reply->deleteLater();
    return result;
}

HttpResult TestClient::sendJson(const QByteArray& method, const QByteArray& path, const QJsonObject& body)
{
    return send(method, path, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

QStringList keysOf(const QJsonObject& object)
{
    QStringList keys = object.keys();
    keys.sort();
    return keys;
}

QJsonObject sampleObject(const QString& fileName)
{
    QFile file(QStringLiteral(CONNECTOR_SAMPLES_DIR "/") + fileName);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QByteArray rawExchange(quint16 port, const QByteArray& request, int timeoutMs)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
    if (!socket.waitForConnected(timeoutMs))
        return {};
    socket.write(request);
    QByteArray answer;
    QElapsedTimer timer;
    timer.start();
    // Wait through the event loop (the server may run in this thread) until the server closes.
    while (socket.state() == QAbstractSocket::ConnectedState && timer.elapsed() < timeoutMs) {
        QTest::qWait(10);
        answer += socket.readAll();
    }
    answer += socket.readAll();
    return answer;
}

int rawStatus(const QByteArray& answer)
{
    const QList<QByteArray> parts = answer.left(answer.indexOf("\r\n")).split(' ');
    return parts.size() >= 2 ? parts.at(1).toInt() : 0;
}

const QString kCurrentUser = QStringLiteral("6650f0c1a2b3c4d5e6f70001");

QString firstId(devserver::ConnectorStore& store, const InstancePredicate& predicate)
{
    for (const QString& id : store.ids()) {
        if (predicate(store.instance(id)))
            return id;
    }
    return {};
}

bool isVisible(const QJsonObject& instance)
{
    return instance.value(QLatin1String("scope")).toString() == QLatin1String("team")
        || instance.value(QLatin1String("createdBy")).toString() == kCurrentUser;
}

int countWhere(devserver::ConnectorStore& store, const InstancePredicate& predicate)
{
    int count = 0;
    for (const QString& id : store.ids()) {
        const QJsonObject instance = store.instance(id);
        if (isVisible(instance) && predicate(instance))
            ++count;
    }
    return count;
}

bool isFree(const QJsonObject& instance)
{
    return !instance.value(QLatin1String("isLocked")).toBool()
        && instance.value(QLatin1String("usedByAgents")).toArray().isEmpty()
        && instance.value(QLatin1String("status")).isNull();
}

bool inScope(const QJsonObject& instance, const char* scope)
{
    return instance.value(QLatin1String("scope")).toString() == QLatin1String(scope);
}

QJsonObject firstConnector(const HttpResult& result)
{
    return result.json().value(QLatin1String("connectors")).toArray().at(0).toObject();
}

std::unique_ptr<devserver::DevServer> startServer(bool pipesHub, int seedCount)
{
    devserver::ServerOptions options;
    options.dialect = pipesHub ? devserver::Dialect::PipesHub : devserver::Dialect::Published;
    options.seedCount = seedCount;
    auto server = std::make_unique<devserver::DevServer>(options);
    QString error;
    if (!server->start(&error))
        qWarning() << "dev server did not start:" << error;
    return server;
}

QString errorMessageOf(const HttpResult& result, bool pipesHub)
{
    const QJsonObject body = result.json();
    if (pipesHub)
        return body.value(QLatin1String("detail")).isString() ? body.value(QLatin1String("detail")).toString()
                                                              : QString();
    if (body.value(QLatin1String("success")) != QJsonValue(false))
        return {};
    return body.value(QLatin1String("message")).toString();
}

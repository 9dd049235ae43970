#include "devserver/faultinjection.h"

#include "devserver/dialect.h"

#include <QJsonDocument>
#include <QPointer>
#include <QTcpSocket>

namespace devserver {

namespace {

// Streams a large body in chunks as the socket drains, so that an oversize answer never sits in
// memory whole.
class BodyStream final : public QObject
{
public:
    BodyStream(QTcpSocket* socket, qint64 total)
        : QObject(socket)
        , m_socket(socket)
        , m_total(total)
    {
        connect(socket, &QTcpSocket::bytesWritten, this, &BodyStream::pump);
        connect(socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
    }

    void pump()
    {
        constexpr qint64 chunkSize = 64 * 1024;
        constexpr qint64 highWater = 256 * 1024;
        while (m_socket && m_written < m_total && m_socket->bytesToWrite() < highWater) {
            const QByteArray chunk = bytesAt(m_written, std::min(chunkSize, m_total - m_written));
            m_socket->write(chunk);
            m_written += chunk.size();
        }
        if (m_written >= m_total)
            deleteLater();
    }

private:
    // {"success":true,"connectors":[],"padding":"xxxx...x"} of exactly m_total bytes.
    QByteArray bytesAt(qint64 position, qint64 length) const
    {
        static const QByteArray prefix = R"({"success":true,"connectors":[],"padding":")";
        static const QByteArray suffix = R"("})";
        QByteArray chunk(length, 'x');
        if (m_total < prefix.size() + suffix.size())
            return chunk;
        const qint64 end = position + length;
        for (qint64 at = position; at < std::min<qint64>(end, prefix.size()); ++at)
            chunk[at - position] = prefix.at(at);
        const qint64 suffixStart = m_total - suffix.size();
        for (qint64 at = std::max(position, suffixStart); at < end; ++at)
            chunk[at - position] = suffix.at(at - suffixStart);
        return chunk;
    }

    QPointer<QTcpSocket> m_socket;
    qint64 m_total;
    qint64 m_written = 0;
};

QByteArray defaultHtml(int status)
{
    const QByteArray title = QByteArray::number(status) + ' ' + reasonPhrase(status);
    return "<html>\r\n<head><title>" + title + "</title></head>\r\n<body>\r\n<center><h1>" + title
        + "</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";
}

} // namespace

void FaultList::add(const Fault& fault)
{
    if (fault.count != 0)
        m_faults.append(fault);
}

void FaultList::clear()
{
    m_faults.clear();
}

bool FaultList::isEmpty() const
{
    return m_faults.isEmpty();
}

std::optional<Fault> FaultList::take(const QByteArray& method, const QString& apiPath)
{
    for (auto it = m_faults.begin(); it != m_faults.end(); ++it) {
        if (!it->method.isEmpty() && it->method.compare(method, Qt::CaseInsensitive) != 0)
            continue;
        if (!it->pathPrefix.isEmpty() && !apiPath.startsWith(it->pathPrefix))
            continue;
        const Fault fault = *it;
        if (it->count > 0 && --it->count == 0)
            m_faults.erase(it);
        return fault;
    }
    return std::nullopt;
}

bool faultRunsRoute(Fault::Mode mode)
{
    switch (mode) {
    case Fault::Mode::TruncatedJson:
    case Fault::Mode::HeadersThenSilence:
    case Fault::Mode::ResetMidBody:
    case Fault::Mode::Latency:
        return true;
    case Fault::Mode::Status:
    case Fault::Mode::Html:
    case Fault::Mode::Oversize:
        return false;
    }
    return true;
}

Answer faultAnswer(const Fault& fault, Dialect dialect)
{
    Answer answer;
    switch (fault.mode) {
    case Fault::Mode::Status: {
        answer.status = fault.status > 0 ? fault.status : 500;
        answer.contentType = fault.contentType;
        if (!fault.body.isEmpty()) {
            answer.body = fault.body;
        } else {
            const QString message = QString::fromLatin1(reasonPhrase(answer.status));
            const QJsonObject body = answer.status == 401
                ? dialect::gatewayError(QStringLiteral("UNAUTHORIZED"), message)
                : dialect::error(dialect, message);
            answer.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        }
        break;
    }
    case Fault::Mode::Html:
        answer.status = fault.status > 0 ? fault.status : 502;
        answer.contentType = "text/html";
        answer.body = fault.body.isEmpty() ? defaultHtml(answer.status) : fault.body;
        break;
    case Fault::Mode::Oversize:
        answer.status = fault.status > 0 ? fault.status : 200;
        answer.contentType = fault.contentType;
        break;
    default:
        break;
    }
    if (fault.retryAfterSeconds >= 0)
        answer.headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number(fault.retryAfterSeconds)});
    return answer;
}

void deliverAnswer(QTcpSocket* socket, const Answer& answer, const std::optional<Fault>& fault, bool close)
{
    HeaderList headers = answer.headers;
    if (fault && fault->retryAfterSeconds >= 0 && faultRunsRoute(fault->mode))
        headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number(fault->retryAfterSeconds)});
    const Fault::Mode mode = fault ? fault->mode : Fault::Mode::Latency;
    const QByteArray body = fault && !fault->body.isEmpty() && faultRunsRoute(mode) ? fault->body : answer.body;
    const int status = fault && fault->status > 0 && faultRunsRoute(mode) ? fault->status : answer.status;

    switch (mode) {
    case Fault::Mode::TruncatedJson: {
        const QByteArray half = body.left(body.size() / 2);
        socket->write(
            responseHead(fault->status > 0 ? fault->status : 200, answer.contentType, half.size(), headers, close)
            + half);
        break;
    }
    case Fault::Mode::HeadersThenSilence:
        socket->write(responseHead(status, answer.contentType, body.size(), headers, false));
        socket->flush();
        return; // the connection stays open; the client has to time out
    case Fault::Mode::ResetMidBody:
        socket->write(responseHead(status, answer.contentType, body.size(), headers, false)
                      + body.left(body.size() / 2));
        socket->flush();
        socket->abort();
        return;
    case Fault::Mode::Oversize: {
        const qint64 total = std::max<qint64>(fault->oversizeBytes, 0);
        socket->write(responseHead(answer.status, answer.contentType, total, headers, close));
        auto* stream = new BodyStream(socket, total);
        stream->pump();
        return; // keeps the connection even when asked to close: the stream needs it
    }
    case Fault::Mode::Status:
    case Fault::Mode::Html:
    case Fault::Mode::Latency:
        socket->write(responseHead(status, answer.contentType, body.size(), headers, close) + body);
        break;
    }
    if (close)
        socket->disconnectFromHost();
}

} // namespace devserver

#include "devserverprocess.h"

#include <QDeadlineTimer>
#include <QRegularExpression>

DevServerProcess::~DevServerProcess()
{
    stop();
}

QString DevServerProcess::program()
{
    const QString fromEnvironment = qEnvironmentVariable("CONNECTOR_DEV_SERVER");
    return fromEnvironment.isEmpty() ? QStringLiteral(CONNECTOR_DEV_SERVER_PATH) : fromEnvironment;
}

bool DevServerProcess::start(int seedCount, const QString& dialect, int timeoutMs, const QStringList& extraArguments)
{
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start(program(),
                    QStringList{QStringLiteral("--port"),
                                QStringLiteral("0"),
                                QStringLiteral("--seed"),
                                QString::number(seedCount),
                                QStringLiteral("--dialect"),
                                dialect}
                        + extraArguments);
    if (!m_process.waitForStarted(10000))
        return false;
    const QDeadlineTimer deadline(timeoutMs);
    QByteArray output;
    while (!output.contains('\n') && !deadline.hasExpired()) {
        if (!m_process.waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime()))))
            break;
        output += m_process.readAllStandardOutput();
    }
    const QRegularExpressionMatch match
        = QRegularExpression(QStringLiteral("(http://\\S+)")).match(QString::fromUtf8(output));
    if (!match.hasMatch())
        return false;
    m_baseUrl = QUrl(match.captured(1));
    return true;
}

void DevServerProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

#pragma once

#include <QProcess>
#include <QStringList>
#include <QUrl>

// connector-dev-server in a process of its own, as a real server would be: its work never shows up
// as the client's GUI-thread time, and the client talks to it over loopback.
class DevServerProcess
{
public:
    DevServerProcess() = default;
    ~DevServerProcess();
    DevServerProcess(const DevServerProcess&) = delete;
    DevServerProcess& operator=(const DevServerProcess&) = delete;

    // Starts `connector-dev-server --port 0 --seed COUNT --dialect DIALECT`; false if it did not
    // print its URL within `timeoutMs`.
    bool start(int seedCount, const QString& dialect, int timeoutMs = 120000, const QStringList& extraArguments = {});
    QUrl baseUrl() const
    {
        return m_baseUrl;
    }
    void stop();

    // The binary, from CONNECTOR_DEV_SERVER (environment), else the one built beside the benchmarks.
    static QString program();

private:
    QProcess m_process;
    QUrl m_baseUrl;
};

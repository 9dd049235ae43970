#pragma once

#include "devserver/devserver.h"

#include <QString>
#include <QUrl>

#include <memory>

// `connector-admin --demo`: an embedded dev server on 127.0.0.1 with realistic data, a token made up
// in this process (handed to our client only) and a visible DELETING phase. Answers come as fast as
// the machine allows; a latency (--demo-latency) shows what a distant server feels like.
class DemoServer final
{
public:
    struct Options
    {
        devserver::Dialect dialect = devserver::Dialect::PipesHub;
        int seedCount = 150;
        int latencyMs = 0;
        int deletionDelayMs = 2000;
    };

    DemoServer();
    explicit DemoServer(const Options& options);
    ~DemoServer();
    DemoServer(const DemoServer&) = delete;
    DemoServer& operator=(const DemoServer&) = delete;

    bool start(QString* errorMessage = nullptr);
    QUrl baseUrl() const;
    QString token() const
    {
        return m_token;
    }
    devserver::DevServer& server()
    {
        return *m_server;
    }

    static QString randomToken();

private:
    QString m_token;
    std::unique_ptr<devserver::DevServer> m_server;
};

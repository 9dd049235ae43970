#pragma once

#include "cli/command.h"

// connectorctl logout: removes the server's token from the OS keychain.
class LogoutCommand final : public Command
{
public:
    LogoutCommand();
    int execute(Session& session, const QCommandLineParser& parser) override;
};

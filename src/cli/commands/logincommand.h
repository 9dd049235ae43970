#pragma once

#include "cli/command.h"

// connectorctl login: reads a token from stdin (no echo on a terminal) into the OS keychain.
class LoginCommand final : public Command
{
public:
    LoginCommand();
    int execute(Session& session, const QCommandLineParser& parser) override;
};

#pragma once

#include "cli/command.h"

// connectorctl signin ID [--open] [--wait]: the sign-in URL of an OAuth instance, and optionally the
// wait until the server says the instance is signed in.
class SigninCommand final : public Command
{
public:
    SigninCommand();
    int execute(Session& session, const QCommandLineParser& parser) override;

    static constexpr int defaultWaitSeconds = 300;
    static constexpr int firstPollMs = 2000;
    static constexpr int maxPollMs = 10000;
    static constexpr int maxRequestMs = 30000; // while waiting, a request's own limit
};

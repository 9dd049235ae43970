#pragma once

#include "cli/command.h"

// connectorctl signin ID [--open] [--wait]: the sign-in URL of an OAuth instance, and optionally the
// wait until the server says the instance is signed in (the core's SignInWatch, as in the console).
class SigninCommand final : public Command
{
public:
    SigninCommand();
    int execute(Session& session, const QCommandLineParser& parser) override;

    static constexpr int defaultWaitSeconds = 300;
    static constexpr int maxRequestMs = 30000; // while waiting, a request's own limit
};

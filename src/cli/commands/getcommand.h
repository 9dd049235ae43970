#pragma once

#include "cli/command.h"

// connectorctl get ID: one instance, every field.
class GetCommand final : public Command
{
public:
    GetCommand();
    int execute(Session& session, const QCommandLineParser& parser) override;
};

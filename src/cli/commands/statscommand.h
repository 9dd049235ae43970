#pragma once

#include "cli/command.h"

// connectorctl stats ID: what an instance has indexed, per status and per record type.
class StatsCommand final : public Command
{
public:
    StatsCommand();
    int execute(Session& session, const QCommandLineParser& parser) override;
};

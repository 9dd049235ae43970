#pragma once

#include "cli/command.h"

// connectorctl sync ID [--full --yes]: asks for a sync now (never retried), then reads the instance
// back for its status.
class SyncCommand final : public Command
{
public:
    SyncCommand();
    int execute(Session& session, const QCommandLineParser& parser) override;
};

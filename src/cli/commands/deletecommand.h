#pragma once

#include "cli/command.h"

// connectorctl delete ID --yes: the real server deletes in the background and says DELETING.
class DeleteCommand final : public Command
{
public:
    DeleteCommand();
    int execute(Session& session, const QCommandLineParser& parser) override;
};

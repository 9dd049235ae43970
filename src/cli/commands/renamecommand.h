#pragma once

#include "cli/command.h"

// connectorctl rename ID NEWNAME: prints the whole renamed instance, not the server's minimal answer.
class RenameCommand final : public Command
{
public:
    RenameCommand();
    int execute(Session& session, const QCommandLineParser& parser) override;
};

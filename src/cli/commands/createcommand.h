#pragma once

#include "cli/command.h"

struct CreateConnectorRequest;

// connectorctl create: a new instance from options and an optional config file.
class CreateCommand final : public Command
{
public:
    CreateCommand();
    int execute(Session& session, const QCommandLineParser& parser) override;

private:
    static int resolveAuthType(Session& session, CreateConnectorRequest& request);
};

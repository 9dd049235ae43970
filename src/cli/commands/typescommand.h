#pragma once

#include "cli/command.h"

// connectorctl types: the connector registry, every page.
class TypesCommand final : public Command
{
public:
    TypesCommand();
    int execute(Session& session, const QCommandLineParser& parser) override;
};

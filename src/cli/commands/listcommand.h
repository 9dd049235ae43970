#pragma once

#include "cli/command.h"

// connectorctl list: one page of instances, or every page with --all-pages.
class ListCommand final : public Command
{
public:
    ListCommand();
    int execute(Session& session, const QCommandLineParser& parser) override;
};

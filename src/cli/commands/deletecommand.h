#pragma once

#include "cli/command.h"

// connectorctl delete ID... --yes: the real server deletes in the background and says DELETING. Runs on
// the console's BulkOperation (bulkrunner.h): each delete is sent once (ApiClient::deleteConnectorOnce),
// again only after a 429, never after an answer that was lost.
class DeleteCommand final : public Command
{
public:
    DeleteCommand();
    int execute(Session& session, const QCommandLineParser& parser) override;
};

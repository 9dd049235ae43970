#pragma once

#include "cli/command.h"

// connectorctl enable|disable ID... [--agent]: the intent, not the API's flip. Each instance is read
// first and toggled only when its flag differs, then read back (ConnectorLifecycle); a toggle is never
// sent twice, not even when its answer was lost. Runs on the console's BulkOperation (bulkrunner.h).
class EnableCommand final : public Command
{
public:
    explicit EnableCommand(bool enable);
    int execute(Session& session, const QCommandLineParser& parser) override;

private:
    bool m_enable;
};

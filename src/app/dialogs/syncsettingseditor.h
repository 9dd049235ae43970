#pragma once

#include "app/dialogs/initialconfigeditor.h"

#include <memory>

namespace Ui {
class SyncSettingsEditor;
}

// How a new instance syncs (the create dialog's Sync tab): the strategy, and for a schedule an interval
// or a cron expression in a time zone, for a webhook the events; only the fields of the chosen
// strategy are enabled.
class SyncSettingsEditor final : public InitialConfigEditor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncSettingsEditor)

public:
    explicit SyncSettingsEditor(QWidget* parent = nullptr);
    ~SyncSettingsEditor() override;

    // The strategy, the schedule and the webhook events.
    void fill(InitialConfig& config) const override;

private:
    void updateFields();

    const std::unique_ptr<Ui::SyncSettingsEditor> m_ui;
};

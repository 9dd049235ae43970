#pragma once

#include "app/dialogs/requestdialog.h"

#include "core/model/connectorinstance.h"

#include <memory>

class ApiClient;

namespace Ui {
class RenameConnectorDialog;
}

// Renames one instance. The real server answers with only {_key, name}: that is merged into the
// instance we hold, never put in its place. A locked instance says why up front and cannot be sent.
class RenameConnectorDialog final : public RequestDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RenameConnectorDialog)

public:
    RenameConnectorDialog(ApiClient* client, const ConnectorInstance& instance, QWidget* parent = nullptr);
    ~RenameConnectorDialog() override;

    const ConnectorInstance& instance() const
    {
        return m_instance;
    }

signals:
    void renamed(const ConnectorInstance& updated);

protected:
    QString validate() const override;
    void apply() override;
    bool canApply() const override;

private:
    QString newName() const;

    const std::unique_ptr<Ui::RenameConnectorDialog> m_ui;
    ApiClient* m_client;
    ConnectorInstance m_instance;
};

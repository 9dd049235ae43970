#pragma once

#include "requestdialog.h"

#include "core/connectorinstance.h"

#include <memory>

class ApiClient;

namespace Ui {
class DeleteConnectorDialog;
}

// Confirms and sends the deletion of one instance. A team instance concerns everyone: its exact name
// must be typed first. The real server deletes in the background (202, status DELETING); a 409 (in use
// by agents, a deletion already running) keeps the dialog open with the server's words.
class DeleteConnectorDialog final : public RequestDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeleteConnectorDialog)

public:
    DeleteConnectorDialog(ApiClient* client, const ConnectorInstance& instance, QWidget* parent = nullptr);
    ~DeleteConnectorDialog() override;

    const ConnectorInstance& instance() const
    {
        return m_instance;
    }
    bool needsTypedName() const;

signals:
    // inBackground: the server accepted and deletes it in the background (202 / status DELETING).
    void deleted(const QString& id, bool inBackground, const QString& message);
    // 404: it was already gone (someone else deleted it).
    void notFound(const QString& id);

protected:
    QString validate() const override;
    void apply() override;

private:
    void onDeleteFinished(ApiReply& reply);
    void explainNotFound();

    const std::unique_ptr<Ui::DeleteConnectorDialog> m_ui;
    ApiClient* m_client;
    ConnectorInstance m_instance;
};

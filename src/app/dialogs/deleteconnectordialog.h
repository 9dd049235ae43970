#pragma once

#include "app/dialogs/requestdialog.h"

#include "core/model/connectorinstance.h"

#include <QPointer>

#include <memory>

class ApiClient;
class ConnectorLifecycle;
class LifecycleCall;
class QCheckBox;
class QLabel;

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
    // Active instances: whether sync is disabled first, then the instance deleted (the default, as the
    // web console does). The steps show as they happen; a failed first step deletes nothing.
    bool disablesSyncFirst() const;
    QCheckBox* disableFirstCheckBox() const
    {
        return m_disableFirst;
    }
    QString stepsText() const;

public slots:
    void reject() override;

signals:
    // Sync was disabled by the first step: the instance as read back.
    void syncDisabled(const ConnectorInstance& instance);
    // inBackground: the server accepted and deletes it in the background (202 / status DELETING).
    void deleted(const QString& id, bool inBackground, const QString& message);
    // 404: it was already gone (someone else deleted it).
    void notFound(const QString& id);

protected:
    QString validate() const override;
    // While busy only the inputs are off: the steps stay readable.
    void setInputsEnabled(bool enabled) override;
    void apply() override;

private:
    void onDeleteFinished(ApiReply& reply);
    void explainNotFound();
    void sendDelete();
    void onSyncDisabled();
    enum class StepState
    {
        Pending,
        Running,
        Done,
        Failed
    };
    void setStep(int step, StepState state, const QString& outcome = {});
    void showSteps();

    const std::unique_ptr<Ui::DeleteConnectorDialog> m_ui;
    ApiClient* m_client;
    ConnectorInstance m_instance;
    ConnectorLifecycle* m_lifecycle;
    QPointer<LifecycleCall> m_disabling;
    QCheckBox* m_disableFirst;
    QLabel* m_steps;
    QString m_stepText[2];
    bool m_syncDisabled = false; // the first step is done: a retry only deletes
};

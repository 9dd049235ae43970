#pragma once

#include "core/model/connectortype.h"

#include <QList>
#include <QWidget>

#include <memory>

class ApiClient;
struct ApiError;
class RegistryLoader;
class QEvent;

namespace Ui {
class ConnectorTypePicker;
}

// The create dialog's type list: the connector registry, loaded page by page, shown with icons and
// app groups, narrowed by a filter box that also steers the list with the arrow keys; a failed load
// offers a retry. Enter or a double click on a type says the choice is made (typeChosen).
class ConnectorTypePicker final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectorTypePicker)

public:
    explicit ConnectorTypePicker(QWidget* parent = nullptr);
    ~ConnectorTypePicker() override;

    // Loads (again, on Retry) the registry through `client`, which must outlive the picker.
    void loadRegistry(ApiClient* client);
    bool isRegistryLoaded() const
    {
        return m_registryLoaded;
    }
    // The type selected in the list; invalid when none is.
    ConnectorType selectedType() const;
    // Selects a type by its registry name (case-insensitive); false if absent.
    bool selectType(const QString& type);
    void focusFilter();

    // How an auth type reads in the dialog ("API_TOKEN" is "API token").
    static QString authTypeLabel(const QString& authType);

signals:
    void currentTypeChanged();
    void typeChosen();
    void registryLoaded();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void reload();
    void onRegistryProgress(int typesSoFar, qint64 total);
    void onRegistryLoaded(const QList<ConnectorType>& types);
    void onRegistryFailed(const ApiError& error);
    void applyFilter();
    void onCurrentItemChanged();

    const std::unique_ptr<Ui::ConnectorTypePicker> m_ui;
    RegistryLoader* m_registry = nullptr;
    QList<ConnectorType> m_types;
    bool m_registryLoaded = false;
};

#pragma once

#include "app/dialogs/initialconfigeditor.h"

#include <memory>

class QEvent;

namespace Ui {
class AuthValuesEditor;
}

// The credentials of a new instance (the create dialog's Credentials tab): key/value rows whose values
// are masked unless the user asks to see them, and an optional OAuth config id.
class AuthValuesEditor final : public InitialConfigEditor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuthValuesEditor)

public:
    explicit AuthValuesEditor(QWidget* parent = nullptr);
    ~AuthValuesEditor() override;

    // The auth values and the OAuth config id; edited() is the user typing the id.
    void fill(InitialConfig& config) const override;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void addRow();
    void removeSelectedRows();
    void setValuesRevealed(bool revealed);

    const std::unique_ptr<Ui::AuthValuesEditor> m_ui;
};

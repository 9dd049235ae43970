#pragma once

#include <QWidget>

struct InitialConfig;

// A part of the create dialog's initial configuration (a tab): it writes its fields into the
// InitialConfig the dialog sends, and says when they change.
class InitialConfigEditor : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InitialConfigEditor)

public:
    using QWidget::QWidget;

    virtual void fill(InitialConfig& config) const = 0;

signals:
    void changed(); // any field, by the user or not
    void edited(); // the user typed or chose a value: its mistakes show as warnings at once
};

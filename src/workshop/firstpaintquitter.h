#pragma once

#include <QObject>

class QAbstractItemModel;

// Quits the application once `model` has rows and the view it watches has painted them: the real
// console, timed from outside (hyperfine) from spawn to its first page on screen.
class FirstPaintQuitter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstPaintQuitter)

public:
    FirstPaintQuitter(const QAbstractItemModel* model, QObject* parent);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    const QAbstractItemModel* m_model;
    bool m_done = false;
};

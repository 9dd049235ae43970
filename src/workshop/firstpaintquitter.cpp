#include "workshop/firstpaintquitter.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QEvent>
#include <QTimer>

FirstPaintQuitter::FirstPaintQuitter(const QAbstractItemModel* model, QObject* parent)
    : QObject(parent)
    , m_model(model)
{ }

bool FirstPaintQuitter::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Paint && !m_done && m_model->rowCount() > 0) {
        m_done = true;
        QTimer::singleShot(0, qApp, &QCoreApplication::quit);
    }
    return QObject::eventFilter(watched, event);
}

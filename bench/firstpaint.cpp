#include "firstpaint.h"

#include <QAbstractItemModel>
#include <QEvent>
#include <QFile>
#include <QTimer>
#include <QWidget>

#include <ctime>

namespace firstpaint {

namespace {

qint64 monotonicNs()
{
    timespec t{};
    clock_gettime(CLOCK_MONOTONIC, &t);
    return qint64(t.tv_sec) * 1000000000 + t.tv_nsec;
}

class PaintWatcher final : public QObject
{
public:
    PaintWatcher(QWidget* viewport, const QAbstractItemModel* model, std::function<void()> onPainted)
        : QObject(viewport)
        , m_model(model)
        , m_onPainted(std::move(onPainted))
    {
        viewport->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && !m_done && m_model->rowCount() > 0) {
            m_done = true;
            // After the paint has been done (this filter runs before it), not instead of it.
            QTimer::singleShot(0, this, [this] { m_onPainted(); });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    const QAbstractItemModel* m_model;
    std::function<void()> m_onPainted;
    bool m_done = false;
};

} // namespace

double sinceExecMs()
{
    static const qint64 start = [] {
        bool ok = false;
        const qint64 t0 = qEnvironmentVariable("CONNECTOR_BENCH_T0_NS").toLongLong(&ok);
        return ok ? t0 : monotonicNs();
    }();
    return (monotonicNs() - start) / 1e6;
}

qint64 peakRssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').constFirst().toLongLong();
    }
    return -1;
}

void whenPaintedWithRows(QWidget* viewport, const QAbstractItemModel* model, std::function<void()> onPainted)
{
    new PaintWatcher(viewport, model, std::move(onPainted));
}

} // namespace firstpaint

#pragma once

#include <QObject>
#include <QString>

#include <functional>

class QAbstractItemModel;
class QWidget;

// Start-up marks shared by the console harness and the bare Qt program, so that both are measured
// the same way: from the exec() that started the process (CONNECTOR_BENCH_T0_NS, CLOCK_MONOTONIC,
// set by the driver just before it spawns us) to the first paint of a table viewport with rows.
namespace firstpaint {

// Milliseconds since CONNECTOR_BENCH_T0_NS (or since this call's first use when it is not set).
double sinceExecMs();
// Peak resident set size so far, from /proc/self/status (VmHWM), in KiB.
qint64 peakRssKiB();

// Calls `onPainted` once, after the first paint of `viewport` while `model` has rows.
void whenPaintedWithRows(QWidget* viewport, const QAbstractItemModel* model, std::function<void()> onPainted);

} // namespace firstpaint

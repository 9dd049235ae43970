#include "app/windowgeometry.h"

#include <QMainWindow>
#include <QScreen>
#include <QSettings>
#include <QSplitter>

#include <algorithm>

namespace {

constexpr QSize defaultWindowSize(1380, 840);
constexpr QSize frameRoom(24, 48); // left on the available screen for the window's frame and title
constexpr int defaultTableWidth = 1020;
constexpr int defaultDetailsWidth = 340;
constexpr int minimumTableWidth = 200; // left to the table when openDetails() opens a collapsed pane

const QString keyGeometry = QStringLiteral("mainWindow/geometry");
const QString keyState = QStringLiteral("mainWindow/state");
const QString keySplitter = QStringLiteral("mainWindow/splitter");

} // namespace

WindowGeometry::WindowGeometry(QMainWindow* window, QSplitter* splitter, QSettings& settings)
    : m_window(window)
    , m_splitter(splitter)
    , m_settings(settings)
{ }

void WindowGeometry::restore()
{
    fitToScreen(m_window->restoreGeometry(m_settings.value(keyGeometry).toByteArray()));
    m_window->restoreState(m_settings.value(keyState).toByteArray());
    if (!m_splitter->restoreState(m_settings.value(keySplitter).toByteArray()))
        m_splitter->setSizes({defaultTableWidth, defaultDetailsWidth});
}

void WindowGeometry::save()
{
    m_settings.setValue(keyGeometry, m_window->saveGeometry());
    m_settings.setValue(keyState, m_window->saveState());
    m_settings.setValue(keySplitter, m_splitter->saveState());
}

void WindowGeometry::openDetails()
{
    const QList<int> sizes = m_splitter->sizes();
    if (sizes.size() == 2 && sizes.at(1) == 0)
        m_splitter->setSizes({std::max(sizes.at(0) - defaultDetailsWidth, minimumTableWidth), defaultDetailsWidth});
}

void WindowGeometry::fitToScreen(bool restored)
{
    const QScreen* where = m_window->screen();
    if (!where)
        return;
    const QRect available = where->availableGeometry();
    if (!restored) {
        // At 2x scaling a 1600x1000 screen has 800x500 logical pixels: the default must give way.
        const QSize size = defaultWindowSize.boundedTo(available.size() - frameRoom);
        m_window->resize(size);
        m_window->move(available.center() - QPoint(size.width() / 2, size.height() / 2));
        return;
    }
    // Saved on a larger screen, or on one that is gone: back into this one.
    QRect frame = m_window->geometry();
    frame.setSize(frame.size().boundedTo(available.size()));
    if (!available.contains(frame)) {
        frame.moveLeft(std::clamp(frame.left(), available.left(), available.right() + 1 - frame.width()));
        frame.moveTop(std::clamp(frame.top(), available.top(), available.bottom() + 1 - frame.height()));
    }
    if (frame != m_window->geometry()) {
        m_window->resize(frame.size());
        m_window->move(frame.topLeft());
    }
}

#pragma once

class QMainWindow;
class QSettings;
class QSplitter;

// Where the window sits and how the splitter shares it between table and details, kept between launches
// (settings group "mainWindow"): the first launch gets a default size that gives way on a small or
// highly scaled screen, and a saved geometry is brought back onto the screen the window is on.
class WindowGeometry final
{
public:
    WindowGeometry(QMainWindow* window, QSplitter* splitter, QSettings& settings);

    // The window's geometry, its toolbars' state and the splitter's sizes.
    void restore();
    void save();
    // The details side of the splitter, collapsed by the admin, opened again (the table keeps the rest).
    void openDetails();

private:
    void fitToScreen(bool restored);

    QMainWindow* m_window;
    QSplitter* m_splitter;
    QSettings& m_settings;
};

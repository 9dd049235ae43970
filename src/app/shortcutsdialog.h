#pragma once

#include <QDialog>

class QMainWindow;
class QTreeWidget;

// Help > Keyboard shortcuts: every action of the window that has a shortcut, read from the window's
// own QActions (menu by menu, then the rest) and QShortcuts when the dialog opens, so that it stays
// true when actions are added or their keys change; then the keys of the table itself.
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)

public:
    explicit ShortcutsDialog(QMainWindow* window);

    // What the dialog lists, one "action\tkeys" per row, for tests.
    QStringList rows() const;

private:
    void fill(QMainWindow* window);
    void markAmbiguousKeys();

    QTreeWidget* m_tree;
};

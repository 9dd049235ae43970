#include "app/shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QShortcut>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <functional>

namespace {

constexpr QSize defaultDialogSize(560, 700);

// "&Rename…" reads "Rename" in a list.
QString plainText(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    text.replace(QLatin1String("&&"), QLatin1String("&"));
    if (text.endsWith(QChar(0x2026)))
        text.chop(1);
    return text.trimmed();
}

QString keysText(const QList<QKeySequence>& keys)
{
    QStringList texts;
    for (const QKeySequence& key : keys) {
        if (!key.isEmpty())
            texts.append(key.toString(QKeySequence::NativeText));
    }
    return texts.join(ShortcutsDialog::tr(" or "));
}

} // namespace

ShortcutsDialog::ShortcutsDialog(QMainWindow* window)
    : QDialog(window)
    , m_tree(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_tree->setObjectName(QStringLiteral("shortcutsTree"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Action"), tr("Keys")});
    m_tree->setRootIsDecorated(false);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tree);
    layout->addWidget(buttons);
    resize(defaultDialogSize);
    fill(window);
    m_tree->setFocus();
}

void ShortcutsDialog::fill(QMainWindow* window)
{
    QList<const QObject*> listed;
    QTreeWidgetItem* group = nullptr;
    auto addGroup = [&](const QString& title) {
        group = new QTreeWidgetItem(m_tree, {title});
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        group->setFirstColumnSpanned(true);
        group->setFlags(Qt::ItemIsEnabled);
    };
    auto addRow = [&](const QString& what, const QString& keys) {
        new QTreeWidgetItem(m_tree, {what, keys});
    };
    auto addAction = [&](const QAction* action) {
        if (listed.contains(action) || action->isSeparator() || action->shortcuts().isEmpty())
            return;
        listed.append(action);
        addRow(plainText(action->text()), keysText(action->shortcuts()));
    };
    // Menu by menu, as the menu bar shows them (and submenus within their menu).
    std::function<void(const QMenu*)> addMenu = [&](const QMenu* menu) {
        for (const QAction* action : menu->actions()) {
            if (action->menu())
                addMenu(action->menu());
            else
                addAction(action);
        }
    };
    for (const QAction* top : window->menuBar()->actions()) {
        if (!top->menu())
            continue;
        const int before = m_tree->topLevelItemCount();
        addGroup(plainText(top->text()));
        addMenu(top->menu());
        if (m_tree->topLevelItemCount() == before + 1) // no shortcut in this menu
            delete m_tree->takeTopLevelItem(before);
    }
    // Whatever else has a key: actions outside the menus, QShortcuts (Ctrl+F).
    const int before = m_tree->topLevelItemCount();
    addGroup(tr("Elsewhere in the window"));
    for (const QAction* action : window->findChildren<QAction*>())
        addAction(action);
    for (const QShortcut* shortcut : window->findChildren<QShortcut*>()) {
        if (!shortcut->key().isEmpty() && shortcut->isEnabled()) {
            const QString what = shortcut->whatsThis().isEmpty() ? shortcut->objectName() : shortcut->whatsThis();
            addRow(what, keysText({shortcut->key()}));
        }
    }
    if (m_tree->topLevelItemCount() == before + 1)
        delete m_tree->takeTopLevelItem(before);

    markAmbiguousKeys();

    // The table's own keys, which are no actions.
    addGroup(tr("In the table"));
    addRow(tr("Move to another row"), tr("Up, Down, Page Up, Page Down, Home, End"));
    addRow(tr("Show the row's menu"), tr("Menu or Shift+F10"));
    addRow(tr("Leave the table (to the details, then the pager)"), tr("Tab; Shift+Tab goes back"));
}

void ShortcutsDialog::markAmbiguousKeys()
{
    // A key on two window actions runs neither (Qt calls it ambiguous): say so where it shows.
    QHash<QString, QStringList> owners;
    const QString separator = tr(" or ");
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = m_tree->topLevelItem(i);
        for (const QString& key : item->text(1).split(separator, Qt::SkipEmptyParts))
            owners[key].append(item->text(0));
    }
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_tree->topLevelItem(i);
        for (const QString& key : item->text(1).split(separator, Qt::SkipEmptyParts)) {
            if (owners.value(key).size() < 2)
                continue;
            item->setIcon(1, style()->standardIcon(QStyle::SP_MessageBoxWarning));
            item->setToolTip(1,
                             tr("%1 is also the key of: %2. A key on two actions runs neither.")
                                 .arg(key, owners.value(key).join(QLatin1String(", "))));
        }
    }
}

QStringList ShortcutsDialog::rows() const
{
    QStringList rows;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = m_tree->topLevelItem(i);
        if (!item->text(1).isEmpty())
            rows.append(item->text(0) + QLatin1Char('\t') + item->text(1));
    }
    return rows;
}

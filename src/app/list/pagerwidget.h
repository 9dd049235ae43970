#pragma once

#include "core/wire/pagination.h"

#include <QWidget>

class QAction;
class QComboBox;
class QKeySequence;
class QLabel;
class QToolButton;

// First / previous / next / last, the page size and "41-60 of 137". Buttons are enabled only where
// they lead somewhere; the controller decides what a page is.
class PagerWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PagerWidget)

public:
    explicit PagerWidget(QWidget* parent = nullptr);

    // The page on screen, the controller's range text, and the page size the query uses.
    void setPagination(const Pagination& pagination, const QString& rangeText);
    void setLimit(int limit);
    int limit() const;
    void setRangeText(const QString& text);
    QString rangeText() const;

    static QList<int> pageSizes();
    // First, previous, next and last page as actions with shortcuts (Alt+Home, Ctrl+PgUp and
    // Alt+Left, Ctrl+PgDown and Alt+Right, Alt+End), enabled as their buttons are; the window puts
    // them in its menu.
    QList<QAction*> pageActions() const;

signals:
    void firstRequested();
    void previousRequested();
    void nextRequested();
    void lastRequested();
    void limitChanged(int limit);

private:
    QToolButton* addButton(const QString& objectName, const QString& text, const QString& toolTip);
    QAction* addPageAction(QToolButton* button,
                           const QString& objectName,
                           const QString& text,
                           const QList<QKeySequence>& shortcuts);

    QToolButton* m_first;
    QToolButton* m_previous;
    QToolButton* m_next;
    QToolButton* m_last;
    QLabel* m_pageLabel;
    QLabel* m_rangeLabel;
    QComboBox* m_limitCombo;
    QList<QAction*> m_pageActions;
};

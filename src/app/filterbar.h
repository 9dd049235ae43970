#pragma once

#include "core/listquery.h"

#include <QWidget>

class QComboBox;
class QLineEdit;

// Scope, state and search above the table. It only reports what the user chose; the controller owns
// the query and decides when to fetch. setQuery() shows a query without echoing it back.
class FilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilterBar)

public:
    explicit FilterBar(QWidget* parent = nullptr);

    void setQuery(const ListQuery& query);
    ListQuery::Scope scope() const;
    ListQuery::State state() const;
    QString searchText() const;
    // "Scope: Team, State: Active, Search: "drive"" for the empty state; empty when nothing narrows.
    QString summary() const;

    QComboBox* scopeCombo() const
    {
        return m_scopeCombo;
    }
    QComboBox* stateCombo() const
    {
        return m_stateCombo;
    }
    QLineEdit* searchEdit() const
    {
        return m_searchEdit;
    }

public slots:
    void focusSearch();
    void clearFilters();

signals:
    void scopeChanged(ListQuery::Scope scope);
    void stateChanged(ListQuery::State state);
    void searchEdited(const QString& text); // every keystroke: the controller debounces
    void searchSubmitted(); // Enter: no need to wait for the debounce

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QComboBox* m_scopeCombo;
    QComboBox* m_stateCombo;
    QLineEdit* m_searchEdit;
};

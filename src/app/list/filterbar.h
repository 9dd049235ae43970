#pragma once

#include "core/list/listquery.h"
#include "core/model/connectortype.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;

// Scope, state, connector type, "Not authenticated" and search above the table. It only reports what
// the user chose; the controller owns the query and decides when to fetch. setQuery() shows a query
// without echoing it back. The type list comes from the registry, asked for the first time the
// admin reaches for the type combo (connectorTypesWanted), not at every start.
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
    QString connectorType() const; // empty: all types
    ListQuery::Authenticated authenticated() const;
    // The registry's types, after "All types"; a type chosen before they came stays chosen.
    void setConnectorTypes(const QList<ConnectorType>& types);
    void forgetConnectorTypes(); // another server: asked for again when the combo is next used
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
    QComboBox* typeCombo() const
    {
        return m_typeCombo;
    }
    QCheckBox* notAuthenticatedCheck() const
    {
        return m_notAuthenticatedCheck;
    }

public slots:
    void focusSearch();
    void clearFilters();

signals:
    void scopeChanged(ListQuery::Scope scope);
    void stateChanged(ListQuery::State state);
    void searchEdited(const QString& text); // every keystroke: the controller debounces
    void searchSubmitted(); // Enter: no need to wait for the debounce
    void connectorTypeChanged(const QString& type);
    void authenticatedChanged(ListQuery::Authenticated authenticated);
    void connectorTypesWanted(); // the type combo is about to be used and has no registry yet

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void selectConnectorType(const QString& type);
    void updateTypeFilterAvailability(ListQuery::State state);

    QComboBox* m_scopeCombo;
    QComboBox* m_stateCombo;
    QComboBox* m_typeCombo;
    QCheckBox* m_notAuthenticatedCheck;
    QLineEdit* m_searchEdit;
    bool m_hasTypes = false;
};

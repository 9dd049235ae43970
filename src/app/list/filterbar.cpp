#include "app/list/filterbar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QShortcut>

namespace {

void selectData(QComboBox* combo, int value)
{
    const int index = combo->findData(value);
    if (index >= 0 && index != combo->currentIndex()) {
        const QSignalBlocker blocker(combo);
        combo->setCurrentIndex(index);
    }
}

// A combo that says when it is about to be used, so that its items can be fetched then.
class WantingComboBox final : public QComboBox
{
public:
    using QComboBox::QComboBox;
    std::function<void()> wanted;

    void showPopup() override
    {
        if (wanted)
            wanted();
        QComboBox::showPopup();
    }

protected:
    void focusInEvent(QFocusEvent* event) override
    {
        if (wanted)
            wanted();
        QComboBox::focusInEvent(event);
    }
};

} // namespace

FilterBar::FilterBar(QWidget* parent)
    : QWidget(parent)
    , m_scopeCombo(new QComboBox(this))
    , m_stateCombo(new QComboBox(this))
    , m_typeCombo(new WantingComboBox(this))
    , m_notAuthenticatedCheck(new QCheckBox(tr("Not a&uthenticated"), this))
    , m_searchEdit(new QLineEdit(this))
{
    setObjectName(QStringLiteral("filterBar"));
    m_scopeCombo->setObjectName(QStringLiteral("scopeCombo"));
    m_scopeCombo->addItem(tr("All scopes"), int(ListQuery::Scope::All));
    m_scopeCombo->addItem(tr("Team"), int(ListQuery::Scope::Team));
    m_scopeCombo->addItem(tr("Personal"), int(ListQuery::Scope::Personal));
    m_scopeCombo->setToolTip(tr("Show the instances of one scope only"));

    m_stateCombo->setObjectName(QStringLiteral("stateCombo"));
    m_stateCombo->addItem(tr("All states"), int(ListQuery::State::All));
    m_stateCombo->addItem(tr("Active"), int(ListQuery::State::Active));
    m_stateCombo->addItem(tr("Inactive"), int(ListQuery::State::Inactive));
    m_stateCombo->addItem(tr("Configured"), int(ListQuery::State::Configured));
    m_stateCombo->addItem(tr("Agent-enabled"), int(ListQuery::State::AgentEnabled));
    m_stateCombo->setToolTip(tr("Show the instances in one state only"));

    m_typeCombo->setObjectName(QStringLiteral("typeCombo"));
    m_typeCombo->addItem(tr("All types"), QString());
    m_typeCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    static_cast<WantingComboBox*>(m_typeCombo)->wanted = [this] {
        if (!m_hasTypes)
            emit connectorTypesWanted();
    };
    m_notAuthenticatedCheck->setObjectName(QStringLiteral("notAuthenticatedCheck"));
    updateTypeFilterAvailability(ListQuery::State::All);

    m_searchEdit->setObjectName(QStringLiteral("searchEdit"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->setPlaceholderText(tr("Search name, type or group (Ctrl+F)"));
    m_searchEdit->setMaxLength(ListQuery::maxSearchLength);
    m_searchEdit->installEventFilter(this);

    auto* scopeLabel = new QLabel(tr("&Scope:"), this);
    scopeLabel->setBuddy(m_scopeCombo);
    auto* stateLabel = new QLabel(tr("S&tate:"), this);
    stateLabel->setBuddy(m_stateCombo);
    auto* typeLabel = new QLabel(tr("T&ype:"), this);
    typeLabel->setBuddy(m_typeCombo);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scopeLabel);
    layout->addWidget(m_scopeCombo);
    layout->addSpacing(8);
    layout->addWidget(stateLabel);
    layout->addWidget(m_stateCombo);
    layout->addSpacing(8);
    layout->addWidget(typeLabel);
    layout->addWidget(m_typeCombo);
    layout->addSpacing(8);
    layout->addWidget(m_notAuthenticatedCheck);
    layout->addSpacing(8);
    layout->addWidget(m_searchEdit, 1);

    // Ctrl+F anywhere in the window, as in every other list a user knows.
    auto* find = new QShortcut(QKeySequence::Find, this, this, &FilterBar::focusSearch, Qt::WindowShortcut);
    find->setObjectName(QStringLiteral("findShortcut"));
    find->setWhatsThis(tr("Search")); // how Help > Keyboard shortcuts names it

    connect(
        m_scopeCombo, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] { emit scopeChanged(scope()); });
    connect(m_stateCombo, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] {
        updateTypeFilterAvailability(state());
        emit stateChanged(state());
    });
    connect(m_typeCombo, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] {
        emit connectorTypeChanged(connectorType());
    });
    connect(m_notAuthenticatedCheck, &QCheckBox::toggled, this, [this] { emit authenticatedChanged(authenticated()); });
    connect(m_searchEdit, &QLineEdit::textEdited, this, &FilterBar::searchEdited);
    // The clear button changes the text without textEdited: treat it as an edit too.
    connect(m_searchEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (text.isEmpty())
            emit searchEdited(text);
    });
    connect(m_searchEdit, &QLineEdit::returnPressed, this, &FilterBar::searchSubmitted);
}

void FilterBar::setQuery(const ListQuery& query)
{
    selectData(m_scopeCombo, int(query.scope()));
    selectData(m_stateCombo, int(query.state()));
    updateTypeFilterAvailability(query.state());
    selectConnectorType(query.connectorType());
    {
        const QSignalBlocker blocker(m_notAuthenticatedCheck);
        m_notAuthenticatedCheck->setChecked(query.authenticated() == ListQuery::Authenticated::No);
    }
    // The edit keeps what the user is typing; only an outside change (e.g. a reset) replaces it.
    if (m_searchEdit->text().trimmed() != query.search() && !m_searchEdit->hasFocus()) {
        const QSignalBlocker blocker(m_searchEdit);
        m_searchEdit->setText(query.search());
    }
}

ListQuery::Scope FilterBar::scope() const
{
    return ListQuery::Scope(m_scopeCombo->currentData().toInt());
}

ListQuery::State FilterBar::state() const
{
    return ListQuery::State(m_stateCombo->currentData().toInt());
}

QString FilterBar::searchText() const
{
    return m_searchEdit->text();
}

QString FilterBar::connectorType() const
{
    return m_typeCombo->currentData().toString();
}

ListQuery::Authenticated FilterBar::authenticated() const
{
    return m_notAuthenticatedCheck->isChecked() ? ListQuery::Authenticated::No : ListQuery::Authenticated::Any;
}

void FilterBar::setConnectorTypes(const QList<ConnectorType>& types)
{
    const QString chosen = connectorType();
    const QSignalBlocker blocker(m_typeCombo);
    while (m_typeCombo->count() > 1)
        m_typeCombo->removeItem(1);
    for (const ConnectorType& type : types) {
        if (!type.isValid())
            continue;
        const QString label = type.displayName.isEmpty() || type.displayName == type.type
            ? type.type
            : tr("%1 (%2)").arg(type.displayName, type.type);
        m_typeCombo->addItem(label, type.type);
    }
    m_hasTypes = true;
    selectConnectorType(chosen);
}

void FilterBar::forgetConnectorTypes()
{
    const QString chosen = connectorType();
    {
        const QSignalBlocker blocker(m_typeCombo);
        while (m_typeCombo->count() > 1)
            m_typeCombo->removeItem(1);
    }
    m_hasTypes = false;
    selectConnectorType(chosen);
}

void FilterBar::selectConnectorType(const QString& type)
{
    const QSignalBlocker blocker(m_typeCombo);
    int index = type.isEmpty() ? 0 : m_typeCombo->findData(type, Qt::UserRole, Qt::MatchFixedString);
    if (index < 0) {
        // Chosen before the registry came (or remembered from the last session): shown as it is.
        m_typeCombo->addItem(type, type);
        index = m_typeCombo->count() - 1;
    }
    m_typeCombo->setCurrentIndex(index);
}

void FilterBar::updateTypeFilterAvailability(ListQuery::State state)
{
    // Only GET /connectors takes these filters, and active/inactive are filtered here; the configured
    // and agent-enabled lists cannot be narrowed by them (docs/API.md, 'Filters').
    const bool available = ListQuery::takesTypeFilters(state);
    m_typeCombo->setEnabled(available);
    m_notAuthenticatedCheck->setEnabled(available);
    const QString unavailable = tr("The server cannot filter this state's list by type or sign-in: choose All "
                                   "states, Active or Inactive to use it");
    m_typeCombo->setToolTip(available ? tr("Show the instances of one connector type only") : unavailable);
    m_notAuthenticatedCheck->setToolTip(available ? tr("Show only the instances that have not been signed in yet")
                                                  : unavailable);
}

QString FilterBar::summary() const
{
    QStringList parts;
    if (scope() != ListQuery::Scope::All)
        parts.append(tr("scope %1").arg(m_scopeCombo->currentText()));
    if (state() != ListQuery::State::All)
        parts.append(tr("state %1").arg(m_stateCombo->currentText()));
    if (ListQuery::takesTypeFilters(state())) {
        if (!connectorType().isEmpty())
            parts.append(tr("type %1").arg(connectorType()));
        if (authenticated() == ListQuery::Authenticated::No)
            parts.append(tr("not authenticated"));
    }
    const QString search = searchText().trimmed();
    if (!search.isEmpty())
        parts.append(tr("name, type or group contains \u201c%1\u201d").arg(search));
    return parts.join(QLatin1String(", "));
}

void FilterBar::focusSearch()
{
    m_searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_searchEdit->selectAll();
}

void FilterBar::clearFilters()
{
    m_scopeCombo->setCurrentIndex(0);
    m_stateCombo->setCurrentIndex(0);
    m_typeCombo->setCurrentIndex(0);
    m_notAuthenticatedCheck->setChecked(false);
    if (!m_searchEdit->text().isEmpty()) {
        m_searchEdit->clear();
        emit searchSubmitted();
    }
}

bool FilterBar::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_searchEdit && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Escape && !m_searchEdit->text().isEmpty()) {
            m_searchEdit->clear(); // textChanged("") reports the edit
            emit searchSubmitted(); // clearing is deliberate: no need to wait
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

#include "app/dialogs/createconnectordialog.h"

#include "ui_createconnectordialog.h"

#include "core/model/initialconfig.h"
#include "core/net/apiclient.h"
#include "core/wire/pagination.h"

#include <QFontDatabase>
#include <QLabel>
#include <QPushButton>

#include <algorithm>

namespace {

constexpr int minimumDialogWidth = 760;
constexpr QSize defaultDialogSize(980, 680);

QString scopeLabel(const QString& scope)
{
    if (scope == scopeName(ConnectorScope::Team))
        return CreateConnectorDialog::tr("Team: everyone in the organisation (needs an admin)");
    return CreateConnectorDialog::tr("Personal: only you");
}

} // namespace

CreateConnectorDialog::CreateConnectorDialog(ApiClient* client, const QString& defaultScope, QWidget* parent)
    : RequestDialog(parent)
    , m_ui(std::make_unique<Ui::CreateConnectorDialog>())
    , m_client(client)
    , m_defaultScope(defaultScope)
{
    m_ui->setupUi(form());
    setWindowTitle(tr("New Connector Instance"));
    setObjectName(QStringLiteral("createConnectorDialog"));
    okButton()->setText(tr("Create"));
    okButton()->setToolTip(tr("Create the connector instance on the server"));
    // Width only: the height follows the wrapped messages, which the layout must be free to grow for.
    setMinimumWidth(minimumDialogWidth);
    resize(defaultDialogSize);

    // JSON reads best in a fixed-width font.
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_ui->syncFiltersPlainTextEdit->setFont(fixed);
    m_ui->indexingFiltersPlainTextEdit->setFont(fixed);

    setConfigExpanded(false);
    updateScopes(ConnectorType());
    updateAuthTypes(ConnectorType());
    updateBaseUrlRow();

    ConnectorTypePicker* picker = m_ui->typePicker;
    connect(picker, &ConnectorTypePicker::currentTypeChanged, this, &CreateConnectorDialog::onCurrentTypeChanged);
    connect(picker, &ConnectorTypePicker::registryLoaded, this, &CreateConnectorDialog::registryLoaded);
    // Choosing a type with Enter or a double click moves on to the name.
    connect(picker, &ConnectorTypePicker::typeChosen, this, [this] {
        m_ui->nameLineEdit->setFocus();
        m_ui->nameLineEdit->selectAll();
    });

    // Every change of an input forgets a server refusal about that input (inputEdited), then
    // re-checks the form; what the user changes by hand is "touched": its mistakes show at once.
    auto changedBy = [this](const QObject* input) {
        return [this, input] {
            inputEdited(input);
            revalidate();
        };
    };
    auto editedBy = [this](const QObject* input) {
        return [this, input] {
            inputEdited(input);
            markTouched();
            revalidate();
        };
    };
    connect(m_ui->nameLineEdit, &QLineEdit::textEdited, this, editedBy(m_ui->nameLineEdit));
    connect(m_ui->nameLineEdit, &QLineEdit::textChanged, this, &CreateConnectorDialog::revalidate);
    connect(m_ui->scopeComboBox, &QComboBox::currentIndexChanged, this, changedBy(m_ui->scopeComboBox));
    connect(m_ui->authTypeComboBox, &QComboBox::currentIndexChanged, this, changedBy(m_ui->authTypeComboBox));
    connect(m_ui->selfHostedCheckBox, &QCheckBox::toggled, this, [this] {
        inputEdited(m_ui->baseUrlLineEdit);
        updateBaseUrlRow();
        if (m_ui->selfHostedCheckBox->isChecked())
            m_ui->baseUrlLineEdit->setFocus();
        revalidate();
    });
    connect(m_ui->baseUrlLineEdit, &QLineEdit::textChanged, this, &CreateConnectorDialog::revalidate);
    connect(m_ui->baseUrlLineEdit, &QLineEdit::textEdited, this, editedBy(m_ui->baseUrlLineEdit));
    connect(m_ui->configToggleToolButton, &QToolButton::toggled, this, &CreateConnectorDialog::setConfigExpanded);
    for (InitialConfigEditor* editor : configEditors()) {
        connect(editor, &InitialConfigEditor::changed, this, changedBy(m_ui->configTabWidget));
        connect(editor, &InitialConfigEditor::edited, this, editedBy(m_ui->configTabWidget));
    }
    connect(m_ui->syncFiltersPlainTextEdit, &QPlainTextEdit::textChanged, this, editedBy(m_ui->configTabWidget));
    connect(m_ui->indexingFiltersPlainTextEdit, &QPlainTextEdit::textChanged, this, editedBy(m_ui->configTabWidget));

    picker->focusFilter();
    picker->loadRegistry(m_client);
    revalidate();
}

CreateConnectorDialog::~CreateConnectorDialog() = default;

QList<InitialConfigEditor*> CreateConnectorDialog::configEditors() const
{
    return {m_ui->authValuesEditor, m_ui->syncSettingsEditor};
}

bool CreateConnectorDialog::isRegistryLoaded() const
{
    return m_ui->typePicker->isRegistryLoaded();
}

ConnectorType CreateConnectorDialog::selectedType() const
{
    return m_ui->typePicker->selectedType();
}

bool CreateConnectorDialog::selectType(const QString& type)
{
    return m_ui->typePicker->selectType(type);
}

void CreateConnectorDialog::onCurrentTypeChanged()
{
    inputEdited(m_ui->typePicker);
    const ConnectorType type = selectedType();
    updateScopes(type);
    updateAuthTypes(type);
    updateBaseUrlRow();
    revalidate();
}

void CreateConnectorDialog::updateScopes(const ConnectorType& type)
{
    QComboBox* combo = m_ui->scopeComboBox;
    const QString previous = combo->currentData().toString();
    const QSignalBlocker blocker(combo);
    combo->clear();
    for (const ConnectorScope value : {ConnectorScope::Team, ConnectorScope::Personal}) {
        const QString scope = scopeName(value);
        if (!type.isValid() || type.supportsScope(scope))
            combo->addItem(scopeLabel(scope), scope);
    }
    // Keep what the user chose if the new type allows it, else the scope the window is showing.
    int index = combo->findData(previous);
    if (index < 0 || previous.isEmpty())
        index = combo->findData(m_defaultScope);
    combo->setCurrentIndex(std::max(0, index));
    if (type.isValid() && combo->count() == 1)
        combo->setToolTip(tr("%1 instances can only have this scope.").arg(type.displayName));
    else
        combo->setToolTip({});
}

void CreateConnectorDialog::updateAuthTypes(const ConnectorType& type)
{
    QComboBox* combo = m_ui->authTypeComboBox;
    const QString previous = combo->currentData().toString();
    const QSignalBlocker blocker(combo);
    combo->clear();
    for (const QString& authType : type.authTypes)
        combo->addItem(ConnectorTypePicker::authTypeLabel(authType), authType);
    if (combo->count() == 0) {
        // Nothing to choose: say so, and send no auth type at all (the server picks its default).
        combo->addItem(ConnectorTypePicker::authTypeLabel(QStringLiteral("NONE")), QString());
        combo->setEnabled(false);
        combo->setToolTip(type.isValid() ? tr("%1 needs no sign-in.").arg(type.displayName) : QString());
    } else {
        combo->setEnabled(combo->count() > 1);
        combo->setToolTip(combo->count() == 1 ? tr("%1 supports only this sign-in.").arg(type.displayName) : QString());
    }
    combo->setCurrentIndex(std::max(0, combo->findData(previous)));
}

void CreateConnectorDialog::updateBaseUrlRow()
{
    const ConnectorType type = selectedType();
    const bool needsBaseUrl = type.isValid() && type.needsBaseUrl;
    m_ui->detailsFormLayout->setRowVisible(m_ui->selfHostedCheckBox, !needsBaseUrl);
    m_ui->detailsFormLayout->setRowVisible(m_ui->baseUrlLineEdit,
                                           needsBaseUrl || m_ui->selfHostedCheckBox->isChecked());
}

void CreateConnectorDialog::setConfigExpanded(bool expanded)
{
    if (m_ui->configToggleToolButton->isChecked() != expanded)
        m_ui->configToggleToolButton->setChecked(expanded);
    m_ui->configToggleToolButton->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    m_ui->configTabWidget->setVisible(expanded);
}

InitialConfig CreateConnectorDialog::initialConfig() const
{
    InitialConfig c;
    for (const InitialConfigEditor* editor : configEditors())
        editor->fill(c);
    c.syncFilters = m_ui->syncFiltersPlainTextEdit->toPlainText();
    c.indexingFilters = m_ui->indexingFiltersPlainTextEdit->toPlainText();
    return c;
}

QString CreateConnectorDialog::configProblem(QJsonObject* config) const
{
    QString problem;
    const auto assembled = initialConfig().toJson(&problem);
    if (!assembled)
        return problem;
    if (config)
        *config = *assembled;
    return {};
}

CreateConnectorRequest CreateConnectorDialog::request() const
{
    CreateConnectorRequest r;
    r.connectorType = selectedType().type;
    r.instanceName = m_ui->nameLineEdit->text().trimmed();
    r.scope = m_ui->scopeComboBox->currentData().toString();
    r.authType = m_ui->authTypeComboBox->currentData().toString();
    // A base URL typed and then hidden again (self-hosted unticked) is kept in the field, not sent.
    if (m_ui->detailsFormLayout->isRowVisible(m_ui->baseUrlLineEdit))
        r.baseUrl = m_ui->baseUrlLineEdit->text().trimmed();
    configProblem(&r.config);
    return r;
}

QString CreateConnectorDialog::validate() const
{
    if (!isRegistryLoaded())
        return tr("Waiting for the list of connector types.");
    if (!selectedType().isValid())
        return tr("Choose a connector type.");
    if (const QString e = CreateConnectorRequest::validateName(m_ui->nameLineEdit->text()); !e.isEmpty())
        return e;
    if (m_ui->detailsFormLayout->isRowVisible(m_ui->baseUrlLineEdit)) {
        if (const QString e = CreateConnectorRequest::validateBaseUrl(m_ui->baseUrlLineEdit->text()); !e.isEmpty())
            return e;
    }
    if (const QString e = configProblem(nullptr); !e.isEmpty())
        return e;
    return request().validate();
}

void CreateConnectorDialog::apply()
{
    const CreateConnectorRequest sent = request();
    send(m_client->createConnector(sent), tr("Creating \"%1\"…").arg(sent.instanceName), [this, sent](ApiReply& reply) {
        if (reply.hasError()) {
            const ApiError& e = reply.error();
            const bool teamRefused = e.httpStatus == 403 && sent.scope == scopeName(ConnectorScope::Team);
            applyFailed(e.toString(), e.details, inputsAbout(e, sent));
            if (teamRefused)
                emit teamScopeRefused();
            return;
        }
        ApiError error;
        const std::optional<CreatedInstance> answer = reply.answer().created(&error);
        const ConnectorInstance instance = answer ? instanceFromAnswer(answer->instance, sent) : ConnectorInstance();
        if (!instance.isValid()) {
            // The POST went through: sending it again would make a duplicate. Say so.
            applyFailed(tr("The server accepted the request but its answer could not be read (%1). The "
                           "instance was probably created: refresh the list before trying again.")
                            .arg(answer ? tr("no instance id") : error.toString()));
            return;
        }
        emit created(instance);
        finish();
    });
}

ConnectorInstance CreateConnectorDialog::instanceFromAnswer(ConnectorInstance instance,
                                                            const CreateConnectorRequest& sent) const
{
    // The real server's create answer is short; what it accepted from us is still true.
    if (instance.connectorType.isEmpty())
        instance.connectorType = sent.connectorType;
    if (instance.name.isEmpty())
        instance.name = sent.instanceName;
    if (instance.scope.isEmpty())
        instance.scope = InstanceScope::fromText(sent.scope);
    if (instance.authType.isEmpty())
        instance.authType = sent.authType;
    if (instance.appGroup.isEmpty())
        instance.appGroup = selectedType().appGroup;
    return instance;
}

QList<const QObject*> CreateConnectorDialog::inputsAbout(const ApiError& error,
                                                         const CreateConnectorRequest& sent) const
{
    // The server names no field: what its words are about is read from them and from what was sent.
    const QString text = error.message;
    if (error.httpStatus == 403)
        return {m_ui->scopeComboBox};
    if (text.contains(QLatin1String("already exists"), Qt::CaseInsensitive)
        || (!sent.instanceName.isEmpty() && text.contains(QLatin1Char('\'') + sent.instanceName + QLatin1Char('\''))))
        return {m_ui->nameLineEdit, m_ui->scopeComboBox}; // a name is unique within its scope
    if (text.contains(QLatin1String("auth"), Qt::CaseInsensitive))
        return {m_ui->authTypeComboBox, m_ui->typePicker};
    if (text.contains(QLatin1String("url"), Qt::CaseInsensitive))
        return {m_ui->baseUrlLineEdit};
    if (error.kind == ApiError::Kind::NotFound || text.contains(QLatin1String("connector type"), Qt::CaseInsensitive))
        return {m_ui->typePicker};
    return {}; // about the whole request: any change answers it
}

void CreateConnectorDialog::preferPersonalScope(const QString& why)
{
    m_defaultScope = scopeName(ConnectorScope::Personal);
    updateScopes(selectedType());
    // updateScopes() keeps a scope already chosen: this one is chosen for the user.
    if (const int personal = m_ui->scopeComboBox->findData(m_defaultScope); personal >= 0)
        m_ui->scopeComboBox->setCurrentIndex(personal);
    if (!m_scopeNote) {
        m_scopeNote = new QLabel(form());
        m_scopeNote->setObjectName(QStringLiteral("scopeNoteLabel"));
        m_scopeNote->setWordWrap(true);
        m_scopeNote->setTextFormat(Qt::PlainText);
        int row = -1;
        QFormLayout::ItemRole role;
        m_ui->detailsFormLayout->getWidgetPosition(m_ui->scopeComboBox, &row, &role);
        m_ui->detailsFormLayout->insertRow(row + 1, QString(), m_scopeNote);
    }
    m_scopeNote->setText(why);
}

#include "createconnectordialog.h"

#include "core/initialconfig.h"
#include "core/registryloader.h"
#include "ui_createconnectordialog.h"

#include "core/apiclient.h"
#include "core/pagination.h"

#include <QCompleter>
#include <QFile>
#include <QFontDatabase>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTimeZone>
#include <QUrl>

#include <algorithm>

namespace {

constexpr int typeIndexRole = Qt::UserRole; // index into m_types
constexpr int typeNameRole = Qt::UserRole + 1; // the registry name, what create sends

enum AuthColumn
{
    KeyColumn = 0,
    ValueColumn = 1,
};

// Credential values are secrets: shown as dots unless the user asks to see them.
class SecretDelegate final : public QStyledItemDelegate
{
    Q_DISABLE_COPY_MOVE(SecretDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void setRevealed(bool revealed)
    {
        m_revealed = revealed;
    }
    QString displayText(const QVariant& value, const QLocale& locale) const override
    {
        if (m_revealed || value.toString().isEmpty())
            return QStyledItemDelegate::displayText(value, locale);
        return QString(8, QChar(0x2022)); // a fixed length: the length of a secret is a hint too
    }
    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QWidget* editor = QStyledItemDelegate::createEditor(parent, option, index);
        if (auto* lineEdit = qobject_cast<QLineEdit*>(editor))
            lineEdit->setEchoMode(m_revealed ? QLineEdit::Normal : QLineEdit::Password);
        return editor;
    }

private:
    bool m_revealed = false;
};

QString authTypeLabel(const QString& authType)
{
    if (authType == QLatin1String("OAUTH"))
        return CreateConnectorDialog::tr("OAuth");
    if (authType == QLatin1String("OAUTH_ADMIN_CONSENT"))
        return CreateConnectorDialog::tr("OAuth with admin consent");
    if (authType == QLatin1String("API_TOKEN"))
        return CreateConnectorDialog::tr("API token");
    if (authType == QLatin1String("USERNAME_PASSWORD"))
        return CreateConnectorDialog::tr("User name and password");
    if (authType == QLatin1String("SERVICE_ACCOUNT"))
        return CreateConnectorDialog::tr("Service account");
    if (authType == QLatin1String("NONE"))
        return CreateConnectorDialog::tr("None");
    return authType;
}

QString scopeLabel(const QString& scope)
{
    if (scope == scopeName(ConnectorScope::Team))
        return CreateConnectorDialog::tr("Team: everyone in the organisation (needs an admin)");
    return CreateConnectorDialog::tr("Personal: only you");
}

// A usable icon is a Qt resource or a local file; a server path ("/assets/...") would need a download
// that a dialog should not make, so those get the generic icon.
QIcon iconFor(const ConnectorType& type, const QIcon& generic)
{
    QString path = type.iconPath;
    if (path.startsWith(QLatin1String("qrc:/")))
        path = path.mid(3);
    else if (path.startsWith(QLatin1String("file:")))
        path = QUrl(path).toLocalFile();
    else if (!path.startsWith(QLatin1String(":/")))
        return generic;
    if (path.isEmpty() || !QFile::exists(path))
        return generic;
    const QIcon icon(path);
    return icon.isNull() ? generic : icon;
}

bool matchesFilter(const ConnectorType& type, const QStringList& words)
{
    const QString haystack = QStringList{type.displayName, type.type, type.appGroup, type.description}.join(u'\n');
    return std::all_of(words.cbegin(), words.cend(), [&haystack](const QString& word) {
        return haystack.contains(word, Qt::CaseInsensitive);
    });
}

} // namespace

CreateConnectorDialog::CreateConnectorDialog(ApiClient* client, const QString& defaultScope, QWidget* parent)
    : RequestDialog(parent)
    , m_ui(std::make_unique<Ui::CreateConnectorDialog>())
    , m_client(client)
    , m_registry(new RegistryLoader(client, this))
    , m_defaultScope(defaultScope)
{
    m_ui->setupUi(form());
    setWindowTitle(tr("New Connector Instance"));
    setObjectName(QStringLiteral("createConnectorDialog"));
    okButton()->setText(tr("Create"));
    okButton()->setToolTip(tr("Create the connector instance on the server"));
    // Width only: the height follows the wrapped messages, which the layout must be free to grow for.
    setMinimumWidth(760);
    resize(980, 680);

    QHeaderView* typeHeader = m_ui->typeTreeWidget->header();
    typeHeader->setSectionResizeMode(0, QHeaderView::Stretch);
    typeHeader->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    typeHeader->setStretchLastSection(false);
    m_ui->retryRegistryPushButton->hide();
    // Typing before the registry has arrived is fine: the filter applies once it has.
    m_ui->typeFilterLineEdit->installEventFilter(this);

    // Auth values: a key/value table with the values masked.
    auto* secretDelegate = new SecretDelegate(m_ui->authValuesTableWidget);
    m_ui->authValuesTableWidget->setItemDelegateForColumn(ValueColumn, secretDelegate);
    m_ui->authValuesTableWidget->horizontalHeader()->setSectionResizeMode(KeyColumn, QHeaderView::Interactive);
    m_ui->authValuesTableWidget->setColumnWidth(KeyColumn, 180);
    m_ui->removeAuthValuePushButton->setEnabled(false);
    m_ui->authValuesTableWidget->installEventFilter(this);

    m_ui->syncStrategyComboBox->addItem(tr("Server default"), QString());
    m_ui->syncStrategyComboBox->addItem(tr("Manual: sync when asked"), QStringLiteral("MANUAL"));
    m_ui->syncStrategyComboBox->addItem(tr("Scheduled"), QStringLiteral("SCHEDULED"));
    m_ui->syncStrategyComboBox->addItem(tr("Webhook: when the service reports a change"), QStringLiteral("WEBHOOK"));
    m_ui->syncStrategyComboBox->addItem(tr("Real-time"), QStringLiteral("REALTIME"));
    // JSON reads best in a fixed-width font.
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_ui->syncFiltersPlainTextEdit->setFont(fixed);
    m_ui->indexingFiltersPlainTextEdit->setFont(fixed);
    m_ui->intervalSpinBox->setToolTip(tr("At least %1 minutes").arg(InitialConfig::minIntervalMinutes));

    QStringList zones;
    for (const QByteArray& id : QTimeZone::availableTimeZoneIds())
        zones.append(QString::fromUtf8(id));
    if (!zones.contains(QStringLiteral("UTC")))
        zones.prepend(QStringLiteral("UTC"));
    m_ui->timezoneComboBox->addItems(zones);
    m_ui->timezoneComboBox->setCurrentText(QStringLiteral("UTC"));
    // Typing "berlin" should find Europe/Berlin.
    m_ui->timezoneComboBox->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_ui->timezoneComboBox->completer()->setFilterMode(Qt::MatchContains);
    m_ui->timezoneComboBox->completer()->setCaseSensitivity(Qt::CaseInsensitive);

    setConfigExpanded(false);
    updateScopes(ConnectorType());
    updateAuthTypes(ConnectorType());
    updateBaseUrlRow();
    updateSyncFields();

    connect(m_registry, &RegistryLoader::progress, this, &CreateConnectorDialog::onRegistryProgress);
    connect(m_registry, &RegistryLoader::loaded, this, &CreateConnectorDialog::onRegistryLoaded);
    connect(m_registry, &RegistryLoader::failed, this, &CreateConnectorDialog::onRegistryFailed);
    connect(m_ui->retryRegistryPushButton, &QPushButton::clicked, this, &CreateConnectorDialog::loadRegistry);
    connect(m_ui->typeFilterLineEdit, &QLineEdit::textChanged, this, &CreateConnectorDialog::applyTypeFilter);
    connect(m_ui->typeTreeWidget, &QTreeWidget::currentItemChanged, this, &CreateConnectorDialog::onCurrentTypeChanged);
    // Choosing a type with Enter or a double click moves on to the name.
    connect(m_ui->typeTreeWidget, &QTreeWidget::itemActivated, this, [this] {
        m_ui->nameLineEdit->setFocus();
        m_ui->nameLineEdit->selectAll();
    });

    auto touchedAndRevalidate = [this] {
        markTouched();
        revalidate();
    };
    connect(m_ui->nameLineEdit, &QLineEdit::textEdited, this, touchedAndRevalidate);
    connect(m_ui->nameLineEdit, &QLineEdit::textChanged, this, &CreateConnectorDialog::revalidate);
    connect(m_ui->scopeComboBox, &QComboBox::currentIndexChanged, this, &CreateConnectorDialog::revalidate);
    connect(m_ui->authTypeComboBox, &QComboBox::currentIndexChanged, this, &CreateConnectorDialog::revalidate);
    connect(m_ui->selfHostedCheckBox, &QCheckBox::toggled, this, [this] {
        updateBaseUrlRow();
        if (m_ui->selfHostedCheckBox->isChecked())
            m_ui->baseUrlLineEdit->setFocus();
        revalidate();
    });
    connect(m_ui->baseUrlLineEdit, &QLineEdit::textChanged, this, &CreateConnectorDialog::revalidate);
    connect(m_ui->configToggleToolButton, &QToolButton::toggled, this, &CreateConnectorDialog::setConfigExpanded);
    connect(m_ui->addAuthValuePushButton, &QPushButton::clicked, this, &CreateConnectorDialog::addAuthValueRow);
    connect(m_ui->removeAuthValuePushButton,
            &QPushButton::clicked,
            this,
            &CreateConnectorDialog::removeSelectedAuthValueRows);
    connect(m_ui->authValuesTableWidget, &QTableWidget::itemChanged, this, &CreateConnectorDialog::revalidate);
    connect(m_ui->authValuesTableWidget, &QTableWidget::itemSelectionChanged, this, [this] {
        m_ui->removeAuthValuePushButton->setEnabled(!m_ui->authValuesTableWidget->selectedItems().isEmpty());
    });
    connect(m_ui->showAuthValuesCheckBox, &QCheckBox::toggled, this, &CreateConnectorDialog::setAuthValuesRevealed);
    connect(m_ui->oauthConfigIdLineEdit, &QLineEdit::textChanged, this, &CreateConnectorDialog::revalidate);
    connect(m_ui->syncStrategyComboBox, &QComboBox::currentIndexChanged, this, [this] {
        updateSyncFields();
        revalidate();
    });
    connect(m_ui->intervalRadioButton, &QRadioButton::toggled, this, [this] {
        updateSyncFields();
        revalidate();
    });
    connect(m_ui->cronLineEdit, &QLineEdit::textChanged, this, &CreateConnectorDialog::revalidate);
    connect(m_ui->webhookEventsLineEdit, &QLineEdit::textChanged, this, &CreateConnectorDialog::revalidate);
    // What the user changes by hand is "touched": its mistakes show as warnings at once.
    for (QLineEdit* edit :
         {m_ui->cronLineEdit, m_ui->webhookEventsLineEdit, m_ui->baseUrlLineEdit, m_ui->oauthConfigIdLineEdit})
        connect(edit, &QLineEdit::textEdited, this, touchedAndRevalidate);
    connect(m_ui->intervalSpinBox, &QSpinBox::valueChanged, this, touchedAndRevalidate);
    connect(m_ui->timezoneComboBox, &QComboBox::currentTextChanged, this, touchedAndRevalidate);
    connect(m_ui->syncFiltersPlainTextEdit, &QPlainTextEdit::textChanged, this, touchedAndRevalidate);
    connect(m_ui->indexingFiltersPlainTextEdit, &QPlainTextEdit::textChanged, this, touchedAndRevalidate);

    m_ui->typeFilterLineEdit->setFocus();
    loadRegistry();
    revalidate();
}

CreateConnectorDialog::~CreateConnectorDialog() = default;

void CreateConnectorDialog::loadRegistry()
{
    m_registryLoaded = false;
    m_ui->retryRegistryPushButton->hide();
    m_ui->registryStatusLabel->setText(tr("Loading the connector types…"));
    m_registry->load();
}

void CreateConnectorDialog::onRegistryProgress(int typesSoFar, qint64 total)
{
    if (total > typesSoFar)
        m_ui->registryStatusLabel->setText(tr("Loading the connector types… (%1 of %2)").arg(typesSoFar).arg(total));
}

void CreateConnectorDialog::onRegistryLoaded(const QList<ConnectorType>& types)
{
    m_types = types;
    std::sort(m_types.begin(), m_types.end(), [](const ConnectorType& a, const ConnectorType& b) {
        return QString::localeAwareCompare(a.displayName, b.displayName) < 0;
    });
    QTreeWidget* tree = m_ui->typeTreeWidget;
    const QSignalBlocker blocker(tree);
    tree->clear();
    const QIcon generic = style()->standardIcon(QStyle::SP_DriveNetIcon, nullptr, this);
    for (int i = 0; i < m_types.size(); ++i) {
        const ConnectorType& type = m_types.at(i);
        auto* item = new QTreeWidgetItem(tree);
        item->setText(0, type.isBeta ? tr("%1 (beta)").arg(type.displayName) : type.displayName);
        item->setText(1, type.appGroup);
        item->setIcon(0, iconFor(type, generic));
        item->setData(0, typeIndexRole, i);
        item->setData(0, typeNameRole, type.type);
        QString tip = type.description.isEmpty() ? type.displayName : type.description;
        if (type.isBeta)
            tip += QLatin1Char('\n') + tr("A beta connector: it may change, and some accounts cannot use it.");
        item->setToolTip(0, tip);
        item->setToolTip(1, tip);
    }
    tree->setCurrentItem(nullptr);
    m_registryLoaded = true;
    if (m_types.isEmpty())
        m_ui->registryStatusLabel->setText(tr("The server offers no connector types."));
    else
        m_ui->registryStatusLabel->setText(tr("Connector types available: %1.").arg(m_types.size()));
    applyTypeFilter();
    onCurrentTypeChanged();
    emit registryLoaded();
}

void CreateConnectorDialog::onRegistryFailed(const ApiError& error)
{
    m_ui->registryStatusLabel->setText(tr("The connector types could not be loaded: %1").arg(error.toString()));
    m_ui->registryStatusLabel->setToolTip(error.details);
    m_ui->retryRegistryPushButton->show();
    m_ui->retryRegistryPushButton->setFocus();
}

void CreateConnectorDialog::applyTypeFilter()
{
    const QStringList words = m_ui->typeFilterLineEdit->text().split(u' ', Qt::SkipEmptyParts);
    QTreeWidget* tree = m_ui->typeTreeWidget;
    QTreeWidgetItem* firstVisible = nullptr;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = tree->topLevelItem(i);
        const bool visible = matchesFilter(m_types.at(item->data(0, typeIndexRole).toInt()), words);
        item->setHidden(!visible);
        if (visible && !firstVisible)
            firstVisible = item;
    }
    // Typing narrows the list; the best match is selected so that Enter can move on at once.
    QTreeWidgetItem* current = tree->currentItem();
    if (!words.isEmpty() && (!current || current->isHidden()))
        tree->setCurrentItem(firstVisible);
    else if (current && current->isHidden())
        tree->setCurrentItem(nullptr);
    if (!firstVisible && m_registryLoaded && !m_types.isEmpty())
        m_ui->typeDescriptionLabel->setText(
            tr("No connector type matches \"%1\".").arg(m_ui->typeFilterLineEdit->text().trimmed()));
    else if (firstVisible)
        onCurrentTypeChanged();
}

ConnectorType CreateConnectorDialog::selectedType() const
{
    const QTreeWidgetItem* item = m_ui->typeTreeWidget->currentItem();
    if (!item || item->isHidden())
        return {};
    const int index = item->data(0, typeIndexRole).toInt();
    return index >= 0 && index < m_types.size() ? m_types.at(index) : ConnectorType();
}

bool CreateConnectorDialog::selectType(const QString& type)
{
    QTreeWidget* tree = m_ui->typeTreeWidget;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = tree->topLevelItem(i);
        if (item->data(0, typeNameRole).toString().compare(type, Qt::CaseInsensitive) == 0) {
            if (item->isHidden())
                m_ui->typeFilterLineEdit->clear();
            tree->setCurrentItem(item);
            tree->scrollToItem(item);
            return true;
        }
    }
    return false;
}

void CreateConnectorDialog::onCurrentTypeChanged()
{
    const ConnectorType type = selectedType();
    if (type.isValid()) {
        QStringList facts;
        facts.append(tr("Type: %1").arg(type.type));
        if (!type.scopes.isEmpty())
            facts.append(tr("Scopes: %1").arg(type.scopes.join(QLatin1String(", "))));
        QStringList auth;
        for (const QString& a : type.authTypes)
            auth.append(authTypeLabel(a));
        if (!auth.isEmpty())
            facts.append(tr("Sign-in: %1").arg(auth.join(QLatin1String(", "))));
        QString text = type.description;
        if (!text.isEmpty())
            text += QLatin1Char('\n');
        m_ui->typeDescriptionLabel->setText(text + facts.join(QStringLiteral(" · ")));
    } else if (m_registryLoaded && !m_types.isEmpty()) {
        m_ui->typeDescriptionLabel->setText(tr("Choose the kind of service to connect."));
    } else {
        m_ui->typeDescriptionLabel->clear();
    }
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
        combo->addItem(authTypeLabel(authType), authType);
    if (combo->count() == 0) {
        // Nothing to choose: say so, and send no auth type at all (the server picks its default).
        combo->addItem(authTypeLabel(QStringLiteral("NONE")), QString());
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

void CreateConnectorDialog::updateSyncFields()
{
    const QString strategy = m_ui->syncStrategyComboBox->currentData().toString();
    const bool scheduled = strategy == QLatin1String("SCHEDULED");
    const bool webhook = strategy == QLatin1String("WEBHOOK");
    m_ui->intervalRadioButton->setEnabled(scheduled);
    m_ui->cronRadioButton->setEnabled(scheduled);
    m_ui->intervalSpinBox->setEnabled(scheduled && m_ui->intervalRadioButton->isChecked());
    m_ui->cronLineEdit->setEnabled(scheduled && m_ui->cronRadioButton->isChecked());
    m_ui->timezoneLabel->setEnabled(scheduled);
    m_ui->timezoneComboBox->setEnabled(scheduled);
    m_ui->webhookEventsLabel->setEnabled(webhook);
    m_ui->webhookEventsLineEdit->setEnabled(webhook);
    if (scheduled)
        m_ui->syncHintLabel->setText(tr("The schedule runs in the chosen time zone."));
    else if (webhook)
        m_ui->syncHintLabel->setText(tr("Leave the events empty to receive every event the service sends."));
    else
        m_ui->syncHintLabel->setText(
            tr("Choose Scheduled to set a schedule, or Webhook to choose the events to listen to."));
}

void CreateConnectorDialog::setConfigExpanded(bool expanded)
{
    if (m_ui->configToggleToolButton->isChecked() != expanded)
        m_ui->configToggleToolButton->setChecked(expanded);
    m_ui->configToggleToolButton->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    m_ui->configTabWidget->setVisible(expanded);
}

void CreateConnectorDialog::addAuthValueRow()
{
    QTableWidget* table = m_ui->authValuesTableWidget;
    const int row = table->rowCount();
    table->insertRow(row);
    table->setItem(row, KeyColumn, new QTableWidgetItem);
    table->setItem(row, ValueColumn, new QTableWidgetItem);
    table->setCurrentCell(row, KeyColumn);
    table->setFocus();
    table->editItem(table->item(row, KeyColumn));
}

void CreateConnectorDialog::removeSelectedAuthValueRows()
{
    QTableWidget* table = m_ui->authValuesTableWidget;
    QList<int> rows;
    for (const QTableWidgetItem* item : table->selectedItems()) {
        if (!rows.contains(item->row()))
            rows.append(item->row());
    }
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    for (int row : rows)
        table->removeRow(row);
    revalidate();
}

void CreateConnectorDialog::setAuthValuesRevealed(bool revealed)
{
    QTableWidget* table = m_ui->authValuesTableWidget;
    if (auto* delegate = dynamic_cast<SecretDelegate*>(table->itemDelegateForColumn(ValueColumn)))
        delegate->setRevealed(revealed);
    table->viewport()->update();
}

InitialConfig CreateConnectorDialog::initialConfig() const
{
    InitialConfig c;
    const QTableWidget* table = m_ui->authValuesTableWidget;
    for (int row = 0; row < table->rowCount(); ++row) {
        const QTableWidgetItem* key = table->item(row, KeyColumn);
        const QTableWidgetItem* value = table->item(row, ValueColumn);
        c.authValues.append({key ? key->text() : QString(), value ? value->text() : QString()});
    }
    c.oauthConfigId = m_ui->oauthConfigIdLineEdit->text();
    c.strategy = m_ui->syncStrategyComboBox->currentData().toString();
    c.schedule = m_ui->cronRadioButton->isChecked() ? InitialConfig::Schedule::Cron : InitialConfig::Schedule::Interval;
    c.cronExpression = m_ui->cronLineEdit->text();
    c.intervalMinutes = m_ui->intervalSpinBox->value();
    c.timezone = m_ui->timezoneComboBox->currentText();
    c.webhookEvents = m_ui->webhookEventsLineEdit->text();
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
    if (!m_registryLoaded)
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
            applyFailed(reply.error().toString(), reply.error().details);
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

bool CreateConnectorDialog::eventFilter(QObject* watched, QEvent* event)
{
    // The filter box steers the list: arrows and page keys move the selection, Enter moves on.
    if (watched == m_ui->typeFilterLineEdit && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        switch (key->key()) {
        case Qt::Key_Up:
        case Qt::Key_Down:
        case Qt::Key_PageUp:
        case Qt::Key_PageDown: {
            QKeyEvent copy(key->type(), key->key(), key->modifiers(), key->text());
            QCoreApplication::sendEvent(m_ui->typeTreeWidget, &copy);
            return true;
        }
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (selectedType().isValid()) {
                m_ui->nameLineEdit->setFocus();
                m_ui->nameLineEdit->selectAll();
                return true;
            }
            break;
        default:
            break;
        }
    }
    // Enter in the credentials table edits a cell or ends the edit; it must not press Create.
    if (watched == m_ui->authValuesTableWidget && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            QTableWidget* table = m_ui->authValuesTableWidget;
            const QWidget* focus = focusWidget();
            const bool editing = focus && table->viewport()->isAncestorOf(focus);
            if (!editing && table->currentIndex().isValid())
                table->edit(table->currentIndex());
            return true;
        }
    }
    return RequestDialog::eventFilter(watched, event);
}

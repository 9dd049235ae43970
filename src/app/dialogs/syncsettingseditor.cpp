#include "app/dialogs/syncsettingseditor.h"

#include "ui_syncsettingseditor.h"

#include "core/model/initialconfig.h"

#include <QCompleter>
#include <QTimeZone>

SyncSettingsEditor::SyncSettingsEditor(QWidget* parent)
    : InitialConfigEditor(parent)
    , m_ui(std::make_unique<Ui::SyncSettingsEditor>())
{
    m_ui->setupUi(this);
    m_ui->syncStrategyComboBox->addItem(tr("Server default"), QString());
    m_ui->syncStrategyComboBox->addItem(tr("Manual: sync when asked"), QStringLiteral("MANUAL"));
    m_ui->syncStrategyComboBox->addItem(tr("Scheduled"), QStringLiteral("SCHEDULED"));
    m_ui->syncStrategyComboBox->addItem(tr("Webhook: when the service reports a change"), QStringLiteral("WEBHOOK"));
    m_ui->syncStrategyComboBox->addItem(tr("Real-time"), QStringLiteral("REALTIME"));
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
    updateFields();

    auto updateAndChanged = [this] {
        updateFields();
        emit changed();
    };
    connect(m_ui->syncStrategyComboBox, &QComboBox::currentIndexChanged, this, updateAndChanged);
    connect(m_ui->intervalRadioButton, &QRadioButton::toggled, this, updateAndChanged);
    // What the user changes by hand is "touched" (edited): its mistakes show as warnings at once.
    for (QLineEdit* edit : {m_ui->cronLineEdit, m_ui->webhookEventsLineEdit}) {
        connect(edit, &QLineEdit::textChanged, this, &SyncSettingsEditor::changed);
        connect(edit, &QLineEdit::textEdited, this, &SyncSettingsEditor::edited);
    }
    connect(m_ui->intervalSpinBox, &QSpinBox::valueChanged, this, &SyncSettingsEditor::edited);
    connect(m_ui->timezoneComboBox, &QComboBox::currentTextChanged, this, &SyncSettingsEditor::edited);
}

SyncSettingsEditor::~SyncSettingsEditor() = default;

void SyncSettingsEditor::fill(InitialConfig& config) const
{
    config.strategy = m_ui->syncStrategyComboBox->currentData().toString();
    config.schedule
        = m_ui->cronRadioButton->isChecked() ? InitialConfig::Schedule::Cron : InitialConfig::Schedule::Interval;
    config.cronExpression = m_ui->cronLineEdit->text();
    config.intervalMinutes = m_ui->intervalSpinBox->value();
    config.timezone = m_ui->timezoneComboBox->currentText();
    config.webhookEvents = m_ui->webhookEventsLineEdit->text();
}

void SyncSettingsEditor::updateFields()
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

#include "app/dialogs/authvalueseditor.h"

#include "ui_authvalueseditor.h"

#include "core/model/initialconfig.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QStyledItemDelegate>

#include <algorithm>

namespace {

enum AuthColumn
{
    KeyColumn = 0,
    ValueColumn = 1,
};

constexpr int keyColumnWidth = 180;

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

} // namespace

AuthValuesEditor::AuthValuesEditor(QWidget* parent)
    : InitialConfigEditor(parent)
    , m_ui(std::make_unique<Ui::AuthValuesEditor>())
{
    m_ui->setupUi(this);
    QTableWidget* table = m_ui->authValuesTableWidget;
    table->setItemDelegateForColumn(ValueColumn, new SecretDelegate(table));
    table->horizontalHeader()->setSectionResizeMode(KeyColumn, QHeaderView::Interactive);
    table->setColumnWidth(KeyColumn, keyColumnWidth);
    m_ui->removeAuthValuePushButton->setEnabled(false);
    table->installEventFilter(this);

    connect(m_ui->addAuthValuePushButton, &QPushButton::clicked, this, &AuthValuesEditor::addRow);
    connect(m_ui->removeAuthValuePushButton, &QPushButton::clicked, this, &AuthValuesEditor::removeSelectedRows);
    connect(table, &QTableWidget::itemChanged, this, &AuthValuesEditor::changed);
    connect(table, &QTableWidget::itemSelectionChanged, this, [this] {
        m_ui->removeAuthValuePushButton->setEnabled(!m_ui->authValuesTableWidget->selectedItems().isEmpty());
    });
    connect(m_ui->showAuthValuesCheckBox, &QCheckBox::toggled, this, &AuthValuesEditor::setValuesRevealed);
    connect(m_ui->oauthConfigIdLineEdit, &QLineEdit::textChanged, this, &AuthValuesEditor::changed);
    connect(m_ui->oauthConfigIdLineEdit, &QLineEdit::textEdited, this, &AuthValuesEditor::edited);
}

AuthValuesEditor::~AuthValuesEditor() = default;

void AuthValuesEditor::fill(InitialConfig& config) const
{
    const QTableWidget* table = m_ui->authValuesTableWidget;
    for (int row = 0; row < table->rowCount(); ++row) {
        const QTableWidgetItem* key = table->item(row, KeyColumn);
        const QTableWidgetItem* value = table->item(row, ValueColumn);
        config.authValues.append({key ? key->text() : QString(), value ? value->text() : QString()});
    }
    config.oauthConfigId = m_ui->oauthConfigIdLineEdit->text();
}

void AuthValuesEditor::addRow()
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

void AuthValuesEditor::removeSelectedRows()
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
    emit changed();
}

void AuthValuesEditor::setValuesRevealed(bool revealed)
{
    QTableWidget* table = m_ui->authValuesTableWidget;
    if (auto* delegate = dynamic_cast<SecretDelegate*>(table->itemDelegateForColumn(ValueColumn)))
        delegate->setRevealed(revealed);
    table->viewport()->update();
}

bool AuthValuesEditor::eventFilter(QObject* watched, QEvent* event)
{
    // Enter in the table edits a cell or ends the edit; it must not press the dialog's default button.
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
    return InitialConfigEditor::eventFilter(watched, event);
}

#include "app/dialogs/connectortypepicker.h"

#include "ui_connectortypepicker.h"

#include "core/net/apierror.h"
#include "core/ops/registryloader.h"

#include <QFile>
#include <QHeaderView>
#include <QKeyEvent>
#include <QStyle>
#include <QUrl>

#include <algorithm>

namespace {

constexpr int typeIndexRole = Qt::UserRole; // index into m_types
constexpr int typeNameRole = Qt::UserRole + 1; // the registry name, what create sends

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

ConnectorTypePicker::ConnectorTypePicker(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ConnectorTypePicker>())
{
    m_ui->setupUi(this);
    QHeaderView* header = m_ui->typeTreeWidget->header();
    header->setSectionResizeMode(0, QHeaderView::Stretch);
    header->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    header->setStretchLastSection(false);
    m_ui->retryRegistryPushButton->hide();
    // Typing before the registry has arrived is fine: the filter applies once it has.
    m_ui->typeFilterLineEdit->installEventFilter(this);

    connect(m_ui->retryRegistryPushButton, &QPushButton::clicked, this, &ConnectorTypePicker::reload);
    connect(m_ui->typeFilterLineEdit, &QLineEdit::textChanged, this, &ConnectorTypePicker::applyFilter);
    connect(m_ui->typeTreeWidget, &QTreeWidget::currentItemChanged, this, &ConnectorTypePicker::onCurrentItemChanged);
    connect(m_ui->typeTreeWidget, &QTreeWidget::itemActivated, this, &ConnectorTypePicker::typeChosen);
}

ConnectorTypePicker::~ConnectorTypePicker() = default;

QString ConnectorTypePicker::authTypeLabel(const QString& authType)
{
    if (authType == QLatin1String("OAUTH"))
        return tr("OAuth");
    if (authType == QLatin1String("OAUTH_ADMIN_CONSENT"))
        return tr("OAuth with admin consent");
    if (authType == QLatin1String("API_TOKEN"))
        return tr("API token");
    if (authType == QLatin1String("USERNAME_PASSWORD"))
        return tr("User name and password");
    if (authType == QLatin1String("SERVICE_ACCOUNT"))
        return tr("Service account");
    if (authType == QLatin1String("NONE"))
        return tr("None");
    return authType;
}

void ConnectorTypePicker::loadRegistry(ApiClient* client)
{
    if (!m_registry) {
        m_registry = new RegistryLoader(client, this);
        connect(m_registry, &RegistryLoader::progress, this, &ConnectorTypePicker::onRegistryProgress);
        connect(m_registry, &RegistryLoader::loaded, this, &ConnectorTypePicker::onRegistryLoaded);
        connect(m_registry, &RegistryLoader::failed, this, &ConnectorTypePicker::onRegistryFailed);
    }
    reload();
}

void ConnectorTypePicker::reload()
{
    m_registryLoaded = false;
    m_ui->retryRegistryPushButton->hide();
    m_ui->registryStatusLabel->setText(tr("Loading the connector types…"));
    m_registry->load();
}

void ConnectorTypePicker::focusFilter()
{
    m_ui->typeFilterLineEdit->setFocus();
}

void ConnectorTypePicker::onRegistryProgress(int typesSoFar, qint64 total)
{
    if (total > typesSoFar)
        m_ui->registryStatusLabel->setText(tr("Loading the connector types… (%1 of %2)").arg(typesSoFar).arg(total));
}

void ConnectorTypePicker::onRegistryLoaded(const QList<ConnectorType>& types)
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
    applyFilter();
    onCurrentItemChanged();
    emit registryLoaded();
}

void ConnectorTypePicker::onRegistryFailed(const ApiError& error)
{
    m_ui->registryStatusLabel->setText(tr("The connector types could not be loaded: %1").arg(error.toString()));
    m_ui->registryStatusLabel->setToolTip(error.details);
    m_ui->retryRegistryPushButton->show();
    m_ui->retryRegistryPushButton->setFocus();
}

void ConnectorTypePicker::applyFilter()
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
        onCurrentItemChanged();
}

ConnectorType ConnectorTypePicker::selectedType() const
{
    const QTreeWidgetItem* item = m_ui->typeTreeWidget->currentItem();
    if (!item || item->isHidden())
        return {};
    const int index = item->data(0, typeIndexRole).toInt();
    return index >= 0 && index < m_types.size() ? m_types.at(index) : ConnectorType();
}

bool ConnectorTypePicker::selectType(const QString& type)
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

void ConnectorTypePicker::onCurrentItemChanged()
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
    emit currentTypeChanged();
}

bool ConnectorTypePicker::eventFilter(QObject* watched, QEvent* event)
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
                emit typeChosen();
                return true;
            }
            break;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

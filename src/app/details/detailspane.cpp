#include "app/details/detailspane.h"

#include "app/details/indexingstatsview.h"
#include "core/list/connectortablemodel.h"
#include "core/net/apiclient.h"
#include "core/net/apireply.h"
#include "core/wire/pagination.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QMenu>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

constexpr int CopyRole = Qt::UserRole + 1;

QString yesNo(bool value)
{
    return value ? DetailsPane::tr("Yes") : DetailsPane::tr("No");
}

QString scalarText(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double d = value.toDouble();
        const qint64 i = qint64(d);
        return double(i) == d ? QString::number(i) : QString::number(d, 'g', 15);
    }
    case QJsonValue::String:
        return value.toString();
    default:
        return {};
    }
}

} // namespace

DetailsPane::DetailsPane(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_state(new QLabel(this))
    , m_error(new QLabel(this))
    , m_placeholder(new QLabel(tr("Select a connector instance to see all of its fields."), this))
    , m_tree(new QTreeWidget(this))
    , m_copyIdButton(new QToolButton(this))
    , m_copyButton(new QToolButton(this))
    , m_refreshButton(new QToolButton(this))
    , m_renameButton(new QToolButton(this))
    , m_stats(new IndexingStatsView(this))
{
    setObjectName(QStringLiteral("detailsPane"));
    m_title->setObjectName(QStringLiteral("detailsTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_state->setObjectName(QStringLiteral("detailsState"));
    m_state->setWordWrap(true);
    m_state->setTextFormat(Qt::PlainText);
    m_error->setObjectName(QStringLiteral("detailsError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setFrameShape(QFrame::StyledPanel);
    m_error->setMargin(4);
    m_error->hide();
    m_placeholder->setObjectName(QStringLiteral("detailsPlaceholder"));
    m_placeholder->setWordWrap(true);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setEnabled(false);

    m_tree->setObjectName(QStringLiteral("detailsTree"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Field"), tr("Value")});
    m_tree->setRootIsDecorated(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(true);
    auto* copyAction = new QAction(tr("Copy value"), m_tree);
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setShortcutContext(Qt::WidgetShortcut);
    m_tree->addAction(copyAction);
    connect(copyAction, &QAction::triggered, this, &DetailsPane::copyCurrentValue);
    connect(m_tree, &QTreeWidget::customContextMenuRequested, this, &DetailsPane::showTreeMenu);

    auto setupButton = [](QToolButton* b, const char* name, const QString& text, const QString& tip, const char* icon) {
        b->setObjectName(QLatin1String(name));
        b->setText(text);
        b->setToolTip(tip);
        b->setIcon(QIcon::fromTheme(QLatin1String(icon)));
        b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    };
    setupButton(m_copyIdButton, "detailsCopyIdButton", tr("Copy id"), tr("Copy the instance id"), "edit-copy");
    setupButton(m_copyButton, "detailsCopyButton", tr("Copy value"), tr("Copy the selected value"), "edit-copy");
    setupButton(m_refreshButton, "detailsRefreshButton", tr("Refresh"), tr("Ask the server again"), "view-refresh");
    m_renameButton->setObjectName(QStringLiteral("detailsRenameButton"));
    m_renameButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_copyIdButton->setIcon(QIcon(QStringLiteral(":/icons/copy.svg")));
    m_copyButton->setIcon(QIcon(QStringLiteral(":/icons/copy.svg")));
    m_refreshButton->setIcon(QIcon(QStringLiteral(":/icons/reload.svg")));
    connect(m_copyIdButton, &QToolButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_instance.id);
        emit copied(tr("Copied the id of \u201c%1\u201d: %2").arg(m_instance.name, m_instance.id));
    });
    connect(m_copyButton, &QToolButton::clicked, this, &DetailsPane::copyCurrentValue);
    connect(m_refreshButton, &QToolButton::clicked, this, &DetailsPane::refresh);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_renameButton);
    buttons->addWidget(m_copyIdButton);
    buttons->addWidget(m_copyButton);
    buttons->addStretch(1);
    buttons->addWidget(m_refreshButton);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_state);
    layout->addWidget(m_error);
    layout->addWidget(m_stats);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_placeholder, 1);
    layout->addLayout(buttons);
    clear();
}

DetailsPane::~DetailsPane()
{
    if (m_reply)
        m_reply->abort();
}

void DetailsPane::setClient(ApiClient* client)
{
    m_client = client;
    m_stats->setClient(client);
}

void DetailsPane::setRenameAction(QAction* action)
{
    m_renameButton->setDefaultAction(action);
}

QList<QWidget*> DetailsPane::tabStops() const
{
    return {m_stats->refreshButton(), m_tree, m_renameButton, m_copyIdButton, m_copyButton, m_refreshButton};
}

bool DetailsPane::isFetching() const
{
    return m_reply && !m_reply->isFinished();
}

QString DetailsPane::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void DetailsPane::clear()
{
    if (m_reply)
        m_reply->abort();
    m_instance = {};
    m_tree->clear();
    m_title->clear();
    m_state->clear();
    m_error->hide();
    m_tree->hide();
    m_placeholder->show();
    m_stats->clear();
    m_stats->hide();
    for (QToolButton* b : {m_copyIdButton, m_copyButton, m_refreshButton})
        b->setEnabled(false);
}

void DetailsPane::showInstance(const ConnectorInstance& instance)
{
    if (!instance.isValid()) {
        clear();
        return;
    }
    m_error->hide();
    fill(instance);
    refresh();
    m_stats->show();
    m_stats->showInstance(instance);
}

void DetailsPane::updateInstance(const ConnectorInstance& instance)
{
    if (instance.id != m_instance.id)
        return showInstance(instance);
    // The row's data may be thinner than the GET's answer: keep the fields only the GET had.
    ConnectorInstance merged = instance;
    for (auto it = m_instance.extra.constBegin(); it != m_instance.extra.constEnd(); ++it) {
        if (!merged.extra.contains(it.key()))
            merged.extra.insert(it.key(), it.value());
    }
    fill(merged);
    m_stats->showInstance(instance); // fetched again when a sync starts or ends
}

void DetailsPane::refresh()
{
    if (m_reply)
        m_reply->abort();
    if (!m_client || !m_instance.isValid())
        return;
    ApiReply* reply = m_client->getConnector(m_instance.id);
    m_reply = reply;
    m_refreshButton->setEnabled(false);
    connect(reply, &ApiReply::finished, this, [this, reply] { onFetched(reply); });
}

void DetailsPane::onFetched(ApiReply* reply)
{
    if (reply != m_reply)
        return; // a later selection or refresh took over
    m_reply = nullptr;
    m_refreshButton->setEnabled(m_instance.isValid());
    if (reply->hasError()) {
        const ApiError& error = reply->error();
        if (error.kind == ApiError::Kind::Cancelled)
            return;
        if (error.kind == ApiError::Kind::NotFound) {
            showError(tr("This instance is no longer on the server: %1").arg(error.toString()));
            emit instanceNotFound(m_instance.id);
        } else {
            showError(tr("Could not load the details: %1").arg(error.toString()));
        }
        return;
    }
    ApiError error;
    std::optional<ConnectorInstance> answer = reply->answer().instance(&error);
    if (!answer) {
        showError(tr("Could not load the details: %1").arg(error.toString()));
        return;
    }
    ConnectorInstance fresh = std::move(*answer);
    if (fresh.id.isEmpty())
        fresh.id = m_instance.id;
    m_error->hide();
    fill(fresh);
    emit instanceFetched(fresh);
}

void DetailsPane::showError(const QString& text)
{
    m_error->setText(text);
    m_error->show();
}

void DetailsPane::fill(const ConnectorInstance& c)
{
    // Keep the user's place in the tree across a refresh of the same instance.
    const bool sameInstance = c.id == m_instance.id;
    const QString currentKey = sameInstance && m_tree->currentItem() ? m_tree->currentItem()->text(0) : QString();
    m_instance = c;
    m_placeholder->hide();
    m_tree->show();
    for (QToolButton* b : {m_copyIdButton, m_copyButton})
        b->setEnabled(true);
    m_refreshButton->setEnabled(!isFetching());
    m_title->setText(c.name.isEmpty() ? c.id : c.name);
    const QString reason = c.lockReason();
    QStringList state;
    if (!reason.isEmpty())
        state.append(reason);
    else if (!c.status.isEmpty())
        state.append(tr("Running job: %1").arg(c.status.text()));
    m_state->setText(state.join(QLatin1Char(' ')));
    m_state->setVisible(!state.isEmpty());

    m_tree->setUpdatesEnabled(false);
    m_tree->clear();
    addRow(nullptr, tr("Id"), c.id);
    addRow(nullptr, tr("Name"), c.name);
    addRow(nullptr, tr("Connector type"), c.connectorType);
    if (!c.appGroup.isEmpty())
        addRow(nullptr, tr("App group"), c.appGroup);
    addRow(nullptr, tr("Scope"), c.scope.text());
    addRow(nullptr, tr("Auth type"), c.authType);
    addRow(nullptr, tr("Status"), c.status.isEmpty() ? tr("(none)") : c.status.text(), c.status.text());
    addRow(nullptr, tr("Active"), yesNo(c.isActive));
    addRow(nullptr, tr("Configured"), yesNo(c.isConfigured));
    addRow(nullptr, tr("Authenticated"), yesNo(c.isAuthenticated));
    addRow(nullptr, tr("Agent enabled"), yesNo(c.agentEnabled));
    addRow(nullptr, tr("Locked"), reason.isEmpty() ? yesNo(c.isLocked) : reason);
    addRow(nullptr, tr("Created by"), c.createdBy);
    addRow(nullptr, tr("Updated by"), c.updatedBy);
    // The zone in the field's name, where a narrow value column cannot cut it off.
    addTime(nullptr, tr("Created (UTC)"), c.createdAt);
    addTime(nullptr, tr("Updated (UTC)"), c.updatedAt);
    if (c.lastSyncAt.isValid())
        addTime(nullptr, tr("Last sync (UTC)"), c.lastSyncAt);
    if (!c.extra.isEmpty()) {
        // Fields this version does not know: shown as the server sent them.
        QTreeWidgetItem* other = addRow(nullptr, tr("Other fields"), tr("%n field(s)", nullptr, int(c.extra.size())));
        QFont italic = other->font(0);
        italic.setItalic(true);
        other->setFont(0, italic);
        for (auto it = c.extra.constBegin(); it != c.extra.constEnd(); ++it)
            addJson(other, it.key(), it.value());
        other->setExpanded(true);
    }
    if (!currentKey.isEmpty()) {
        const QList<QTreeWidgetItem*> found = m_tree->findItems(currentKey, Qt::MatchExactly | Qt::MatchRecursive);
        if (!found.isEmpty())
            m_tree->setCurrentItem(found.constFirst());
    }
    m_tree->setUpdatesEnabled(true);
}

QTreeWidgetItem*
DetailsPane::addRow(QTreeWidgetItem* parent, const QString& key, const QString& value, const QString& copy)
{
    auto* item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
    item->setText(0, key);
    item->setText(1, value);
    item->setToolTip(1, value);
    item->setData(1, CopyRole, copy.isNull() ? value : copy);
    return item;
}

void DetailsPane::addTime(QTreeWidgetItem* parent, const QString& key, const QDateTime& time)
{
    if (!time.isValid()) {
        addRow(parent, key, tr("(unknown)"), QString(QLatin1String("")));
        return;
    }
    // UTC here, saying so (the table shows local time); the tooltip gives the local time too.
    const QString iso = time.toUTC().toString(Qt::ISODateWithMs);
    QTreeWidgetItem* item = addRow(parent, key, ConnectorTableModel::formatUtc(time), iso);
    item->setToolTip(1,
                     tr("%1\nLocal time: %2 (%3)")
                         .arg(iso, ConnectorTableModel::formatTime(time), ConnectorTableModel::localZone()));
}

void DetailsPane::addJson(QTreeWidgetItem* parent, const QString& key, const QJsonValue& value)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        QTreeWidgetItem* item = addRow(parent,
                                       key,
                                       tr("{%n field(s)}", nullptr, int(object.size())),
                                       QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            addJson(item, it.key(), it.value());
        item->setExpanded(object.size() <= 8);
        return;
    }
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        QTreeWidgetItem* item = addRow(parent,
                                       key,
                                       tr("[%n item(s)]", nullptr, int(array.size())),
                                       QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)));
        for (int i = 0; i < array.size(); ++i)
            addJson(item, QStringLiteral("[%1]").arg(i), array.at(i));
        item->setExpanded(array.size() <= 8);
        return;
    }
    addRow(parent, key, scalarText(value));
}

void DetailsPane::copyCurrentValue()
{
    const QTreeWidgetItem* item = m_tree->currentItem();
    const QString text = item ? item->data(1, CopyRole).toString() : m_instance.id;
    if (text.isEmpty())
        return;
    QApplication::clipboard()->setText(text);
    const QString shown = text.size() > 80 ? text.left(79) + QChar(0x2026) : text;
    emit copied(item ? tr("Copied %1: %2").arg(item->text(0), shown) : tr("Copied the id: %1").arg(shown));
}

void DetailsPane::showTreeMenu(const QPoint& pos)
{
    QTreeWidgetItem* item = m_tree->itemAt(pos);
    if (!item)
        return;
    m_tree->setCurrentItem(item);
    // Texts are taken now: a refresh may rebuild the tree while the menu is open.
    const QString value = item->data(1, CopyRole).toString();
    const QString pair = item->text(0) + QLatin1String(": ") + value;
    const QString id = m_instance.id;
    auto* menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(tr("Copy value"), menu, [value] { QApplication::clipboard()->setText(value); });
    menu->addAction(tr("Copy field and value"), menu, [pair] { QApplication::clipboard()->setText(pair); });
    menu->addAction(tr("Copy id"), menu, [id] { QApplication::clipboard()->setText(id); });
    menu->popup(m_tree->viewport()->mapToGlobal(pos));
}

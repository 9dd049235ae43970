#include "app/statuspanel.h"

#include <QLabel>
#include <QProgressBar>
#include <QStatusBar>

namespace {
constexpr int busyIndicatorWidth = 100;
constexpr int connectionTextWidth = 480; // a long error message is elided; its tooltip has it whole
} // namespace

StatusPanel::StatusPanel(QStatusBar* statusBar)
    : QObject(statusBar)
    , m_busy(new QProgressBar(statusBar))
    , m_server(new QLabel(statusBar))
    , m_connection(new QLabel(statusBar))
{
    setObjectName(QStringLiteral("statusPanel"));
    m_busy->setObjectName(QStringLiteral("busyIndicator"));
    m_busy->setRange(0, 0); // indeterminate: we never know how long a server takes
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(busyIndicatorWidth);
    m_busy->setMaximumHeight(statusBar->fontMetrics().height());
    m_busy->setAccessibleName(tr("Loading"));
    m_busy->hide();
    m_server->setObjectName(QStringLiteral("serverLabel"));
    m_connection->setObjectName(QStringLiteral("connectionLabel"));
    m_connection->setTextFormat(Qt::PlainText);
    m_connection->setMaximumWidth(connectionTextWidth);
    statusBar->addPermanentWidget(m_busy);
    statusBar->addPermanentWidget(m_connection);
    statusBar->addPermanentWidget(m_server);
    setServer(tr("No server"), QString());
}

void StatusPanel::setBusy(bool busy)
{
    m_busy->setVisible(busy);
}

void StatusPanel::setServer(const QString& label, const QString& toolTip)
{
    m_server->setText(label);
    m_server->setToolTip(toolTip);
}

void StatusPanel::setConnectionOk()
{
    m_connection->setText(tr("Connected"));
    m_connection->setToolTip(QString());
}

void StatusPanel::setConnectionError(const QString& message)
{
    const QString text = tr("Error: %1").arg(message);
    m_connection->setText(m_connection->fontMetrics().elidedText(text, Qt::ElideRight, m_connection->maximumWidth()));
    m_connection->setToolTip(text);
}

void StatusPanel::setConnectionPending(const QString& message)
{
    m_connection->setText(message);
    m_connection->setToolTip(QString());
}

QString StatusPanel::connectionText() const
{
    return m_connection->toolTip().isEmpty() ? m_connection->text() : m_connection->toolTip();
}

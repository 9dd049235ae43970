// What the main window says about itself, kept apart from mainwindow.cpp: which
// server (with its port), a window that fits the screen, the banner's way to the profiles, what was
// copied, and Create starting on Personal scope for an admin the server refused team scope to.
#include "app/mainwindow.h"

#include "ui_mainwindow.h"

#include "app/dialogs/createconnectordialog.h"
#include "app/details/detailspane.h"
#include "app/list/errorbanner.h"
#include "app/serversession.h"

#include <QCryptographicHash>
#include <QScreen>

namespace {

constexpr QSize defaultWindowSize(1380, 840);
constexpr QSize frameRoom(24, 48); // left on the available screen for the window's frame and title

} // namespace

void MainWindow::setupStatus()
{
    connect(m_ui->errorBanner, &ErrorBanner::profilesRequested, this, &MainWindow::showServerProfiles);
    connect(m_ui->detailsPane, &DetailsPane::copied, this, [this](const QString& message) {
        m_ui->statusBar->showMessage(message, 8000);
    });
}

QString MainWindow::serverText() const
{
    const QUrl url = m_session->baseUrl();
    const QString host = url.port() >= 0 ? QStringLiteral("%1:%2").arg(url.host()).arg(url.port()) : url.host();
    const QString label = m_session->label();
    if (label.isEmpty() || label == url.host() || label == host)
        return host;
    return tr("%1 (%2)").arg(label, host);
}

void MainWindow::fitToScreen(bool restored)
{
    const QScreen* where = screen();
    if (!where)
        return;
    const QRect available = where->availableGeometry();
    if (!restored) {
        // At 2x scaling a 1600x1000 screen has 800x500 logical pixels: the default must give way.
        const QSize size = defaultWindowSize.boundedTo(available.size() - frameRoom);
        resize(size);
        move(available.center() - QPoint(size.width() / 2, size.height() / 2));
        return;
    }
    // Saved on a larger screen, or on one that is gone: back into this one.
    QRect frame = geometry();
    frame.setSize(frame.size().boundedTo(available.size()));
    if (!available.contains(frame)) {
        frame.moveLeft(std::clamp(frame.left(), available.left(), available.right() + 1 - frame.width()));
        frame.moveTop(std::clamp(frame.top(), available.top(), available.bottom() + 1 - frame.height()));
    }
    if (frame != geometry()) {
        resize(frame.size());
        move(frame.topLeft());
    }
}

QString MainWindow::teamScopeRefusedKey() const
{
    // Per server (a profile is its URL): a hash, since a URL is no settings key.
    const QByteArray url = m_session->baseUrl().toString(QUrl::RemoveUserInfo).toUtf8();
    return QStringLiteral("teamScopeRefused/")
        + QString::fromLatin1(QCryptographicHash::hash(url, QCryptographicHash::Sha1).toHex());
}

void MainWindow::rememberTeamScopeRefused()
{
    m_settings.setValue(teamScopeRefusedKey(), true);
}

void MainWindow::prepareCreateDialog(QWidget* widget)
{
    auto* dialog = qobject_cast<CreateConnectorDialog*>(widget);
    if (!dialog || dialog->property("prepared").toBool())
        return; // an open dialog raised again keeps what the user chose
    dialog->setProperty("prepared", true);
    connect(dialog, &CreateConnectorDialog::teamScopeRefused, this, &MainWindow::rememberTeamScopeRefused);
    connect(dialog, &CreateConnectorDialog::created, this, [this](const ConnectorInstance& instance) {
        if (instance.scope == ConnectorScope::Team)
            m_settings.remove(teamScopeRefusedKey()); // an admin now, after all
    });
    if (m_settings.value(teamScopeRefusedKey()).toBool()) {
        dialog->preferPersonalScope(
            tr("Personal is chosen: this server refused you a team instance before (only organisation "
               "admins may create them). Choose Team if that has changed."));
    }
}

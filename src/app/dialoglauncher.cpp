#include "app/dialoglauncher.h"

#include "app/dialogs/createconnectordialog.h"
#include "app/dialogs/deleteconnectordialog.h"
#include "app/dialogs/renameconnectordialog.h"
#include "app/dialogs/serverprofilesdialog.h"

#include <QDialog>
#include <QMessageBox>
#include <QWidget>

namespace {
constexpr int aboutIconSize = 64;
} // namespace

DialogLauncher::DialogLauncher(QWidget* parentWindow)
    : QObject(parentWindow)
    , m_window(parentWindow)
{
    setObjectName(QStringLiteral("dialogLauncher"));
}

bool DialogLauncher::raise(QWidget* dialog)
{
    if (!dialog)
        return false;
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return true;
}

QWidget* DialogLauncher::show(QWidget* dialog, QPointer<QWidget>& slot)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    slot = dialog;
    if (auto* box = qobject_cast<QDialog*>(dialog))
        connect(box, &QDialog::finished, this, &DialogLauncher::dialogsChanged);
    connect(dialog, &QObject::destroyed, this, &DialogLauncher::dialogsChanged);
    dialog->show();
    emit dialogsChanged();
    return dialog;
}

QWidget* DialogLauncher::rowDialog() const
{
    for (const QPointer<QWidget>& dialog : {m_rename, m_delete}) {
        if (dialog && dialog->isVisible())
            return dialog;
    }
    return nullptr;
}

void DialogLauncher::closeInstanceDialogs()
{
    for (const QPointer<QWidget>& dialog : {m_create, m_rename, m_delete}) {
        if (dialog)
            dialog->close();
    }
}

QWidget* DialogLauncher::openCreate(ApiClient* client, const QString& defaultScope)
{
    if (raise(m_create))
        return m_create;
    auto* dialog = new CreateConnectorDialog(client, defaultScope, m_window);
    connect(dialog, &CreateConnectorDialog::created, this, &DialogLauncher::created);
    return show(dialog, m_create);
}

QWidget* DialogLauncher::openRename(ApiClient* client, const ConnectorInstance& instance)
{
    if (raise(m_rename))
        return m_rename;
    auto* dialog = new RenameConnectorDialog(client, instance, m_window);
    connect(dialog, &RenameConnectorDialog::renamed, this, &DialogLauncher::renamed);
    return show(dialog, m_rename);
}

QWidget* DialogLauncher::openDelete(ApiClient* client, const ConnectorInstance& instance)
{
    if (raise(m_delete))
        return m_delete;
    auto* dialog = new DeleteConnectorDialog(client, instance, m_window);
    connect(dialog, &DeleteConnectorDialog::deleted, this, &DialogLauncher::deleted);
    connect(dialog, &DeleteConnectorDialog::notFound, this, &DialogLauncher::notFound);
    connect(dialog, &DeleteConnectorDialog::syncDisabled, this, &DialogLauncher::instanceChanged);
    return show(dialog, m_delete);
}

QWidget* DialogLauncher::openProfiles(ServerProfiles* profiles, CredentialStore* credentials)
{
    if (raise(m_profiles))
        return m_profiles;
    auto* dialog = new ServerProfilesDialog(profiles, credentials, m_window);
    connect(dialog, &ServerProfilesDialog::profileChosen, this, &DialogLauncher::profileChosen);
    return show(dialog, m_profiles);
}

QWidget* DialogLauncher::openAbout()
{
    if (raise(m_about))
        return m_about;
    auto* box = new QMessageBox(
        QMessageBox::NoIcon,
        tr("About Connector Admin"),
        tr("<h3>Connector Admin %1</h3>"
           "<p>A desktop console for the connector instances of a PipesHub server.</p>"
           "<p>Built with Qt %2, running on Qt %3.</p>"
           "<p>Licensed under the Apache License, Version 2.0.</p>")
            .arg(QLatin1String(CONNECTOR_VERSION), QLatin1String(QT_VERSION_STR), QLatin1String(qVersion())),
        QMessageBox::Close,
        m_window);
    box->setObjectName(QStringLiteral("aboutBox"));
    box->setIconPixmap(m_window->windowIcon().pixmap(aboutIconSize, aboutIconSize));
    box->setModal(false);
    return show(box, m_about);
}

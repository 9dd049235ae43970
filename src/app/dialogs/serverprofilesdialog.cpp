#include "app/dialogs/serverprofilesdialog.h"

#include "ui_serverprofilesdialog.h"

#include "core/net/apiclient.h"
#include "core/net/serverurl.h"
#include "core/settings/credentialstore.h"
#include "core/settings/serverchoice.h"
#include "core/wire/pagination.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QListWidget>
#include <QPushButton>
#include <QSslCertificate>

namespace {

constexpr int profileNameRole = Qt::UserRole;
constexpr int testTimeoutMs = 15000;
constexpr int minimumDialogWidth = 720;
constexpr QSize defaultDialogSize(860, 520);

QList<QSslCertificate> certificatesFrom(const QString& path)
{
    // The same reading as when the profile is used (the dialog words its own message about it).
    return ServerChoice::extraCertificates(path.trimmed(), nullptr);
}

// Problems in bold rather than a colour: colours are the theme's business and easy to miss. The font
// goes first: a word-wrapped label's height is computed when its text is set.
void showMessage(QLabel* label, const QString& text, bool problem)
{
    QFont font = label->font();
    font.setBold(problem);
    label->setFont(font);
    label->setText(text);
}

} // namespace

ServerProfilesDialog::ServerProfilesDialog(ServerProfiles* profiles, CredentialStore* credentials, QWidget* parent)
    : RequestDialog(parent)
    , m_ui(std::make_unique<Ui::ServerProfilesDialog>())
    , m_profiles(profiles)
    , m_credentials(credentials)
{
    m_ui->setupUi(form());
    setObjectName(QStringLiteral("serverProfilesDialog"));
    setWindowTitle(tr("Servers"));
    okButton()->setText(tr("Save"));
    okButton()->setToolTip(tr("Save this server (and its token, if you typed one)"));
    cancelButton()->setText(tr("Close"));
    // Width only: the height follows the wrapped messages, which the layout must be free to grow for.
    setMinimumWidth(minimumDialogWidth);
    resize(defaultDialogSize);
    m_ui->httpWarningLabel->hide();
    m_ui->tokenLineEdit->setPlaceholderText(tr("paste the API token to store it in the keychain"));

    connect(
        m_ui->profileListWidget, &QListWidget::currentItemChanged, this, &ServerProfilesDialog::onCurrentItemChanged);
    connect(m_ui->addProfilePushButton, &QPushButton::clicked, this, &ServerProfilesDialog::newProfile);
    connect(m_ui->removeProfilePushButton, &QPushButton::clicked, this, &ServerProfilesDialog::removeProfile);
    connect(m_ui->browseCaFilePushButton, &QPushButton::clicked, this, &ServerProfilesDialog::browseCaFile);
    connect(m_ui->forgetTokenPushButton, &QPushButton::clicked, this, &ServerProfilesDialog::forgetToken);
    connect(m_ui->testConnectionPushButton, &QPushButton::clicked, this, &ServerProfilesDialog::testConnection);
    connect(m_ui->useServerPushButton, &QPushButton::clicked, this, &ServerProfilesDialog::useServer);
    for (QLineEdit* edit :
         {m_ui->nameLineEdit, m_ui->urlLineEdit, m_ui->caFileLineEdit, m_ui->noteLineEdit, m_ui->tokenLineEdit}) {
        connect(edit, &QLineEdit::textChanged, this, &ServerProfilesDialog::onEditorChanged);
        connect(edit, &QLineEdit::textEdited, this, &ServerProfilesDialog::markTouched);
    }
    // The keychain is asked once the URL is complete, not on every keystroke (it may prompt).
    connect(m_ui->urlLineEdit, &QLineEdit::editingFinished, this, &ServerProfilesDialog::refreshTokenStatus);

    const QString start = m_profiles->defaultProfile() ? m_profiles->defaultProfile()->name : QString();
    reloadList(start);
    if (start.isEmpty())
        newProfile();
}

ServerProfilesDialog::~ServerProfilesDialog()
{
    if (m_testReply)
        m_testReply->disconnect(this);
}

void ServerProfilesDialog::reloadList(const QString& select)
{
    QListWidget* list = m_ui->profileListWidget;
    const QSignalBlocker blocker(list);
    list->clear();
    const QString defaultName = m_profiles->defaultProfileName();
    QListWidgetItem* selected = nullptr;
    for (const ServerProfile& profile : m_profiles->profiles()) {
        const bool isDefault = profile.name == defaultName;
        auto* item = new QListWidgetItem(list);
        item->setText(isDefault ? tr("%1 (default)\n%2").arg(profile.name, profile.url.toDisplayString())
                                : tr("%1\n%2").arg(profile.name, profile.url.toDisplayString()));
        item->setData(profileNameRole, profile.name);
        item->setToolTip(profile.note.isEmpty() ? profile.url.toDisplayString() : profile.note);
        if (isDefault) {
            QFont font = item->font();
            font.setBold(true);
            item->setFont(font);
        }
        if (profile.name == select)
            selected = item;
    }
    if (selected) {
        list->setCurrentItem(selected);
        if (select != m_editingName)
            onCurrentItemChanged();
    }
    updateButtons();
}

bool ServerProfilesDialog::editProfile(const QString& name)
{
    QListWidget* list = m_ui->profileListWidget;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->data(profileNameRole).toString() == name) {
            list->setCurrentRow(i);
            return true;
        }
    }
    return false;
}

void ServerProfilesDialog::onCurrentItemChanged()
{
    const QListWidgetItem* item = m_ui->profileListWidget->currentItem();
    if (!item)
        return;
    const auto profile = m_profiles->profile(item->data(profileNameRole).toString());
    if (!profile)
        return;
    // Switching drops what was typed for the other profile: say so rather than lose it silently.
    const bool hadEdits = hasUnsavedEdits();
    const QString before = m_editingName.isEmpty() ? tr("the new server") : QStringLiteral("\"%1\"").arg(m_editingName);
    loadIntoEditor(*profile);
    if (hadEdits)
        setStatus(tr("Unsaved changes to %1 were discarded.").arg(before), StatusKind::Info);
}

bool ServerProfilesDialog::hasUnsavedEdits() const
{
    if (m_editingName.isEmpty())
        return !m_ui->nameLineEdit->text().trimmed().isEmpty() || !m_ui->urlLineEdit->text().trimmed().isEmpty()
            || !m_ui->tokenLineEdit->text().trimmed().isEmpty();
    return isDirty();
}

void ServerProfilesDialog::newProfile()
{
    {
        const QSignalBlocker blocker(m_ui->profileListWidget);
        m_ui->profileListWidget->setCurrentItem(nullptr);
        m_ui->profileListWidget->clearSelection();
    }
    loadIntoEditor(ServerProfile());
    m_ui->nameLineEdit->setFocus();
}

void ServerProfilesDialog::loadIntoEditor(const ServerProfile& profile)
{
    // Another profile's test answer or keychain answer must not land on this one.
    if (m_testReply) {
        m_testReply->disconnect(this);
        m_testReply->abort();
        m_testReply = nullptr;
    }
    ++m_testGeneration;
    ++m_tokenGeneration;
    m_loading = true;
    m_editingName = profile.name;
    m_ui->nameLineEdit->setText(profile.name);
    m_ui->urlLineEdit->setText(profile.url.isValid() ? profile.url.toString() : QString());
    m_ui->caFileLineEdit->setText(profile.caFile);
    m_ui->noteLineEdit->setText(profile.note);
    m_ui->tokenLineEdit->clear(); // a stored token is never shown, not even as dots
    m_ui->testResultLabel->clear();
    m_ui->testConnectionPushButton->setEnabled(true);
    m_loading = false;
    onEditorChanged();
    refreshTokenStatus();
}

void ServerProfilesDialog::onEditorChanged()
{
    if (m_loading)
        return;
    updateUrlPreview();
    updateCaStatus();
    updateButtons();
    revalidate();
}

QUrl ServerProfilesDialog::editorUrl(QString* error) const
{
    const auto url = serverurl::normalize(m_ui->urlLineEdit->text(), error);
    return url ? *url : QUrl();
}

ServerProfile ServerProfilesDialog::editorProfile() const
{
    ServerProfile p;
    p.name = m_ui->nameLineEdit->text().trimmed();
    p.url = editorUrl();
    p.caFile = m_ui->caFileLineEdit->text().trimmed();
    p.note = m_ui->noteLineEdit->text().trimmed();
    return p;
}

void ServerProfilesDialog::updateUrlPreview()
{
    QString error;
    const QUrl url = editorUrl(&error);
    if (m_ui->urlLineEdit->text().trimmed().isEmpty()) {
        m_ui->resolvedUrlLabel->clear();
        m_ui->httpWarningLabel->hide();
        return;
    }
    if (!url.isValid()) {
        showMessage(m_ui->resolvedUrlLabel, error, true);
        m_ui->httpWarningLabel->hide();
        return;
    }
    showMessage(m_ui->resolvedUrlLabel, tr("Requests go to %1").arg(url.toDisplayString()), false);
    const bool plainHttp = serverurl::isPlainHttpToRemote(url);
    m_ui->httpWarningLabel->setVisible(plainHttp);
    if (plainHttp)
        showMessage(m_ui->httpWarningLabel,
                    tr("Plain http to %1: the token would cross the network unencrypted. Use https unless this "
                       "network is one you trust.")
                        .arg(url.host()),
                    true);
}

void ServerProfilesDialog::updateCaStatus()
{
    const QString path = m_ui->caFileLineEdit->text().trimmed();
    if (path.isEmpty()) {
        showMessage(m_ui->caStatusLabel, tr("Only the system's certificate authorities are trusted."), false);
        return;
    }
    const QList<QSslCertificate> certificates = certificatesFrom(path);
    if (certificates.isEmpty()) {
        showMessage(m_ui->caStatusLabel,
                    !QFileInfo::exists(path) ? tr("There is no file \"%1\".").arg(path)
                                             : tr("No PEM certificate could be read from \"%1\".").arg(path),
                    true);
        return;
    }
    QStringList subjects;
    for (const QSslCertificate& c : certificates)
        subjects.append(c.subjectDisplayName());
    showMessage(m_ui->caStatusLabel,
                tr("Certificates loaded: %1, trusted besides the system's.").arg(certificates.size()),
                false);
    m_ui->caStatusLabel->setToolTip(subjects.join(QLatin1Char('\n')));
}

void ServerProfilesDialog::updateButtons()
{
    const bool urlValid = editorUrl().isValid();
    m_ui->removeProfilePushButton->setEnabled(!m_editingName.isEmpty() && !isBusy());
    m_ui->forgetTokenPushButton->setEnabled(urlValid && !isBusy());
    m_ui->testConnectionPushButton->setEnabled(urlValid && !m_testReply);
    m_ui->useServerPushButton->setEnabled(!isBusy() && (!m_editingName.isEmpty() || urlValid));
}

bool ServerProfilesDialog::isDirty() const
{
    if (m_editingName.isEmpty())
        return true;
    const auto saved = m_profiles->profile(m_editingName);
    if (!saved)
        return true;
    const ServerProfile now = editorProfile();
    return now.name != saved->name || now.url != saved->url || now.caFile != saved->caFile || now.note != saved->note
        || !m_ui->tokenLineEdit->text().trimmed().isEmpty();
}

bool ServerProfilesDialog::canApply() const
{
    return isDirty();
}

QString ServerProfilesDialog::validate() const
{
    const QString name = m_ui->nameLineEdit->text().trimmed();
    if (name.isEmpty())
        return tr("Give the server a name.");
    QString error;
    if (!editorUrl(&error).isValid())
        return error;
    if (name != m_editingName && m_profiles->profile(name))
        return tr("A server named \"%1\" already exists: choose another name, or select it in the list to edit it.")
            .arg(name);
    const QString caFile = m_ui->caFileLineEdit->text().trimmed();
    if (!caFile.isEmpty() && certificatesFrom(caFile).isEmpty())
        return tr("No PEM certificate could be read from \"%1\".").arg(caFile);
    return {};
}

void ServerProfilesDialog::apply()
{
    const ServerProfile profile = editorProfile();
    const QString previous = m_editingName;
    const bool wasDefault = !previous.isEmpty() && m_profiles->defaultProfileName() == previous;
    QString error;
    if (!m_profiles->save(profile, &error)) {
        applyFailed(error);
        return;
    }
    if (!previous.isEmpty() && previous != profile.name) {
        // Renamed: the old entry goes, and the default follows the profile.
        m_profiles->remove(previous);
        if (wasDefault)
            m_profiles->setDefaultProfileName(profile.name);
    }
    m_editingName = profile.name;
    reloadList(profile.name);

    const QString token = m_ui->tokenLineEdit->text().trimmed();
    if (token.isEmpty()) {
        afterSave(profile.name);
        return;
    }
    setBusy(true, tr("Storing the token in the system keychain…"));
    QPointer<ServerProfilesDialog> self(this);
    const QString name = profile.name;
    m_credentials->writeToken(
        CredentialStore::accountFor(profile.url), token, [self, name](const CredentialStore::Result& result) {
            if (!self)
                return;
            self->setBusy(false);
            if (result.ok()) {
                self->m_ui->tokenLineEdit->clear();
                self->m_ui->tokenLineEdit->setPlaceholderText(
                    tr("stored in the keychain (type a new one to replace it)"));
                self->setTokenStatus(tr("A token is stored in the system keychain."), false);
                self->afterSave(name);
            } else {
                // The profile is saved; the token stays typed so that it is not lost.
                self->m_chooseAfterSave = false;
                self->setTokenStatus(result.message, true);
                self->applyFailed(tr("\"%1\" was saved, but not its token: %2").arg(name, result.message));
            }
            emit self->tokenStatusChanged();
        });
}

void ServerProfilesDialog::afterSave(const QString& name)
{
    revalidate();
    updateButtons();
    setStatus(tr("Saved \"%1\".").arg(name), StatusKind::Success);
    emit profileSaved(name);
    if (m_chooseAfterSave) {
        m_chooseAfterSave = false;
        useServer();
    }
}

void ServerProfilesDialog::removeProfile()
{
    const QString name = m_editingName;
    if (name.isEmpty() || !m_profiles->remove(name))
        return;
    m_editingName.clear();
    const auto next = m_profiles->defaultProfile();
    reloadList(next ? next->name : QString());
    if (!next)
        newProfile();
    // The token belongs to the URL, which another profile may share: it stays until forgotten.
    setStatus(tr("Removed \"%1\". A token stored for its URL stays in the keychain; use Forget token to remove it.")
                  .arg(name),
              StatusKind::Info);
}

void ServerProfilesDialog::browseCaFile()
{
    const QString start = m_ui->caFileLineEdit->text().trimmed();
    const QString path = QFileDialog::getOpenFileName(this,
                                                      tr("Certificate Authorities (PEM)"),
                                                      start.isEmpty() ? QString() : QFileInfo(start).absolutePath(),
                                                      tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"));
    if (!path.isEmpty()) {
        markTouched();
        m_ui->caFileLineEdit->setText(path);
    }
}

void ServerProfilesDialog::setTokenStatus(const QString& text, bool problem)
{
    showMessage(m_ui->tokenStatusLabel, text, problem);
}

void ServerProfilesDialog::refreshTokenStatus()
{
    const quint64 generation = ++m_tokenGeneration;
    const QUrl url = editorUrl();
    if (!url.isValid()) {
        setTokenStatus({}, false);
        return;
    }
    setTokenStatus(tr("Looking for a stored token…"), false);
    QPointer<ServerProfilesDialog> self(this);
    m_credentials->readToken(
        CredentialStore::accountFor(url), [self, generation](const CredentialStore::Result& result) {
            if (!self || generation != self->m_tokenGeneration)
                return;
            if (result.fromEnvironment) {
                self->setTokenStatus(tr("%1 is set: its token is used for every server, whatever the "
                                        "keychain holds.")
                                         .arg(QLatin1String(CredentialStore::environmentVariable)),
                                     false);
            } else if (result.ok()) {
                self->setTokenStatus(tr("A token is stored in the system keychain."), false);
                self->m_ui->tokenLineEdit->setPlaceholderText(
                    tr("stored in the keychain (type a new one to replace it)"));
            } else if (result.status == CredentialStore::Status::NotFound) {
                self->setTokenStatus(tr("No token is stored for this server yet."), false);
                self->m_ui->tokenLineEdit->setPlaceholderText(tr("paste the API token to store it in the keychain"));
            } else {
                self->setTokenStatus(result.message, true);
            }
            emit self->tokenStatusChanged();
        });
}

void ServerProfilesDialog::forgetToken()
{
    const QUrl url = editorUrl();
    if (!url.isValid())
        return;
    const quint64 generation = ++m_tokenGeneration;
    m_ui->tokenLineEdit->clear();
    setTokenStatus(tr("Removing the token from the keychain…"), false);
    QPointer<ServerProfilesDialog> self(this);
    m_credentials->deleteToken(CredentialStore::accountFor(url),
                               [self, generation](const CredentialStore::Result& result) {
                                   if (!self || generation != self->m_tokenGeneration)
                                       return;
                                   if (result.ok())
                                       self->setTokenStatus(tr("The token was removed from the keychain."), false);
                                   else if (result.status == CredentialStore::Status::NotFound)
                                       self->setTokenStatus(tr("No token was stored for this server."), false);
                                   else
                                       self->setTokenStatus(result.message, true);
                                   emit self->tokenStatusChanged();
                               });
}

void ServerProfilesDialog::testConnection()
{
    QString error;
    const QUrl url = editorUrl(&error);
    if (!url.isValid()) {
        finishTest(false, error);
        return;
    }
    const quint64 generation = ++m_testGeneration;
    m_ui->testConnectionPushButton->setEnabled(false);
    showMessage(m_ui->testResultLabel, tr("Testing %1…").arg(url.toDisplayString()), false);
    // What is typed is what is tested; else the token this server would really use.
    const QString typed = m_ui->tokenLineEdit->text().trimmed();
    if (!typed.isEmpty()) {
        runTest(url, typed);
        return;
    }
    QPointer<ServerProfilesDialog> self(this);
    m_credentials->readToken(CredentialStore::accountFor(url),
                             [self, generation, url](const CredentialStore::Result& result) {
                                 if (!self || generation != self->m_testGeneration)
                                     return;
                                 self->runTest(url, result.ok() ? result.token : QString());
                             });
}

void ServerProfilesDialog::runTest(const QUrl& url, const QString& token)
{
    if (m_testReply)
        m_testReply->disconnect(this);
    m_testClient = std::make_unique<ApiClient>();
    m_testClient->setBaseUrl(url);
    m_testClient->setToken(token);
    m_testClient->setTimeout(testTimeoutMs);
    // A test reports what the server says now; retrying would only make the admin wait.
    m_testClient->setRetryPolicy(RetryPolicy::none());
    const QList<QSslCertificate> certificates = certificatesFrom(m_ui->caFileLineEdit->text());
    if (!certificates.isEmpty())
        m_testClient->setExtraCaCertificates(certificates);

    ListParams params;
    params.scope = scopeName(ConnectorScope::Team);
    params.page = 1;
    params.limit = 1;
    ApiReply* reply = m_testClient->listConnectors(params);
    m_testReply = reply;
    updateButtons();
    const bool hadToken = !token.isEmpty();
    connect(reply, &ApiReply::finished, this, [this, reply, params, hadToken] {
        m_testReply = nullptr;
        if (reply->hasError()) {
            QString message = tr("Failed: %1").arg(reply->error().toString());
            if (!hadToken && reply->error().kind == ApiError::Kind::Unauthorized)
                message += QLatin1Char(' ')
                    + tr("No token was sent: type one above, or set %1.")
                          .arg(QLatin1String(CredentialStore::environmentVariable));
            finishTest(false, message, reply->error().details);
            return;
        }
        Pagination requested;
        requested.page = params.page;
        requested.limit = params.limit;
        ApiError error;
        const auto page = reply->answer().connectorPage(requested, &error);
        if (!page) {
            finishTest(false, tr("The server answered, but not as the PipesHub API does: %1").arg(error.toString()));
            return;
        }
        if (page->pagination.hasTotal())
            finishTest(true, tr("Connected. Team connector instances on the server: %1.").arg(page->pagination.total));
        else
            finishTest(true, tr("Connected."));
    });
}

void ServerProfilesDialog::finishTest(bool ok, const QString& message, const QString& details)
{
    showMessage(m_ui->testResultLabel, message, !ok);
    m_ui->testResultLabel->setToolTip(details);
    updateButtons();
    emit connectionTested(ok, message);
}

void ServerProfilesDialog::useServer()
{
    if (isBusy())
        return;
    if (m_editingName.isEmpty() || isDirty()) {
        // Save first; afterSave() comes back here once the profile (and its token) are stored.
        m_chooseAfterSave = true;
        accept();
        if (!isBusy() && m_chooseAfterSave)
            m_chooseAfterSave = false; // the form was refused: nothing was saved
        return;
    }
    const auto profile = m_profiles->profile(m_editingName);
    if (!profile)
        return;
    m_profiles->setDefaultProfileName(profile->name);
    emit profileChosen(*profile);
    finish();
}

#include "app/dialogs/requestdialog.h"

#include "core/net/apireply.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

RequestDialog::RequestDialog(QWidget* parent)
    : QDialog(parent)
    , m_form(new QWidget(this))
    , m_statusIcon(new QLabel(this))
    , m_statusLabel(new QLabel(this))
    , m_busyBar(new QProgressBar(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setAttribute(Qt::WA_DeleteOnClose);
    m_form->setObjectName(QStringLiteral("formWidget"));
    m_statusIcon->setObjectName(QStringLiteral("statusIconLabel"));
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_busyBar->setObjectName(QStringLiteral("busyProgressBar"));
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    okButton()->setObjectName(QStringLiteral("okPushButton"));
    cancelButton()->setObjectName(QStringLiteral("cancelPushButton"));

    // Server messages are shown as sent: plain text, so that markup in them is never interpreted.
    m_statusLabel->setTextFormat(Qt::PlainText);
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_statusLabel->setFocusPolicy(Qt::NoFocus); // selectable with the mouse, skipped by Tab
    m_statusLabel->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Minimum);
    m_statusIcon->setAlignment(Qt::AlignTop);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_statusIcon->setFixedSize(iconSize, iconSize);
    m_busyBar->setRange(0, 0);
    m_busyBar->setTextVisible(false);
    m_busyBar->setMaximumHeight(6);
    m_busyBar->hide();

    auto* statusRow = new QHBoxLayout;
    statusRow->addWidget(m_statusIcon, 0, Qt::AlignTop);
    statusRow->addWidget(m_statusLabel, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_form, 1);
    layout->addLayout(statusRow);
    layout->addWidget(m_busyBar);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &RequestDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RequestDialog::reject);
    setStatus({}, StatusKind::Hint);
}

RequestDialog::~RequestDialog()
{
    // Closed (or its parent went) mid-request: the answer must not reach a half-destroyed dialog.
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
    // ~QDialog hides the window, which moves the focus, which commits an open item editor and so
    // emits signals; they must not reach a subclass that is already destroyed.
    const auto children = findChildren<QObject*>();
    for (QObject* child : children)
        disconnect(child, nullptr, this, nullptr);
}

QPushButton* RequestDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

QPushButton* RequestDialog::cancelButton() const
{
    return m_buttons->button(QDialogButtonBox::Cancel);
}

QString RequestDialog::statusText() const
{
    return m_statusLabel->text();
}

void RequestDialog::accept()
{
    if (m_busy)
        return;
    markTouched();
    const QString problem = validate();
    if (!problem.isEmpty() || !canApply()) {
        revalidate();
        return;
    }
    m_failure.clear();
    m_failureDetails.clear();
    m_failureAbout.clear();
    apply();
}

void RequestDialog::reject()
{
    if (m_reply) {
        m_reply->abort(); // its finished() comes back through send() as a cancellation
        return;
    }
    // Other work (a keychain job) cannot be aborted, and must not keep the dialog open: subclasses
    // guard its callback against the dialog being gone.
    QDialog::reject();
}

void RequestDialog::setInputsEnabled(bool enabled)
{
    m_form->setEnabled(enabled);
}

void RequestDialog::send(ApiReply* reply, const QString& busyText, std::function<void(ApiReply& reply)> done)
{
    m_reply = reply;
    setBusy(true, busyText);
    connect(reply, &ApiReply::finished, this, [this, reply, done = std::move(done)] {
        m_reply = nullptr;
        setBusy(false);
        if (reply->error().kind == ApiError::Kind::Cancelled) {
            applyFailed(tr("Cancelled. If the server had already received the request, it may still take "
                           "effect: refresh the list to check."));
            return;
        }
        done(*reply);
    });
}

void RequestDialog::setBusy(bool busy, const QString& busyText)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    if (busy)
        m_focusBeforeBusy = focusWidget();
    setInputsEnabled(!busy);
    m_busyBar->setVisible(busy);
    if (busy) {
        setStatus(busyText, StatusKind::Info);
        // Disabling the form drops the focus; Escape must still reach the dialog to cancel.
        cancelButton()->setFocus();
    } else if (m_focusBeforeBusy && m_focusBeforeBusy->isEnabled()) {
        m_focusBeforeBusy->setFocus();
    }
    updateOkButton();
    emit busyChanged(busy);
}

void RequestDialog::applyFailed(const QString& message, const QString& details, const QList<const QObject*>& about)
{
    setBusy(false);
    m_failure = message;
    m_failureDetails = details;
    m_failureAbout = about;
    revalidate();
}

void RequestDialog::inputEdited(const QObject* input)
{
    // Forgotten, not hidden: a later warning elsewhere that clears must not bring it back.
    if (!m_failure.isEmpty() && (m_failureAbout.isEmpty() || m_failureAbout.contains(input))) {
        m_failure.clear();
        m_failureDetails.clear();
        m_failureAbout.clear();
    }
}

void RequestDialog::finish()
{
    setBusy(false);
    QDialog::accept();
}

void RequestDialog::markTouched()
{
    m_touched = true;
}

void RequestDialog::revalidate()
{
    if (m_busy)
        return;
    const QString problem = validate();
    if (!problem.isEmpty())
        setStatus(problem, m_touched ? StatusKind::Warning : StatusKind::Hint);
    else if (!m_failure.isEmpty())
        setStatus(m_failure, StatusKind::Error, m_failureDetails);
    else
        setStatus({}, StatusKind::Hint);
    updateOkButton();
}

void RequestDialog::setStatus(const QString& text, StatusKind kind, const QString& details)
{
    m_statusKind = kind;
    m_statusLabel->setText(text);
    m_statusLabel->setToolTip(details);
    QStyle::StandardPixmap icon = QStyle::SP_CustomBase;
    switch (kind) {
    case StatusKind::Hint:
        break;
    case StatusKind::Info:
    case StatusKind::Success:
        icon = QStyle::SP_MessageBoxInformation;
        break;
    case StatusKind::Warning:
        icon = QStyle::SP_MessageBoxWarning;
        break;
    case StatusKind::Error:
        icon = QStyle::SP_MessageBoxCritical;
        break;
    }
    if (kind == StatusKind::Hint || text.isEmpty())
        m_statusIcon->clear();
    else
        m_statusIcon->setPixmap(style()->standardIcon(icon, nullptr, this).pixmap(m_statusIcon->size()));
    // A hint is what is still missing, not an error: shown muted until the user has typed something.
    QPalette palette = m_statusLabel->parentWidget()->palette();
    if (kind == StatusKind::Hint)
        palette.setColor(QPalette::WindowText, palette.color(QPalette::Disabled, QPalette::WindowText));
    m_statusLabel->setPalette(palette);
}

void RequestDialog::updateOkButton()
{
    okButton()->setEnabled(!m_busy && canApply() && validate().isEmpty());
}

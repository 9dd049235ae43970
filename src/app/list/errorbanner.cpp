#include "app/list/errorbanner.h"

#include "core/net/apierror.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

ErrorBanner::ErrorBanner(QWidget* parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_retry(new QPushButton(tr("&Retry"), this))
    , m_profiles(new QPushButton(tr("Server pr&ofiles\u2026"), this))
{
    setObjectName(QStringLiteral("errorBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_text->setObjectName(QStringLiteral("errorText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retry->setObjectName(QStringLiteral("retryButton"));
    m_profiles->setObjectName(QStringLiteral("bannerProfilesButton"));
    m_profiles->setToolTip(tr("Check the server's URL and token"));
    m_profiles->hide();
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(iconSize, iconSize));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_profiles, 0, Qt::AlignVCenter);
    layout->addWidget(m_retry, 0, Qt::AlignVCenter);
    connect(m_retry, &QPushButton::clicked, this, &ErrorBanner::retryRequested);
    connect(m_profiles, &QPushButton::clicked, this, &ErrorBanner::profilesRequested);
    updateColours();
    hide();
}

void ErrorBanner::showError(const ApiError& error, bool staleRows)
{
    QString what = tr("Could not load the connector instances: %1").arg(error.toString());
    // Which certificate was refused: the admin needs subject, issuer and fingerprint to decide whether
    // to trust its CA, and the status line has no room for them.
    if (error.kind == ApiError::Kind::Tls && !error.details.isEmpty()) {
        // Literal quotes: lupdate would read the escape \u201cCA as one character and file another text.
        what += QLatin1Char('\n') + error.details + QLatin1Char('\n')
            + tr("If you know this certificate, add its CA under “CA certificates” in Server profiles.");
    }
    if (error.kind == ApiError::Kind::Unauthorized)
        what += QLatin1Char('\n') + tr("The token may be wrong or expired: fix it in Server profiles.");
    showMessage(staleRows ? what + QLatin1Char('\n')
                        + tr("The rows below are from the last successful load and may be out of date.")
                          : what,
                true);
    m_profiles->setVisible(error.kind == ApiError::Kind::Unauthorized);
}

void ErrorBanner::showMessage(const QString& message, bool retryable)
{
    m_text->setText(message);
    m_retry->setVisible(retryable);
    m_profiles->hide();
    show();
}

QString ErrorBanner::message() const
{
    return m_text->text();
}

void ErrorBanner::changeEvent(QEvent* event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        updateColours();
}

void ErrorBanner::updateColours()
{
    // A warm tint of the window colour: visible in light and dark themes, text stays the palette's.
    QPalette p = palette();
    const QColor window = QPalette().color(QPalette::Window);
    const QColor tint(0xd9, 0x53, 0x4f);
    const qreal amount = 0.22;
    p.setColor(QPalette::Window,
               QColor::fromRgbF(float(window.redF() * (1 - amount) + tint.redF() * amount),
                                float(window.greenF() * (1 - amount) + tint.greenF() * amount),
                                float(window.blueF() * (1 - amount) + tint.blueF() * amount)));
    setPalette(p);
}

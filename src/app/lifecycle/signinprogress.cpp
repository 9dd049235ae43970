#include "app/lifecycle/signinprogress.h"

#include "app/lifecycle/signinwatcher.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

SignInProgress::SignInProgress(SignInWatcher* watcher, QWidget* parent)
    : QWidget(parent)
    , m_watcher(watcher)
    , m_label(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel Sign-in"), this))
{
    setObjectName(QStringLiteral("signInProgress"));
    m_label->setObjectName(QStringLiteral("signInProgressLabel"));
    m_bar->setObjectName(QStringLiteral("signInProgressBar"));
    m_cancel->setObjectName(QStringLiteral("signInCancelButton"));
    m_label->setTextFormat(Qt::PlainText);
    m_bar->setRange(0, 0); // busy: nobody knows how long the admin takes
    m_bar->setMaximumWidth(80);
    m_bar->setMaximumHeight(m_label->sizeHint().height());
    m_bar->setTextVisible(false);
    m_bar->setAccessibleName(tr("Waiting for the sign-in"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    connect(m_cancel, &QPushButton::clicked, watcher, &SignInWatcher::cancel);
    connect(watcher, &SignInWatcher::runningChanged, this, &SignInProgress::onRunningChanged);
    connect(watcher, &SignInWatcher::waiting, this, [this] {
        m_label->setText(
            tr("Waiting for the sign-in of \u201c%1\u201d in the browser…").arg(m_watcher->instance().name));
    });
    hide();
}

QString SignInProgress::text() const
{
    return m_label->text();
}

void SignInProgress::onRunningChanged(bool running)
{
    if (running)
        m_label->setText(tr("Asking the server where \u201c%1\u201d signs in…").arg(m_watcher->instance().name));
    setVisible(running);
}

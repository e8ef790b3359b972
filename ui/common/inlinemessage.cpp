#include "inlinemessage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

InlineMessage::InlineMessage(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel)
    , m_retry(new QPushButton(tr("&Retry")))
{
    m_label->setWordWrap(true);
    m_label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_label->setObjectName(QStringLiteral("inlineMessageText"));
    m_retry->setObjectName(QStringLiteral("retryButton"));
    m_retry->setAccessibleName(tr("Retry"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_retry, 0, Qt::AlignTop);
    // Never taller than its text: pages put the spare room elsewhere.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    connect(m_retry, &QPushButton::clicked, this, &InlineMessage::retryRequested);
    clear();
}

void InlineMessage::showError(const QString &text, bool offerRetry)
{
    present(text, true, offerRetry);
}

void InlineMessage::showInfo(const QString &text)
{
    present(text, false, false);
}

void InlineMessage::clear()
{
    m_label->clear();
    m_error = false;
    m_retry->hide();
    hide();
}

QString InlineMessage::text() const
{
    return m_label->text();
}

void InlineMessage::present(const QString &text, bool error, bool offerRetry)
{
    m_error = error;
    m_label->setText(text);
    // The palette's own colours for notes; errors in the platform's "negative" red, readable on
    // light and dark themes.
    m_label->setStyleSheet(error ? QStringLiteral("color: #c62828;") : QString());
    m_label->setAccessibleName(error ? tr("Error") : tr("Note"));
    m_label->setAccessibleDescription(text);
    m_retry->setVisible(offerRetry);
    show();
}

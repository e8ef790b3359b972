#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

// A plain-words message shown inside a page, under the control it is about: an error (with an
// optional Retry button) or a note. Hidden while empty, so pages keep their layout tidy.
class InlineMessage : public QWidget
{
    Q_OBJECT
public:
    explicit InlineMessage(QWidget *parent = nullptr);

    void showError(const QString &text, bool offerRetry = false);
    void showInfo(const QString &text);
    void clear();
    QString text() const;
    bool isError() const { return m_error; }
    QPushButton *retryButton() const { return m_retry; }

Q_SIGNALS:
    void retryRequested();

private:
    void present(const QString &text, bool error, bool offerRetry);

    QLabel *m_label;
    QPushButton *m_retry;
    bool m_error = false;
};

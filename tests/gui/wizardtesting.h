#pragma once

// What the wizard tests share: a "browser" that follows the sign-in address with a real
// QNetworkAccessManager, and small steps a person takes (type, click Next).
#include <QAbstractButton>
#include <QCheckBox>
#include <QRadioButton>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QWizard>

namespace WizardTesting {

// Opens addresses as a browser would. Following redirects lands on the loopback listener; in
// paste mode the redirect is not followed and its address is kept for pasting.
class Browser
{
public:
    bool followRedirects = true;
    QList<QUrl> opened;
    QString landedOn; // the Location the accounts server redirected to (paste mode)

    bool open(const QUrl &url)
    {
        opened.append(url);
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             followRedirects ? QNetworkRequest::NoLessSafeRedirectPolicy
                                             : QNetworkRequest::ManualRedirectPolicy);
        QNetworkReply *reply = m_network.get(request);
        QObject::connect(reply, &QNetworkReply::finished, reply, [this, reply] {
            landedOn = QString::fromUtf8(reply->rawHeader("Location"));
            reply->deleteLater();
        });
        return true;
    }

private:
    QNetworkAccessManager m_network;
};

inline void typeInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

inline void click(QAbstractButton *button)
{
    QVERIFY(button);
    QVERIFY2(button->isEnabled(), qPrintable(button->text()));
    // Check boxes and radio buttons react only on their indicator and text, not on the empty
    // rest of a wide row: click near the indicator.
    const bool indicator = qobject_cast<QCheckBox *>(button) || qobject_cast<QRadioButton *>(button);
    QTest::mouseClick(button, Qt::LeftButton, {},
                      indicator ? QPoint(8, button->height() / 2) : button->rect().center());
}

inline bool clickNext(QWizard &wizard)
{
    QAbstractButton *next = wizard.button(QWizard::NextButton);
    if (!next->isEnabled() || !next->isVisible())
        return false;
    const int before = wizard.currentId();
    QTest::mouseClick(next, Qt::LeftButton);
    return wizard.currentId() != before;
}

template<typename T>
T *child(QWidget &parent, const char *name)
{
    return parent.findChild<T *>(QLatin1StringView(name));
}

} // namespace WizardTesting

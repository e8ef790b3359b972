// The Add connection wizard driven like a person would, from the first page to Save, against
// the in-process sandbox and a real workspace file.
#include "wizardtesting.h"

#include <common/inlinemessage.h>
#include <connection/authenticatepage.h>
#include <connection/connectionwizard.h>
#include <sandbox/sandboxserver.h>
#include <snapchat/memorysecretstore.h>
#include <workspace/connectionstore.h>
#include <workspace/userstore.h>
#include <workspace/workspace.h>

#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
#include <QFile>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace WizardTesting;

class TestConnectionWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void addsConnectionFromFirstPageToSave();
    void duplicateNameIsRefusedOnNext();
    void nextStaysDisabledWithoutAgreeing();
    void wrongClientSecretShowsErrorAndRetryWorks();
    void pasteModeConnects();
    void signInTimesOutWithPlainWords();
    void unregisteredRedirectIsExplained();
    void keychainFailureOnSaveKeepsNothingAndRetryWorks();
    void contributorCannotOpen();

private:
    std::unique_ptr<ConnectionWizard> newWizard();
    // Walks from the first page to the credentials page, filled in; stops there.
    void fillUpToCredentials(ConnectionWizard &wizard, const QString &name, const QString &secret,
                             bool paste = false);
    bool waitForState(AuthenticatePage *page, AuthenticatePage::State state, int ms = 10000);
    QByteArray workspaceBytes() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Sandbox::SandboxServer> m_server;
    std::unique_ptr<Workspace::Workspace> m_workspace;
    std::unique_ptr<Snapchat::MemorySecretStore> m_secrets;
    std::unique_ptr<QNetworkAccessManager> m_network;
    Browser m_browser;
};

void TestConnectionWizard::init()
{
    qputenv("AUDIENCEBRIDGE_USER", "alice");
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_server = std::make_unique<Sandbox::SandboxServer>();
    QVERIFY(m_server->listen(0));
    QString error;
    m_workspace = Workspace::Workspace::open(m_dir->filePath(QStringLiteral("test.abw")), &error);
    QVERIFY2(m_workspace, qPrintable(error));
    m_secrets = std::make_unique<Snapchat::MemorySecretStore>();
    m_network = std::make_unique<QNetworkAccessManager>();
    m_browser.followRedirects = true;
    m_browser.opened.clear();
}

void TestConnectionWizard::cleanup()
{
    m_network.reset();
    m_secrets.reset();
    m_workspace.reset();
    m_server.reset();
    m_dir.reset();
    qunsetenv("AUDIENCEBRIDGE_USER");
}

std::unique_ptr<ConnectionWizard> TestConnectionWizard::newWizard()
{
    auto wizard = std::make_unique<ConnectionWizard>(*m_workspace, *m_secrets, m_network.get());
    wizard->setUrlOpener([this](const QUrl &url) { return m_browser.open(url); });
    wizard->show();
    return wizard;
}

void TestConnectionWizard::fillUpToCredentials(ConnectionWizard &wizard, const QString &name,
                                               const QString &secret, bool paste)
{
    QCOMPARE(wizard.currentId(), int(ConnectionWizard::ChoosePage));
    QVERIFY(clickNext(wizard));
    typeInto(child<QLineEdit>(wizard, "connectionName"), name);
    QVERIFY(clickNext(wizard));
    QCOMPARE(wizard.currentId(), int(ConnectionWizard::AccessPage));
    QVERIFY(child<QRadioButton>(wizard, "administratorsOnly")->isChecked());
    click(child<QRadioButton>(wizard, "administratorsAndContributors"));
    QVERIFY(clickNext(wizard));
    QCOMPARE(wizard.currentId(), int(ConnectionWizard::PrivacyPage));
    click(child<QCheckBox>(wizard, "privacyAgree"));
    QVERIFY(clickNext(wizard));
    QCOMPARE(wizard.currentId(), int(ConnectionWizard::CredentialsPage));
    typeInto(child<QLineEdit>(wizard, "clientId"), m_server->options().clientId);
    typeInto(child<QLineEdit>(wizard, "clientSecret"), secret);
    if (paste) {
        click(child<QRadioButton>(wizard, "redirectPaste"));
        typeInto(child<QLineEdit>(wizard, "pasteRedirectUri"), QStringLiteral("https://example.com/snap-done"));
        QCOMPARE(child<QLineEdit>(wizard, "redirectUriToRegister")->text(),
                 QStringLiteral("https://example.com/snap-done"));
    }
    click(child<QToolButton>(wizard, "advancedToggle"));
    typeInto(child<QLineEdit>(wizard, "apiBaseUrl"), m_server->baseUrl().toString());
    typeInto(child<QLineEdit>(wizard, "accountsBaseUrl"), m_server->baseUrl().toString());
}

bool TestConnectionWizard::waitForState(AuthenticatePage *page, AuthenticatePage::State state, int ms)
{
    return QTest::qWaitFor([&] { return page->state() == state; }, ms);
}

QByteArray TestConnectionWizard::workspaceBytes() const
{
    QByteArray bytes;
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-journal")}) {
        QFile file(m_workspace->path() + suffix);
        if (file.open(QIODevice::ReadOnly))
            bytes += file.readAll();
    }
    return bytes;
}

void TestConnectionWizard::addsConnectionFromFirstPageToSave()
{
    auto wizard = newWizard();
    fillUpToCredentials(*wizard, QStringLiteral("Snapchat EU"), m_server->options().clientSecret);
    QVERIFY(clickNext(*wizard));
    QCOMPARE(wizard->currentId(), int(ConnectionWizard::AuthenticatePage));

    auto *page = qobject_cast<AuthenticatePage *>(wizard->currentPage());
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    click(child<QPushButton>(*wizard, "authenticateButton"));
    QVERIFY(waitForState(page, AuthenticatePage::State::Connected));
    QCOMPARE(m_browser.opened.size(), 1);
    QCOMPARE(m_browser.opened.first().path(), QStringLiteral("/login/oauth2/authorize"));
    // The authorized user and their ad accounts, as read from the API.
    QVERIFY(child<QLabel>(*wizard, "authorizedUser")->text().contains(m_server->data().userDisplayName));
    const QList<QTreeWidgetItem *> accounts = child<QTreeWidget>(*wizard, "adAccounts")
        ->findItems(m_server->adAccountId(), Qt::MatchExactly | Qt::MatchRecursive, 1);
    QCOMPARE(accounts.size(), 1);

    QVERIFY(clickNext(*wizard));
    QCOMPARE(wizard->currentId(), int(ConnectionWizard::ExportUserPage));
    QVERIFY(child<QCheckBox>(*wizard, "addSelfAsExportUser")->isChecked());
    QVERIFY(clickNext(*wizard));
    QCOMPARE(wizard->currentId(), int(ConnectionWizard::SummaryPage));
    QVERIFY(child<QLabel>(*wizard, "connectionSummary")->text().contains(QStringLiteral("Snapchat EU")));
    QVERIFY(!child<QLabel>(*wizard, "connectionSummary")->text().contains(m_server->options().clientSecret));

    QSignalSpy saved(wizard.get(), &ConnectionWizard::connectionSaved);
    click(wizard->button(QWizard::FinishButton));
    QVERIFY(saved.wait(5000));
    QTRY_VERIFY(!wizard->isVisible());
    QCOMPARE(wizard->result(), int(QDialog::Accepted));

    QString error;
    const QList<Workspace::Connection> connections = Workspace::ConnectionStore(*m_workspace).list(&error);
    QCOMPARE(connections.size(), 1);
    const Workspace::Connection &connection = connections.first();
    QCOMPARE(connection.id, saved.first().first().toString());
    QCOMPARE(connection.name, QStringLiteral("Snapchat EU"));
    QVERIFY(connection.allowContributors);
    QCOMPARE(connection.exportUser, QStringLiteral("alice"));
    QCOMPARE(connection.clientId, m_server->options().clientId);
    QCOMPARE(connection.apiBaseUrl, m_server->baseUrl().toString());

    const QHash<QString, QString> secrets = m_secrets->contents();
    QCOMPARE(secrets.value(Snapchat::SecretStore::clientSecretKey(connection.id)), m_server->options().clientSecret);
    const QString refreshToken = secrets.value(Snapchat::SecretStore::refreshTokenKey(connection.id));
    QVERIFY(!refreshToken.isEmpty());
    const QByteArray file = workspaceBytes();
    QVERIFY(file.contains("Snapchat EU"));
    QVERIFY(!file.contains(m_server->options().clientSecret.toUtf8()));
    QVERIFY(!file.contains(refreshToken.toUtf8()));
}

void TestConnectionWizard::duplicateNameIsRefusedOnNext()
{
    Workspace::Connection existing;
    existing.name = QStringLiteral("Snapchat EU");
    existing.clientId = QStringLiteral("x");
    existing.apiBaseUrl = existing.accountsBaseUrl = m_server->baseUrl().toString();
    QString error;
    QVERIFY2(Workspace::ConnectionStore(*m_workspace).add(existing, &error), qPrintable(error));

    auto wizard = newWizard();
    QVERIFY(clickNext(*wizard));
    auto *name = child<QLineEdit>(*wizard, "connectionName");
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled()); // required
    typeInto(name, QStringLiteral("snapchat eu"));
    QVERIFY(!clickNext(*wizard));
    QCOMPARE(wizard->currentId(), int(ConnectionWizard::NamePage));
    auto *message = wizard->currentPage()->findChild<InlineMessage *>();
    QVERIFY(message->isVisible());
    QVERIFY(message->isError());
    QVERIFY(message->text().contains(QStringLiteral("already exists")));

    typeInto(name, QStringLiteral("Snapchat US"));
    QVERIFY(!message->isVisible()); // editing clears the error
    QVERIFY(clickNext(*wizard));
    QCOMPARE(wizard->currentId(), int(ConnectionWizard::AccessPage));
}

void TestConnectionWizard::nextStaysDisabledWithoutAgreeing()
{
    auto wizard = newWizard();
    QVERIFY(clickNext(*wizard));
    typeInto(child<QLineEdit>(*wizard, "connectionName"), QStringLiteral("Snap"));
    QVERIFY(clickNext(*wizard));
    QVERIFY(clickNext(*wizard));
    QCOMPARE(wizard->currentId(), int(ConnectionWizard::PrivacyPage));
    auto *text = child<QTextBrowser>(*wizard, "privacyText");
    QVERIFY(text->isReadOnly());
    QVERIFY(text->toPlainText().contains(QStringLiteral("SHA-256")));
    QVERIFY(text->toPlainText().contains(QStringLiteral("consent")));
    auto *agree = child<QCheckBox>(*wizard, "privacyAgree");
    QVERIFY(!agree->isChecked());
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    QVERIFY(!clickNext(*wizard));
    QTest::keyClick(agree, Qt::Key_Space); // by keyboard
    QVERIFY(agree->isChecked());
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    QTest::keyClick(agree, Qt::Key_Space);
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
}

void TestConnectionWizard::wrongClientSecretShowsErrorAndRetryWorks()
{
    auto wizard = newWizard();
    fillUpToCredentials(*wizard, QStringLiteral("Snapchat EU"), QStringLiteral("not-the-secret"));
    QVERIFY(clickNext(*wizard));
    auto *page = qobject_cast<AuthenticatePage *>(wizard->currentPage());
    click(child<QPushButton>(*wizard, "authenticateButton"));
    QVERIFY(waitForState(page, AuthenticatePage::State::Failed));
    auto *message = child<InlineMessage>(*wizard, "authenticateMessage");
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QStringLiteral("client secret")), qPrintable(message->text()));
    QVERIFY(message->retryButton()->isVisible());
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());

    // Retry with the same secret fails the same way; fixing the secret on the previous page works.
    click(message->retryButton());
    QVERIFY(waitForState(page, AuthenticatePage::State::Failed));
    click(wizard->button(QWizard::BackButton));
    QCOMPARE(wizard->currentId(), int(ConnectionWizard::CredentialsPage));
    typeInto(child<QLineEdit>(*wizard, "clientSecret"), m_server->options().clientSecret);
    QVERIFY(clickNext(*wizard));
    QCOMPARE(page->state(), AuthenticatePage::State::Idle);
    click(child<QPushButton>(*wizard, "authenticateButton"));
    QVERIFY(waitForState(page, AuthenticatePage::State::Connected));
    QVERIFY(!message->isVisible() || !message->isError());
    QVERIFY(clickNext(*wizard));
    QVERIFY(clickNext(*wizard));
    QSignalSpy saved(wizard.get(), &ConnectionWizard::connectionSaved);
    click(wizard->button(QWizard::FinishButton));
    QVERIFY(saved.wait(5000));
    QString error;
    QCOMPARE(Workspace::ConnectionStore(*m_workspace).list(&error).size(), 1);
}

void TestConnectionWizard::pasteModeConnects()
{
    m_browser.followRedirects = false;
    auto wizard = newWizard();
    fillUpToCredentials(*wizard, QStringLiteral("Snapchat pasted"), m_server->options().clientSecret, true);
    QVERIFY(clickNext(*wizard));
    auto *page = qobject_cast<AuthenticatePage *>(wizard->currentPage());
    click(child<QPushButton>(*wizard, "authenticateButton"));
    QCOMPARE(page->state(), AuthenticatePage::State::Waiting);
    auto *pasted = child<QLineEdit>(*wizard, "pastedAddress");
    QVERIFY(pasted->isVisible());
    QTRY_VERIFY(!m_browser.landedOn.isEmpty());
    QVERIFY(m_browser.landedOn.startsWith(QStringLiteral("https://example.com/snap-done?")));

    // An address from another attempt is refused in place; the right one connects.
    typeInto(pasted, QStringLiteral("https://example.com/snap-done?code=abc&state=wrong"));
    click(child<QPushButton>(*wizard, "submitPastedAddress"));
    auto *message = child<InlineMessage>(*wizard, "authenticateMessage");
    QVERIFY(message->isVisible());
    QCOMPARE(page->state(), AuthenticatePage::State::Waiting);
    typeInto(pasted, m_browser.landedOn);
    QTest::keyClick(pasted, Qt::Key_Return);
    QVERIFY(waitForState(page, AuthenticatePage::State::Connected));
    QVERIFY(clickNext(*wizard));
    QVERIFY(clickNext(*wizard));
    QSignalSpy saved(wizard.get(), &ConnectionWizard::connectionSaved);
    click(wizard->button(QWizard::FinishButton));
    QVERIFY(saved.wait(5000));
    QString error;
    const auto connection = Workspace::ConnectionStore(*m_workspace).get(saved.first().first().toString(), &error);
    QVERIFY(connection);
    QCOMPARE(connection->settings.value(QStringLiteral("redirect_mode")).toString(), QStringLiteral("paste"));
}

void TestConnectionWizard::signInTimesOutWithPlainWords()
{
    auto wizard = newWizard();
    wizard->setAuthenticationTimeoutMs(300);
    wizard->setUrlOpener([](const QUrl &) { return true; }); // the person never signs in
    fillUpToCredentials(*wizard, QStringLiteral("Snapchat EU"), m_server->options().clientSecret);
    QVERIFY(clickNext(*wizard));
    auto *page = qobject_cast<AuthenticatePage *>(wizard->currentPage());
    click(child<QPushButton>(*wizard, "authenticateButton"));
    QVERIFY(child<QPushButton>(*wizard, "cancelAuthenticate")->isVisible());
    QVERIFY(waitForState(page, AuthenticatePage::State::Failed));
    const QString text = child<InlineMessage>(*wizard, "authenticateMessage")->text();
    QVERIFY2(text.contains(QStringLiteral("did not come back")), qPrintable(text));

    // Cancel while waiting returns to the start, and the retry connects.
    wizard->setAuthenticationTimeoutMs(60000);
    click(child<QPushButton>(*wizard, "authenticateButton"));
    click(child<QPushButton>(*wizard, "cancelAuthenticate"));
    QCOMPARE(page->state(), AuthenticatePage::State::Idle);
    wizard->setUrlOpener([this](const QUrl &url) { return m_browser.open(url); });
    click(child<QPushButton>(*wizard, "authenticateButton"));
    QVERIFY(waitForState(page, AuthenticatePage::State::Connected));
}

void TestConnectionWizard::unregisteredRedirectIsExplained()
{
    // The OAuth app has another redirect URI registered: the accounts page refuses to send the
    // browser back, so the wizard never hears from it.
    m_server->options().redirectUris = {QStringLiteral("https://example.com/registered")};
    auto wizard = newWizard();
    wizard->setAuthenticationTimeoutMs(1500);
    fillUpToCredentials(*wizard, QStringLiteral("Snapchat EU"), m_server->options().clientSecret);
    QVERIFY(clickNext(*wizard));
    auto *page = qobject_cast<AuthenticatePage *>(wizard->currentPage());
    click(child<QPushButton>(*wizard, "authenticateButton"));
    QVERIFY(waitForState(page, AuthenticatePage::State::Failed));
    const QString text = child<InlineMessage>(*wizard, "authenticateMessage")->text();
    QVERIFY2(text.contains(QStringLiteral("redirect URI")), qPrintable(text));
    QVERIFY(child<InlineMessage>(*wizard, "authenticateMessage")->retryButton()->isVisible());
}

void TestConnectionWizard::keychainFailureOnSaveKeepsNothingAndRetryWorks()
{
    auto wizard = newWizard();
    fillUpToCredentials(*wizard, QStringLiteral("Snapchat EU"), m_server->options().clientSecret);
    QVERIFY(clickNext(*wizard));
    auto *page = qobject_cast<AuthenticatePage *>(wizard->currentPage());
    click(child<QPushButton>(*wizard, "authenticateButton"));
    QVERIFY(waitForState(page, AuthenticatePage::State::Connected));
    QVERIFY(clickNext(*wizard));
    QVERIFY(clickNext(*wizard));

    m_secrets->setAvailable(false);
    click(wizard->button(QWizard::FinishButton));
    auto *message = child<InlineMessage>(*wizard, "saveMessage");
    QTRY_VERIFY(message->isError());
    QVERIFY(message->text().contains(QStringLiteral("not saved")));
    QVERIFY(wizard->isVisible());
    QString error;
    QVERIFY(Workspace::ConnectionStore(*m_workspace).list(&error).isEmpty()); // no row without its secrets

    m_secrets->setAvailable(true);
    QSignalSpy saved(wizard.get(), &ConnectionWizard::connectionSaved);
    click(message->retryButton());
    QVERIFY(saved.wait(5000));
    QCOMPARE(Workspace::ConnectionStore(*m_workspace).list(&error).size(), 1);
    QTRY_VERIFY(!wizard->isVisible());
}

void TestConnectionWizard::contributorCannotOpen()
{
    QString error;
    QVERIFY(Workspace::UserStore(*m_workspace).add(QStringLiteral("bob"), Workspace::Role::Contributor, &error));
    m_workspace.reset();
    qputenv("AUDIENCEBRIDGE_USER", "bob");
    m_workspace = Workspace::Workspace::open(m_dir->filePath(QStringLiteral("test.abw")), &error);
    QVERIFY(m_workspace);
    QString reason;
    QVERIFY(!ConnectionWizard::mayOpen(*m_workspace, &reason));
    QVERIFY(!reason.isEmpty());
    QVERIFY2(reason.contains(QStringLiteral("administrator"), Qt::CaseInsensitive), qPrintable(reason));
    // The refusal is on record.
    QCOMPARE(m_workspace->auditLog().latest(1).first().action, QStringLiteral("denied:add_connection"));
}

QTEST_MAIN(TestConnectionWizard)
#include "tst_connectionwizard.moc"

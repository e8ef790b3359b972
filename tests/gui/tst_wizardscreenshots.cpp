// Renders every page of both wizards (offscreen grab()) and checks that nothing on a page is
// squeezed below the size it needs (what would show as clipped or overlapping text), and that a
// screen reader can name every control on it.
// With AB_SCREENSHOT_DIR set, the PNGs are written there (scripts/render-screenshots.sh uses
// docs/screenshots); otherwise into a temporary folder. AB_SCREENSHOT_LANGUAGE=de renders and
// checks the pages in that language (scripts/render-screenshots.sh de).
#include "accessibilitycheck.h"
#include "wizardtesting.h"

#include <connection/authenticatepage.h>
#include <connection/connectionwizard.h>
#include <export/audiencepage.h>
#include <export/exportwizard.h>
#include <l10n/translations.h>
#include <sandbox/sandboxserver.h>
#include <snapchat/memorysecretstore.h>
#include <sources/csvimporter.h>
#include <workspace/connectionstore.h>
#include <workspace/segmentstore.h>
#include <workspace/userstore.h>
#include <workspace/workspace.h>

#include <QAbstractScrollArea>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTemporaryDir>
#include <QToolButton>

using namespace WizardTesting;

class TestWizardScreenshots : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void connectionWizardPages();
    void exportWizardPages();

private:
    bool shoot(QWizard &wizard, const QString &name);
    void reopenAs(const QString &user);

    QTemporaryDir m_dir;
    QString m_outputDir;
    QStringList m_written;
    std::unique_ptr<Sandbox::SandboxServer> m_server;
    std::unique_ptr<Workspace::Workspace> m_workspace;
    std::unique_ptr<Snapchat::MemorySecretStore> m_secrets;
    std::unique_ptr<QNetworkAccessManager> m_network;
    Browser m_browser;
};

void TestWizardScreenshots::initTestCase()
{
    QApplication::setStyle(QStringLiteral("Fusion"));
    const QString language = qEnvironmentVariable("AB_SCREENSHOT_LANGUAGE");
    if (!language.isEmpty())
        QVERIFY2(L10n::Translations::install(qApp, language), qPrintable(language));
    qputenv("AUDIENCEBRIDGE_USER", "alice");
    m_outputDir = qEnvironmentVariable("AB_SCREENSHOT_DIR", m_dir.filePath(QStringLiteral("shots")));
    QVERIFY(QDir().mkpath(m_outputDir));
    m_server = std::make_unique<Sandbox::SandboxServer>();
    QVERIFY(m_server->listen(0));
    QString error;
    m_workspace = Workspace::Workspace::open(m_dir.filePath(QStringLiteral("demo.abw")), &error);
    QVERIFY2(m_workspace, qPrintable(error));
    m_secrets = std::make_unique<Snapchat::MemorySecretStore>();
    m_network = std::make_unique<QNetworkAccessManager>();

    QFile csv(m_dir.filePath(QStringLiteral("profiles.csv")));
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("customer_id,email,phone,mobile_ad_id,country,newsletter\n"
              "c001, Jane.Doe@Example.COM ,+49 30 1234567,,DE,yes\n"
              "c002,max.mustermann@example.de,030 7654321,6D92078A-8246-4BA4-AE5B-76104861E7DC,DE,yes\n"
              "c003,not-an-email,,,FR,no\n"
              "c004,li.wei@example.fr,+33 1 23 45 67 89,,FR,yes\n"
              "c005,ana@example.es,0034 912 345 678,,ES,no\n");
    csv.close();
    Sources::CsvImportOptions options;
    options.idColumn = QStringLiteral("customer_id");
    QVERIFY(Sources::CsvImporter(*m_workspace).import(csv.fileName(), options).ok);
    Workspace::SegmentStore segments(*m_workspace);
    Workspace::Segment segment;
    QVERIFY(segments.createRule(QStringLiteral("Newsletter subscribers"), QStringLiteral("newsletter = 'yes'"), &segment, &error));
    QVERIFY(segments.createRule(QStringLiteral("Germany"), QStringLiteral("country = 'DE'"), &segment, &error));
    QVERIFY(segments.createRule(QStringLiteral("France"), QStringLiteral("country = 'FR'"), &segment, &error));
}

void TestWizardScreenshots::cleanupTestCase()
{
    m_network.reset();
    m_secrets.reset();
    m_workspace.reset();
    m_server.reset();
    qunsetenv("AUDIENCEBRIDGE_USER");
    qInfo().noquote() << "Screenshots:" << m_written.join(QStringLiteral(", "));
}

void TestWizardScreenshots::reopenAs(const QString &user)
{
    m_workspace.reset();
    qputenv("AUDIENCEBRIDGE_USER", user.toUtf8());
    QString error;
    m_workspace = Workspace::Workspace::open(m_dir.filePath(QStringLiteral("demo.abw")), &error);
    QVERIFY2(m_workspace, qPrintable(error));
}

bool TestWizardScreenshots::shoot(QWizard &wizard, const QString &name)
{
    QApplication::processEvents();
    bool fits = true;
    // Every visible control on the page has at least the room it asks for, inside the page.
    const QList<QWidget *> widgets = wizard.currentPage()->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        QWidget *parent = widget->parentWidget();
        if (!widget->isVisibleTo(&wizard) || parent->inherits("QAbstractScrollArea") || parent->inherits("QComboBox") || parent->inherits("QAbstractSpinBox")
            || widget->inherits("QScrollBar"))
            continue;
        const QString what = QStringLiteral("%1: %2 '%3'").arg(name, QString::fromLatin1(widget->metaObject()->className()),
                                                               widget->objectName());
        const QSize needed = widget->minimumSizeHint();
        if (needed.isValid() && (widget->width() < needed.width() || widget->height() < needed.height())) {
            qWarning().noquote() << what << "is" << widget->size() << "but needs" << needed;
            fits = false;
        }
        const QRect inPage(widget->mapTo(wizard.currentPage(), QPoint(0, 0)), widget->size());
        if (!wizard.currentPage()->rect().contains(inPage)) {
            qWarning().noquote() << what << "sticks out of the page:" << inPage;
            fits = false;
        }
    }
    // And a screen reader can name every control a keyboard user reaches on it.
    const QStringList unnamed = AccessibilityCheck::unnamedControls(wizard.currentPage());
    if (!unnamed.isEmpty()) {
        qWarning().noquote() << name << "has controls without an accessible name:" << unnamed.join(QStringLiteral(", "));
        fits = false;
    }
    const QString file = QDir(m_outputDir).filePath(name + QStringLiteral(".png"));
    if (!wizard.grab().save(file)) {
        qWarning().noquote() << "cannot write" << file;
        return false;
    }
    m_written.append(name);
    return fits;
}

void TestWizardScreenshots::connectionWizardPages()
{
    ConnectionWizard wizard(*m_workspace, *m_secrets, m_network.get());
    wizard.setUrlOpener([this](const QUrl &url) { return m_browser.open(url); });
    wizard.resize(760, 640);
    wizard.show();
    QVERIFY(shoot(wizard, QStringLiteral("connection-1-choose")));
    QVERIFY(clickNext(wizard));
    typeInto(child<QLineEdit>(wizard, "connectionName"), QStringLiteral("Snapchat - Brand EU"));
    QVERIFY(shoot(wizard, QStringLiteral("connection-2-name")));
    QVERIFY(clickNext(wizard));
    QVERIFY(shoot(wizard, QStringLiteral("connection-3-access")));
    QVERIFY(clickNext(wizard));
    QVERIFY(shoot(wizard, QStringLiteral("connection-4-privacy")));
    click(child<QCheckBox>(wizard, "privacyAgree"));
    QVERIFY(clickNext(wizard));
    typeInto(child<QLineEdit>(wizard, "clientId"), m_server->options().clientId);
    typeInto(child<QLineEdit>(wizard, "clientSecret"), QStringLiteral("wrong-secret"));
    click(child<QToolButton>(wizard, "advancedToggle"));
    typeInto(child<QLineEdit>(wizard, "apiBaseUrl"), m_server->baseUrl().toString());
    typeInto(child<QLineEdit>(wizard, "accountsBaseUrl"), m_server->baseUrl().toString());
    QVERIFY(shoot(wizard, QStringLiteral("connection-5-credentials")));
    QVERIFY(clickNext(wizard));
    auto *page = qobject_cast<AuthenticatePage *>(wizard.currentPage());
    QVERIFY(shoot(wizard, QStringLiteral("connection-6-authenticate")));
    wizard.setUrlOpener([](const QUrl &) { return true; });
    click(child<QPushButton>(wizard, "authenticateButton"));
    QVERIFY(shoot(wizard, QStringLiteral("connection-6a-waiting")));
    click(child<QPushButton>(wizard, "cancelAuthenticate"));
    wizard.setUrlOpener([this](const QUrl &url) { return m_browser.open(url); });
    click(child<QPushButton>(wizard, "authenticateButton"));
    QVERIFY(QTest::qWaitFor([&] { return page->state() == AuthenticatePage::State::Failed; }, 10000));
    QVERIFY(shoot(wizard, QStringLiteral("connection-6b-wrong-secret")));
    click(wizard.button(QWizard::BackButton));
    typeInto(child<QLineEdit>(wizard, "clientSecret"), m_server->options().clientSecret);
    QVERIFY(clickNext(wizard));
    click(child<QPushButton>(wizard, "authenticateButton"));
    QVERIFY(QTest::qWaitFor([&] { return page->state() == AuthenticatePage::State::Connected; }, 10000));
    QVERIFY(shoot(wizard, QStringLiteral("connection-6c-connected")));
    QVERIFY(clickNext(wizard));
    QVERIFY(shoot(wizard, QStringLiteral("connection-7-export-user")));
    QVERIFY(clickNext(wizard));
    QVERIFY(shoot(wizard, QStringLiteral("connection-8-summary")));
    QSignalSpy saved(&wizard, &ConnectionWizard::connectionSaved);
    click(wizard.button(QWizard::FinishButton));
    QVERIFY(saved.wait(5000));

    // Paste mode, waiting for the address the browser landed on.
    ConnectionWizard paste(*m_workspace, *m_secrets, m_network.get());
    paste.setUrlOpener([](const QUrl &) { return true; });
    paste.resize(760, 640);
    paste.show();
    QVERIFY(clickNext(paste));
    typeInto(child<QLineEdit>(paste, "connectionName"), QStringLiteral("Snapchat - Brand US"));
    QVERIFY(clickNext(paste));
    QVERIFY(clickNext(paste));
    click(child<QCheckBox>(paste, "privacyAgree"));
    QVERIFY(clickNext(paste));
    typeInto(child<QLineEdit>(paste, "clientId"), m_server->options().clientId);
    typeInto(child<QLineEdit>(paste, "clientSecret"), m_server->options().clientSecret);
    click(child<QRadioButton>(paste, "redirectPaste"));
    typeInto(child<QLineEdit>(paste, "pasteRedirectUri"), QStringLiteral("https://www.example.com/snapchat-callback"));
    click(child<QToolButton>(paste, "advancedToggle"));
    typeInto(child<QLineEdit>(paste, "apiBaseUrl"), m_server->baseUrl().toString());
    typeInto(child<QLineEdit>(paste, "accountsBaseUrl"), m_server->baseUrl().toString());
    QVERIFY(shoot(paste, QStringLiteral("connection-5b-credentials-paste")));
    QVERIFY(clickNext(paste));
    click(child<QPushButton>(paste, "authenticateButton"));
    QVERIFY(shoot(paste, QStringLiteral("connection-6d-paste-waiting")));
}

void TestWizardScreenshots::exportWizardPages()
{
    // A contributor with no shared connection first.
    QString error;
    QVERIFY(Workspace::UserStore(*m_workspace).add(QStringLiteral("carl"), Workspace::Role::Contributor, &error));
    reopenAs(QStringLiteral("carl"));
    {
        ExportWizard wizard(*m_workspace, *m_secrets, m_network.get());
        wizard.resize(760, 640);
        wizard.show();
        shoot(wizard, QStringLiteral("export-1b-no-connection"));
    }
    reopenAs(QStringLiteral("alice"));
    QVERIFY(m_workspace->policy().role() == Workspace::Role::Administrator);

    ExportWizard wizard(*m_workspace, *m_secrets, m_network.get());
    wizard.resize(760, 640);
    wizard.show();
    QVERIFY(shoot(wizard, QStringLiteral("export-1-connection")));
    QVERIFY(clickNext(wizard));
    typeInto(child<QLineEdit>(wizard, "exportName"), QStringLiteral("Newsletter to Snapchat"));
    QVERIFY(shoot(wizard, QStringLiteral("export-2-name")));
    QVERIFY(clickNext(wizard));
    auto *page = qobject_cast<AudiencePage *>(wizard.currentPage());
    QVERIFY(shoot(wizard, QStringLiteral("export-3a-audience-waiting")));
    QVERIFY(QTest::qWaitFor([&] { return !page->isBusy() && child<QListWidget>(wizard, "audienceList")->count() > 0; }, 10000));
    child<QListWidget>(wizard, "audienceList")->setCurrentRow(0);
    QVERIFY(shoot(wizard, QStringLiteral("export-3-audience")));
    click(child<QRadioButton>(wizard, "audienceById"));
    typeInto(child<QLineEdit>(wizard, "audienceId"), QStringLiteral("seg-unknown"));
    click(wizard.button(QWizard::NextButton));
    QVERIFY(QTest::qWaitFor([&] { return !page->isBusy(); }, 10000));
    QVERIFY(shoot(wizard, QStringLiteral("export-3b-unknown-id")));
    click(child<QRadioButton>(wizard, "audienceNew"));
    typeInto(child<QLineEdit>(wizard, "newAudienceName"), QStringLiteral("AudienceBridge newsletter"));
    typeInto(child<QLineEdit>(wizard, "newAudienceDescription"), QStringLiteral("Subscribers, synced by AudienceBridge"));
    QVERIFY(shoot(wizard, QStringLiteral("export-3c-new-audience")));
    QVERIFY(clickNext(wizard));
    auto *region = child<QComboBox>(wizard, "defaultRegion");
    region->setCurrentIndex(region->findData(QStringLiteral("DE")));
    QVERIFY(shoot(wizard, QStringLiteral("export-4-matching")));
    QVERIFY(clickNext(wizard));
    auto *segments = child<QListWidget>(wizard, "segmentList");
    segments->item(1)->setCheckState(Qt::Checked); // Germany
    segments->item(2)->setCheckState(Qt::Checked); // Newsletter subscribers
    QVERIFY(shoot(wizard, QStringLiteral("export-5-segments")));
    QVERIFY(clickNext(wizard));
    click(child<QRadioButton>(wizard, "scheduleDaily"));
    QVERIFY(shoot(wizard, QStringLiteral("export-6-sync")));
    QVERIFY(clickNext(wizard));
    QVERIFY(shoot(wizard, QStringLiteral("export-7-summary")));
    QSignalSpy saved(&wizard, &ExportWizard::exportSaved);
    click(wizard.button(QWizard::CommitButton));
    QVERIFY(saved.wait(10000));
    QVERIFY(shoot(wizard, QStringLiteral("export-8-saved")));
}

QTEST_MAIN(TestWizardScreenshots)
#include "tst_wizardscreenshots.moc"

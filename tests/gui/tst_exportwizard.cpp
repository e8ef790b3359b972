// The Add export wizard driven like a person would, from the first page to Save and Run now,
// against the in-process sandbox and a real workspace with imported profiles and segments.
#include "wizardtesting.h"

#include <common/inlinemessage.h>
#include <export/audiencepage.h>
#include <export/exportdraft.h>
#include <export/exportwizard.h>
#include <export/segmentspage.h>
#include <sandbox/sandboxserver.h>
#include <snapchat/memorysecretstore.h>
#include <sources/csvimporter.h>
#include <sources/profilesourcestore.h>
#include <workspace/connectionstore.h>
#include <workspace/exportstore.h>
#include <workspace/segmentstore.h>
#include <workspace/userstore.h>
#include <workspace/workspace.h>

#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>

using namespace WizardTesting;

class TestExportWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void savesExportWithListedAudienceAndRunsNow();
    void unknownAudienceIdIsRefusedOnNext();
    void newAudienceIsStoredForTheFirstRun();
    void contributorWithoutUsableConnectionIsToldWhoToAsk();
    void contributorUsesSharedConnection();
    void viewerCannotOpen();
    void editingStartsFromTheExportAndUpdatesIt();
    void sourceExportsAreSetUpOnTheCommandLine();

private:
    QString addConnection(const QString &name, bool allowContributors);
    void reopenAs(const QString &user);
    std::unique_ptr<ExportWizard> newWizard();
    // From the first page to the audience page with its lists loaded.
    void goToAudiencePage(ExportWizard &wizard, const QString &exportName);
    // From the audience page (filled) to the saved page.
    void finishFromAudiencePage(ExportWizard &wizard);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Sandbox::SandboxServer> m_server;
    std::unique_ptr<Workspace::Workspace> m_workspace;
    std::unique_ptr<Snapchat::MemorySecretStore> m_secrets;
    std::unique_ptr<QNetworkAccessManager> m_network;
    qint64 m_newsletter = 0;
    qint64 m_german = 0;
};

void TestExportWizard::init()
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

    QFile csv(m_dir->filePath(QStringLiteral("profiles.csv")));
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("customer_id,email,phone,country,newsletter\n"
              "c1, Jane.Doe@Example.COM ,+49 30 1234567,DE,yes\n"
              "c2,max@example.de,030 7654321,DE,yes\n"
              "c3,not-an-email,,FR,no\n"
              "c4,li@example.fr,+33 1 23 45 67 89,FR,yes\n");
    csv.close();
    Sources::CsvImportOptions options;
    options.idColumn = QStringLiteral("customer_id");
    const Sources::CsvImportSummary imported = Sources::CsvImporter(*m_workspace).import(csv.fileName(), options);
    QVERIFY2(imported.ok, qPrintable(imported.error));
    Workspace::Segment segment;
    Workspace::SegmentStore segments(*m_workspace);
    QVERIFY2(segments.createRule(QStringLiteral("Newsletter"), QStringLiteral("newsletter = 'yes'"), &segment, &error),
             qPrintable(error));
    m_newsletter = segment.id;
    QVERIFY(segments.createRule(QStringLiteral("Germany"), QStringLiteral("country = 'DE'"), &segment, &error));
    m_german = segment.id;
}

void TestExportWizard::cleanup()
{
    m_network.reset();
    m_secrets.reset();
    m_workspace.reset();
    m_server.reset();
    m_dir.reset();
    qunsetenv("AUDIENCEBRIDGE_USER");
}

QString TestExportWizard::addConnection(const QString &name, bool allowContributors)
{
    Workspace::Connection connection;
    connection.name = name;
    connection.clientId = m_server->options().clientId;
    connection.apiBaseUrl = connection.accountsBaseUrl = m_server->baseUrl().toString();
    connection.allowContributors = allowContributors;
    QString error;
    if (!Workspace::ConnectionStore(*m_workspace).add(connection, &error)) {
        qWarning() << error;
        return {};
    }
    // What the connection wizard stores: the client secret and a refresh token.
    const auto tokens = m_server->issueTokens();
    m_secrets->write(Snapchat::SecretStore::clientSecretKey(connection.id), m_server->options().clientSecret,
                     m_secrets.get(), [](const Snapchat::SecretStore::Outcome &) {});
    m_secrets->write(Snapchat::SecretStore::refreshTokenKey(connection.id), tokens.second, m_secrets.get(),
                     [](const Snapchat::SecretStore::Outcome &) {});
    QTest::qWait(0);
    return connection.id;
}

void TestExportWizard::reopenAs(const QString &user)
{
    m_workspace.reset();
    qputenv("AUDIENCEBRIDGE_USER", user.toUtf8());
    QString error;
    m_workspace = Workspace::Workspace::open(m_dir->filePath(QStringLiteral("test.abw")), &error);
    QVERIFY2(m_workspace, qPrintable(error));
}

std::unique_ptr<ExportWizard> TestExportWizard::newWizard()
{
    auto wizard = std::make_unique<ExportWizard>(*m_workspace, *m_secrets, m_network.get());
    wizard->show();
    return wizard;
}

void TestExportWizard::goToAudiencePage(ExportWizard &wizard, const QString &exportName)
{
    QCOMPARE(wizard.currentId(), int(ExportWizard::ConnectionPage));
    QVERIFY(clickNext(wizard));
    typeInto(child<QLineEdit>(wizard, "exportName"), exportName);
    QVERIFY(clickNext(wizard));
    QCOMPARE(wizard.currentId(), int(ExportWizard::AudiencePage));
    auto *page = qobject_cast<AudiencePage *>(wizard.currentPage());
    QVERIFY(page->isBusy()); // waiting for Snapchat, Next disabled
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy() && child<QListWidget>(wizard, "audienceList")->count() > 0, 10000);
    QCOMPARE(child<QComboBox>(wizard, "adAccount")->currentData().toString(), m_server->adAccountId());
}

void TestExportWizard::finishFromAudiencePage(ExportWizard &wizard)
{
    auto *page = qobject_cast<AudiencePage *>(wizard.currentPage());
    QVERIFY(clickNext(wizard) || QTest::qWaitFor([&] { return wizard.currentId() != ExportWizard::AudiencePage; }, 10000));
    QVERIFY(!page->isBusy());
    QCOMPARE(wizard.currentId(), int(ExportWizard::MatchingPage));
    // The email field is recognized and the sample shows how values normalize.
    QCOMPARE(child<QComboBox>(wizard, "emailField")->currentText(), QStringLiteral("email"));
    const QString emailSample = child<QLabel>(wizard, "emailSample")->text();
    QVERIFY2(emailSample.contains(QStringLiteral("3 of the first 4 profiles")), qPrintable(emailSample));
    QVERIFY2(emailSample.contains(QStringLiteral("jane.doe@example.com")), qPrintable(emailSample));
    QVERIFY(child<QLabel>(wizard, "hashedNote")->text().contains(QStringLiteral("hashed")));
    auto *region = child<QComboBox>(wizard, "defaultRegion");
    region->setFocus();
    region->setCurrentIndex(region->findData(QStringLiteral("DE")));
    QVERIFY(child<QLabel>(wizard, "phoneSample")->text().contains(QStringLiteral("493076543")));
    QVERIFY(clickNext(wizard));

    QCOMPARE(wizard.currentId(), int(ExportWizard::SegmentsPage));
    auto *segments = child<QListWidget>(wizard, "segmentList");
    QCOMPARE(segments->count(), 2);
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    for (int i = 0; i < segments->count(); ++i) {
        QListWidgetItem *item = segments->item(i);
        QVERIFY(item->text().contains(QStringLiteral("members")));
        const QRect rect = segments->visualItemRect(item);
        // Check it as a person would: click its check box.
        QTest::mouseClick(segments->viewport(), Qt::LeftButton, {}, QPoint(rect.left() + 10, rect.center().y()));
        if (item->checkState() != Qt::Checked) {
            segments->setCurrentItem(item);
            QTest::keyClick(segments, Qt::Key_Space);
        }
        QCOMPARE(item->checkState(), Qt::Checked);
    }
    // Newsletter (c1, c2, c4) or Germany (c1, c2): three profiles together.
    QVERIFY2(child<QLabel>(wizard, "unionSize")->text().startsWith(QStringLiteral("Together: 3 profiles")),
             qPrintable(child<QLabel>(wizard, "unionSize")->text()));
    QVERIFY(clickNext(wizard));

    QCOMPARE(wizard.currentId(), int(ExportWizard::SyncPage));
    click(child<QRadioButton>(wizard, "modeMirror"));
    click(child<QRadioButton>(wizard, "scheduleEvery"));
    auto *hours = child<QSpinBox>(wizard, "everyHours");
    hours->selectAll();
    QTest::keyClicks(hours, QStringLiteral("6"));
    QVERIFY(clickNext(wizard));

    QCOMPARE(wizard.currentId(), int(ExportWizard::SummaryPage));
    QSignalSpy saved(&wizard, &ExportWizard::exportSaved);
    click(wizard.button(QWizard::CommitButton));
    QVERIFY(saved.wait(10000));
    QCOMPARE(wizard.currentId(), int(ExportWizard::SavedPage));
    QVERIFY(!wizard.button(QWizard::BackButton)->isEnabled() || !wizard.button(QWizard::BackButton)->isVisible());
}

void TestExportWizard::savesExportWithListedAudienceAndRunsNow()
{
    const QString connectionId = addConnection(QStringLiteral("Snapchat EU"), false);
    auto wizard = newWizard();
    QCOMPARE(child<QListWidget>(*wizard, "connectionList")->count(), 1);
    goToAudiencePage(*wizard, QStringLiteral("Newsletter to Snapchat"));

    // Only customer-list audiences are offered.
    auto *audiences = child<QListWidget>(*wizard, "audienceList");
    QCOMPARE(audiences->count(), 2);
    for (int i = 0; i < audiences->count(); ++i)
        QVERIFY(!audiences->item(i)->text().contains(QStringLiteral("Website visitors")));
    const QList<QListWidgetItem *> newsletter = audiences->findItems(QStringLiteral("Newsletter subscribers"), Qt::MatchStartsWith);
    QCOMPARE(newsletter.size(), 1);
    QTest::mouseClick(audiences->viewport(), Qt::LeftButton, {}, audiences->visualItemRect(newsletter.first()).center());
    QCOMPARE(audiences->currentItem(), newsletter.first());
    finishFromAudiencePage(*wizard);

    QString error;
    const QList<Workspace::Export> exports = Workspace::ExportStore(*m_workspace).list(&error);
    QCOMPARE(exports.size(), 1);
    const Workspace::Export &saved = exports.first();
    QCOMPARE(saved.id, wizard->savedExportId());
    QCOMPARE(saved.name, QStringLiteral("Newsletter to Snapchat"));
    QCOMPARE(saved.connectionId, connectionId);
    QCOMPARE(saved.adAccountId, m_server->adAccountId());
    QCOMPARE(saved.audienceId, m_server->firstPartySegmentId());
    QCOMPARE(saved.emailField, QStringLiteral("email"));
    QCOMPARE(saved.phoneField, QStringLiteral("phone"));
    QCOMPARE(saved.defaultRegion, QStringLiteral("DE"));
    QVERIFY(saved.maidField.isEmpty());
    QCOMPARE(saved.mode, Workspace::ExportMode::Mirror);
    QCOMPARE(saved.schedule, QStringLiteral("every 6 h"));
    QCOMPARE(QSet<qint64>(saved.segmentIds.cbegin(), saved.segmentIds.cend()), (QSet<qint64>{m_newsletter, m_german}));
    // Saving sent nothing.
    QCOMPARE(m_server->userCount(m_server->firstPartySegmentId()), 0);

    QSignalSpy runNow(wizard.get(), &ExportWizard::runNowClicked);
    click(child<QPushButton>(*wizard, "runNow"));
    QCOMPARE(runNow.size(), 1);
    QCOMPARE(runNow.first().first().toLongLong(), saved.id);
    QVERIFY(wizard->runNowRequested());
    QVERIFY(!wizard->isVisible());
}

void TestExportWizard::unknownAudienceIdIsRefusedOnNext()
{
    addConnection(QStringLiteral("Snapchat EU"), false);
    auto wizard = newWizard();
    goToAudiencePage(*wizard, QStringLiteral("By ID"));
    auto *page = qobject_cast<AudiencePage *>(wizard->currentPage());
    click(child<QRadioButton>(*wizard, "audienceById"));
    auto *id = child<QLineEdit>(*wizard, "audienceId");
    auto *message = child<InlineMessage>(*wizard, "audienceMessage");
    const auto tryId = [&](const QString &text) {
        typeInto(id, text);
        click(wizard->button(QWizard::NextButton));
        return QTest::qWaitFor([&] { return !page->isBusy(); }, 10000);
    };

    QVERIFY(tryId(QStringLiteral("seg-does-not-exist")));
    QCOMPARE(wizard->currentId(), int(ExportWizard::AudiencePage));
    QVERIFY(message->isVisible() && message->isError());
    QVERIFY2(message->text().contains(QStringLiteral("no audience with the ID seg-does-not-exist")), qPrintable(message->text()));

    QVERIFY(tryId(m_server->nonFirstPartySegmentId()));
    QCOMPARE(wizard->currentId(), int(ExportWizard::AudiencePage));
    QVERIFY2(message->text().contains(QStringLiteral("FIRST_PARTY")), qPrintable(message->text()));

    QVERIFY(tryId(QStringLiteral("seg-0009"))); // another organization's audience
    QCOMPARE(wizard->currentId(), int(ExportWizard::AudiencePage));
    QVERIFY(message->isError());

    QVERIFY(tryId(QStringLiteral("seg-0002")));
    QTRY_COMPARE(wizard->currentId(), int(ExportWizard::MatchingPage));
    QCOMPARE(wizard->draft().audienceId, QStringLiteral("seg-0002"));
    QCOMPARE(wizard->draft().audienceName, QStringLiteral("Loyalty members"));
}

void TestExportWizard::newAudienceIsStoredForTheFirstRun()
{
    addConnection(QStringLiteral("Snapchat EU"), false);
    auto wizard = newWizard();
    goToAudiencePage(*wizard, QStringLiteral("Fresh audience"));
    click(child<QRadioButton>(*wizard, "audienceNew"));
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled()); // needs a name
    typeInto(child<QLineEdit>(*wizard, "newAudienceName"), QStringLiteral("AudienceBridge newsletter"));
    typeInto(child<QLineEdit>(*wizard, "newAudienceDescription"), QStringLiteral("Synced daily"));
    QCOMPARE(child<QSpinBox>(*wizard, "retentionDays")->value(), 9999);
    const qsizetype before = m_server->data().segments.size();
    finishFromAudiencePage(*wizard);

    QString error;
    const auto saved = Workspace::ExportStore(*m_workspace).get(wizard->savedExportId(), &error);
    QVERIFY2(saved, qPrintable(error));
    QVERIFY(saved->audienceId.isEmpty());
    QCOMPARE(saved->newAudience.value(QStringLiteral("name")).toString(), QStringLiteral("AudienceBridge newsletter"));
    QCOMPARE(saved->newAudience.value(QStringLiteral("description")).toString(), QStringLiteral("Synced daily"));
    QCOMPARE(saved->newAudience.value(QStringLiteral("retention_in_days")).toInt(), 9999);
    QCOMPARE(m_server->data().segments.size(), before); // created by the first run, not by saving
}

void TestExportWizard::contributorWithoutUsableConnectionIsToldWhoToAsk()
{
    addConnection(QStringLiteral("Admins only"), false);
    QString error;
    QVERIFY(Workspace::UserStore(*m_workspace).add(QStringLiteral("carl"), Workspace::Role::Contributor, &error));
    reopenAs(QStringLiteral("carl"));
    QString reason;
    QVERIFY2(ExportWizard::mayOpen(*m_workspace, &reason), qPrintable(reason));
    auto wizard = newWizard();
    auto *none = child<QLabel>(*wizard, "noConnectionMessage");
    QVERIFY(none->isVisible());
    QVERIFY(none->text().contains(QStringLiteral("Contact an administrator")));
    QVERIFY(!child<QListWidget>(*wizard, "connectionList")->isVisible());
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
}

void TestExportWizard::contributorUsesSharedConnection()
{
    addConnection(QStringLiteral("Admins only"), false);
    addConnection(QStringLiteral("Shared"), true);
    QString error;
    QVERIFY(Workspace::UserStore(*m_workspace).add(QStringLiteral("carl"), Workspace::Role::Contributor, &error));
    reopenAs(QStringLiteral("carl"));
    auto wizard = newWizard();
    auto *connections = child<QListWidget>(*wizard, "connectionList");
    QCOMPARE(connections->count(), 1);
    QCOMPARE(connections->item(0)->text(), QStringLiteral("Shared"));
    goToAudiencePage(*wizard, QStringLiteral("Carl's export"));
    auto *audiences = child<QListWidget>(*wizard, "audienceList");
    audiences->setFocus();
    QTest::keyClick(audiences, Qt::Key_Down);
    QVERIFY(audiences->currentItem());
    finishFromAudiencePage(*wizard);
    QCOMPARE(Workspace::ExportStore(*m_workspace).get(wizard->savedExportId(), &error)->createdBy, QStringLiteral("carl"));
}

void TestExportWizard::viewerCannotOpen()
{
    QString error;
    QVERIFY(Workspace::UserStore(*m_workspace).add(QStringLiteral("vera"), Workspace::Role::Viewer, &error));
    reopenAs(QStringLiteral("vera"));
    QString reason;
    QVERIFY(!ExportWizard::mayOpen(*m_workspace, &reason));
    QVERIFY(!reason.isEmpty());
}

void TestExportWizard::editingStartsFromTheExportAndUpdatesIt()
{
    const QString connectionId = addConnection(QStringLiteral("Snapchat EU"), false);
    Workspace::Export original;
    original.name = QStringLiteral("Weekly");
    original.connectionId = connectionId;
    original.adAccountId = m_server->adAccountId();
    original.audienceId = QStringLiteral("seg-0002");
    original.emailField = QStringLiteral("email");
    original.mode = Workspace::ExportMode::Mirror;
    original.schedule = QStringLiteral("daily 07:30");
    original.segmentIds = {m_german};
    QString error;
    QVERIFY2(Workspace::ExportStore(*m_workspace).create(original, &error), qPrintable(error));
    QVERIFY(ExportWizard::mayEdit(*m_workspace, original.id, &error));

    ExportWizard wizard(*m_workspace, *m_secrets, m_network.get(), original.id);
    QVERIFY(wizard.isEditing());
    wizard.show();
    QVERIFY(clickNext(wizard));
    auto *name = child<QLineEdit>(wizard, "exportName");
    QCOMPARE(name->text(), QStringLiteral("Weekly"));
    QVERIFY(clickNext(wizard)); // its own name is not a duplicate
    auto *page = qobject_cast<AudiencePage *>(wizard.currentPage());
    QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy() && child<QListWidget>(wizard, "audienceList")->currentItem(), 10000);
    QVERIFY(child<QListWidget>(wizard, "audienceList")->currentItem()->text().startsWith(QStringLiteral("Loyalty members")));
    QVERIFY(clickNext(wizard));
    QCOMPARE(child<QComboBox>(wizard, "phoneField")->currentIndex(), 0); // not exported, as stored
    QVERIFY(clickNext(wizard));
    QCOMPARE(child<QListWidget>(wizard, "segmentList")->findItems(QStringLiteral("Germany"), Qt::MatchStartsWith)
                 .first()->checkState(), Qt::Checked);
    QVERIFY(clickNext(wizard));
    QVERIFY(child<QRadioButton>(wizard, "modeMirror")->isChecked());
    QVERIFY(child<QRadioButton>(wizard, "scheduleDaily")->isChecked());
    click(child<QRadioButton>(wizard, "modeAdd"));
    QVERIFY(clickNext(wizard));
    QSignalSpy saved(&wizard, &ExportWizard::exportSaved);
    click(wizard.button(QWizard::CommitButton));
    QVERIFY(saved.wait(10000));

    const QList<Workspace::Export> exports = Workspace::ExportStore(*m_workspace).list(&error);
    QCOMPARE(exports.size(), 1);
    QCOMPARE(exports.first().id, original.id);
    QCOMPARE(exports.first().mode, Workspace::ExportMode::Add);
    QCOMPARE(exports.first().schedule, QStringLiteral("daily 07:30"));
    QCOMPARE(exports.first().audienceId, QStringLiteral("seg-0002"));
    QVERIFY(exports.first().phoneField.isEmpty());
}

void TestExportWizard::sourceExportsAreSetUpOnTheCommandLine()
{
    QString error;
    Sources::SqlSourceSettings crm;
    crm.name = QStringLiteral("crm");
    crm.databaseName = QStringLiteral("crm");
    crm.tableName = QStringLiteral("customers");
    crm.idColumn = QStringLiteral("customer_id");
    QVERIFY2(Sources::ProfileSourceStore(*m_workspace).save(crm, &error), qPrintable(error));
    Workspace::Segment segment;
    QVERIFY2(Workspace::SegmentStore(*m_workspace).createSourceRule(QStringLiteral("CRM Germany"), QStringLiteral("country = 'DE'"),
                                                                    crm.name, &segment, &error),
             qPrintable(error));

    // The segments page lists it, but not to be checked: the matching page offers the workspace's fields.
    ExportDraft draft;
    SegmentsPage page(draft, *m_workspace);
    page.initializePage();
    const QList<QListWidgetItem *> found = child<QListWidget>(page, "segmentList")->findItems(QStringLiteral("CRM Germany"), Qt::MatchStartsWith);
    QCOMPARE(found.size(), 1);
    QVERIFY(!(found.first()->flags() & Qt::ItemIsEnabled));
    QVERIFY2(found.first()->text().contains(QStringLiteral("audiencebridge exports create")), qPrintable(found.first()->text()));

    // An export from the source (as the command line creates it) is not edited in the wizard.
    Workspace::Export fromSource;
    fromSource.name = QStringLiteral("CRM weekly");
    fromSource.connectionId = addConnection(QStringLiteral("Snapchat EU"), false);
    fromSource.adAccountId = m_server->adAccountId();
    fromSource.audienceId = QStringLiteral("seg-0002");
    fromSource.emailField = QStringLiteral("email");
    fromSource.segmentIds = {segment.id};
    QVERIFY2(Workspace::ExportStore(*m_workspace).create(fromSource, &error), qPrintable(error));
    QString reason;
    QVERIFY(!ExportWizard::mayEdit(*m_workspace, fromSource.id, &reason));
    QVERIFY2(reason.contains(QStringLiteral("profile source “crm”")), qPrintable(reason));
    // Nor mixed with the workspace's segments.
    fromSource.name = QStringLiteral("Mixed");
    fromSource.segmentIds = {segment.id, m_german};
    QVERIFY(!Workspace::ExportStore(*m_workspace).create(fromSource, &error));
    QVERIFY2(error.contains(QStringLiteral("read different profiles")), qPrintable(error));
}

QTEST_MAIN(TestExportWizard)
#include "tst_exportwizard.moc"

// The wizard pages' own rules, without a server: value samples, the stored schedule, the
// audience checks, and the credentials page's inline checks.
#include "wizardtesting.h"

#include <common/inlinemessage.h>
#include <connection/connectiondraft.h>
#include <connection/credentialspage.h>
#include <export/audiencepage.h>
#include <export/exportdraft.h>
#include <export/matchingpage.h>

#include <QToolButton>

using namespace WizardTesting;

class TestWizardPages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emailSampleCountsAndNormalizes();
    void phoneSampleNeedsRegionForNationalNumbers();
    void scheduleIsStoredAsText();
    void newAudienceGoesIntoTheExport();
    void audienceProblems();
    void credentialsRefuseHttpRedirectPage();
    void credentialsRefusePlainHttpToRemoteHost();
};

void TestWizardPages::emailSampleCountsAndNormalizes()
{
    const MatchingPage::Sample sample = MatchingPage::sampleValues(
        {QStringLiteral(" Jane.Doe@Example.COM "), QStringLiteral("nope"), QString(), QStringLiteral("a@b.de")},
        Identity::IdentifierType::Email, {});
    QCOMPARE(sample.total, 4);
    QCOMPARE(sample.valid, 2);
    QCOMPARE(sample.examples.size(), 3); // empty values are not shown as examples
    QVERIFY(sample.examples.at(0).endsWith(QStringLiteral("jane.doe@example.com")));
    QVERIFY(sample.examples.at(1).contains(QStringLiteral("skipped")));
}

void TestWizardPages::phoneSampleNeedsRegionForNationalNumbers()
{
    const QStringList numbers{QStringLiteral("030 7654321"), QStringLiteral("+49 30 1234567")};
    QCOMPARE(MatchingPage::sampleValues(numbers, Identity::IdentifierType::Phone, {}).valid, 1);
    const MatchingPage::Sample german = MatchingPage::sampleValues(numbers, Identity::IdentifierType::Phone,
                                                                   QStringLiteral("DE"));
    QCOMPARE(german.valid, 2);
    QVERIFY(german.examples.first().endsWith(QStringLiteral("49307654321")));
}

void TestWizardPages::scheduleIsStoredAsText()
{
    ExportDraft draft;
    QCOMPARE(draft.scheduleText(), QString());
    draft.schedule = ExportDraft::Schedule::Daily;
    draft.dailyAt = QTime(7, 5);
    QCOMPARE(draft.scheduleText(), QStringLiteral("daily 07:05"));
    draft.schedule = ExportDraft::Schedule::EveryHours;
    draft.everyHours = 6;
    QCOMPARE(draft.scheduleText(), QStringLiteral("every 6 h"));
    QCOMPARE(draft.toExport().schedule, QStringLiteral("every 6 h"));
}

void TestWizardPages::newAudienceGoesIntoTheExport()
{
    ExportDraft draft;
    draft.audienceChoice = ExportDraft::AudienceChoice::New;
    draft.audienceId = QStringLiteral("stale");
    draft.newAudienceName = QStringLiteral("List");
    draft.phoneField.clear();
    draft.defaultRegion = QStringLiteral("DE");
    const Workspace::Export record = draft.toExport();
    QVERIFY(record.audienceId.isEmpty());
    QCOMPARE(record.newAudience.value(QStringLiteral("retention_in_days")).toInt(), 9999);
    QVERIFY(record.defaultRegion.isEmpty()); // no phone field: no region
}

void TestWizardPages::audienceProblems()
{
    Snapchat::Result<Snapchat::Segment> missing;
    missing.error.kind = Snapchat::ApiError::Kind::Api;
    missing.error.httpStatus = 404;
    QVERIFY(AudiencePage::audienceProblem(missing, QStringLiteral("x1")).contains(QStringLiteral("no audience with the ID x1")));

    Snapchat::Result<Snapchat::Segment> forbidden;
    forbidden.error.kind = Snapchat::ApiError::Kind::Api;
    forbidden.error.httpStatus = 403;
    forbidden.error.errorCode = QStringLiteral("E3002");
    QVERIFY(AudiencePage::audienceProblem(forbidden, QStringLiteral("x2")).contains(QStringLiteral("Data Manager")));

    Snapchat::Result<Snapchat::Segment> pixel;
    pixel.value.name = QStringLiteral("Visitors");
    pixel.value.sourceType = QStringLiteral("PIXEL");
    QVERIFY(AudiencePage::audienceProblem(pixel, QStringLiteral("x3")).contains(QStringLiteral("FIRST_PARTY")));

    Snapchat::Result<Snapchat::Segment> list;
    list.value.sourceType = QStringLiteral("FIRST_PARTY");
    QVERIFY(AudiencePage::audienceProblem(list, QStringLiteral("x4")).isEmpty());
}

namespace {

// A credentials page inside a minimal wizard, filled with a client ID and secret.
struct CredentialsFixture
{
    ConnectionDraft draft;
    QWizard wizard;
    CredentialsPage *page = new CredentialsPage(draft);

    CredentialsFixture()
    {
        wizard.addPage(page);
        wizard.addPage(new QWizardPage);
        wizard.show();
        typeInto(child<QLineEdit>(wizard, "clientId"), QStringLiteral("id"));
        typeInto(child<QLineEdit>(wizard, "clientSecret"), QStringLiteral("secret"));
    }
};

} // namespace

void TestWizardPages::credentialsRefuseHttpRedirectPage()
{
    CredentialsFixture f;
    click(child<QRadioButton>(f.wizard, "redirectPaste"));
    QVERIFY(!f.wizard.button(QWizard::NextButton)->isEnabled()); // the page is required in paste mode
    typeInto(child<QLineEdit>(f.wizard, "pasteRedirectUri"), QStringLiteral("http://example.com/cb"));
    QVERIFY(!clickNext(f.wizard));
    auto *message = f.page->findChild<InlineMessage *>();
    QVERIFY(message->isError());
    QVERIFY(message->text().contains(QStringLiteral("https")));
    typeInto(child<QLineEdit>(f.wizard, "pasteRedirectUri"), QStringLiteral("https://example.com/cb"));
    QVERIFY(!message->isVisible());
    QVERIFY(clickNext(f.wizard));
    QCOMPARE(f.draft.redirectMode, ConnectionDraft::RedirectMode::Paste);
    QCOMPARE(f.draft.pasteRedirectUri, QUrl(QStringLiteral("https://example.com/cb")));
    QCOMPARE(f.draft.clientSecret, QStringLiteral("secret"));
}

void TestWizardPages::credentialsRefusePlainHttpToRemoteHost()
{
    CredentialsFixture f;
    QVERIFY(!child<QLineEdit>(f.wizard, "apiBaseUrl")->isVisible()); // advanced settings start folded
    click(child<QToolButton>(f.wizard, "advancedToggle"));
    typeInto(child<QLineEdit>(f.wizard, "apiBaseUrl"), QStringLiteral("http://adsapi.example.com"));
    QVERIFY(!clickNext(f.wizard));
    QVERIFY(f.page->findChild<InlineMessage *>()->isError());
    typeInto(child<QLineEdit>(f.wizard, "apiBaseUrl"), QStringLiteral("http://127.0.0.1:9"));
    QVERIFY(clickNext(f.wizard));
    QCOMPARE(f.draft.apiBaseUrl, QUrl(QStringLiteral("http://127.0.0.1:9")));
}

QTEST_MAIN(TestWizardPages)
#include "tst_wizardpages.moc"

#include "accessibilitycheck.h"
#include "demoworkspace.h"

#include <segments/rulebuilder.h>
#include <segments/segmenteditor.h>

#include <sources/profilesourcestore.h>
#include <workspace/segmentstore.h>
#include <workspace/workspace.h>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

// Builds rules in the segment editor with mouse and keyboard on the demo workspace (2,000
// profiles: plan = free/plus/premium by id % 3, country = DE/FR/US/GB by id % 4) and checks the
// live count against the numbers those formulas give.
class TestSegmentEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void buildsARuleAndCountsItsMembers();
    void editsAnExistingRule();
    void refusesADuplicateName();
    void showsASourceSegmentWithTheCommandsThatChangeIt();

private:
    static QWidget *cell(RuleBuilder *builder, QTreeWidgetItem *item, int column)
    {
        return builder->tree()->itemWidget(item, column);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace::Workspace> m_workspace;
};

void TestSegmentEditor::initTestCase()
{
    QVERIFY(m_dir.isValid());
    qputenv("AUDIENCEBRIDGE_USER", "alice");
    const QString path = m_dir.filePath(QStringLiteral("demo.audiencebridge"));
    QString error;
    QVERIFY2(DemoWorkspace::create(path, 2000, &error), qPrintable(error));
    m_workspace = Workspace::Workspace::open(path, &error);
    QVERIFY(m_workspace);
}

void TestSegmentEditor::buildsARuleAndCountsItsMembers()
{
    SegmentEditor editor(*m_workspace, std::nullopt);
    editor.show();
    QVERIFY(QTest::qWaitForWindowActive(&editor));
    auto *save = editor.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
    QVERIFY(!save->isEnabled());
    QTest::keyClicks(editor.findChild<QLineEdit *>(QStringLiteral("segmentName")),
                     QStringLiteral("Premium in DE or FR"));

    // First condition by mouse and keyboard: plan is 'premium'.
    RuleBuilder *builder = editor.builder();
    QTest::mouseClick(builder->findChild<QPushButton *>(QStringLiteral("addConditionButton")), Qt::LeftButton);
    QTreeWidgetItem *root = builder->tree()->topLevelItem(0);
    QCOMPARE(root->childCount(), 1);
    auto *field = qobject_cast<QComboBox *>(cell(builder, root->child(0), 0));
    QVERIFY(field->hasFocus());
    QTest::keyClicks(field, QStringLiteral("plan"));
    QCOMPARE(field->currentText(), QStringLiteral("plan"));
    auto *value = qobject_cast<QLineEdit *>(cell(builder, root->child(0), 2));
    QTest::keyClicks(value, QStringLiteral("premium"));
    QCOMPARE(editor.findChild<QPlainTextEdit *>(QStringLiteral("ruleText"))->toPlainText(),
             QStringLiteral("plan = 'premium'"));
    QTRY_VERIFY_WITH_TIMEOUT(!editor.isCounting(), 10000);
    QCOMPARE(editor.memberCount(), 667);
    QCOMPARE(editor.findChild<QLabel *>(QStringLiteral("memberCount"))->text(), QStringLiteral("667 profiles"));
    QVERIFY(save->isEnabled());

    // A nested "any of" group: country is DE, or country is FR.
    builder->tree()->setCurrentItem(root);
    QTest::mouseClick(builder->findChild<QPushButton *>(QStringLiteral("addGroupButton")), Qt::LeftButton);
    QCOMPARE(root->childCount(), 2);
    QTreeWidgetItem *group = root->child(1);
    QCOMPARE(group->childCount(), 1);
    QTest::keyClicks(qobject_cast<QComboBox *>(cell(builder, group->child(0), 0)), QStringLiteral("country"));
    QTest::keyClicks(qobject_cast<QLineEdit *>(cell(builder, group->child(0), 2)), QStringLiteral("DE"));
    builder->tree()->setCurrentItem(group);
    QTest::mouseClick(builder->findChild<QPushButton *>(QStringLiteral("addConditionButton")), Qt::LeftButton);
    QCOMPARE(group->childCount(), 2);
    QTest::keyClicks(qobject_cast<QComboBox *>(cell(builder, group->child(1), 0)), QStringLiteral("country"));
    QTest::keyClicks(qobject_cast<QLineEdit *>(cell(builder, group->child(1), 2)), QStringLiteral("FR"));

    QCOMPARE(editor.ruleText(), QStringLiteral("plan = 'premium' and (country = 'DE' or country = 'FR')"));
    QTRY_VERIFY_WITH_TIMEOUT(!editor.isCounting(), 10000);
    QCOMPARE(editor.memberCount(), 334);
    // Every field, operator and value of the rule can be named by a screen reader.
    const QStringList unnamed = AccessibilityCheck::unnamedControls(&editor);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));

    // "is one of" gives the same members as the group.
    auto *op = qobject_cast<QComboBox *>(cell(builder, group->child(0), 1));
    op->setCurrentIndex(op->findText(QStringLiteral("is one of")));
    auto *values = qobject_cast<QLineEdit *>(cell(builder, group->child(0), 2));
    values->clear();
    QTest::keyClicks(values, QStringLiteral("DE, FR"));
    builder->tree()->setCurrentItem(group->child(1));
    QTest::mouseClick(builder->findChild<QPushButton *>(QStringLiteral("removeRuleButton")), Qt::LeftButton);
    QCOMPARE(editor.ruleText(), QStringLiteral("plan = 'premium' and country in ('DE', 'FR')"));
    QTRY_VERIFY_WITH_TIMEOUT(!editor.isCounting(), 10000);
    QCOMPARE(editor.memberCount(), 334);

    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(editor.result(), int(QDialog::Accepted));
    const std::optional<Workspace::Segment> stored =
        Workspace::SegmentStore(*m_workspace).find(QStringLiteral("Premium in DE or FR"));
    QVERIFY(stored);
    QCOMPARE(stored->rule, QStringLiteral("plan = 'premium' and country in ('DE', 'FR')"));
    QString error;
    QCOMPARE(Workspace::SegmentStore(*m_workspace).memberCount(*stored, &error), 334);
}

void TestSegmentEditor::editsAnExistingRule()
{
    const std::optional<Workspace::Segment> premium =
        Workspace::SegmentStore(*m_workspace).find(QStringLiteral("Premium customers"));
    QVERIFY(premium);
    SegmentEditor editor(*m_workspace, premium);
    editor.show();
    QVERIFY(QTest::qWaitForWindowActive(&editor));
    // The builder shows the stored rule: one condition and a nested group of two.
    QCOMPARE(editor.ruleText(), premium->rule);
    QTreeWidgetItem *root = editor.builder()->tree()->topLevelItem(0);
    QCOMPARE(root->childCount(), 2);
    QCOMPARE(root->child(1)->childCount(), 2);
    QTRY_VERIFY_WITH_TIMEOUT(!editor.isCounting(), 10000);
    QCOMPARE(editor.memberCount(), 334);

    // Any of (instead of all of): premium, or DE/FR.
    auto *kind = qobject_cast<QComboBox *>(editor.builder()->tree()->itemWidget(root, 0));
    kind->setFocus();
    QTest::keyClick(kind, Qt::Key_Down);
    QCOMPARE(editor.ruleText(), QStringLiteral("plan = 'premium' or country = 'DE' or country = 'FR'"));
    QTRY_VERIFY_WITH_TIMEOUT(!editor.isCounting(), 10000);
    // 667 premium + 1000 in DE/FR - 334 both.
    QCOMPARE(editor.memberCount(), 1333);
}

void TestSegmentEditor::refusesADuplicateName()
{
    SegmentEditor editor(*m_workspace, std::nullopt);
    editor.show();
    QVERIFY(QTest::qWaitForWindowActive(&editor));
    QTest::keyClicks(editor.findChild<QLineEdit *>(QStringLiteral("segmentName")),
                     QStringLiteral("Newsletter subscribers"));
    QTest::mouseClick(editor.builder()->findChild<QPushButton *>(QStringLiteral("addConditionButton")),
                      Qt::LeftButton);
    QTest::mouseClick(editor.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save), Qt::LeftButton);
    QVERIFY(editor.isVisible());
    auto *error = editor.findChild<QLabel *>(QStringLiteral("segmentError"));
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("Newsletter subscribers")), qPrintable(error->text()));
}

void TestSegmentEditor::showsASourceSegmentWithTheCommandsThatChangeIt()
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

    SegmentEditor editor(*m_workspace, segment);
    editor.show();
    QVERIFY(QTest::qWaitForWindowActive(&editor));
    QVERIFY(editor.readsProfileSource());
    // The rule is shown; nothing offers to change or count it against the workspace's profiles.
    QCOMPARE(editor.findChild<QPlainTextEdit *>(QStringLiteral("ruleText"))->toPlainText(), QStringLiteral("country = 'DE'"));
    QVERIFY(!editor.builder()->isEnabled());
    QVERIFY(!editor.isCounting());
    QVERIFY(!editor.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->isEnabled());
    auto *message = editor.findChild<QLabel *>(QStringLiteral("sourceNote"));
    QVERIFY(message && message->isVisible());
    QVERIFY(!editor.findChild<QLabel *>(QStringLiteral("segmentError"))->isVisible());
    QVERIFY2(message->text().contains(QStringLiteral("audiencebridge segments edit \"CRM Germany\" --rule RULE")), qPrintable(message->text()));
    QTest::keyClick(&editor, Qt::Key_Return);
    QVERIFY(editor.isVisible());
    QCOMPARE(Workspace::SegmentStore(*m_workspace).find(QStringLiteral("CRM Germany"))->rule, QStringLiteral("country = 'DE'"));
}

QTEST_MAIN(TestSegmentEditor)
#include "tst_segmenteditor.moc"

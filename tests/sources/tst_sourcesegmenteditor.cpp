// The segment editor on a segment over a real PostgreSQL profile source (the postgres fixture):
// once the password is read from the secret store, the fields are the source's columns, the live
// count runs in PostgreSQL, and saving checks the rule against the source again. The Segments
// view counts such segments there too.

#include <itemmodels/workspacelistmodels.h>
#include <segments/rulebuilder.h>
#include <segments/ruleparser.h>
#include <segments/segmenteditor.h>
#include <snapchat/memorysecretstore.h>
#include <sources/profilesourcestore.h>
#include <views/segmentsview.h>
#include <workspace/segmentstore.h>
#include <workspace/workspace.h>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

namespace {

constexpr int kProfiles = 600;

QString countryAt(int i)
{
    static const char *const countries[] = {"DE", "FR", "US"};
    return QString::fromLatin1(countries[i % 3]);
}

} // namespace

class TestSourceSegmentEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void editsAndCountsInTheSource();
    void wrongPasswordIsShownNotEdited();
    void segmentsViewCountsInTheSource();

private:
    Sources::SqlSourceSettings settings() const;
    void writeSecret(Snapchat::SecretStore &store, const QString &value);

    QHash<QString, QString> m_env;
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace::Workspace> m_workspace;
    Workspace::Segment m_segment;
};

Sources::SqlSourceSettings TestSourceSegmentEditor::settings() const
{
    Sources::SqlSourceSettings s;
    s.name = QStringLiteral("crm");
    s.host = m_env.value(QStringLiteral("PGFIXTURE_HOST"));
    s.port = m_env.value(QStringLiteral("PGFIXTURE_PORT")).toInt();
    s.databaseName = m_env.value(QStringLiteral("PGFIXTURE_DATABASE"));
    s.userName = m_env.value(QStringLiteral("PGFIXTURE_USER"));
    s.tableName = QStringLiteral("editor_customers");
    s.idColumn = QStringLiteral("customer_id");
    return s;
}

void TestSourceSegmentEditor::writeSecret(Snapchat::SecretStore &store, const QString &value)
{
    bool written = false;
    store.write(settings().secretKey(), value, this, [&written](const Snapchat::SecretStore::Outcome &) { written = true; });
    QTRY_VERIFY(written);
}

void TestSourceSegmentEditor::initTestCase()
{
    QFile env(QStringLiteral(AB_PG_FIXTURE_ENV));
    QVERIFY2(env.open(QIODevice::ReadOnly), "the postgres fixture did not start (tst_postgres_start)");
    while (!env.atEnd()) {
        const QString line = QString::fromUtf8(env.readLine()).trimmed();
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq > 0)
            m_env.insert(line.left(eq), line.mid(eq + 1));
    }
    {
        QSqlDatabase pg = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("setup"));
        pg.setHostName(settings().host);
        pg.setPort(settings().port);
        pg.setDatabaseName(settings().databaseName);
        pg.setUserName(settings().userName);
        pg.setPassword(m_env.value(QStringLiteral("PGFIXTURE_PASSWORD")));
        QVERIFY2(pg.open(), qPrintable(pg.lastError().text()));
        QSqlQuery query(pg);
        QVERIFY(query.exec(QStringLiteral("DROP TABLE IF EXISTS editor_customers")));
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE editor_customers(customer_id text PRIMARY KEY, email text,"
                                          " country text, score integer)")));
        QVERIFY(query.prepare(QStringLiteral("INSERT INTO editor_customers VALUES(?, ?, ?, ?)")));
        for (int i = 0; i < kProfiles; ++i) {
            query.addBindValue(QStringLiteral("C%1").arg(i, 4, 10, QLatin1Char('0')));
            query.addBindValue(QStringLiteral("c%1@example.com").arg(i));
            query.addBindValue(countryAt(i));
            query.addBindValue(i % 100);
            QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("setup"));

    QString error;
    m_workspace = Workspace::Workspace::open(m_dir.filePath(QStringLiteral("w.ab")), {QStringLiteral("ada"), 5000}, &error);
    QVERIFY2(m_workspace, qPrintable(error));
    QVERIFY2(Sources::ProfileSourceStore(*m_workspace).save(settings(), &error), qPrintable(error));
    QVERIFY2(Workspace::SegmentStore(*m_workspace).createSourceRule(QStringLiteral("CRM Germany"), QStringLiteral("country = 'DE'"),
                                                                    settings().name, &m_segment, &error),
             qPrintable(error));
}

void TestSourceSegmentEditor::editsAndCountsInTheSource()
{
    Snapchat::MemorySecretStore secrets;
    writeSecret(secrets, m_env.value(QStringLiteral("PGFIXTURE_PASSWORD")));
    SegmentEditor editor(*m_workspace, m_segment, nullptr, &secrets);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QTRY_VERIFY_WITH_TIMEOUT(editor.isSourceReady(), 15000);
    QTRY_VERIFY_WITH_TIMEOUT(!editor.isCounting(), 15000);
    QCOMPARE(editor.memberCount(), kProfiles / 3);
    // The fields offered are the source's columns (the workspace has no profiles at all).
    QTreeWidgetItem *root = editor.builder()->tree()->topLevelItem(0);
    QVERIFY(root);
    QTreeWidgetItem *condition = root->childCount() > 0 ? root->child(0) : root;
    auto *field = qobject_cast<QComboBox *>(editor.builder()->tree()->itemWidget(condition, 0));
    QVERIFY(field);
    QStringList offered;
    for (int i = 0; i < field->count(); ++i)
        offered.append(field->itemText(i));
    QVERIFY2(offered.contains(QStringLiteral("score")) && offered.contains(QStringLiteral("customer_id")),
             qPrintable(offered.join(QLatin1Char(','))));
    QVERIFY2(editor.findChild<QLabel *>(QStringLiteral("sourceNote"))->text().contains(QStringLiteral("table editor_customers")),
             qPrintable(editor.findChild<QLabel *>(QStringLiteral("sourceNote"))->text()));

    // A new rule is counted in PostgreSQL, and saved.
    QString error;
    editor.builder()->setRule(*Segments::parseRule(QStringLiteral("country = 'FR' and score >= 50"), &error));
    QVERIFY(editor.isCounting());
    QTRY_VERIFY_WITH_TIMEOUT(!editor.isCounting(), 15000);
    int expected = 0;
    for (int i = 0; i < kProfiles; ++i)
        expected += countryAt(i) == QLatin1StringView("FR") && i % 100 >= 50;
    QCOMPARE(editor.memberCount(), expected);
    QPushButton *save = editor.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(editor.result(), int(QDialog::Accepted));
    const std::optional<Workspace::Segment> stored = Workspace::SegmentStore(*m_workspace).find(QStringLiteral("CRM Germany"));
    QCOMPARE(stored->rule, QStringLiteral("country = 'FR' and score >= 50"));
    QCOMPARE(stored->source, settings().name);
    m_segment = *stored;
}

void TestSourceSegmentEditor::wrongPasswordIsShownNotEdited()
{
    Snapchat::MemorySecretStore secrets;
    writeSecret(secrets, QStringLiteral("not the password"));
    SegmentEditor editor(*m_workspace, m_segment, nullptr, &secrets);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    auto *note = editor.findChild<QLabel *>(QStringLiteral("sourceNote"));
    QTRY_VERIFY_WITH_TIMEOUT(note->isVisible(), 15000);
    QVERIFY2(note->text().contains(QStringLiteral("authentication failed for user")), qPrintable(note->text()));
    QVERIFY(!editor.isSourceReady());
    QVERIFY(!editor.builder()->isEnabled());
    QVERIFY(!editor.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->isEnabled());
}

void TestSourceSegmentEditor::segmentsViewCountsInTheSource()
{
    Snapchat::MemorySecretStore secrets;
    writeSecret(secrets, m_env.value(QStringLiteral("PGFIXTURE_PASSWORD")));
    SegmentsView view;
    view.setSecretStore(&secrets);
    view.setWorkspace(m_workspace.get());
    const QModelIndex members = view.model()->index(0, ItemModels::SegmentListModel::Members);
    QCOMPARE(view.model()->index(0, ItemModels::SegmentListModel::Source).data().toString(), QStringLiteral("Source “crm”"));
    // Counted in PostgreSQL off the GUI thread, then shown.
    int expected = 0;
    for (int i = 0; i < kProfiles; ++i)
        expected += countryAt(i) == QLatin1StringView("FR") && i % 100 >= 50;
    QTRY_COMPARE_WITH_TIMEOUT(members.data().toLongLong(), qint64(expected), 15000);

    // A wrong password: an error with the reason, not a number.
    Snapchat::MemorySecretStore wrong;
    writeSecret(wrong, QStringLiteral("not the password"));
    view.setSecretStore(&wrong);
    view.refresh();
    const QModelIndex failed = view.model()->index(0, ItemModels::SegmentListModel::Members);
    QTRY_COMPARE_WITH_TIMEOUT(failed.data().toString(), QStringLiteral("error"), 15000);
    QVERIFY2(failed.data(Qt::ToolTipRole).toString().contains(QStringLiteral("authentication failed")),
             qPrintable(failed.data(Qt::ToolTipRole).toString()));
}

QTEST_MAIN(TestSourceSegmentEditor)
#include "tst_sourcesegmenteditor.moc"

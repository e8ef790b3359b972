#include "accessibilitycheck.h"

#include <import/csvimportdialog.h>

#include <workspace/profilestore.h>
#include <workspace/workspace.h>

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

// The import dialog end to end on real files and a real workspace, driven by keyboard and mouse.
class TestCsvImportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void previewDetectsDelimiterAndIdColumn();
    void importsAndReportsBadRows();
    void badRowsStopTheImportUnlessSkipped();
    void idColumnMustMatchTheWorkspace();
    void cancelLeavesTheWorkspaceAsItWas();

private:
    QString writeCsv(const QString &name, const QByteArray &content);
    void typeFileName(CsvImportDialog &dialog, const QString &fileName);
    void clickImport(CsvImportDialog &dialog);

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace::Workspace> m_workspace;
    int m_workspaceNumber = 0;
};

const QByteArray kCsv = "customer_id;email;plan\n"
                        "A1;ann@example.com;free\n"
                        "A2;bob@example.com;plus\n"
                        ";nobody@example.com;free\n"
                        "A4;dan@example.com;premium;extra\n"
                        "A5;eve@example.com;plus\n";

void TestCsvImportDialog::initTestCase()
{
    QVERIFY(m_dir.isValid());
    qputenv("AUDIENCEBRIDGE_USER", "alice");
}

void TestCsvImportDialog::init()
{
    QString error;
    m_workspace = Workspace::Workspace::open(
        m_dir.filePath(QStringLiteral("w%1.audiencebridge").arg(++m_workspaceNumber)), &error);
    QVERIFY2(m_workspace, qPrintable(error));
}

QString TestCsvImportDialog::writeCsv(const QString &name, const QByteArray &content)
{
    const QString fileName = m_dir.filePath(name);
    QFile file(fileName);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(content);
    return fileName;
}

void TestCsvImportDialog::typeFileName(CsvImportDialog &dialog, const QString &fileName)
{
    auto *edit = dialog.findChild<QLineEdit *>(QStringLiteral("fileEdit"));
    edit->setFocus();
    QTest::keyClicks(edit, fileName);
    QTest::keyClick(edit, Qt::Key_Tab); // leaving the field reads the preview
}

void TestCsvImportDialog::clickImport(CsvImportDialog &dialog)
{
    auto *button = dialog.findChild<QPushButton *>(QStringLiteral("importButton"));
    QVERIFY(button->isVisible() && button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
}

void TestCsvImportDialog::previewDetectsDelimiterAndIdColumn()
{
    CsvImportDialog dialog(*m_workspace);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("importButton"))->isEnabled());
    typeFileName(dialog, writeCsv(QStringLiteral("preview.csv"), kCsv));

    auto *preview = dialog.findChild<QTableWidget *>(QStringLiteral("preview"));
    QCOMPARE(preview->columnCount(), 3);
    QCOMPARE(preview->horizontalHeaderItem(1)->text(), QStringLiteral("email"));
    QCOMPARE(preview->rowCount(), 5);
    QCOMPARE(preview->item(1, 1)->text(), QStringLiteral("bob@example.com"));
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("previewStatus"))->text().contains(QStringLiteral("semicolon")));
    QCOMPARE(dialog.findChild<QComboBox *>(QStringLiteral("idColumn"))->currentText(), QStringLiteral("customer_id"));
    QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("importButton"))->isEnabled());
    const QStringList unnamed = AccessibilityCheck::unnamedControls(&dialog);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));

    typeFileName(dialog, QStringLiteral("-missing"));
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("previewStatus"))->text().startsWith(QStringLiteral("Cannot open")));
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("importButton"))->isEnabled());
}

void TestCsvImportDialog::importsAndReportsBadRows()
{
    CsvImportDialog dialog(*m_workspace);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    typeFileName(dialog, writeCsv(QStringLiteral("bad.csv"), kCsv));
    auto *skip = dialog.findChild<QCheckBox *>(QStringLiteral("skipBadRowsCheck"));
    skip->setFocus();
    QTest::keyClick(skip, Qt::Key_Space);
    QVERIFY(skip->isChecked());
    clickImport(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isImporting(), 20000);

    const QString report = dialog.findChild<QLabel *>(QStringLiteral("reportText"))->text();
    QVERIFY2(report.contains(QStringLiteral("Import finished")), qPrintable(report));
    QVERIFY2(report.contains(QStringLiteral("Rows read: 5")), qPrintable(report));
    QVERIFY(report.contains(QStringLiteral("Imported: 3")));
    QVERIFY(report.contains(QStringLiteral("Skipped: 2")));
    auto *badRows = dialog.findChild<QTreeWidget *>(QStringLiteral("badRows"));
    QCOMPARE(badRows->topLevelItemCount(), 2);
    QCOMPARE(badRows->topLevelItem(0)->text(0), QStringLiteral("4"));
    QVERIFY2(badRows->topLevelItem(0)->text(1).contains(QStringLiteral("empty ID")),
             qPrintable(badRows->topLevelItem(0)->text(1)));
    QCOMPARE(badRows->topLevelItem(1)->text(0), QStringLiteral("5"));
    QVERIFY(dialog.importedAny());

    const Workspace::ProfileStore profiles(m_workspace->database());
    QCOMPARE(profiles.count(), 3);
    QCOMPARE(profiles.profile(QStringLiteral("A5")).value(1), QStringLiteral("eve@example.com"));

    // Close with the keyboard: Escape on the report page closes the dialog.
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QVERIFY(!dialog.isVisible());
}

void TestCsvImportDialog::badRowsStopTheImportUnlessSkipped()
{
    CsvImportDialog dialog(*m_workspace);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    typeFileName(dialog, writeCsv(QStringLiteral("strict.csv"), kCsv));
    clickImport(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isImporting(), 20000);
    const QString report = dialog.findChild<QLabel *>(QStringLiteral("reportText"))->text();
    QVERIFY2(report.contains(QStringLiteral("Nothing was imported")), qPrintable(report));
    QCOMPARE(dialog.findChild<QTreeWidget *>(QStringLiteral("badRows"))->topLevelItemCount(), 2);
    QVERIFY(!dialog.importedAny());
    QCOMPARE(Workspace::ProfileStore(m_workspace->database()).count(), 0);
}

void TestCsvImportDialog::idColumnMustMatchTheWorkspace()
{
    {
        CsvImportDialog first(*m_workspace);
        first.setFileName(writeCsv(QStringLiteral("first.csv"), "id,email\nX1,x@example.com\n"));
        first.startImport();
        QTRY_VERIFY_WITH_TIMEOUT(!first.isImporting(), 20000);
        QVERIFY(first.summary().ok);
    }
    CsvImportDialog dialog(*m_workspace);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    typeFileName(dialog, writeCsv(QStringLiteral("second.csv"), "email,id\ny@example.com,X2\n"));
    // The workspace's ID field is preselected when the file has it.
    auto *idColumn = dialog.findChild<QComboBox *>(QStringLiteral("idColumn"));
    QCOMPARE(idColumn->currentText(), QStringLiteral("id"));
    idColumn->setFocus();
    QTest::keyClick(idColumn, Qt::Key_Up);
    QCOMPARE(idColumn->currentText(), QStringLiteral("email"));
    clickImport(dialog);
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("setupError"));
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("“id”")), qPrintable(error->text()));
    QVERIFY(!dialog.isImporting());
    QTest::keyClick(idColumn, Qt::Key_Down);
    clickImport(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isImporting(), 20000);
    QVERIFY(dialog.summary().ok);
    QCOMPARE(Workspace::ProfileStore(m_workspace->database()).count(), 2);
}

void TestCsvImportDialog::cancelLeavesTheWorkspaceAsItWas()
{
    // Big enough that the import is still reading when Cancel is pressed.
    const QString big = m_dir.filePath(QStringLiteral("big.csv"));
    {
        QFile file(big);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray chunk = "id,email,notes\n";
        for (int i = 0; i < 1'500'000; ++i) {
            chunk += "P" + QByteArray::number(i) + ",p" + QByteArray::number(i)
                + "@example.com,some words to make the file larger than it needs to be\n";
            if (chunk.size() > (1 << 20)) {
                file.write(chunk);
                chunk.clear();
            }
        }
        file.write(chunk);
    }
    CsvImportDialog dialog(*m_workspace);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    dialog.setFileName(big);
    clickImport(dialog);
    QVERIFY(dialog.isImporting());
    QTRY_VERIFY_WITH_TIMEOUT(dialog.findChild<QProgressBar *>(QStringLiteral("importProgress"))->value() > 0, 20000);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("cancelButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isImporting(), 20000);
    QVERIFY(dialog.isVisible()); // the report says what happened
    const QString report = dialog.findChild<QLabel *>(QStringLiteral("reportText"))->text();
    QVERIFY2(report.contains(QStringLiteral("Nothing was imported")), qPrintable(report));
    QVERIFY2(report.contains(QStringLiteral("canceled")), qPrintable(report));
    QVERIFY(!dialog.importedAny());
    QCOMPARE(Workspace::ProfileStore(m_workspace->database()).count(), 0);
}

QTEST_MAIN(TestCsvImportDialog)
#include "tst_csvimportdialog.moc"

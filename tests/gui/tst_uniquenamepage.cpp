// The name page both wizards use: a blank name, a name already in use (whatever its case), names
// that cannot be read, and a new name kept without its surrounding spaces.
#include "wizardtesting.h"

#include <common/inlinemessage.h>
#include <common/uniquenamepage.h>

#include <QLabel>

using namespace WizardTesting;

namespace {

// Names "items" the way ConnectionNamePage and ExportNamePage name connections and exports.
class ItemNamePage : public UniqueNamePage
{
public:
    ItemNamePage()
        : UniqueNamePage(QStringLiteral("itemName"), 20,
                         {.fieldLabel = QStringLiteral("&Name:"),
                          .accessibleName = QStringLiteral("Item name"),
                          .emptyName = QStringLiteral("Enter a name."),
                          .cannotRead = QStringLiteral("Could not read the items: %1"),
                          .nameTaken = QStringLiteral("\"%1\" already exists.")},
                         nullptr)
    {
    }

    QStringList namesInUse;
    QString readError;
    QStringList accepted;

    QLineEdit *edit() const { return nameEdit(); }
    InlineMessage *message() const { return findChild<InlineMessage *>(); }

protected:
    QStringList otherNames(QString *error) const override
    {
        *error = readError;
        return readError.isEmpty() ? namesInUse : QStringList();
    }
    void acceptName(const QString &name) override { accepted.append(name); }
};

} // namespace

class TestUniqueNamePage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fieldIsNamedAndLimited();
    void blankNameIsRefused();
    void nameInUseIsRefusedWhateverItsCase();
    void unreadableNamesAreReported();
    void newNameIsKeptTrimmed();
};

void TestUniqueNamePage::fieldIsNamedAndLimited()
{
    ItemNamePage page;
    QCOMPARE(page.edit()->objectName(), QStringLiteral("itemName"));
    QCOMPARE(page.edit()->accessibleName(), QStringLiteral("Item name"));
    QCOMPARE(page.edit()->maxLength(), 20);
    auto *label = page.findChild<QLabel *>();
    QVERIFY(label);
    QCOMPARE(label->text(), QStringLiteral("&Name:"));
    QCOMPARE(label->buddy(), page.edit()); // Alt+N reaches the field
}

void TestUniqueNamePage::blankNameIsRefused()
{
    ItemNamePage page;
    page.show();
    typeInto(page.edit(), QStringLiteral("   "));
    QVERIFY(!page.validatePage());
    QVERIFY(page.message()->isError());
    QCOMPARE(page.message()->text(), QStringLiteral("Enter a name."));
    QVERIFY(page.accepted.isEmpty());
}

void TestUniqueNamePage::nameInUseIsRefusedWhateverItsCase()
{
    ItemNamePage page;
    page.namesInUse = {QStringLiteral("Weekly"), QStringLiteral("Snapchat EU")};
    page.show();
    QVERIFY(QTest::qWaitForWindowActive(&page));
    typeInto(page.edit(), QStringLiteral("snapchat eu"));
    QVERIFY(!page.validatePage());
    // The message names the item as it is written, and the name is selected to be typed over.
    QCOMPARE(page.message()->text(), QStringLiteral("\"Snapchat EU\" already exists."));
    QVERIFY(page.message()->isVisible());
    QVERIFY(page.edit()->hasFocus());
    QCOMPARE(page.edit()->selectedText(), QStringLiteral("snapchat eu"));
    QVERIFY(page.accepted.isEmpty());

    QTest::keyClicks(page.edit(), QStringLiteral("Snapchat US"));
    QVERIFY(!page.message()->isVisible()); // editing clears the error
    QVERIFY(page.validatePage());
    QCOMPARE(page.accepted, QStringList{QStringLiteral("Snapchat US")});
}

void TestUniqueNamePage::unreadableNamesAreReported()
{
    ItemNamePage page;
    page.readError = QStringLiteral("database is locked");
    page.show();
    typeInto(page.edit(), QStringLiteral("Weekly"));
    QVERIFY(!page.validatePage());
    QCOMPARE(page.message()->text(), QStringLiteral("Could not read the items: database is locked"));
    QVERIFY(page.accepted.isEmpty());
}

void TestUniqueNamePage::newNameIsKeptTrimmed()
{
    ItemNamePage page;
    page.namesInUse = {QStringLiteral("Weekly")};
    page.show();
    typeInto(page.edit(), QStringLiteral("  Weekly plus  "));
    QVERIFY(page.validatePage());
    QCOMPARE(page.accepted, QStringList{QStringLiteral("Weekly plus")});
    QVERIFY(!page.message()->isVisible());
}

QTEST_MAIN(TestUniqueNamePage)
#include "tst_uniquenamepage.moc"

// Opening the wizards the way the main window does: refused roles see the reason instead of a
// wizard; a wizard closed without saving reports that nothing changed.
#include <connection/connectionwizard.h>
#include <export/exportwizard.h>
#include <snapchat/memorysecretstore.h>
#include <wizardlaunch.h>
#include <workspace/userstore.h>
#include <workspace/workspace.h>

#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

class TestWizardLaunch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void contributorSeesWhyInsteadOfConnectionWizard();
    void cancelledWizardsSaveNothing();

private:
    // Runs check on the next modal window to appear, then closes it.
    void onNextModal(std::function<void(QWidget *modal)> check);
    void reopenAs(const QString &user);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace::Workspace> m_workspace;
    Snapchat::MemorySecretStore m_secrets;
    QNetworkAccessManager m_network;
    QStringList m_seen;
};

void TestWizardLaunch::init()
{
    qputenv("AUDIENCEBRIDGE_USER", "alice");
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    m_workspace = Workspace::Workspace::open(m_dir->filePath(QStringLiteral("w.abw")), &error);
    QVERIFY2(m_workspace, qPrintable(error));
    m_seen.clear();
}

void TestWizardLaunch::cleanup()
{
    m_workspace.reset();
    m_dir.reset();
    qunsetenv("AUDIENCEBRIDGE_USER");
}

void TestWizardLaunch::reopenAs(const QString &user)
{
    m_workspace.reset();
    qputenv("AUDIENCEBRIDGE_USER", user.toUtf8());
    QString error;
    m_workspace = Workspace::Workspace::open(m_dir->filePath(QStringLiteral("w.abw")), &error);
    QVERIFY2(m_workspace, qPrintable(error));
}

void TestWizardLaunch::onNextModal(std::function<void(QWidget *modal)> check)
{
    auto *timer = new QTimer(this);
    timer->setInterval(20);
    connect(timer, &QTimer::timeout, this, [this, timer, check] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal)
            return;
        timer->stop();
        timer->deleteLater();
        m_seen.append(QString::fromLatin1(modal->metaObject()->className()));
        check(modal);
        QTest::keyClick(modal, Qt::Key_Escape);
    });
    timer->start();
}

void TestWizardLaunch::contributorSeesWhyInsteadOfConnectionWizard()
{
    QString error;
    QVERIFY(Workspace::UserStore(*m_workspace).add(QStringLiteral("carl"), Workspace::Role::Contributor, &error));
    reopenAs(QStringLiteral("carl"));
    QString text;
    onNextModal([&text](QWidget *modal) {
        if (auto *box = qobject_cast<QMessageBox *>(modal))
            text = box->text();
    });
    QVERIFY(!runAddConnectionWizard(*m_workspace, m_secrets, &m_network, nullptr));
    QCOMPARE(m_seen, QStringList{QStringLiteral("QMessageBox")});
    QVERIFY2(text.contains(QStringLiteral("administrator")), qPrintable(text));
}

void TestWizardLaunch::cancelledWizardsSaveNothing()
{
    onNextModal([](QWidget *) {});
    QVERIFY(!runAddConnectionWizard(*m_workspace, m_secrets, &m_network, nullptr));
    bool ranNow = false;
    onNextModal([](QWidget *) {});
    QVERIFY(!runAddExportWizard(*m_workspace, m_secrets, &m_network, nullptr, [&](qint64) { ranNow = true; }));
    QCOMPARE(m_seen, (QStringList{QStringLiteral("ConnectionWizard"), QStringLiteral("ExportWizard")}));
    QVERIFY(!ranNow);
}

QTEST_MAIN(TestWizardLaunch)
#include "tst_wizardlaunch.moc"

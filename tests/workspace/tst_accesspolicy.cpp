// Every role rule: the policy's decision table, and the stores refusing (and auditing) what a
// role may not do.
#include <workspace/accesspolicy.h>
#include <workspace/connectionstore.h>
#include <workspace/exportstore.h>
#include <workspace/segmentstore.h>
#include <workspace/userstore.h>
#include <workspace/workspace.h>

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Workspace;

class TestAccessPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void decisionTable_data();
    void decisionTable();
    void administratorManagesConnections();
    void contributorsSeeOnlyNameAndTypeOfUsableConnections();
    void connectionForUseFollowsWhoMayUseIt();
    void hiddenConnectionIsFoundToBeRefused();
    void connectionActionsRefusedForOthers_data();
    void connectionActionsRefusedForOthers();
    void contributorExportsOnlyOnUsableConnections();
    void viewersOnlyLook();
    void unknownUserMayDoNothing();
    void changingWhoMayUseKeepsExports();
    void onlyAdministratorsManageUsers();
    void lastAdministratorStays();

private:
    std::unique_ptr<Workspace::Workspace> as(const QString &user);
    int deniedCount(const QString &action);
    Export exportOn(const QString &connectionId, const QString &name) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace::Workspace> m_admin;
    QString m_open;   // usable by contributors
    QString m_locked; // administrators only
    qint64 m_segment = 0;
    qint64 m_openExport = 0;
    qint64 m_lockedExport = 0;
};

std::unique_ptr<Workspace::Workspace> TestAccessPolicy::as(const QString &user)
{
    QString error;
    auto workspace = Workspace::Workspace::open(m_dir->filePath(QStringLiteral("w.ab")), {user, 5000}, &error);
    if (!workspace)
        qWarning() << error;
    return workspace;
}

int TestAccessPolicy::deniedCount(const QString &action)
{
    QSqlQuery query(m_admin->database());
    query.prepare(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = ?"));
    query.addBindValue(QString(QLatin1StringView("denied:") + action));
    return query.exec() && query.next() ? query.value(0).toInt() : -1;
}

Export TestAccessPolicy::exportOn(const QString &connectionId, const QString &name) const
{
    Export e;
    e.name = name;
    e.connectionId = connectionId;
    e.adAccountId = QStringLiteral("acc-1");
    e.emailField = QStringLiteral("email");
    e.segmentIds = {m_segment};
    return e;
}

void TestAccessPolicy::init()
{
    if (qstrcmp(QTest::currentTestFunction(), "decisionTable") == 0)
        return; // pure logic, no workspace needed
    m_dir = std::make_unique<QTemporaryDir>();
    m_admin = as(QStringLiteral("ada"));
    QVERIFY(m_admin);
    QString error;
    UserStore users(*m_admin);
    QVERIFY2(users.add(QStringLiteral("carl"), Role::Contributor, &error), qPrintable(error));
    QVERIFY(users.add(QStringLiteral("vera"), Role::Viewer, &error));
    ConnectionStore connections(*m_admin);
    Connection open;
    open.name = QStringLiteral("Shared Snap");
    open.clientId = QStringLiteral("client-1");
    open.apiBaseUrl = QStringLiteral("http://127.0.0.1:1/v1");
    open.accountsBaseUrl = QStringLiteral("http://127.0.0.1:1/accounts");
    open.allowContributors = true;
    QVERIFY2(connections.add(open, &error), qPrintable(error));
    m_open = open.id;
    Connection locked = open;
    locked.id.clear();
    locked.name = QStringLiteral("Admin Snap");
    locked.allowContributors = false;
    QVERIFY(connections.add(locked, &error));
    m_locked = locked.id;
    Segment segment;
    QVERIFY2(SegmentStore(*m_admin).createRule(QStringLiteral("All"), QStringLiteral("id is not empty"), &segment, &error),
             qPrintable(error));
    m_segment = segment.id;
    ExportStore exports(*m_admin);
    Export a = exportOn(m_open, QStringLiteral("Open export"));
    QVERIFY2(exports.create(a, &error), qPrintable(error));
    m_openExport = a.id;
    Export b = exportOn(m_locked, QStringLiteral("Locked export"));
    QVERIFY(exports.create(b, &error));
    m_lockedExport = b.id;
}

void TestAccessPolicy::decisionTable_data()
{
    QTest::addColumn<int>("role"); // -1: not a user
    QTest::addColumn<int>("action");
    QTest::addColumn<bool>("connectionAllowsContributors");
    QTest::addColumn<bool>("allowed");
    const QList<Action> everything{
        Action::ViewUsers, Action::ManageUsers, Action::ViewConnectionDetails, Action::AddConnection,
        Action::EditConnection, Action::RemoveConnection, Action::ListConnections, Action::UseConnection,
        Action::ViewExports, Action::CreateExport, Action::EditExport, Action::DeleteExport,
        Action::RunExport, Action::ViewProfiles, Action::ImportProfiles, Action::ViewSegments,
        Action::ManageSegments, Action::ViewRuns, Action::ViewAuditLog};
    const QList<Action> looking{Action::ViewUsers, Action::ViewExports, Action::ViewProfiles,
                                Action::ViewSegments, Action::ViewRuns};
    const QList<Action> onConnection{Action::UseConnection, Action::CreateExport, Action::EditExport,
                                     Action::DeleteExport, Action::RunExport};
    const QList<Action> contributorWork{Action::ImportProfiles, Action::ManageSegments, Action::ListConnections};
    for (Action action : everything) {
        for (bool allows : {false, true}) {
            const QString suffix = QLatin1Char(' ') + actionName(action)
                + (allows ? QLatin1StringView(" (open)") : QLatin1StringView(" (admins only)"));
            QTest::newRow(qPrintable(QStringLiteral("administrator") + suffix))
                << int(Role::Administrator) << int(action) << allows << true;
            const bool contributor = looking.contains(action) || contributorWork.contains(action)
                || (onConnection.contains(action) && allows);
            QTest::newRow(qPrintable(QStringLiteral("contributor") + suffix))
                << int(Role::Contributor) << int(action) << allows << contributor;
            QTest::newRow(qPrintable(QStringLiteral("viewer") + suffix))
                << int(Role::Viewer) << int(action) << allows << looking.contains(action);
            QTest::newRow(qPrintable(QStringLiteral("not a user") + suffix))
                << -1 << int(action) << allows << false;
        }
    }
}

void TestAccessPolicy::decisionTable()
{
    QFETCH(int, role);
    QFETCH(int, action);
    QFETCH(bool, connectionAllowsContributors);
    QFETCH(bool, allowed);
    const AccessPolicy policy(QStringLiteral("someone"),
                              role < 0 ? std::nullopt : std::optional<Role>(Role(role)));
    const ConnectionAccess connection{QStringLiteral("Snap"), connectionAllowsContributors};
    const Decision decision = policy.decide(Action(action), &connection);
    QCOMPARE(decision.allowed, allowed);
    QCOMPARE(decision.reason.isEmpty(), allowed); // every refusal says why
    if (!allowed)
        QVERIFY(decision.reason.contains(QLatin1StringView("someone")));
}

void TestAccessPolicy::administratorManagesConnections()
{
    QString error;
    ConnectionStore connections(*m_admin);
    QCOMPARE(connections.list(&error).size(), 2);
    std::optional<Connection> full = connections.get(m_locked, &error);
    QVERIFY2(full, qPrintable(error));
    QCOMPARE(full->clientId, QStringLiteral("client-1"));
    full->name = QStringLiteral("Admin Snap 2");
    QVERIFY2(connections.update(*full, &error), qPrintable(error));
    // A connection with exports cannot be removed; one without can.
    QVERIFY(!connections.remove(m_locked, &error));
    QVERIFY2(error.contains(QLatin1StringView("used by")), qPrintable(error));
    QVERIFY(ExportStore(*m_admin).remove(m_lockedExport, &error));
    QVERIFY2(connections.remove(m_locked, &error), qPrintable(error));
    QCOMPARE(connections.list(&error).size(), 1);
}

void TestAccessPolicy::contributorsSeeOnlyNameAndTypeOfUsableConnections()
{
    auto carl = as(QStringLiteral("carl"));
    QString error;
    const QList<Connection> visible = ConnectionStore(*carl).list(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(visible.size(), 1);
    QCOMPARE(visible[0].name, QStringLiteral("Shared Snap"));
    QCOMPARE(visible[0].type, QStringLiteral("snapchat"));
    QVERIFY(visible[0].detailsHidden);
    QVERIFY(visible[0].clientId.isEmpty());
    QVERIFY(visible[0].apiBaseUrl.isEmpty());
    QVERIFY(visible[0].createdBy.isEmpty());
}

void TestAccessPolicy::connectionForUseFollowsWhoMayUseIt()
{
    QString error;
    auto carl = as(QStringLiteral("carl"));
    const auto open = ConnectionStore(*carl).forUse(m_open, &error);
    QVERIFY2(open, qPrintable(error));
    QCOMPARE(open->clientId, QStringLiteral("client-1"));
    QCOMPARE(open->apiBaseUrl, QStringLiteral("http://127.0.0.1:1/v1"));
    QVERIFY(!ConnectionStore(*carl).forUse(m_locked, &error));
    QVERIFY(error.contains(QStringLiteral("Admin Snap")));
    QCOMPARE(deniedCount(QStringLiteral("use_connection")), 1);
    auto vera = as(QStringLiteral("vera"));
    QVERIFY(!ConnectionStore(*vera).forUse(m_open, &error));
    QVERIFY(ConnectionStore(*m_admin).forUse(m_locked, &error));
    QVERIFY(!ConnectionStore(*m_admin).forUse(QStringLiteral("nope"), &error));
}

void TestAccessPolicy::hiddenConnectionIsFoundToBeRefused()
{
    // A contributor does not see the administrators' connection in the list, yet naming it must
    // lead to a refusal in the audit log, not to "no such connection".
    auto carl = as(QStringLiteral("carl"));
    const ConnectionStore store(*carl);
    QString error;
    QCOMPARE(store.list(&error).size(), 1);
    QCOMPARE(store.idOf(QStringLiteral("Admin Snap")), std::optional<QString>(m_locked));
    QCOMPARE(store.idOf(m_locked), std::optional<QString>(m_locked));
    QCOMPARE(store.idOf(QStringLiteral("Shared Snap")), std::optional<QString>(m_open));
    QVERIFY(!store.idOf(QStringLiteral("admin snap"))); // names are exact
    QVERIFY(!store.idOf(QStringLiteral("Nobody's")));
    const std::optional<ConnectionAccess> access = store.access(*store.idOf(QStringLiteral("Admin Snap")));
    QVERIFY(access);
    QVERIFY(!carl->authorize(Action::CreateExport, access->name, &error, &*access));
    QVERIFY2(error.contains(QLatin1StringView("'Admin Snap' is for administrators only")) && error.contains(QLatin1StringView("'carl'")),
             qPrintable(error));
    QCOMPARE(deniedCount(QStringLiteral("create_export")), 1);
}

void TestAccessPolicy::connectionActionsRefusedForOthers_data()
{
    QTest::addColumn<QString>("user");
    QTest::newRow("contributor") << QStringLiteral("carl");
    QTest::newRow("viewer") << QStringLiteral("vera");
}

void TestAccessPolicy::connectionActionsRefusedForOthers()
{
    QFETCH(QString, user);
    auto workspace = as(user);
    ConnectionStore connections(*workspace);
    QString error;
    Connection added;
    added.name = QStringLiteral("Mine");
    QVERIFY(!connections.add(added, &error));
    QVERIFY2(error.contains(QLatin1StringView("Only administrators may add connections")), qPrintable(error));
    QVERIFY(!connections.get(m_open, &error));
    QVERIFY(error.contains(QLatin1StringView("Only administrators may see a connection's details")));
    Connection edited;
    edited.id = m_open;
    edited.name = QStringLiteral("Renamed");
    QVERIFY(!connections.update(edited, &error));
    QVERIFY(!connections.setAllowContributors(m_locked, true, &error));
    QVERIFY(!connections.remove(m_open, &error));
    QVERIFY(error.contains(QLatin1StringView("Only administrators may remove connections")));
    QCOMPARE(deniedCount(QStringLiteral("add_connection")), 1);
    QCOMPARE(deniedCount(QStringLiteral("view_connection")), 1);
    QCOMPARE(deniedCount(QStringLiteral("edit_connection")), 2);
    QCOMPARE(deniedCount(QStringLiteral("remove_connection")), 1);
    // Nothing changed.
    QCOMPARE(ConnectionStore(*m_admin).list(&error).size(), 2);
    QCOMPARE(ConnectionStore(*m_admin).get(m_open, &error)->name, QStringLiteral("Shared Snap"));
}

void TestAccessPolicy::contributorExportsOnlyOnUsableConnections()
{
    auto carl = as(QStringLiteral("carl"));
    ExportStore exports(*carl);
    QString error;
    Export mine = exportOn(m_open, QStringLiteral("Carl's export"));
    QVERIFY2(exports.create(mine, &error), qPrintable(error));
    mine.mode = ExportMode::Mirror;
    QVERIFY2(exports.update(mine, &error), qPrintable(error));
    QVERIFY2(exports.authorizeRun(mine.id, &error), qPrintable(error));

    Export onLocked = exportOn(m_locked, QStringLiteral("Sneaky"));
    QVERIFY(!exports.create(onLocked, &error));
    QVERIFY2(error.contains(QLatin1StringView("Connection 'Admin Snap' is for administrators only")), qPrintable(error));
    // Moving an export to a connection the contributor may not use is refused too.
    mine.connectionId = m_locked;
    QVERIFY(!exports.update(mine, &error));
    QVERIFY(!exports.authorizeRun(m_lockedExport, &error));
    QVERIFY(!exports.remove(m_lockedExport, &error));
    std::optional<Export> locked = exports.get(m_lockedExport, &error);
    QVERIFY(locked); // looking is fine
    locked->schedule = QStringLiteral("daily");
    QVERIFY(!exports.update(*locked, &error));
    QCOMPARE(deniedCount(QStringLiteral("create_export")), 1);
    QCOMPARE(deniedCount(QStringLiteral("edit_export")), 2);
    QCOMPARE(deniedCount(QStringLiteral("run_export")), 1);
    QCOMPARE(deniedCount(QStringLiteral("delete_export")), 1);
    QVERIFY2(exports.remove(mine.id, &error), qPrintable(error));
    // Segments: contributors manage them.
    QVERIFY2(SegmentStore(*carl).createRule(QStringLiteral("Carl's"), QStringLiteral("id = 'x'"), nullptr, &error),
             qPrintable(error));
}

void TestAccessPolicy::viewersOnlyLook()
{
    auto vera = as(QStringLiteral("vera"));
    QString error;
    ExportStore exports(*vera);
    QCOMPARE(exports.list(&error).size(), 2);
    QVERIFY(error.isEmpty());
    QVERIFY(SegmentStore(*vera).list(&error).size() == 1 && error.isEmpty());
    QCOMPARE(UserStore(*vera).list(&error).size(), 3);
    Export e = exportOn(m_open, QStringLiteral("Vera's"));
    QVERIFY(!exports.create(e, &error));
    QVERIFY2(error.contains(QLatin1StringView("Viewers only look")), qPrintable(error));
    QVERIFY(!exports.authorizeRun(m_openExport, &error));
    QVERIFY(!exports.remove(m_openExport, &error));
    std::optional<Export> open = exports.get(m_openExport, &error);
    QVERIFY(!exports.update(*open, &error));
    QVERIFY(!SegmentStore(*vera).createRule(QStringLiteral("V"), QStringLiteral("id = 'x'"), nullptr, &error));
    QVERIFY(!SegmentStore(*vera).remove(m_segment, &error));
    QVERIFY(ConnectionStore(*vera).list(&error).isEmpty());
    QVERIFY(error.contains(QLatin1StringView("Only administrators and contributors may list connections")));
    QCOMPARE(deniedCount(QStringLiteral("run_export")), 1);
    QCOMPARE(deniedCount(QStringLiteral("manage_segments")), 2);
    QCOMPARE(deniedCount(QStringLiteral("list_connections")), 1);
}

void TestAccessPolicy::unknownUserMayDoNothing()
{
    auto mallory = as(QStringLiteral("mallory"));
    QVERIFY(mallory);
    QString error;
    QVERIFY(ExportStore(*mallory).list(&error).isEmpty());
    QVERIFY2(error.contains(QLatin1StringView("'mallory' is not a user of this workspace")), qPrintable(error));
    QVERIFY(SegmentStore(*mallory).list(&error).isEmpty());
    QVERIFY(!UserStore(*mallory).add(QStringLiteral("mallory"), Role::Administrator, &error));
    QCOMPARE(deniedCount(QStringLiteral("view_exports")), 1);
    QCOMPARE(deniedCount(QStringLiteral("manage_users")), 1);
}

void TestAccessPolicy::changingWhoMayUseKeepsExports()
{
    QString error;
    QVERIFY(ConnectionStore(*m_admin).setAllowContributors(m_open, false, &error));
    QCOMPARE(ExportStore(*m_admin).list(&error).size(), 2);
    auto carl = as(QStringLiteral("carl"));
    QVERIFY(!ExportStore(*carl).authorizeRun(m_openExport, &error));
    QVERIFY(ConnectionStore(*carl).list(&error).isEmpty());
    QVERIFY(ConnectionStore(*m_admin).setAllowContributors(m_open, true, &error));
    QVERIFY(ExportStore(*carl).authorizeRun(m_openExport, &error));
}

void TestAccessPolicy::onlyAdministratorsManageUsers()
{
    QString error;
    for (const QString &user : {QStringLiteral("carl"), QStringLiteral("vera")}) {
        auto workspace = as(user);
        UserStore users(*workspace);
        QVERIFY(!users.add(QStringLiteral("newbie"), Role::Viewer, &error));
        QVERIFY2(error.contains(QLatin1StringView("Only administrators may manage users")), qPrintable(error));
        QVERIFY(!users.setRole(user, Role::Administrator, &error));
        QVERIFY(!users.remove(QStringLiteral("ada"), &error));
    }
    QCOMPARE(deniedCount(QStringLiteral("manage_users")), 6);
    UserStore users(*m_admin);
    QVERIFY(users.setRole(QStringLiteral("vera"), Role::Contributor, &error));
    auto vera = as(QStringLiteral("vera"));
    QCOMPARE(vera->policy().role(), Role::Contributor);
    QVERIFY(users.remove(QStringLiteral("vera"), &error));
    QVERIFY(!as(QStringLiteral("vera"))->policy().role());
    QVERIFY(!users.add(QStringLiteral("carl"), Role::Viewer, &error));
    QVERIFY(error.contains(QLatin1StringView("already")));
    const QList<AuditEntry> log = m_admin->auditLog().latest(3);
    QCOMPARE(log[0].action, QStringLiteral("remove_user"));
    QCOMPARE(log[1].action, QStringLiteral("set_role"));
    QCOMPARE(log[1].details, QStringLiteral("viewer -> contributor"));
}

void TestAccessPolicy::lastAdministratorStays()
{
    QString error;
    UserStore users(*m_admin);
    QVERIFY(!users.setRole(QStringLiteral("ada"), Role::Viewer, &error));
    QVERIFY2(error.contains(QLatin1StringView("only administrator")), qPrintable(error));
    QVERIFY(!users.remove(QStringLiteral("ada"), &error));
    QVERIFY(users.add(QStringLiteral("bea"), Role::Administrator, &error));
    QVERIFY2(users.setRole(QStringLiteral("ada"), Role::Viewer, &error), qPrintable(error));
    QCOMPARE(m_admin->policy().role(), Role::Viewer);
}

QTEST_GUILESS_MAIN(TestAccessPolicy)
#include "tst_accesspolicy.moc"

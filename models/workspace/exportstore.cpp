#include "exportstore.h"

#include "connectionstore.h"
#include "sqlvalues.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Workspace {

namespace {

constexpr QLatin1StringView kColumns(
    "id, name, connection_id, ad_account_id, audience_id, new_audience, email_field, phone_field,"
    " default_region, maid_field, mode, schedule, created_by, created_at, updated_at");

QVariant nullable(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

Export fromQuery(const QSqlQuery &query)
{
    Export e;
    e.id = query.value(0).toLongLong();
    e.name = query.value(1).toString();
    e.connectionId = query.value(2).toString();
    e.adAccountId = query.value(3).toString();
    e.audienceId = query.value(4).toString();
    e.newAudience = jsonObject(query.value(5));
    e.emailField = query.value(6).toString();
    e.phoneField = query.value(7).toString();
    e.defaultRegion = query.value(8).toString();
    e.maidField = query.value(9).toString();
    e.mode = query.value(10).toString() == QLatin1StringView("mirror") ? ExportMode::Mirror
                                                                        : ExportMode::Add;
    e.schedule = query.value(11).toString();
    e.createdBy = query.value(12).toString();
    e.createdAt = timeFromText(query.value(13));
    e.updatedAt = timeFromText(query.value(14));
    return e;
}

// The export's row without its segments, whoever asks (the callers check the rules).
std::optional<Export> selectExport(const QSqlDatabase &db, qint64 id)
{
    QSqlQuery query(db);
    query.prepare(QLatin1StringView("SELECT ") + kColumns + QLatin1StringView(" FROM exports WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return fromQuery(query);
}

// Binds the columns a user edits, from name to schedule, in the order both the INSERT of create()
// and the UPDATE of update() name them.
void bindEditableColumns(QSqlQuery &query, const Export &e)
{
    query.addBindValue(e.name);
    query.addBindValue(e.connectionId);
    query.addBindValue(e.adAccountId);
    query.addBindValue(nullable(e.audienceId));
    query.addBindValue(jsonText(e.newAudience));
    query.addBindValue(nullable(e.emailField));
    query.addBindValue(nullable(e.phoneField));
    query.addBindValue(nullable(e.defaultRegion));
    query.addBindValue(nullable(e.maidField));
    query.addBindValue(e.mode == ExportMode::Mirror ? QStringLiteral("mirror") : QStringLiteral("add"));
    query.addBindValue(nullable(e.schedule));
}

QList<qint64> segmentsOf(const QSqlDatabase &db, qint64 id)
{
    QList<qint64> ids;
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "SELECT segment_id FROM export_segments WHERE export_id = ? ORDER BY segment_id"));
    query.addBindValue(id);
    if (query.exec()) {
        while (query.next())
            ids.append(query.value(0).toLongLong());
    }
    return ids;
}

} // namespace

ExportStore::ExportStore(Workspace &workspace)
    : m_workspace(workspace)
{
}

QList<Export> ExportStore::list(QString *error) const
{
    QList<Export> exports;
    if (!m_workspace.authorize(Action::ViewExports, QStringLiteral("exports"), error))
        return exports;
    QSqlQuery query(m_workspace.database());
    query.setForwardOnly(true);
    if (!query.exec(QLatin1StringView("SELECT ") + kColumns
                    + QLatin1StringView(" FROM exports ORDER BY name"))) {
        *error = query.lastError().text();
        return exports;
    }
    while (query.next())
        exports.append(fromQuery(query));
    for (Export &e : exports)
        e.segmentIds = segmentsOf(m_workspace.database(), e.id);
    return exports;
}

std::optional<Export> ExportStore::get(qint64 id, QString *error) const
{
    if (!m_workspace.authorize(Action::ViewExports, QString::number(id), error))
        return std::nullopt;
    std::optional<Export> e = selectExport(m_workspace.database(), id);
    if (!e) {
        *error = tr("No export with id %1.").arg(id);
        return std::nullopt;
    }
    e->segmentIds = segmentsOf(m_workspace.database(), id);
    return e;
}

bool ExportStore::checkConnection(const QString &connectionId, Action action, const QString &target,
                                  QString *error)
{
    const std::optional<ConnectionAccess> access =
        ConnectionStore(m_workspace).access(connectionId);
    if (!access) {
        // Still apply the role rule first, so a viewer hears that they may not, not that the
        // connection is missing.
        if (!m_workspace.authorize(action, target, error))
            return false;
        *error = tr("No connection with id '%1'.").arg(connectionId);
        return false;
    }
    return m_workspace.authorize(action, target, error, &*access);
}

bool ExportStore::validate(const Export &e, QString *error) const
{
    if (e.name.trimmed().isEmpty()) {
        *error = tr("An export needs a name.");
        return false;
    }
    if (e.adAccountId.isEmpty()) {
        *error = tr("Export '%1' needs an ad account.").arg(e.name);
        return false;
    }
    if (e.emailField.isEmpty()) {
        *error = tr("Export '%1' needs the profile field that holds the email address.").arg(e.name);
        return false;
    }
    if (e.segmentIds.isEmpty()) {
        *error = tr("Export '%1' needs at least one segment.").arg(e.name);
        return false;
    }
    // One run reads its members from one place: the workspace's profiles or one profile source.
    QSqlQuery query(m_workspace.database());
    query.prepare(QLatin1StringView("SELECT count(DISTINCT coalesce(source, '')) FROM segments WHERE id IN (")
                  + QStringList(e.segmentIds.size(), QStringLiteral("?")).join(QLatin1Char(',')) + QLatin1Char(')'));
    for (const qint64 id : e.segmentIds)
        query.addBindValue(id);
    if (query.exec() && query.next() && query.value(0).toInt() > 1) {
        *error = tr("The segments of export '%1' read different profiles (the workspace's, or "
                    "different profile sources): one export reads one of them.")
                     .arg(e.name);
        return false;
    }
    return true;
}

bool ExportStore::writeSegments(qint64 id, const QList<qint64> &segmentIds, QString *error)
{
    QSqlQuery query(m_workspace.database());
    query.prepare(QStringLiteral("DELETE FROM export_segments WHERE export_id = ?"));
    query.addBindValue(id);
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    query.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO export_segments(export_id, segment_id) VALUES(?, ?)"));
    for (qint64 segmentId : segmentIds) {
        query.addBindValue(id);
        query.addBindValue(segmentId);
        if (!query.exec()) {
            *error = tr("Segment %1 does not exist.").arg(segmentId);
            return false;
        }
    }
    return true;
}

bool ExportStore::create(Export &e, QString *error)
{
    if (!checkConnection(e.connectionId, Action::CreateExport, e.name, error)
        || !validate(e, error))
        return false;
    QSqlDatabase db = m_workspace.database();
    db.transaction();
    const QString now = nowText();
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "INSERT INTO exports(name, connection_id, ad_account_id, audience_id, new_audience,"
        " email_field, phone_field, default_region, maid_field, mode, schedule, created_by,"
        " created_at, updated_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    bindEditableColumns(query, e);
    query.addBindValue(m_workspace.user());
    query.addBindValue(now);
    query.addBindValue(now);
    if (!query.exec()) {
        *error = query.lastError().text().contains(QLatin1StringView("UNIQUE"))
            ? tr("An export named '%1' already exists.").arg(e.name)
            : query.lastError().text();
        db.rollback();
        return false;
    }
    const qint64 id = query.lastInsertId().toLongLong();
    if (!writeSegments(id, e.segmentIds, error) || !db.commit()) {
        db.rollback();
        return false;
    }
    e.id = id;
    e.createdBy = m_workspace.user();
    e.createdAt = e.updatedAt = timeFromText(now);
    m_workspace.audit(QStringLiteral("create_export"), e.name, QString::number(id));
    return true;
}

bool ExportStore::update(const Export &e, QString *error)
{
    const std::optional<Export> before = selectExport(m_workspace.database(), e.id);
    // Editing needs the right to use both the old and the new connection.
    if (before
        && !checkConnection(before->connectionId, Action::EditExport, e.name,
                            error))
        return false;
    if (!checkConnection(e.connectionId, Action::EditExport, e.name, error))
        return false;
    if (!before) {
        *error = tr("No export with id %1.").arg(e.id);
        return false;
    }
    if (!validate(e, error))
        return false;
    QSqlDatabase db = m_workspace.database();
    db.transaction();
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "UPDATE exports SET name = ?, connection_id = ?, ad_account_id = ?, audience_id = ?,"
        " new_audience = ?, email_field = ?, phone_field = ?, default_region = ?, maid_field = ?,"
        " mode = ?, schedule = ?, updated_at = ? WHERE id = ?"));
    bindEditableColumns(query, e);
    query.addBindValue(nowText());
    query.addBindValue(e.id);
    if (!query.exec() || !writeSegments(e.id, e.segmentIds, error) || !db.commit()) {
        if (query.lastError().isValid())
            *error = query.lastError().text();
        db.rollback();
        return false;
    }
    m_workspace.audit(QStringLiteral("edit_export"), e.name, QString::number(e.id));
    return true;
}

bool ExportStore::remove(qint64 id, QString *error)
{
    QSqlQuery query(m_workspace.database());
    query.prepare(QStringLiteral("SELECT name, connection_id FROM exports WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next()) {
        if (!m_workspace.authorize(Action::DeleteExport, QString::number(id), error))
            return false;
        *error = tr("No export with id %1.").arg(id);
        return false;
    }
    const QString name = query.value(0).toString();
    if (!checkConnection(query.value(1).toString(), Action::DeleteExport, name,
                         error))
        return false;
    query.prepare(QStringLiteral("DELETE FROM exports WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    m_workspace.audit(QStringLiteral("delete_export"), name, QString::number(id));
    return true;
}

bool ExportStore::authorizeRun(qint64 id, QString *error)
{
    QSqlQuery query(m_workspace.database());
    query.prepare(QStringLiteral("SELECT name, connection_id FROM exports WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next()) {
        *error = tr("No export with id %1.").arg(id);
        return false;
    }
    return checkConnection(query.value(1).toString(), Action::RunExport,
                           query.value(0).toString(), error);
}

bool ExportStore::setAudienceId(qint64 id, const QString &audienceId, QString *error)
{
    QSqlQuery query(m_workspace.database());
    query.prepare(QStringLiteral("UPDATE exports SET audience_id = ? WHERE id = ?"));
    query.addBindValue(audienceId);
    query.addBindValue(id);
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    return true;
}

} // namespace Workspace

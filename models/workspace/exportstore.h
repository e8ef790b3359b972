#pragma once

#include "accesspolicy.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Workspace {

class Workspace;

enum class ExportMode { Add, Mirror }; // mirror also removes who left the segments

struct Export {
    qint64 id = 0; // set by create()
    QString name;
    QString connectionId;
    QString adAccountId;
    QString audienceId;       // empty: create a new audience from newAudience on the first run
    QJsonObject newAudience;  // {"name", "description", "retention_in_days"}
    QString emailField;       // profile fields holding identifiers; empty when not exported
    QString phoneField;
    QString defaultRegion;    // for phone numbers without a country code
    QString maidField;
    ExportMode mode = ExportMode::Add;
    QString schedule;         // empty: on demand
    QList<qint64> segmentIds; // members of any of them are exported
    QString createdBy;
    QDateTime createdAt;
    QDateTime updatedAt;
};

// Exports and the segments they send. Administrators and contributors create, edit, delete and
// run exports on connections they may use; everyone in the workspace may look.
class ExportStore
{
    Q_DECLARE_TR_FUNCTIONS(Workspace)
public:
    explicit ExportStore(Workspace &workspace);

    QList<Export> list(QString *error) const;
    std::optional<Export> get(qint64 id, QString *error) const;
    bool create(Export &exportRecord, QString *error);
    bool update(const Export &exportRecord, QString *error);
    bool remove(qint64 id, QString *error);
    // The check the export pipeline makes before it starts a run (refusals are audited).
    bool authorizeRun(qint64 id, QString *error);
    // Sets the audience id once a run has created the audience.
    bool setAudienceId(qint64 id, const QString &audienceId, QString *error);

private:
    bool checkConnection(const QString &connectionId, Action action, const QString &target,
                         QString *error);
    bool writeSegments(qint64 id, const QList<qint64> &segmentIds, QString *error);
    bool validate(const Export &exportRecord, QString *error) const;

    Workspace &m_workspace;
};

} // namespace Workspace

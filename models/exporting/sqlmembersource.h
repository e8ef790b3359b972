#pragma once

#include "membersource.h"

#include <sources/secretprovider.h>
#include <sources/sqlprofilesource.h>
#include <workspace/segmentstore.h>

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <array>
#include <functional>
#include <memory>
#include <optional>

class QObject;

namespace Snapchat {
class SecretStore;
}

namespace Workspace {
class Workspace;
}

namespace Exporting {

// The members of an export's segments over a profile source, streamed from its database: the
// segments' rules joined with "or" in ONE query (a profile in several segments is read once),
// in ID order, forward-only, so memory stays flat whatever the table's size. Created and used
// on the worker thread, which opens its own database connection.
class SqlMemberSource : public MemberSource
{
public:
    // fields: the source's column per schema (email, phone, mobile ad ID); empty when not matched.
    SqlMemberSource(const Sources::SqlSourceSettings &settings, const std::optional<QString> &password,
                    QList<Workspace::Segment> segments, std::array<QString, kSchemaCount> fields);
    ~SqlMemberSource() override;
    Q_DISABLE_COPY_MOVE(SqlMemberSource)

    qint64 count() override;
    bool read(std::vector<ProfileIdentifiers> &rows, qsizetype maxRows) override;
    QString error() const override { return m_error; }

private:
    bool open();
    bool start();

    Sources::MemorySecretProvider m_secrets; // before m_source, which refers to it
    Sources::SqlProfileSource m_source;
    QList<Workspace::Segment> m_segments;
    std::optional<Segments::Rule> m_rule;
    SelectedFields m_selected;
    bool m_started = false;
    bool m_failed = false;
    QString m_error;
};

// Where an export's members come from, decided on the caller's thread before the run: the
// workspace's own profiles, or the one profile source all its segments read (with its password,
// read from the keychain there and handed to the worker).
struct MemberSourcePlan {
    std::optional<Sources::SqlSourceSettings> source; // nullopt: the workspace's profiles
    std::optional<QString> password;                  // none stored: connect without one
};

// Checks that the segments read one place and loads that source's settings; false with *error.
bool planMemberSource(Workspace::Workspace &workspace, const QList<Workspace::Segment> &segments,
                      MemberSourcePlan *plan, QString *error);

// Reads the plan's source password (when it has a source) from the store; then() runs on
// context's thread with the plan completed, or fail() with a message naming the source.
void readMemberSourcePassword(Snapchat::SecretStore *store, const MemberSourcePlan &plan, QObject *context,
                              const std::function<void(const MemberSourcePlan &)> &then,
                              const std::function<void(const QString &)> &fail);

// On the worker thread: the member source the plan names, over the worker's workspace
// connection (db) or the profile source's own database.
std::unique_ptr<MemberSource> createMemberSource(const MemberSourcePlan &plan, QSqlDatabase db,
                                                 const QList<Workspace::Segment> &segments,
                                                 const std::array<QString, kSchemaCount> &fields);

} // namespace Exporting

#pragma once
// Test doubles for the two outside ends of an export run (its members and Snapchat), so the
// run's own logic is tested alone. The end-to-end tests use the workspace and the sandbox.

#include <exporting/audienceuploader.h>
#include <exporting/exportworker.h>
#include <exporting/membersource.h>
#include <exporting/runjournal.h>

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTimer>

#include <map>
#include <set>

// Members held in a vector.
class VectorMemberSource : public Exporting::MemberSource
{
public:
    explicit VectorMemberSource(std::vector<Exporting::ProfileIdentifiers> rows)
        : m_rows(std::move(rows))
    {
    }
    qint64 count() override { return static_cast<qint64>(m_rows.size()); }
    bool read(std::vector<Exporting::ProfileIdentifiers> &rows, qsizetype maxRows) override
    {
        const size_t end = std::min(m_rows.size(), m_next + static_cast<size_t>(maxRows));
        rows.assign(m_rows.begin() + static_cast<std::ptrdiff_t>(m_next), m_rows.begin() + static_cast<std::ptrdiff_t>(end));
        m_next = end;
        return true;
    }
    QString error() const override { return {}; }

private:
    std::vector<Exporting::ProfileIdentifiers> m_rows;
    size_t m_next = 0;
};

// An audience in memory that answers after latencyMs; can refuse chosen batches.
class MemoryAudience : public Exporting::AudienceUploader
{
public:
    std::set<Exporting::Digest> hashes;
    std::map<Exporting::Digest, int> timesAdded;
    int latencyMs = 0;
    int failBatchNumber = -1; // 1-based batch that fails
    int revokedFromBatch = -1; // 1-based batch from which the authorization is refused
    int batchesReceived = 0;

    void upload(quint64 ticket, const Exporting::PendingBatch &batch) override
    {
        const int number = ++batchesReceived;
        m_inFlight.insert(ticket);
        QTimer::singleShot(latencyMs, this, [this, ticket, batch, number] {
            if (!m_inFlight.erase(ticket))
                return; // aborted: answered already

            if (revokedFromBatch > 0 && number >= revokedFromBatch) {
                Q_EMIT uploaded(ticket, {false, {}, 0, QStringLiteral("Reconnect the connection"), true, 0});
                return;
            }
            if (number == failBatchNumber) {
                Q_EMIT uploaded(ticket, {false, QStringLiteral("req-fail"), 0,
                                         QStringLiteral("Snapchat answered 500"), false, 3});
                return;
            }
            for (const auto &digest : batch.digests) {
                if (batch.action == Exporting::SyncAction::Add) {
                    hashes.insert(digest);
                    ++timesAdded[digest];
                } else {
                    hashes.erase(digest);
                }
            }
            Q_EMIT uploaded(ticket, {true, QStringLiteral("req-%1").arg(number),
                                     static_cast<qint64>(batch.digests.size()), {}, false, 0});
        });
    }
    void readAudience() override
    {
        QTimer::singleShot(0, this, [this] {
            Q_EMIT audienceRead({true, static_cast<qint64>(hashes.size()), QStringLiteral("COMPLETE"), {}});
        });
    }
    // Like aborting QNetworkReplies: every request in flight ends at once, unconfirmed.
    void abortAll() override
    {
        for (const quint64 ticket : std::exchange(m_inFlight, {})) {
            QMetaObject::invokeMethod(this, [this, ticket] {
                Q_EMIT uploaded(ticket, {false, {}, 0, QStringLiteral("Canceled"), false, 0});
            }, Qt::QueuedConnection);
        }
    }

private:
    std::set<quint64> m_inFlight;
};

// A journal that keeps the batch log in memory.
class MemoryJournal : public Exporting::RunJournal
{
public:
    std::vector<Exporting::BatchRecord> batches;
    Exporting::ExportOutcome outcome;
    bool processing = false;

    bool markProcessing() override { return processing = true; }
    bool recordBatch(const Exporting::BatchRecord &batch) override
    {
        batches.push_back(batch);
        return true;
    }
    bool finish(const Exporting::ExportOutcome &o) override
    {
        outcome = o;
        return true;
    }
    QString error() const override { return {}; }
};

// A run context on a test database connection of its own, closed on the worker thread.
struct TestContext : Exporting::RunContext {
    QString connectionName;
    ~TestContext() override
    {
        journal.reset();
        source.reset();
        uploader.reset();
        db = {};
        QSqlDatabase::database(connectionName, false).close();
        QSqlDatabase::removeDatabase(connectionName);
    }
};

inline bool createSyncStateTable(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    return query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS sync_state (export_id INTEGER NOT NULL,"
                                     " schema TEXT NOT NULL, hash BLOB NOT NULL,"
                                     " PRIMARY KEY (export_id, schema, hash)) WITHOUT ROWID"));
}

#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

#include <functional>

namespace Workspace {
class Workspace;
}

namespace Sources {

struct CsvImportOptions {
    QString idColumn;        // header name of the column holding the profile ID
    bool replace = false;    // replace all profiles (and their fields) instead of upserting
    char delimiter = 0;      // 0: detect ',' ';' or tab from the header line
    bool skipBadRows = false; // import the good rows when some are bad
    int maxReportedRows = 100; // bad rows listed one by one; all are counted
    // Called now and then with bytes read so far; returning false cancels (nothing committed).
    std::function<bool(qint64 bytesRead)> progress;
};

struct BadRow {
    qint64 line = 0;
    QString reason;
};

struct CsvImportSummary {
    bool ok = false;        // committed
    bool refused = false;   // the user's role does not allow importing
    QString error;          // why nothing was committed (file, header, permission, bad rows)
    qint64 rowsRead = 0;    // records after the header
    qint64 imported = 0;    // inserted or updated
    qint64 skipped = 0;     // bad rows
    QList<BadRow> badRows;  // the first maxReportedRows
    QMap<QString, qint64> skippedByReason; // reason kind -> count
    QStringList columns;    // the fields, as in the header
    char delimiter = ',';
};

// Imports profiles from a CSV file into the workspace in one transaction, with one prepared
// statement driven through the sqlite3 API (QtSql's per-row cost would dominate otherwise).
// Re-importing upserts by ID; rows with the wrong number of fields, an empty or repeated ID,
// invalid UTF-8 or broken quoting are reported with their line numbers.
class CsvImporter
{
    Q_DECLARE_TR_FUNCTIONS(CsvImport)
public:
    explicit CsvImporter(Workspace::Workspace &workspace);

    CsvImportSummary import(const QString &fileName, const CsvImportOptions &options);

private:
    Workspace::Workspace &m_workspace;
};

} // namespace Sources

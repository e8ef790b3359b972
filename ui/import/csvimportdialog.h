#pragma once

#include <sources/csvimporter.h>

#include <QDialog>
#include <QFutureWatcher>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableWidget;
class QTreeWidget;

namespace Workspace {
class Workspace;
}

// Imports profiles from a CSV file: choose the file, look at its first rows (the delimiter is
// detected), pick the ID column and the options, run the import on a worker thread with a
// progress bar and Cancel, then read the report (rows read, imported, skipped, each bad row with
// its line and reason).
class CsvImportDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int kPreviewRows = 10;

    explicit CsvImportDialog(Workspace::Workspace &workspace, QWidget *parent = nullptr);
    ~CsvImportDialog() override;

    // Fills in the file and reads its preview (the Browse button does this too).
    void setFileName(const QString &fileName);
    bool importedAny() const { return m_importedAny; }
    bool isImporting() const;
    const Sources::CsvImportSummary &summary() const { return m_summary; }

public Q_SLOTS:
    void startImport();
    void reject() override;

Q_SIGNALS:
    void importFinished();

private:
    QWidget *createSetupPage();
    QWidget *createProgressPage();
    QWidget *createReportPage();
    void browse();
    void readPreview();
    void updateButtons();
    void showReport(const Sources::CsvImportSummary &summary);

    Workspace::Workspace &m_workspace;
    QStackedWidget *m_pages = nullptr;
    QLineEdit *m_file = nullptr;
    QLabel *m_previewStatus = nullptr;
    QLabel *m_setupError = nullptr;
    QTableWidget *m_preview = nullptr;
    QComboBox *m_idColumn = nullptr;
    QCheckBox *m_replace = nullptr;
    QCheckBox *m_skipBadRows = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_progressText = nullptr;
    QLabel *m_reportText = nullptr;
    QTreeWidget *m_badRows = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_importButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_backButton = nullptr;
    QFutureWatcher<Sources::CsvImportSummary> m_watcher;
    Sources::CsvImportSummary m_summary;
    QString m_workspaceIdColumn; // the ID field of the profiles already imported
    qint64 m_fileSize = 0;
    char m_delimiter = 0;
    bool m_importedAny = false;
    bool m_importing = false;
};

#include "csvimportdialog.h"

#include <sources/csvreader.h>
#include <workspace/profilestore.h>
#include <workspace/workspace.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPromise>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace {

enum Page { SetupPage, ProgressPage, ReportPage };

QString delimiterName(char delimiter)
{
    switch (delimiter) {
    case ',':
        return CsvImportDialog::tr("comma");
    case ';':
        return CsvImportDialog::tr("semicolon");
    case '\t':
        return CsvImportDialog::tr("tab");
    default:
        return CsvImportDialog::tr("unknown");
    }
}

// Runs on a worker thread: opens the workspace on its own connection (a QSqlDatabase belongs to
// one thread) and imports, reporting the bytes read in KiB and stopping when canceled.
void runImport(QPromise<Sources::CsvImportSummary> &promise, const QString &workspacePath,
               const QString &user, const QString &fileName, Sources::CsvImportOptions options)
{
    QString error;
    Workspace::Workspace::Options workspaceOptions;
    workspaceOptions.user = user;
    std::unique_ptr<Workspace::Workspace> workspace =
        Workspace::Workspace::open(workspacePath, workspaceOptions, &error);
    if (!workspace) {
        Sources::CsvImportSummary failed;
        failed.error = error;
        promise.addResult(failed);
        return;
    }
    options.progress = [&promise](qint64 bytesRead) {
        promise.setProgressValue(static_cast<int>(bytesRead / 1024));
        return !promise.isCanceled();
    };
    promise.addResult(Sources::CsvImporter(*workspace).import(fileName, options));
}

} // namespace

CsvImportDialog::CsvImportDialog(Workspace::Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
{
    setWindowTitle(tr("Import Profiles"));
    const Workspace::ProfileStore profiles(workspace.database());
    for (const Workspace::ProfileColumn &column : profiles.columns()) {
        if (column.isId)
            m_workspaceIdColumn = column.name;
    }
    setObjectName(QStringLiteral("csvImportDialog"));
    m_pages = new QStackedWidget;
    m_pages->addWidget(createSetupPage());
    m_pages->addWidget(createProgressPage());
    m_pages->addWidget(createReportPage());

    m_buttons = new QDialogButtonBox;
    m_importButton = m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_importButton->setDefault(true);
    m_backButton = m_buttons->addButton(tr("Import &Another File"), QDialogButtonBox::ActionRole);
    m_cancelButton = m_buttons->addButton(QDialogButtonBox::Cancel);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    connect(m_importButton, &QPushButton::clicked, this, &CsvImportDialog::startImport);
    connect(m_cancelButton, &QPushButton::clicked, this, &CsvImportDialog::reject);
    connect(m_backButton, &QPushButton::clicked, this, [this] {
        m_pages->setCurrentIndex(SetupPage);
        readPreview();
        updateButtons();
    });

    connect(&m_watcher, &QFutureWatcher<Sources::CsvImportSummary>::progressValueChanged, this,
            [this](int kib) {
                m_progress->setValue(kib);
                m_progressText->setText(tr("Read %1 of %2")
                                            .arg(QLocale().formattedDataSize(qint64(kib) * 1024),
                                                 QLocale().formattedDataSize(m_fileSize)));
            });
    connect(&m_watcher, &QFutureWatcher<Sources::CsvImportSummary>::finished, this, [this] {
        Sources::CsvImportSummary summary;
        if (m_watcher.future().resultCount() > 0)
            summary = m_watcher.result();
        if (summary.error.isEmpty() && !summary.ok)
            summary.error = tr("The import was canceled; the workspace is as it was before.");
        showReport(summary);
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_buttons);
    resize(760, 560);
    updateButtons();
}

CsvImportDialog::~CsvImportDialog()
{
    // The worker writes inside one transaction: canceling rolls it back.
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

QWidget *CsvImportDialog::createSetupPage()
{
    auto *page = new QWidget;
    m_file = new QLineEdit;
    m_file->setObjectName(QStringLiteral("fileEdit"));
    m_file->setAccessibleName(tr("CSV file"));
    m_file->setPlaceholderText(tr("A CSV file whose first line names the columns"));
    auto *browse = new QPushButton(tr("&Browse…"));
    browse->setAccessibleName(tr("Choose the CSV file"));
    connect(browse, &QPushButton::clicked, this, &CsvImportDialog::browse);
    connect(m_file, &QLineEdit::editingFinished, this, &CsvImportDialog::readPreview);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);

    m_previewStatus = new QLabel;
    m_previewStatus->setObjectName(QStringLiteral("previewStatus"));
    m_previewStatus->setWordWrap(true);
    m_preview = new QTableWidget;
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setAccessibleName(tr("Preview of the first rows"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->horizontalHeader()->setDefaultSectionSize(130);
    m_preview->horizontalHeader()->setStretchLastSection(true);

    m_idColumn = new QComboBox;
    m_idColumn->setObjectName(QStringLiteral("idColumn"));
    m_idColumn->setAccessibleName(tr("ID column"));
    connect(m_idColumn, &QComboBox::currentIndexChanged, this, &CsvImportDialog::updateButtons);
    m_replace = new QCheckBox(tr("&Replace all profiles (otherwise profiles are updated by ID)"));
    m_replace->setObjectName(QStringLiteral("replaceCheck"));
    m_skipBadRows = new QCheckBox(tr("&Skip bad rows and import the others"));
    m_skipBadRows->setObjectName(QStringLiteral("skipBadRowsCheck"));

    auto *form = new QFormLayout;
    auto *fileLabel = new QLabel(tr("&File:"));
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, fileRow);
    auto *idLabel = new QLabel(tr("&ID column:"));
    idLabel->setBuddy(m_idColumn);
    form->addRow(idLabel, m_idColumn);
    form->addRow(QString(), m_replace);
    form->addRow(QString(), m_skipBadRows);

    m_setupError = new QLabel;
    m_setupError->setObjectName(QStringLiteral("setupError"));
    m_setupError->setWordWrap(true);
    m_setupError->setStyleSheet(QStringLiteral("QLabel { color: #a4000f; }"));
    m_setupError->hide();

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_setupError);
    layout->addWidget(m_previewStatus);
    layout->addWidget(m_preview, 1);
    setTabOrder(m_file, browse);
    setTabOrder(browse, m_idColumn);
    setTabOrder(m_idColumn, m_replace);
    setTabOrder(m_replace, m_skipBadRows);
    setTabOrder(m_skipBadRows, m_preview);
    return page;
}

QWidget *CsvImportDialog::createProgressPage()
{
    auto *page = new QWidget;
    auto *title = new QLabel(tr("<b>Importing profiles…</b>"));
    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setAccessibleName(tr("Import progress"));
    m_progressText = new QLabel;
    auto *note = new QLabel(tr("The import is written in one step at the end: canceling leaves "
                               "the workspace as it was."));
    note->setWordWrap(true);
    auto *layout = new QVBoxLayout(page);
    layout->addStretch();
    layout->addWidget(title);
    layout->addWidget(m_progress);
    layout->addWidget(m_progressText);
    layout->addWidget(note);
    layout->addStretch();
    return page;
}

QWidget *CsvImportDialog::createReportPage()
{
    auto *page = new QWidget;
    m_reportText = new QLabel;
    m_reportText->setObjectName(QStringLiteral("reportText"));
    m_reportText->setWordWrap(true);
    m_reportText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_badRows = new QTreeWidget;
    m_badRows->setObjectName(QStringLiteral("badRows"));
    m_badRows->setAccessibleName(tr("Bad rows"));
    m_badRows->setHeaderLabels({tr("Line"), tr("Reason")});
    m_badRows->setRootIsDecorated(false);
    m_badRows->setColumnWidth(0, 80);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_reportText);
    layout->addWidget(m_badRows, 1);
    layout->addStretch(); // keeps the text at the top when there are no bad rows
    return page;
}

void CsvImportDialog::browse()
{
    const QString start = m_file->text().isEmpty() ? QDir::homePath()
                                                   : QFileInfo(m_file->text()).absolutePath();
    const QString fileName = QFileDialog::getOpenFileName(
        this, tr("Choose a CSV File"), start, tr("CSV files (*.csv *.tsv *.txt);;All files (*)"));
    if (!fileName.isEmpty())
        setFileName(fileName);
}

void CsvImportDialog::setFileName(const QString &fileName)
{
    m_file->setText(QDir::toNativeSeparators(fileName));
    readPreview();
}

void CsvImportDialog::readPreview()
{
    m_preview->clear();
    m_preview->setRowCount(0);
    m_preview->setColumnCount(0);
    const QString previousId = m_idColumn->currentText();
    m_idColumn->clear();
    m_delimiter = 0;
    const QString fileName = QDir::fromNativeSeparators(m_file->text().trimmed());
    if (fileName.isEmpty()) {
        m_previewStatus->setText(tr("Choose a CSV file to see its first rows."));
        updateButtons();
        return;
    }
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        m_previewStatus->setText(
            tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(fileName), file.errorString()));
        updateButtons();
        return;
    }
    m_fileSize = file.size();
    Sources::CsvReader reader(file, 0, 64 * 1024);
    QStringList headers;
    int rows = 0;
    while (rows <= kPreviewRows) {
        const Sources::CsvReader::Status status = reader.readRecord();
        if (status == Sources::CsvReader::Status::End || status == Sources::CsvReader::Status::IoError)
            break;
        if (status == Sources::CsvReader::Status::Malformed) {
            if (headers.isEmpty())
                break;
            continue; // the import reports it with its line number
        }
        QStringList fields;
        for (const QByteArrayView field : reader.fields())
            fields.append(QString::fromUtf8(field));
        if (headers.isEmpty()) {
            headers = fields;
            m_preview->setColumnCount(static_cast<int>(headers.size()));
            m_preview->setHorizontalHeaderLabels(headers);
            continue;
        }
        m_preview->insertRow(rows);
        for (int c = 0; c < fields.size() && c < headers.size(); ++c)
            m_preview->setItem(rows, c, new QTableWidgetItem(fields.at(c)));
        ++rows;
    }
    if (headers.isEmpty()) {
        m_previewStatus->setText(tr("%1 has no header line: the first line must name the columns.")
                                     .arg(QDir::toNativeSeparators(fileName)));
        updateButtons();
        return;
    }
    m_delimiter = reader.delimiter();
    m_preview->resizeColumnsToContents();
    m_previewStatus->setText(tr("%1 columns, separated by %2 (detected). The first rows:")
                                 .arg(headers.size())
                                 .arg(delimiterName(m_delimiter)));
    m_idColumn->addItems(headers);
    // Keep the user's choice when re-reading; otherwise guess the column that names an ID.
    int guess = static_cast<int>(headers.indexOf(previousId));
    for (int i = 0; guess < 0 && i < headers.size(); ++i) {
        if (headers.at(i).compare(m_workspaceIdColumn, Qt::CaseInsensitive) == 0)
            guess = i;
    }
    for (int i = 0; guess < 0 && i < headers.size(); ++i) {
        const QString name = headers.at(i).toLower();
        if (name == QLatin1StringView("id") || name.endsWith(QLatin1StringView("_id"))
            || name.endsWith(QLatin1StringView(" id")))
            guess = i;
    }
    m_idColumn->setCurrentIndex(qMax(0, guess));
    updateButtons();
}

void CsvImportDialog::updateButtons()
{
    const int page = m_pages->currentIndex();
    m_importButton->setVisible(page == SetupPage);
    m_importButton->setEnabled(m_idColumn->count() > 0);
    m_backButton->setVisible(page == ReportPage);
    m_cancelButton->setText(page == ReportPage ? tr("&Close") : tr("&Cancel"));
}

bool CsvImportDialog::isImporting() const
{
    // Until the report shows: the worker may be done while its result is still queued.
    return m_importing;
}

void CsvImportDialog::startImport()
{
    if (isImporting() || m_idColumn->count() == 0)
        return;
    Sources::CsvImportOptions options;
    options.idColumn = m_idColumn->currentText();
    options.replace = m_replace->isChecked();
    options.skipBadRows = m_skipBadRows->isChecked();
    options.delimiter = m_delimiter;
    if (options.replace) {
        const auto answer = QMessageBox::question(
            this, tr("Replace all profiles?"),
            tr("Every profile now in the workspace is removed and replaced by the file's rows."),
            QMessageBox::Cancel | QMessageBox::Yes, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return;
    }
    // Updating by ID needs the file's ID column to be the workspace's: say so here, in the
    // dialog's terms, rather than after a round trip through the importer.
    if (!options.replace && !m_workspaceIdColumn.isEmpty()
        && options.idColumn.compare(m_workspaceIdColumn, Qt::CaseInsensitive) != 0) {
        m_setupError->setText(tr("The profiles in this workspace are identified by “%1”. Choose "
                                 "that column as the ID column, or tick “Replace all profiles”.")
                                  .arg(m_workspaceIdColumn));
        m_setupError->show();
        m_idColumn->setFocus();
        return;
    }
    m_setupError->hide();
    const QString fileName = QDir::fromNativeSeparators(m_file->text().trimmed());
    m_progress->setRange(0, static_cast<int>(qMax<qint64>(1, m_fileSize / 1024)));
    m_progress->setValue(0);
    m_progressText->setText(tr("Starting…"));
    m_pages->setCurrentIndex(ProgressPage);
    updateButtons();
    m_importing = true;
    m_watcher.setFuture(QtConcurrent::run(runImport, m_workspace.path(), m_workspace.user(),
                                          fileName, options));
}

void CsvImportDialog::showReport(const Sources::CsvImportSummary &summary)
{
    m_importing = false;
    m_summary = summary;
    m_importedAny = m_importedAny || (summary.ok && summary.imported > 0);
    const QLocale locale;
    QString text;
    if (summary.ok)
        text = tr("<b>Import finished.</b>");
    else
        text = tr("<b>Nothing was imported.</b> %1").arg(summary.error.toHtmlEscaped());
    text += QStringLiteral("<p>")
        + tr("Rows read: %1<br>Imported: %2<br>Skipped: %3")
              .arg(locale.toString(summary.rowsRead), locale.toString(summary.imported),
                   locale.toString(summary.skipped))
        + QStringLiteral("</p>");
    if (summary.skipped > summary.badRows.size())
        text += tr("<p>The first %1 bad rows are listed below.</p>").arg(summary.badRows.size());
    m_reportText->setText(text);
    m_badRows->clear();
    for (const Sources::BadRow &row : summary.badRows) {
        auto *item = new QTreeWidgetItem({QString::number(row.line), row.reason});
        item->setTextAlignment(0, Qt::AlignRight | Qt::AlignVCenter);
        m_badRows->addTopLevelItem(item);
    }
    m_badRows->setVisible(!summary.badRows.isEmpty());
    m_reportText->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_pages->setCurrentIndex(ReportPage);
    updateButtons();
    Q_EMIT importFinished();
}

void CsvImportDialog::reject()
{
    if (isImporting()) {
        m_progressText->setText(tr("Canceling…"));
        m_watcher.cancel();
        return; // the report page follows when the worker has rolled back
    }
    QDialog::reject();
}

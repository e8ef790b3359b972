// Renders the main window's views, the import dialog and the run progress panel to PNG files
// (offscreen grab()) on a demo workspace, for the documentation. Run by scripts/screenshots.sh.
//   screenshots OUTPUT_DIR

#include "demoworkspace.h"

#include <import/csvimportdialog.h>
#include <mainwindow.h>
#include <run/runcontroller.h>
#include <run/runprogresspanel.h>
#include <segments/segmenteditor.h>
#include <views/exportsview.h>
#include <views/runhistoryview.h>

#include <exporting/exportprogress.h>
#include <l10n/translations.h>
#include <workspace/segmentstore.h>

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QScopeGuard>
#include <QTest>
#include <QTextStream>
#include <QTreeWidget>

#include <cstdio>

namespace {

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

bool save(QWidget *widget, const QString &dir, const QString &name)
{
    QCoreApplication::processEvents();
    const QString file = dir + QLatin1Char('/') + name + QStringLiteral(".png");
    if (!widget->grab().save(file)) {
        err() << "cannot write " << file << Qt::endl;
        return false;
    }
    QTextStream(stdout) << file << Qt::endl;
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("AudienceBridgeScreenshots"));
    QCoreApplication::setApplicationName(QStringLiteral("screenshots"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AB_VERSION));
    QSettings().clear();
    // AB_SCREENSHOT_LANGUAGE=de: the pictures in German (scripts/screenshots.sh).
    const QString language = qEnvironmentVariable("AB_SCREENSHOT_LANGUAGE");
    if (!language.isEmpty() && !L10n::Translations::install(&app, language)) {
        err() << "AB_SCREENSHOT_LANGUAGE: no translation for " << language << Qt::endl;
        return 2;
    }
    if (argc < 2) {
        err() << "usage: screenshots OUTPUT_DIR" << Qt::endl;
        return 2;
    }
    const QString out = QString::fromLocal8Bit(argv[1]);
    QDir().mkpath(out);

    // A fixed folder, so the status bar shows the same path in every picture run.
    QDir dir(QDir::tempPath() + QStringLiteral("/audiencebridge-demo"));
    dir.removeRecursively();
    if (!dir.mkpath(QStringLiteral(".")))
        return 1;
    const auto cleanup = qScopeGuard([&dir] { dir.removeRecursively(); });
    const QString path = dir.filePath(QStringLiteral("customers.audiencebridge"));
    QString error;
    if (!DemoWorkspace::create(path, 24000, &error)) {
        err() << "demo workspace: " << error << Qt::endl;
        return 1;
    }

    MainWindow window;
    window.resize(1180, 740);
    // The wizards live in their own classes; for the pictures the actions only need to exist.
    window.setAddConnectionWizard([](Workspace::Workspace &, QWidget *) { return false; });
    window.setAddExportWizard([](Workspace::Workspace &, QWidget *) { return false; });
    window.setEditExportWizard([](Workspace::Workspace &, qint64, QWidget *) { return false; });
    window.show();
    if (!window.openWorkspace(path)) {
        err() << window.lastError() << Qt::endl;
        return 1;
    }
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    bool ok = true;
    const struct {
        NavigationPage page;
        const char *name;
    } pages[] = {{NavigationPage::Profiles, "profiles"},
                 {NavigationPage::Segments, "segments"},
                 {NavigationPage::Connections, "connections"},
                 {NavigationPage::Exports, "exports"},
                 {NavigationPage::RunHistory, "run-history"}};
    for (const auto &[page, name] : pages) {
        window.showPage(page);
        if (page == NavigationPage::RunHistory) {
            auto *history = static_cast<RunHistoryView *>(window.view(page));
            history->runList()->setCurrentItem(history->runList()->topLevelItem(1));
        }
        ok = save(&window, out, QLatin1StringView(name)) && ok;
    }

    // The run progress panel in the window, mid-run.
    window.showPage(NavigationPage::Exports);
    RunProgressPanel *panel = window.runController()->panel();
    panel->startRun(QStringLiteral("Newsletter to Snapchat"));
    Exporting::ExportProgress progress;
    progress.phase = Exporting::ExportPhase::Uploading;
    progress.totalProfiles = 24000;
    progress.profilesRead = 24000;
    progress.identifiersHashed = 48000;
    progress.toSend = 9200;
    progress.sent = 5600;
    progress.skipped = 38800;
    progress.rate = 41250;
    progress.etaSeconds = 94;
    panel->setProgress(progress);
    if (auto *dock = window.findChild<QDockWidget *>(QStringLiteral("runDock")))
        dock->show();
    ok = save(&window, out, QStringLiteral("mainwindow")) && ok;
    ok = save(panel, out, QStringLiteral("run-progress")) && ok;

    // The import dialog: the preview, then the report of a file with bad rows.
    const QString csv = dir.filePath(QStringLiteral("new-customers.csv"));
    {
        QFile file(csv);
        if (!file.open(QIODevice::WriteOnly))
            return 1;
        file.write("id;email;phone;country;plan\n"
                   "N0001;ana.silva@example.com;+351912345678;PT;plus\n"
                   "N0002;ben.okafor@example.com;+2348031234567;NG;free\n"
                   "N0003;chloe.martin@example.fr;+33612345678;FR;premium\n"
                   "N0004;dmitri@example.com;;DE;free\n"
                   "N0005;eva.novak@example.cz;+420601123456;CZ;plus\n"
                   ";nobody@example.com;+4915112345;DE;free\n"
                   "N0007;\"unbalanced@example.com;+4915100000;DE;free\n");
    }
    Workspace::Workspace *workspace = window.workspace();
    CsvImportDialog dialog(*workspace, &window);
    dialog.setFileName(csv);
    dialog.show();
    if (!QTest::qWaitForWindowExposed(&dialog))
        return 1;
    ok = save(&dialog, out, QStringLiteral("import-preview")) && ok;
    dialog.findChild<QWidget *>(QStringLiteral("skipBadRowsCheck"))->setProperty("checked", true);
    dialog.startImport();
    if (!QTest::qWaitFor([&] { return !dialog.isImporting(); }, 30000))
        return 1;
    QCoreApplication::processEvents();
    ok = save(&dialog, out, QStringLiteral("import-report")) && ok;
    dialog.close();

    // The segment editor on the stored rule of "Premium customers", with its count.
    const std::optional<Workspace::Segment> premium =
        Workspace::SegmentStore(*workspace).find(QStringLiteral("Premium customers"));
    if (!premium)
        return 1;
    SegmentEditor editor(*workspace, premium, &window);
    editor.show();
    if (!QTest::qWaitForWindowExposed(&editor)
        || !QTest::qWaitFor([&] { return !editor.isCounting(); }, 30000))
        return 1;
    ok = save(&editor, out, QStringLiteral("segment-editor")) && ok;
    editor.close();

    // Opening a file that is not a workspace: the reason in plain words, the workspace stays.
    const QString notes = dir.filePath(QStringLiteral("notes.txt"));
    {
        QFile file(notes);
        if (!file.open(QIODevice::WriteOnly))
            return 1;
        file.write("Meeting notes, not a workspace.\n");
    }
    window.showPage(NavigationPage::Profiles);
    if (window.openWorkspace(notes))
        return 1;
    ok = save(&window, out, QStringLiteral("open-error")) && ok;

    window.close();
    return ok ? 0 : 1;
}

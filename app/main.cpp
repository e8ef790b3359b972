#include "cli/clicommand.h"

#include <mainwindow.h>
#include <run/runcontroller.h>
#include <wizardlaunch.h>

#include <l10n/translations.h>
#include <snapchat/environmentsecretstore.h>
#include <snapchat/keychainsecretstore.h>
#include <workspace/workspace.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QTimer>

#include <sys/prctl.h>
#include <sys/resource.h>

namespace {

// How long the window waits on exit for keychain writes still running.
constexpr std::chrono::seconds kSecretWritesOnExit{5};

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("AudienceBridge"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("audiencebridge.github.io"));
    QCoreApplication::setApplicationName(QStringLiteral("AudienceBridge"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AB_VERSION));
}

// A core dump of this process could hold access tokens and unhashed identifiers: release builds
// never write one.
void disableCoreDumps()
{
#ifdef NDEBUG
    const rlimit none{0, 0};
    setrlimit(RLIMIT_CORE, &none);
    prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
#endif
}

QStringList argumentsOf(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}

} // namespace

int main(int argc, char *argv[])
{
    disableCoreDumps();
    // Decide before any QApplication exists: command-line use must not need a display.
    if (Cli::isCommandLineInvocation(argumentsOf(argc, argv))) {
        QCoreApplication app(argc, argv);
        setApplicationIdentity();
        // The settings are named now: the language they may override applies to every subcommand.
        L10n::Translations::install(&app);
        return Cli::run(QCoreApplication::arguments());
    }

    QApplication app(argc, argv);
    setApplicationIdentity();
    L10n::Translations::install(&app);
    QGuiApplication::setDesktopFileName(QStringLiteral(AB_APP_ID));
    // The window's own option; Qt's (-platform, …) are taken by QApplication, others ignored.
    QCommandLineParser parser;
    const QCommandLineOption workspaceOption(
        QStringLiteral("workspace"),
        QCoreApplication::translate("main", "The workspace file to open (default: "
                                            "$AUDIENCEBRIDGE_WORKSPACE, else the usual one)."),
        QStringLiteral("file"));
    parser.addOption(workspaceOption);
    parser.parse(QCoreApplication::arguments());

    // The connections' sign-ins: the OS keychain, or the AUDIENCEBRIDGE_* variables when set.
    Snapchat::KeychainSecretStore keychain;
    Snapchat::EnvironmentSecretStore secrets(&keychain);
    QNetworkAccessManager network;

    int exitCode = 0;
    {
        MainWindow window;
        window.setSecretStore(&secrets);
        const auto runNow = [&window](qint64 exportId) {
            QTimer::singleShot(0, &window, [&window, exportId] { window.runExport(exportId); });
        };
        window.setAddConnectionWizard([&](Workspace::Workspace &workspace, QWidget *parent) {
            return runAddConnectionWizard(workspace, secrets, &network, parent);
        });
        window.setAddExportWizard([&](Workspace::Workspace &workspace, QWidget *parent) {
            return runAddExportWizard(workspace, secrets, &network, parent, runNow);
        });
        window.setEditExportWizard([&](Workspace::Workspace &workspace, qint64 exportId, QWidget *parent) {
            return runEditExportWizard(workspace, secrets, &network, exportId, parent, runNow);
        });
        window.show();
        // A failure shows in the window, in plain words, with File > Open to pick another.
        window.openWorkspace(Workspace::Workspace::resolvePath(parser.value(workspaceOption)));
        exitCode = QApplication::exec();
    }
    // The window is gone and with it any run, whose session may have handed the keychain a refresh
    // token Snapchat just rotated: exiting before it is stored would lose the connection's sign-in.
    secrets.waitForWrites(kSecretWritesOnExit);
    return exitCode;
}

#include "cli/clicommand.h"

#include <mainwindow.h>

#include <QApplication>
#include <QCoreApplication>

namespace {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("AudienceBridge"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("audiencebridge.github.io"));
    QCoreApplication::setApplicationName(QStringLiteral("AudienceBridge"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AB_VERSION));
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
    // Decide before any QApplication exists: command-line use must not need a display.
    if (Cli::isCommandLineInvocation(argumentsOf(argc, argv))) {
        QCoreApplication app(argc, argv);
        setApplicationIdentity();
        return Cli::run(QCoreApplication::arguments());
    }

    QApplication app(argc, argv);
    setApplicationIdentity();
    QGuiApplication::setDesktopFileName(QStringLiteral(AB_APP_ID));
    MainWindow window;
    window.show();
    return QApplication::exec();
}

#include "navigationpage.h"

#include <QCoreApplication>

QString navigationPageTitle(NavigationPage page)
{
    switch (page) {
    case NavigationPage::Profiles:
        return QCoreApplication::translate("MainWindow", "Profiles");
    case NavigationPage::Segments:
        return QCoreApplication::translate("MainWindow", "Segments");
    case NavigationPage::Connections:
        return QCoreApplication::translate("MainWindow", "Connections");
    case NavigationPage::Exports:
        return QCoreApplication::translate("MainWindow", "Exports");
    case NavigationPage::RunHistory:
        return QCoreApplication::translate("MainWindow", "Run history");
    }
    return {};
}

QIcon navigationPageIcon(NavigationPage page)
{
    switch (page) {
    case NavigationPage::Profiles:
        return QIcon::fromTheme(QStringLiteral("x-office-address-book"));
    case NavigationPage::Segments:
        return QIcon::fromTheme(QStringLiteral("view-filter"));
    case NavigationPage::Connections:
        return QIcon::fromTheme(QStringLiteral("network-server"));
    case NavigationPage::Exports:
        return QIcon::fromTheme(QStringLiteral("document-send"));
    case NavigationPage::RunHistory:
        return QIcon::fromTheme(QStringLiteral("document-open-recent"));
    }
    return {};
}

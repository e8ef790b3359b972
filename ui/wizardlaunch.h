#pragma once

#include <QtGlobal>

#include <functional>

class QNetworkAccessManager;
class QWidget;
namespace Snapchat {
class SecretStore;
}
namespace Workspace {
class Workspace;
}

// Opening the wizards from the main window: each checks the role rules first and, when the user
// may not, shows why instead of the wizard. Both run the wizard modally and return true when it
// saved something. secrets and network must outlive the call.
bool runAddConnectionWizard(Workspace::Workspace &workspace, Snapchat::SecretStore &secrets,
                            QNetworkAccessManager *network, QWidget *parent);
// runNow is called with the new export's id, after the wizard has closed, when the user chose
// "Run now".
bool runAddExportWizard(Workspace::Workspace &workspace, Snapchat::SecretStore &secrets,
                        QNetworkAccessManager *network, QWidget *parent,
                        const std::function<void(qint64 exportId)> &runNow);
// The same wizard on an existing export; Save updates it.
bool runEditExportWizard(Workspace::Workspace &workspace, Snapchat::SecretStore &secrets,
                         QNetworkAccessManager *network, qint64 exportId, QWidget *parent,
                         const std::function<void(qint64 exportId)> &runNow);

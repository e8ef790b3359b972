#include "wizardlaunch.h"

#include "connection/connectionwizard.h"
#include "export/exportwizard.h"

#include <QCoreApplication>
#include <QMessageBox>

namespace {

void explainRefusal(QWidget *parent, const QString &title, const QString &reason)
{
    QMessageBox::information(parent, title, reason);
}

} // namespace

bool runAddConnectionWizard(Workspace::Workspace &workspace, Snapchat::SecretStore &secrets,
                            QNetworkAccessManager *network, QWidget *parent)
{
    QString reason;
    if (!ConnectionWizard::mayOpen(workspace, &reason)) {
        explainRefusal(parent, ConnectionWizard::tr("Add connection"), reason);
        return false;
    }
    ConnectionWizard wizard(workspace, secrets, network, parent);
    return wizard.exec() == QDialog::Accepted && !wizard.savedConnectionId().isEmpty();
}

bool runAddExportWizard(Workspace::Workspace &workspace, Snapchat::SecretStore &secrets,
                        QNetworkAccessManager *network, QWidget *parent,
                        const std::function<void(qint64 exportId)> &runNow)
{
    QString reason;
    if (!ExportWizard::mayOpen(workspace, &reason)) {
        explainRefusal(parent, ExportWizard::tr("Add export"), reason);
        return false;
    }
    ExportWizard wizard(workspace, secrets, network, parent);
    wizard.exec();
    if (wizard.savedExportId() == 0)
        return false;
    if (wizard.runNowRequested() && runNow)
        runNow(wizard.savedExportId());
    return true;
}

bool runEditExportWizard(Workspace::Workspace &workspace, Snapchat::SecretStore &secrets,
                         QNetworkAccessManager *network, qint64 exportId, QWidget *parent,
                         const std::function<void(qint64 exportId)> &runNow)
{
    QString reason;
    if (!ExportWizard::mayEdit(workspace, exportId, &reason)) {
        explainRefusal(parent, ExportWizard::tr("Edit export"), reason);
        return false;
    }
    ExportWizard wizard(workspace, secrets, network, exportId, parent);
    if (!wizard.isEditing()) {
        explainRefusal(parent, ExportWizard::tr("Edit export"), wizard.loadError());
        return false;
    }
    wizard.exec();
    if (wizard.savedExportId() == 0)
        return false;
    if (wizard.runNowRequested() && runNow)
        runNow(wizard.savedExportId());
    return true;
}

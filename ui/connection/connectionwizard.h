#pragma once

#include "common/urlopener.h"
#include "connectiondraft.h"

#include <QWizard>

class QNetworkAccessManager;
class AuthenticatePage;
class ConnectionSummaryPage;
namespace Snapchat {
class SecretStore;
}
namespace Workspace {
class Workspace;
}

// Add connection: choose Snapchat, name, who can use it, privacy agreement, app credentials,
// browser sign-in, export user, summary, Save. Saving writes the connection to the workspace
// (no secret) and the client secret and refresh token to the secret store.
// Only administrators may add connections: check mayOpen() before constructing the wizard.
class ConnectionWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { ChoosePage, NamePage, AccessPage, PrivacyPage, CredentialsPage, AuthenticatePage,
                  ExportUserPage, SummaryPage };
    Q_ENUM(PageId)

    // network: used for the sign-in and the API calls; must outlive the wizard.
    ConnectionWizard(Workspace::Workspace &workspace, Snapchat::SecretStore &secrets,
                     QNetworkAccessManager *network, QWidget *parent = nullptr);
    ~ConnectionWizard() override;

    // Whether the workspace user may add a connection; a refusal is audited and *reason says why
    // in words to show instead of the wizard.
    static bool mayOpen(Workspace::Workspace &workspace, QString *reason);

    // How the sign-in page opens the browser (default: QDesktopServices::openUrl).
    void setUrlOpener(UrlOpener opener);
    void setAuthenticationTimeoutMs(int ms);

    const ConnectionDraft &draft() const { return m_draft; }
    QString savedConnectionId() const { return m_savedId; }

Q_SIGNALS:
    // The connection is in the workspace and its secrets are stored.
    void connectionSaved(const QString &connectionId);

private:
    void save();
    void storeSecrets(const QString &connectionId);
    void saveFailed(const QString &message, const QString &connectionIdToRemove);

    Workspace::Workspace &m_workspace;
    Snapchat::SecretStore &m_secrets;
    ConnectionDraft m_draft;
    ::AuthenticatePage *m_authenticatePage;
    ConnectionSummaryPage *m_summaryPage;
    QString m_savedId;
};

#include "connectionwizard.h"

#include "authenticatepage.h"
#include "chooseconnectorpage.h"
#include "common/inlinemessage.h"
#include "common/uiresources.h"
#include "connectionaccesspage.h"
#include "connectionnamepage.h"
#include "connectionsummarypage.h"
#include "credentialspage.h"
#include "exportuserpage.h"
#include "privacypage.h"

#include <snapchat/secretstore.h>
#include <workspace/connectionstore.h>
#include <workspace/workspace.h>

#include <QJsonArray>

ConnectionWizard::ConnectionWizard(Workspace::Workspace &workspace, Snapchat::SecretStore &secrets,
                                   QNetworkAccessManager *network, QWidget *parent)
    : QWizard(parent)
    , m_workspace(workspace)
    , m_secrets(secrets)
    , m_authenticatePage(new ::AuthenticatePage(m_draft, network))
    , m_summaryPage(new ConnectionSummaryPage(m_draft))
{
    ensureUiResources();
    setObjectName(QStringLiteral("ConnectionWizard"));
    setWindowTitle(tr("Add connection"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoCancelButtonOnLastPage, false);
    setButtonText(QWizard::FinishButton, tr("&Save"));
    setMinimumSize(680, 560);

    setPage(ChoosePage, new ChooseConnectorPage);
    setPage(NamePage, new ConnectionNamePage(m_draft, workspace));
    setPage(AccessPage, new ConnectionAccessPage(m_draft));
    setPage(PrivacyPage, new ::PrivacyPage(m_draft));
    setPage(CredentialsPage, new ::CredentialsPage(m_draft));
    setPage(AuthenticatePage, m_authenticatePage);
    setPage(ExportUserPage, new ::ExportUserPage(m_draft, workspace.user()));
    setPage(SummaryPage, m_summaryPage);
    connect(m_summaryPage, &ConnectionSummaryPage::saveRequested, this, &ConnectionWizard::save);
}

ConnectionWizard::~ConnectionWizard() = default;

bool ConnectionWizard::mayOpen(Workspace::Workspace &workspace, QString *reason)
{
    return workspace.authorize(Workspace::Action::AddConnection, tr("new connection"), reason);
}

void ConnectionWizard::setUrlOpener(UrlOpener opener)
{
    m_authenticatePage->setUrlOpener(std::move(opener));
}

void ConnectionWizard::setAuthenticationTimeoutMs(int ms)
{
    m_authenticatePage->setTimeoutMs(ms);
}

void ConnectionWizard::save()
{
    Workspace::Connection connection;
    connection.name = m_draft.name;
    connection.clientId = m_draft.clientId;
    connection.apiBaseUrl = m_draft.apiBaseUrl.toString();
    connection.accountsBaseUrl = m_draft.accountsBaseUrl.toString();
    connection.allowContributors = m_draft.allowContributors;
    connection.exportUser = m_draft.exportUser;
    // Who authorized it and how the sign-in comes back: needed to reconnect later. No secret.
    QJsonArray organizationIds;
    for (const Snapchat::Organization &organization : m_draft.organizations)
        organizationIds.append(organization.id);
    connection.settings = {
        {QStringLiteral("redirect_mode"), m_draft.redirectMode == ConnectionDraft::RedirectMode::Paste
                                              ? QStringLiteral("paste")
                                              : QStringLiteral("loopback")},
        {QStringLiteral("redirect_uri"), m_draft.pasteRedirectUri.toString()},
        {QStringLiteral("snapchat_user_id"), m_draft.snapUser.id},
        {QStringLiteral("snapchat_user_name"), m_draft.snapUser.displayName},
        {QStringLiteral("organization_ids"), organizationIds},
    };

    QString error;
    if (!Workspace::ConnectionStore(m_workspace).add(connection, &error)) {
        saveFailed(error, {});
        return;
    }
    m_summaryPage->setSaving(true);
    storeSecrets(connection.id);
}

void ConnectionWizard::storeSecrets(const QString &connectionId)
{
    m_secrets.write(Snapchat::SecretStore::clientSecretKey(connectionId), m_draft.clientSecret, this,
                    [this, connectionId](const Snapchat::SecretStore::Outcome &secret) {
        if (!secret.ok()) {
            saveFailed(secret.message, connectionId);
            return;
        }
        m_secrets.write(Snapchat::SecretStore::refreshTokenKey(connectionId), m_draft.refreshToken, this,
                        [this, connectionId](const Snapchat::SecretStore::Outcome &token) {
            if (!token.ok()) {
                m_secrets.remove(Snapchat::SecretStore::clientSecretKey(connectionId), this,
                                 [](const Snapchat::SecretStore::Outcome &) {});
                saveFailed(token.message, connectionId);
                return;
            }
            m_savedId = connectionId;
            m_summaryPage->setSaving(false);
            m_summaryPage->setSaved();
            Q_EMIT connectionSaved(connectionId);
            accept();
        });
    });
}

void ConnectionWizard::saveFailed(const QString &message, const QString &connectionIdToRemove)
{
    // A connection without its secrets could never run: take the row back out.
    if (!connectionIdToRemove.isEmpty()) {
        QString ignored;
        Workspace::ConnectionStore(m_workspace).remove(connectionIdToRemove, &ignored);
    }
    m_summaryPage->setSaving(false);
    m_summaryPage->message()->showError(tr("The connection was not saved: %1").arg(message), true);
}

#pragma once

#include <snapchat/apitypes.h>
#include <snapchat/connectionsettings.h>

#include <QList>
#include <QString>
#include <QUrl>

// Everything the Add connection wizard collects, page by page. Plain data owned by the wizard;
// the secrets in it go to the secret store on Save and never to the workspace.
struct ConnectionDraft
{
    enum class RedirectMode { Loopback, Paste };

    QString name;
    bool allowContributors = false;
    bool privacyAccepted = false;

    QString clientId;
    QString clientSecret;
    RedirectMode redirectMode = RedirectMode::Loopback;
    QUrl pasteRedirectUri; // the https page registered on the Snap OAuth app (paste mode)
    QUrl apiBaseUrl = Snapchat::ConnectionSettings().apiBaseUrl;
    QUrl accountsBaseUrl = Snapchat::ConnectionSettings().accountsBaseUrl;

    // Filled in by signing in.
    QString refreshToken;
    Snapchat::Me snapUser;
    QList<Snapchat::Organization> organizations;

    QString exportUser; // the workspace user recorded as the connection's export user

    Snapchat::ConnectionSettings connectionSettings() const
    {
        Snapchat::ConnectionSettings settings;
        settings.apiBaseUrl = apiBaseUrl;
        settings.accountsBaseUrl = accountsBaseUrl;
        settings.clientId = clientId;
        if (redirectMode == RedirectMode::Paste)
            settings.redirectUri = pasteRedirectUri;
        return settings;
    }

    int adAccountCount() const
    {
        int count = 0;
        for (const Snapchat::Organization &organization : organizations)
            count += int(organization.adAccounts.size());
        return count;
    }
};

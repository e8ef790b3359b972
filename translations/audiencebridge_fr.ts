<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AudiencePage</name>
    <message>
        <location filename="../ui/export/audiencepage.cpp" line="+48"/>
        <source>&amp;Cancel request</source>
        <translation>&amp;Annuler la requête</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose an &amp;existing customer-list audience</source>
        <translation>Choisir une audience de liste de clients e&amp;xistante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter a Snapchat &amp;audience (segment) ID</source>
        <translation>Saisir un &amp;ID d&apos;audience Snapchat (segment)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a &amp;new audience</source>
        <translation>Créer une &amp;nouvelle audience</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Snapchat audience</source>
        <translation>Audience Snapchat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The customer-list audience (Snap Audience Match) that receives the hashed identifiers.</source>
        <translation>L&apos;audience de liste de clients (Snap Audience Match) qui reçoit les identifiants hachés.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Waiting for Snapchat</source>
        <translation>En attente de Snapchat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ad account</source>
        <translation>Compte publicitaire</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Customer-list audiences</source>
        <translation>Audiences de listes de clients</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audience ID</source>
        <translation>ID d&apos;audience</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 1234567890abcdef</source>
        <translation>p. ex. 1234567890abcdef</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New audience name</source>
        <translation>Nom de la nouvelle audience</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New audience description</source>
        <translation>Description de la nouvelle audience</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retention in days</source>
        <translation>Durée de conservation en jours</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>9999 days means lifetime. It cannot be changed once the audience exists.</source>
        <translation>9999 jours signifie sans limite. Cette valeur ne peut plus être modifiée une fois l&apos;audience créée.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ad a&amp;ccount:</source>
        <translation>&amp;Compte publicitaire&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Na&amp;me:</source>
        <translation>No&amp;m&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(9999 = lifetime; cannot be changed later)</source>
        <translation>(9999 = sans limite&#xa0;; non modifiable par la suite)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep members for:</source>
        <translation>Conser&amp;ver les membres pendant&#xa0;:</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Cancelled. Snapchat&apos;s answer will be ignored.</source>
        <translation>Annulé. La réponse de Snapchat sera ignorée.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Connecting to Snapchat through &quot;%1&quot;…</source>
        <translation>Connexion à Snapchat via «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reading your ad accounts…</source>
        <translation>Lecture de vos comptes publicitaires…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The Snapchat user of this connection has no ad accounts. Ask an administrator to reconnect with an account that has one.</source>
        <translation>L&apos;utilisateur Snapchat de cette connexion n&apos;a aucun compte publicitaire. Demandez à un administrateur de reconnecter la connexion avec un compte qui en possède un.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reading the audiences of %1…</source>
        <translation>Lecture des audiences de %1…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 — about %L2 users (%3)</source>
        <translation>%1 — environ %L2 utilisateurs (%3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>status unknown</source>
        <translation>statut inconnu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ID %1</source>
        <translation>ID %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This ad account has no customer-list audience yet: create a new one below.</source>
        <translation>Ce compte publicitaire n&apos;a encore aucune audience de liste de clients&#xa0;: créez-en une ci-dessous.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Snapchat has no audience with the ID %1. Check the ID in Snap Ads Manager (Audiences).</source>
        <translation>Snapchat n&apos;a aucune audience avec l&apos;ID %1. Vérifiez l&apos;ID dans Snap Ads Manager (Audiences).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The audience %1 exists, but this connection&apos;s Snapchat user may not reach it: it needs the Data Manager or Account Admin role on the audience&apos;s ad account.</source>
        <translation>L&apos;audience %1 existe, mais l&apos;utilisateur Snapchat de cette connexion n&apos;y a peut-être pas accès&#xa0;: il lui faut le rôle Data Manager ou Account Admin sur le compte publicitaire de l&apos;audience.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The audience &quot;%1&quot; is a %2 audience. Only customer-list (FIRST_PARTY) audiences accept uploaded identifiers.</source>
        <translation>L&apos;audience «&#xa0;%1&#xa0;» est une audience de type %2. Seules les audiences de liste de clients (FIRST_PARTY) acceptent des identifiants envoyés.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Checking audience %1 with Snapchat…</source>
        <translation>Vérification de l&apos;audience %1 auprès de Snapchat…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The audience &quot;%1&quot; belongs to ad account %2, which this connection cannot use.</source>
        <translation>L&apos;audience «&#xa0;%1&#xa0;» appartient au compte publicitaire %2, que cette connexion ne peut pas utiliser.</translation>
    </message>
</context>
<context>
    <name>AuthenticatePage</name>
    <message>
        <location filename="../ui/connection/authenticatepage.cpp" line="+29"/>
        <source>Snapchat did not accept the client ID and client secret. Go Back and check both against your Snap OAuth app (the secret is shown only once, when the app is created), then retry.</source>
        <translation>Snapchat n&apos;a pas accepté l&apos;ID client et le secret client. Revenez en arrière (Précédent) et vérifiez-les tous les deux dans votre application OAuth Snap (le secret n&apos;est affiché qu&apos;une seule fois, à la création de l&apos;application), puis réessayez.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Snapchat refused the sign-in: the redirect URI registered on your Snap OAuth app must be exactly %1, and the sign-in must be finished within a few minutes. Check it and retry.</source>
        <translation>Snapchat a refusé la connexion&#xa0;: l&apos;URI de redirection enregistrée dans votre application OAuth Snap doit être exactement %1, et la connexion doit être terminée en quelques minutes. Vérifiez ce point et réessayez.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The sign-in was declined in the browser. Retry and choose Allow.</source>
        <translation>La connexion a été refusée dans le navigateur. Réessayez et choisissez Autoriser.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Snapchat user you signed in with may not use the Marketing API for this organization. Ask an organization admin in Snap Business Manager to give you the Data Manager or Account Admin role, then retry.</source>
        <translation>L&apos;utilisateur Snapchat avec lequel vous vous êtes connecté n&apos;a pas le droit d&apos;utiliser la Marketing API pour cette organisation. Demandez à un administrateur de l&apos;organisation dans Snap Business Manager de vous attribuer le rôle Data Manager ou Account Admin, puis réessayez.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Authenticate with Snapchat</source>
        <translation>S&apos;&amp;authentifier auprès de Snapchat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Cancel sign-in</source>
        <translation>Annu&amp;ler la connexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open the sign-in page again</source>
        <translation>&amp;Rouvrir la page de connexion</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;ontinue</source>
        <translation>C&amp;ontinuer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Authenticate with Snapchat</source>
        <translation>S&apos;authentifier auprès de Snapchat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in with the Snapchat account whose ad accounts will receive the audiences.</source>
        <translation>Connectez-vous avec le compte Snapchat dont les comptes publicitaires recevront les audiences.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Address the browser landed on</source>
        <translation>Adresse atteinte par le navigateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://…?code=…&amp;state=…</source>
        <translation>https://…?code=…&amp;state=…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Organizations and ad accounts</source>
        <translation>Organisations et comptes publicitaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization / ad account</source>
        <translation>Organisation / compte publicitaire</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>After you allow access, copy the &amp;whole address from the browser&apos;s address bar and paste it here:</source>
        <translation>Après avoir autorisé l&apos;accès, copiez l&apos;adresse &amp;complète depuis la barre d&apos;adresse du navigateur et collez-la ici&#xa0;:</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Signing in was cancelled. Click Authenticate with Snapchat to start again.</source>
        <translation>La connexion a été annulée. Cliquez sur S&apos;authentifier auprès de Snapchat pour recommencer.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not open a web browser. Copy this address into a browser to sign in: %1</source>
        <translation>Impossible d&apos;ouvrir un navigateur web. Copiez cette adresse dans un navigateur pour vous connecter&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Checking the address with Snapchat…</source>
        <translation>Vérification de l&apos;adresse auprès de Snapchat…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Snapchat signed you in but gave no refresh token, so exports could not run later. Retry; if it happens again, check the OAuth app&apos;s settings.</source>
        <translation>Snapchat vous a connecté mais n&apos;a fourni aucun jeton d&apos;actualisation&#xa0;: les exports ne pourraient donc pas s&apos;exécuter plus tard. Réessayez&#xa0;; si le problème se reproduit, vérifiez les paramètres de l&apos;application OAuth.</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>The browser did not come back within %n minute(s). If it showed an error about the redirect URI, register exactly the redirect URI shown on the previous page on your Snap OAuth app. Then retry.</source>
        <translation>
            <numerusform>Le navigateur n&apos;est pas revenu dans un délai de %n minute. S&apos;il a affiché une erreur concernant l&apos;URI de redirection, enregistrez dans votre application OAuth Snap exactement l&apos;URI de redirection indiquée à la page précédente. Puis réessayez.</numerusform>
            <numerusform>Le navigateur n&apos;est pas revenu dans un délai de %n minutes. S&apos;il a affiché une erreur concernant l&apos;URI de redirection, enregistrez dans votre application OAuth Snap exactement l&apos;URI de redirection indiquée à la page précédente. Puis réessayez.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Signed in to Snapchat as %1.</source>
        <translation>Connecté à Snapchat en tant que %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed in to Snapchat as %1 (%2).</source>
        <translation>Connecté à Snapchat en tant que %1 (%2).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This Snapchat user has no ad accounts yet. You can still save the connection; exports need an ad account.</source>
        <translation>Cet utilisateur Snapchat n&apos;a pas encore de compte publicitaire. Vous pouvez tout de même enregistrer la connexion&#xa0;; les exports nécessitent un compte publicitaire.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Click the button to open Snapchat&apos;s sign-in page in your browser.</source>
        <translation>Cliquez sur le bouton pour ouvrir la page de connexion de Snapchat dans votre navigateur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Waiting for you to sign in and allow access in your browser…</source>
        <translation>En attente de votre connexion et de votre autorisation d&apos;accès dans le navigateur…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for you to sign in and allow access in your browser. This page continues by itself when the browser comes back…</source>
        <translation>En attente de votre connexion et de votre autorisation d&apos;accès dans le navigateur. Cette page continue d&apos;elle-même quand le navigateur revient…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signed in. Reading your organizations and ad accounts…</source>
        <translation>Connecté. Lecture de vos organisations et comptes publicitaires…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connected. These are the ad accounts this connection can send audiences to:</source>
        <translation>Connecté. Voici les comptes publicitaires auxquels cette connexion peut envoyer des audiences&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signing in did not work.</source>
        <translation>La connexion a échoué.</translation>
    </message>
</context>
<context>
    <name>ChooseConnectorPage</name>
    <message>
        <location filename="../ui/connection/chooseconnectorpage.cpp" line="+12"/>
        <source>Choose a destination</source>
        <translation>Choisir une destination</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where should AudienceBridge send your audiences?</source>
        <translation>Où AudienceBridge doit-il envoyer vos audiences&#xa0;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Destinations</source>
        <translation>Destinations</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Snapchat
Snap Audience Match: send hashed customer lists to your Snapchat ad accounts</source>
        <translation>Snapchat
Snap Audience Match&#xa0;: envoyez des listes de clients hachées vers vos comptes publicitaires Snapchat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uses the Snap Marketing API with your own Snap OAuth app.</source>
        <translation>Utilise la Marketing API de Snap avec votre propre application OAuth Snap.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Snapchat is the only destination available in this version.</source>
        <translation>Snapchat est la seule destination disponible dans cette version.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/cli/clicommand.cpp" line="+27"/>
        <source>Normalize and SHA-256 hash identifiers read from stdin</source>
        <translation>Normaliser et hacher en SHA-256 les identifiants lus sur l&apos;entrée standard</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run a local Snapchat (OAuth and Marketing API) for tests and demos</source>
        <translation>Lancer un Snapchat local (OAuth et Marketing API) pour les tests et les démonstrations</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import customer profiles from a CSV file</source>
        <translation>Importer des profils clients depuis un fichier CSV</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add, check and list profile sources in a PostgreSQL database</source>
        <translation>Ajouter, vérifier et lister des sources de profils dans une base PostgreSQL</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create, list and delete segments of profiles</source>
        <translation>Créer, lister et supprimer des segments de profils</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add Snapchat connections, sign in, list them</source>
        <translation>Ajouter des connexions Snapchat, s&apos;y connecter, les lister</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Configure exports to Snapchat audiences and run them</source>
        <translation>Configurer des exports vers des audiences Snapchat et les exécuter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List export runs and show one with its batch log</source>
        <translation>Lister les exécutions d&apos;export et en afficher une avec son journal des lots</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List the workspace&apos;s users; add users and set roles</source>
        <translation>Lister les utilisateurs de l&apos;espace de travail&#xa0;; ajouter des utilisateurs et définir leurs rôles</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Usage: %1 [COMMAND] [OPTIONS]</source>
        <translation>Utilisation&#xa0;: %1 [COMMANDE] [OPTIONS]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Without a command, the desktop application starts.</source>
        <translation>Sans commande, l&apos;application de bureau démarre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commands:</source>
        <translation>Commandes&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Options:</source>
        <translation>Options&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the version.</source>
        <translation>Afficher la version.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run &apos;%1 COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>Lancez &apos;%1 COMMANDE --help&apos; pour connaître les options d&apos;une commande.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Usage: %1 %2</source>
        <translation>Utilisation&#xa0;: %1 %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Unknown or missing command: &apos;%1 %2&apos;</source>
        <translation>Commande inconnue ou manquante&#xa0;: &apos;%1 %2&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Usage:</source>
        <translation>Utilisation&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Each takes --help for its options.</source>
        <translation>Chacune accepte --help pour afficher ses options.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Unknown command: %1</source>
        <translation>Commande inconnue&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/clisupport.cpp" line="+91"/>
        <location line="+20"/>
        <source>No connection named &apos;%1&apos;; &apos;audiencebridge connections list&apos; shows them.</source>
        <translation>Aucune connexion nommée «&#xa0;%1&#xa0;»&#xa0;; &apos;audiencebridge connections list&apos; les affiche.</translation>
    </message>
    <message>
        <location filename="../app/cli/connectionscommand.cpp" line="+32"/>
        <source>Adds a Snapchat connection (administrators only). The client secret is read from standard input with --client-secret-stdin, else from $AUDIENCEBRIDGE_CLIENT_SECRET, and kept in the OS keychain, never in the workspace. Sign in afterwards with &apos;connections login NAME&apos;.</source>
        <translation>Ajoute une connexion Snapchat (administrateurs uniquement). Le secret client est lu sur l&apos;entrée standard avec --client-secret-stdin, sinon dans $AUDIENCEBRIDGE_CLIENT_SECRET, et conservé dans le trousseau du système, jamais dans l&apos;espace de travail. Connectez-vous ensuite avec &apos;connections login NOM&apos;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The connection&apos;s display name.</source>
        <translation>Le nom d&apos;affichage de la connexion.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Snap OAuth app&apos;s client ID.</source>
        <translation>L&apos;ID client de l&apos;application OAuth Snap.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the client secret from standard input.</source>
        <translation>Lire le secret client sur l&apos;entrée standard.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Marketing API base URL (default https://adsapi.snapchat.com).</source>
        <translation>L&apos;URL de base de la Marketing API (par défaut https://adsapi.snapchat.com).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The OAuth base URL (default https://accounts.snapchat.com).</source>
        <translation>L&apos;URL de base OAuth (par défaut https://accounts.snapchat.com).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An https redirect URI registered on the Snap app, for &apos;login --paste&apos;.</source>
        <translation>Une URI de redirection https enregistrée dans l&apos;application Snap, pour &apos;login --paste&apos;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contributors may use the connection too (default: administrators only).</source>
        <translation>Les contributeurs peuvent aussi utiliser la connexion (par défaut&#xa0;: administrateurs uniquement).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--client-id is required.</source>
        <translation>--client-id est obligatoire.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No client secret: give it on standard input with --client-secret-stdin.</source>
        <translation>Aucun secret client&#xa0;: fournissez-le sur l&apos;entrée standard avec --client-secret-stdin.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The client secret could not be stored: %1</source>
        <translation>Le secret client n&apos;a pas pu être enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Added connection &apos;%1&apos; (id %2). Sign in with: audiencebridge connections login &apos;%1&apos;</source>
        <translation>Connexion «&#xa0;%1&#xa0;» ajoutée (id %2). Connectez-vous avec&#xa0;: audiencebridge connections login &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Signs in to Snapchat for a connection (administrators only): prints the address to open in a browser (and opens one when there is a display), then finishes when the browser comes back to this computer. With --paste, for an https redirect URI, paste the address the browser landed on.</source>
        <translation>Authentifie une connexion auprès de Snapchat (administrateurs uniquement)&#xa0;: affiche l&apos;adresse à ouvrir dans un navigateur (et en ouvre un s&apos;il y a un affichage), puis se termine quand le navigateur revient vers cet ordinateur. Avec --paste, pour une URI de redirection https, collez l&apos;adresse atteinte par le navigateur.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The connection&apos;s name.</source>
        <translation>Le nom de la connexion.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the redirect address from standard input.</source>
        <translation>Lire l&apos;adresse de redirection sur l&apos;entrée standard.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give up after this many seconds (default 300).</source>
        <translation>Abandonner après ce nombre de secondes (par défaut 300).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The connection&apos;s client secret is not available: %1</source>
        <translation>Le secret client de la connexion n&apos;est pas disponible&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open this address in a browser and allow access:</source>
        <translation>Ouvrez cette adresse dans un navigateur et autorisez l&apos;accès&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Then paste the address the browser landed on:</source>
        <translation>Collez ensuite l&apos;adresse atteinte par le navigateur&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No usable address was pasted.</source>
        <translation>Aucune adresse utilisable n&apos;a été collée.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Signed in, but the sign-in could not be kept: %1</source>
        <translation>Connecté, mais l&apos;authentification n&apos;a pas pu être conservée&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Signed in: connection &apos;%1&apos; is ready, with %2 as its export user.</source>
        <translation>Connecté&#xa0;: la connexion «&#xa0;%1&#xa0;» est prête, avec %2 comme utilisateur d&apos;export.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Lists the connections you may use (administrators see every detail).</source>
        <translation>Liste les connexions que vous pouvez utiliser (les administrateurs voient tous les détails).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>NAME	TYPE	WHO CAN USE	EXPORT USER	API</source>
        <translation>NOM	TYPE	UTILISABLE PAR	UTILISATEUR D&apos;EXPORT	API</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>administrators and contributors</source>
        <translation>administrateurs et contributeurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>administrators</source>
        <translation>administrateurs</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>NAME --client-id ID [--client-secret-stdin] [--api-url URL] [--accounts-url URL] [--redirect-uri URI] [--contributors]</source>
        <translation>NOM --client-id ID [--client-secret-stdin] [--api-url URL] [--accounts-url URL] [--redirect-uri URI] [--contributors]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NAME [--paste]</source>
        <translation>NOM [--paste]</translation>
    </message>
    <message>
        <location filename="../app/cli/exportscommand.cpp" line="+43"/>
        <source>No export named &apos;%1&apos;; &apos;audiencebridge exports list&apos; shows them.</source>
        <translation>Aucun export nommé «&#xa0;%1&#xa0;»&#xa0;; &apos;audiencebridge exports list&apos; les affiche.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: the profiles have no field &apos;%2&apos; (they have: %3).</source>
        <translation>%1&#xa0;: les profils n&apos;ont pas de champ «&#xa0;%2&#xa0;» (champs disponibles&#xa0;: %3).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Audience %1: %2</source>
        <translation>Audience %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Audience %1 is a %2 audience; only customer lists (FIRST_PARTY) take uploaded identifiers.</source>
        <translation>L&apos;audience %1 est une audience de type %2&#xa0;; seules les listes de clients (FIRST_PARTY) acceptent des identifiants envoyés.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Creating the audience failed: %1</source>
        <translation>La création de l&apos;audience a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Created Snapchat audience &apos;%1&apos; (%2).</source>
        <translation>Audience Snapchat «&#xa0;%1&#xa0;» créée (%2).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The Snapchat user has no ad account; give one with --ad-account.</source>
        <translation>L&apos;utilisateur Snapchat n&apos;a aucun compte publicitaire&#xa0;; indiquez-en un avec --ad-account.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Configures an export of segments to a Snapchat audience. The audience is checked (or created) through the API; nothing is sent until &apos;exports run&apos;.</source>
        <translation>Configure un export de segments vers une audience Snapchat. L&apos;audience est vérifiée (ou créée) via l&apos;API&#xa0;; rien n&apos;est envoyé avant &apos;exports run&apos;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+141"/>
        <source>The export&apos;s name.</source>
        <translation>Le nom de l&apos;export.</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>The Snapchat connection to use.</source>
        <translation>La connexion Snapchat à utiliser.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An existing Snapchat customer-list audience (segment ID).</source>
        <translation>Une audience de liste de clients Snapchat existante (ID de segment).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a new customer-list audience with this name.</source>
        <translation>Créer une nouvelle audience de liste de clients portant ce nom.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ad account for a new audience (default: the first one).</source>
        <translation>Le compte publicitaire d&apos;une nouvelle audience (par défaut&#xa0;: le premier).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new audience&apos;s description.</source>
        <translation>La description de la nouvelle audience.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new audience&apos;s retention (default 9999: lifetime).</source>
        <translation>La durée de conservation de la nouvelle audience (par défaut 9999&#xa0;: sans limite).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The profile field holding the email address (required).</source>
        <translation>Le champ de profil contenant l&apos;adresse e-mail (obligatoire).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The profile field holding the phone number.</source>
        <translation>Le champ de profil contenant le numéro de téléphone.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region for phone numbers without a country code, e.g. DE.</source>
        <translation>Région des numéros de téléphone sans indicatif de pays, p. ex. DE.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The profile field holding the mobile ad ID.</source>
        <translation>Le champ de profil contenant l&apos;identifiant publicitaire mobile.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A segment to export (repeat for more; their union is sent).</source>
        <translation>Un segment à exporter (répétez l&apos;option pour en ajouter&#xa0;; leur union est envoyée).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add (only add members) or mirror (also remove who left the segments).</source>
        <translation>add (ajouter des membres uniquement) ou mirror (retirer aussi ceux qui ont quitté les segments).</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../app/cli/sourcescommand.cpp" line="+52"/>
        <source>--%1 is required.</source>
        <translation>--%1 est obligatoire.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give either --audience-id or --new-audience.</source>
        <translation>Indiquez soit --audience-id, soit --new-audience.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--mode must be add or mirror (got &apos;%1&apos;).</source>
        <translation>--mode doit valoir add ou mirror (reçu&#xa0;: «&#xa0;%1&#xa0;»).</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../app/cli/hashcommand.cpp" line="+140"/>
        <source>--default-region: &apos;%1&apos; is not a region code such as DE, FR or US.</source>
        <translation>--default-region&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un code de région tel que DE, FR ou US.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>--segment: no segment named &apos;%1&apos;.</source>
        <translation>--segment&#xa0;: aucun segment nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Connection &apos;%1&apos; is not signed in: run &apos;audiencebridge connections login %1&apos; (%2)</source>
        <translation>La connexion «&#xa0;%1&#xa0;» n&apos;est pas authentifiée auprès de Snapchat&#xa0;: lancez &apos;audiencebridge connections login %1&apos; (%2)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saved export &apos;%1&apos; to audience %2. Run it with: audiencebridge exports run &apos;%1&apos;</source>
        <translation>Export «&#xa0;%1&#xa0;» enregistré vers l&apos;audience %2. Exécutez-le avec&#xa0;: audiencebridge exports run &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Lists the exports with their last run.</source>
        <translation>Liste les exports avec leur dernière exécution.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>NAME	AUDIENCE	MODE	SEGMENTS	LAST RUN</source>
        <translation>NOM	AUDIENCE	MODE	SEGMENTS	DERNIÈRE EXÉCUTION</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not started</source>
        <translation>Pas encore exécuté</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Runs an export now: progress on stderr, a summary on stdout (JSON with --json). Exits 0 only when the run is Successful. A run that was canceled, interrupted or failed is resumed from its checkpoints. Ctrl+C (SIGINT) or SIGTERM cancels the run, keeping its checkpoints; a second one ends the program at once.</source>
        <translation>Exécute un export maintenant&#xa0;: progression sur stderr, résumé sur stdout (en JSON avec --json). Ne se termine avec le code 0 que si l&apos;exécution est réussie (Successful). Une exécution annulée, interrompue ou en échec reprend à partir de ses points de reprise. Ctrl+C (SIGINT) ou SIGTERM annule l&apos;exécution en conservant ses points de reprise&#xa0;; un second signal arrête immédiatement le programme.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Print the run&apos;s summary as JSON.</source>
        <translation>Afficher le résumé de l&apos;exécution en JSON.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Identifiers per upload request, 1 to 100000 (default 100000).</source>
        <translation>Identifiants par requête d&apos;envoi, de 1 à 100000 (par défaut 100000).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--batch-size must be a number from 1 to 100000 (got &apos;%1&apos;).</source>
        <translation>--batch-size doit être un nombre de 1 à 100000 (reçu&#xa0;: «&#xa0;%1&#xa0;»).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Resuming run %1 (%2) from its checkpoints.</source>
        <translation>Reprise de l&apos;exécution %1 (%2) à partir de ses points de reprise.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Canceling: the run stops after the requests in flight and keeps its checkpoints.</source>
        <translation>Annulation&#xa0;: l&apos;exécution s&apos;arrête après les requêtes en cours et conserve ses points de reprise.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Sign in to Snapchat again with: audiencebridge connections login &apos;%1&apos;
Then run the export again: it resumes from its checkpoints.</source>
        <translation>Reconnectez-vous à Snapchat avec&#xa0;: audiencebridge connections login &apos;%1&apos;
Puis relancez l&apos;export&#xa0;: il reprendra à partir de ses points de contrôle.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: %2 profiles, %3 emails uploaded, %4 already in the audience, %5 duplicates, %6 rejected, %7 failed, %8 not sent</source>
        <translation>%1&#xa0;: %2 profils, %3 e-mails envoyés, %4 déjà dans l&apos;audience, %5 doublons, %6 rejetés, %7 en échec, %8 non envoyés</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>NAME --connection C (--audience-id ID | --new-audience NAME) --email-field F [--phone-field F --default-region R] [--maid-field F] --segment S [--segment S ...] [--mode add|mirror]</source>
        <translation>NOM --connection C (--audience-id ID | --new-audience NOM) --email-field F [--phone-field F --default-region R] [--maid-field F] --segment S [--segment S ...] [--mode add|mirror]</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>NAME [--json]</source>
        <translation>NOM [--json]</translation>
    </message>
    <message>
        <location filename="../app/cli/hashcommand.cpp" line="-40"/>
        <source>Reads one value per line from standard input and writes, per line, the normalized value and its SHA-256 separated by a tab, or &apos;!&apos; and the reason the value was rejected.</source>
        <translation>Lit une valeur par ligne sur l&apos;entrée standard et écrit, pour chaque ligne, la valeur normalisée et son hachage SHA-256 séparés par une tabulation, ou «&#xa0;!&#xa0;» et la raison du rejet de la valeur.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Identifier type: email, phone or maid.</source>
        <translation>Type d&apos;identifiant&#xa0;: email, phone ou maid.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Region for phone numbers written without a country code, such as DE or US.</source>
        <translation>Région des numéros de téléphone écrits sans indicatif de pays, comme DE ou US.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../app/cli/workspaceoption.cpp" line="+55"/>
        <source>Unexpected argument: %1</source>
        <translation>Argument inattendu&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--type must be email, phone or maid (got &apos;%1&apos;).</source>
        <translation>--type doit valoir email, phone ou maid (reçu&#xa0;: «&#xa0;%1&#xa0;»).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Reading or writing failed.</source>
        <translation>La lecture ou l&apos;écriture a échoué.</translation>
    </message>
    <message>
        <location filename="../app/cli/profilescommand.cpp" line="+25"/>
        <source>Writes a CSV of made-up customer profiles (ID column customer_id) to try the program out: realistic emails, phones and mobile ad IDs, with the usual share of bad values.</source>
        <translation>Écrit un CSV de profils clients fictifs (colonne d&apos;ID customer_id) pour essayer le programme&#xa0;: e-mails, téléphones et identifiants publicitaires mobiles réalistes, avec la proportion habituelle de valeurs incorrectes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The CSV file to write (&apos;-&apos; for standard output).</source>
        <translation>Le fichier CSV à écrire (&apos;-&apos; pour la sortie standard).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many profiles (default 1000).</source>
        <translation>Nombre de profils (par défaut 1000).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seed: the same seed writes the same profiles.</source>
        <translation>Graine&#xa0;: la même graine produit les mêmes profils.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--count must be a number of profiles (got &apos;%1&apos;).</source>
        <translation>--count doit être un nombre de profils (reçu&#xa0;: «&#xa0;%1&#xa0;»).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Imports profiles from a CSV file whose first line names the columns. Re-importing updates profiles by ID. Bad rows are listed with their line numbers; unless --skip-bad-rows is given, nothing is imported when any row is bad.</source>
        <translation>Importe des profils depuis un fichier CSV dont la première ligne nomme les colonnes. Une nouvelle importation met à jour les profils par ID. Les lignes incorrectes sont listées avec leur numéro&#xa0;; sauf si --skip-bad-rows est indiqué, rien n&apos;est importé si une ligne est incorrecte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The CSV file.</source>
        <translation>Le fichier CSV.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/sourcescommand.cpp" line="-12"/>
        <source>The column holding the profile ID.</source>
        <translation>La colonne contenant l&apos;ID de profil.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace all profiles instead of updating them.</source>
        <translation>Remplacer tous les profils au lieu de les mettre à jour.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The field delimiter: &apos;,&apos;, &apos;;&apos; or &apos;tab&apos; (default: detected).</source>
        <translation>Le séparateur de champs&#xa0;: &apos;,&apos;, &apos;;&apos; ou &apos;tab&apos; (par défaut&#xa0;: détecté).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import the good rows even when some rows are bad.</source>
        <translation>Importer les lignes correctes même si certaines lignes sont incorrectes.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--id-column is required: name the column that holds the profile ID.</source>
        <translation>--id-column est obligatoire&#xa0;: indiquez la colonne qui contient l&apos;ID de profil.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--delimiter must be &apos;,&apos;, &apos;;&apos; or &apos;tab&apos; (got &apos;%1&apos;).</source>
        <translation>--delimiter doit valoir &apos;,&apos;, &apos;;&apos; ou &apos;tab&apos; (reçu&#xa0;: «&#xa0;%1&#xa0;»).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>line %1: %2</source>
        <translation>ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>... and %1 more bad rows</source>
        <translation>... et %1 autres lignes incorrectes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rows read: %1, imported: %2, skipped: %3</source>
        <translation>Lignes lues&#xa0;: %1, importées&#xa0;: %2, ignorées&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>  skipped (%1): %2</source>
        <translation>  ignorées (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>FILE.csv --id-column NAME [--replace] [--delimiter C] [--skip-bad-rows] [--workspace FILE]</source>
        <translation>FICHIER.csv --id-column NOM [--replace] [--delimiter C] [--skip-bad-rows] [--workspace FICHIER]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>FILE.csv [--count N] [--seed S]</source>
        <translation>FICHIER.csv [--count N] [--seed S]</translation>
    </message>
    <message>
        <location filename="../app/cli/runprogressprinter.cpp" line="+27"/>
        <source>: %1 profiles read, %2 identifiers hashed</source>
        <translation>&#xa0;: %1 profils lus, %2 identifiants hachés</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>: %1 of %2 sent, %3 skipped</source>
        <translation>&#xa0;: %1 sur %2 envoyés, %3 ignorés</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>, %1/s</source>
        <translation>, %1/s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, about %1 s left</source>
        <translation>, environ %1 s restantes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, %1 retries</source>
        <translation>, %1 nouvelles tentatives</translation>
    </message>
    <message>
        <location filename="../app/cli/runscommand.cpp" line="+37"/>
        <source>Cannot mark interrupted runs: %1</source>
        <translation>Impossible de marquer les exécutions interrompues&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Lists the runs of one export, or of every export, newest first.</source>
        <translation>Liste les exécutions d&apos;un export, ou de tous les exports, les plus récentes en premier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The export&apos;s name (optional).</source>
        <translation>Le nom de l&apos;export (facultatif).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>ID	EXPORT	STATUS	STARTED	ENDED	BY	PROFILES	UPLOADED</source>
        <translation>ID	EXPORT	STATUT	DÉBUT	FIN	PAR	PROFILS	ENVOYÉS</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No export named &apos;%1&apos;.</source>
        <translation>Aucun export nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Shows one run: status, counts by reason, and the batch log with Snapchat&apos;s request IDs.</source>
        <translation>Affiche une exécution&#xa0;: statut, décomptes par raison et journal des lots avec les ID de requête Snapchat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The run&apos;s ID (see &apos;runs list&apos;).</source>
        <translation>L&apos;ID de l&apos;exécution (voir &apos;runs list&apos;).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No run with ID &apos;%1&apos;.</source>
        <translation>Aucune exécution avec l&apos;ID «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run %1 of export %2: %3</source>
        <translation>Exécution %1 de l&apos;export %2&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started %1 by %2, ended %3</source>
        <translation>Début&#xa0;: %1, par %2&#xa0;; fin&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error: %1</source>
        <translation>Erreur&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>BATCH	SCHEMA	ACTION	IDENTIFIERS	STATUS	REQUEST ID	ERROR</source>
        <translation>LOT	SCHÉMA	ACTION	IDENTIFIANTS	STATUT	ID DE REQUÊTE	ERREUR</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>[EXPORT]</source>
        <translation>[EXPORT]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="+48"/>
        <source>Run a local Snapchat (accounts and Marketing API) on 127.0.0.1 for tests and demos. Stop it with Ctrl+C; it then prints a line &apos;stats key=value ...&apos; with the requests it answered by status and the faults it injected.</source>
        <translation>Lance un Snapchat local (comptes et Marketing API) sur 127.0.0.1 pour les tests et les démonstrations. Arrêtez-le avec Ctrl+C&#xa0;; il affiche alors une ligne &apos;stats key=value ...&apos; avec les requêtes traitées par statut et les pannes injectées.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Port to listen on (0: any free port).</source>
        <translation>Port d&apos;écoute (0&#xa0;: n&apos;importe quel port libre).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load the audiences from FILE and save them there after every change.</source>
        <translation>Charger les audiences depuis FICHIER et les y enregistrer après chaque modification.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Append every access and refresh token issued to FILE (for tests).</source>
        <translation>Ajouter chaque jeton d’accès et de rafraîchissement émis à FICHIER (pour les tests).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OAuth client ID to accept.</source>
        <translation>ID client OAuth à accepter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OAuth client secret to accept.</source>
        <translation>Secret client OAuth à accepter.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Registered redirect URI (repeatable; default: any loopback http or https URI).</source>
        <translation>URI de redirection enregistrée (option répétable&#xa0;; par défaut&#xa0;: toute URI http ou https de bouclage).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Access token lifetime in seconds.</source>
        <translation>Durée de validité du jeton d&apos;accès, en secondes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Redirect back with a code at once (the default).</source>
        <translation>Rediriger immédiatement avec un code (par défaut).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Serve an approve page instead of redirecting at once.</source>
        <translation>Servir une page d&apos;approbation au lieu de rediriger immédiatement.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests per second per token (0: unlimited).</source>
        <translation>Requêtes par seconde et par jeton (0&#xa0;: illimité).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send Retry-After: SECONDS with every 429.</source>
        <translation>Envoyer Retry-After: SECONDES avec chaque réponse 429.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delay every API answer.</source>
        <translation>Retarder chaque réponse de l&apos;API.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fraction of API requests answered 429, as if over the rate limit.</source>
        <translation>Proportion des requêtes API auxquelles la réponse est 429, comme si la limite de débit était dépassée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fraction of API requests answered 500 or 503.</source>
        <translation>Proportion des requêtes d&apos;API auxquelles répondre par 500 ou 503.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fraction of API answers cut off by a connection reset.</source>
        <translation>Proportion des réponses d&apos;API interrompues par une réinitialisation de la connexion.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fraction of user uploads answered 200 with a failed sub-request.</source>
        <translation>Proportion des envois d&apos;utilisateurs auxquels répondre par 200 avec une sous-requête en échec.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At the Nth API request, the refresh tokens issued so far stop working (signing in again gets working ones).</source>
        <translation>À la Nième requête API, les jetons de rafraîchissement émis jusque-là cessent de fonctionner (une nouvelle connexion en obtient de valides).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seed of the fault injection.</source>
        <translation>Graine de l&apos;injection de défaillances.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>--%1: not a valid number: %2</source>
        <translation>--%1&#xa0;: nombre non valide&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--%1: expected a fraction between 0 and 1, got %2</source>
        <translation>--%1&#xa0;: fraction entre 0 et 1 attendue, reçu %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot start the sandbox: %1</source>
        <translation>Impossible de démarrer le bac à sable&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cannot save the state file %1: %2</source>
        <translation>Impossible d&apos;enregistrer le fichier d&apos;état %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/segmentscommand.cpp" line="+25"/>
        <source>Creates a segment from a rule over profile fields, e.g. --rule &quot;country = &apos;DE&apos; and ltv &gt;= 100&quot; (see the README for the rule language), or from a CSV file of profile IDs (first column).</source>
        <translation>Crée un segment à partir d&apos;une règle portant sur les champs de profil, p. ex. --rule &quot;country = &apos;DE&apos; and ltv &gt;= 100&quot; (voir le README pour le langage des règles), ou à partir d&apos;un fichier CSV d&apos;ID de profils (première colonne).</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+58"/>
        <location line="+64"/>
        <source>The segment&apos;s name.</source>
        <translation>Le nom du segment.</translation>
    </message>
    <message>
        <location line="-121"/>
        <source>The segment&apos;s rule.</source>
        <translation>La règle du segment.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A CSV file of profile IDs.</source>
        <translation>Un fichier CSV d&apos;ID de profils.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The profile source the rule reads (default: the workspace&apos;s profiles).</source>
        <translation>La source de profils que lit la règle (par défaut&#xa0;: les profils de l’espace de travail).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give either --rule or --list.</source>
        <translation>Indiquez soit --rule, soit --list.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--list segments hold IDs of the workspace&apos;s profiles: --source goes with --rule only.</source>
        <translation>Les segments --list contiennent des ID de profils de l’espace de travail&#xa0;: --source ne va qu’avec --rule.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Created segment &apos;%1&apos;: %2</source>
        <translation>Segment «&#xa0;%1&#xa0;» créé&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Created list segment &apos;%1&apos; with %2 IDs</source>
        <translation>Segment de liste «&#xa0;%1&#xa0;» créé avec %2 ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of the IDs are not among the profiles (yet).</source>
        <translation>%1 des ID ne figurent pas (encore) parmi les profils.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+39"/>
        <location filename="../app/cli/sourcesupport.cpp" line="+74"/>
        <source>Members: %1</source>
        <translation>Membres&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Changes the rule of a rule segment. A segment over a profile source keeps its source, and the new rule is checked against that source&apos;s columns.</source>
        <translation>Modifie la règle d’un segment à règle. Un segment sur une source de profils garde sa source, et la nouvelle règle est vérifiée sur les colonnes de celle-ci.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The segment&apos;s new rule.</source>
        <translation>La nouvelle règle du segment.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--rule is required.</source>
        <translation>--rule est obligatoire.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Changed segment &apos;%1&apos;: %2</source>
        <translation>Segment «&#xa0;%1&#xa0;» modifié&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Lists the segments with their member counts; a segment over a profile source is counted in its database.</source>
        <translation>Liste les segments avec leur nombre de membres&#xa0;; un segment sur une source de profils est compté dans sa base de données.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>NAME	SOURCE	MEMBERS	DEFINITION</source>
        <translation>NOM	SOURCE	MEMBRES	DÉFINITION</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>NAME (--rule RULE [--source SOURCE] | --list FILE.csv)</source>
        <translation>NOM (--rule REGLE [--source SOURCE] | --list FICHIER.csv)</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(list of IDs)</source>
        <translation>(liste d&apos;ID)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Deletes a segment that no export uses.</source>
        <translation>Supprime un segment qu&apos;aucun export n&apos;utilise.</translation>
    </message>
    <message>
        <location line="-42"/>
        <location line="+53"/>
        <source>No segment named &apos;%1&apos;.</source>
        <translation>Aucun segment nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deleted segment &apos;%1&apos;.</source>
        <translation>Segment «&#xa0;%1&#xa0;» supprimé.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>NAME --rule RULE</source>
        <translation>NOM --rule REGLE</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/sourcescommand.cpp" line="+178"/>
        <location line="+1"/>
        <location filename="../app/cli/userscommand.cpp" line="+112"/>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <location filename="../app/cli/userscommand.cpp" line="-89"/>
        <source>Unknown role &apos;%1&apos;: use administrator, contributor or viewer.</source>
        <translation>Rôle inconnu «&#xa0;%1&#xa0;»&#xa0;: utilisez administrator, contributor ou viewer.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+12"/>
        <source>administrator, contributor or viewer.</source>
        <translation>administrator, contributor ou viewer.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Lists the workspace&apos;s users and their roles.</source>
        <translation>Liste les utilisateurs de l&apos;espace de travail et leurs rôles.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adds an OS user to the workspace (administrators only).</source>
        <translation>Ajoute un utilisateur du système à l&apos;espace de travail (administrateurs uniquement).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <location line="+5"/>
        <source>The OS user name.</source>
        <translation>Le nom d&apos;utilisateur du système.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Changes a user&apos;s role (administrators only).</source>
        <translation>Modifie le rôle d&apos;un utilisateur (administrateurs uniquement).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Removes a user from the workspace (administrators only).</source>
        <translation>Retire un utilisateur de l&apos;espace de travail (administrateurs uniquement).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--role is required: administrator, contributor or viewer.</source>
        <translation>--role est obligatoire&#xa0;: administrator, contributor ou viewer.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 is now a workspace %2.</source>
        <translation>%1 a désormais le rôle %2 dans l&apos;espace de travail.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 was removed from the workspace.</source>
        <translation>%1 a été retiré de l&apos;espace de travail.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>NAME --role administrator|contributor|viewer</source>
        <translation>NOM --role administrator|contributor|viewer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NAME ROLE</source>
        <translation>NOM ROLE</translation>
    </message>
    <message>
        <location filename="../app/cli/workspaceoption.cpp" line="-37"/>
        <source>The workspace file (default: $AUDIENCEBRIDGE_WORKSPACE, else one in the application data folder).</source>
        <translation>Le fichier d&apos;espace de travail (par défaut&#xa0;: $AUDIENCEBRIDGE_WORKSPACE, sinon un fichier dans le dossier de données de l&apos;application).</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Missing argument; see --help.</source>
        <translation>Argument manquant&#xa0;; voir --help.</translation>
    </message>
    <message>
        <location filename="../app/cli/sourcescommand.cpp" line="-188"/>
        <source>Adds (or changes) a profile source: a PostgreSQL table or view whose rows are profiles, read where they are instead of imported. The password is read from standard input with --password-stdin, else from $AUDIENCEBRIDGE_SOURCE_PASSWORD, and kept in the OS keychain, never in the workspace. Administrators and contributors add sources.</source>
        <translation>Ajoute (ou modifie) une source de profils&#xa0;: une table ou une vue PostgreSQL dont les lignes sont des profils, lus sur place au lieu d’être importés. Le mot de passe est lu sur l’entrée standard avec --password-stdin, sinon dans $AUDIENCEBRIDGE_SOURCE_PASSWORD, et conservé dans le trousseau du système, jamais dans l’espace de travail. Les administrateurs et les contributeurs ajoutent des sources.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+107"/>
        <location line="+39"/>
        <source>The source&apos;s name.</source>
        <translation>Le nom de la source.</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>The database&apos;s name.</source>
        <translation>Le nom de la base de données.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The table or view of profiles (&quot;table&quot; or &quot;schema.table&quot;).</source>
        <translation>La table ou la vue des profils («&#xa0;table&#xa0;» ou «&#xa0;schema.table&#xa0;»).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database server (default 127.0.0.1).</source>
        <translation>Le serveur de base de données (par défaut 127.0.0.1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server&apos;s port (default 5432).</source>
        <translation>Le port du serveur (par défaut 5432).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database user.</source>
        <translation>L’utilisateur de la base de données.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Driver connection options, e.g. &quot;sslmode=require&quot;.</source>
        <translation>Options de connexion du pilote, par ex. «&#xa0;sslmode=require&#xa0;».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Qt SQL driver (default QPSQL).</source>
        <translation>Le pilote Qt SQL (par défaut QPSQL).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the password from standard input.</source>
        <translation>Lire le mot de passe sur l’entrée standard.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--port must be a port number from 1 to 65535 (got &apos;%1&apos;).</source>
        <translation>--port doit être un numéro de port de 1 à 65535 (reçu&#xa0;: «&#xa0;%1&#xa0;»).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>--password-stdin: standard input held no password.</source>
        <translation>--password-stdin&#xa0;: l’entrée standard ne contenait aucun mot de passe.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The password is not in the keychain (%1); $%2 gives it while it is set.</source>
        <translation>Le mot de passe n’est pas dans le trousseau (%1)&#xa0;; $%2 le fournit tant qu’elle est définie.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The password could not be stored in the keychain: %1</source>
        <translation>Le mot de passe n’a pas pu être enregistré dans le trousseau&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Updated profile source &apos;%1&apos; (%2, table %3).</source>
        <translation>Source de profils «&#xa0;%1&#xa0;» modifiée (%2, table %3).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added profile source &apos;%1&apos; (%2, table %3).</source>
        <translation>Source de profils «&#xa0;%1&#xa0;» ajoutée (%2, table %3).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check it with: audiencebridge sources check &apos;%1&apos;</source>
        <translation>Vérifiez-la avec&#xa0;: audiencebridge sources check &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lists the profile sources (never their passwords).</source>
        <translation>Liste les sources de profils (jamais leurs mots de passe).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>NAME	DRIVER	SERVER	TABLE	ID COLUMN</source>
        <translation>NOM	PILOTE	SERVEUR	TABLE	COLONNE ID</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Connects to a profile source and prints its columns and number of rows; an error names the setting to fix (host, user and password, database, table, ID column).</source>
        <translation>Se connecte à une source de profils et affiche ses colonnes et son nombre de lignes&#xa0;; une erreur nomme le réglage à corriger (hôte, utilisateur et mot de passe, base de données, table, colonne d’ID).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No profile source named &apos;%1&apos;; &apos;audiencebridge sources list&apos; shows them.</source>
        <translation>Aucune source de profils nommée «&#xa0;%1&#xa0;»&#xa0;; «&#xa0;audiencebridge sources list&#xa0;» les affiche.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../app/cli/sourcesupport.cpp" line="-22"/>
        <location line="+14"/>
        <location line="+21"/>
        <source>The keychain could not be read: %1</source>
        <translation>Le trousseau n’a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Profile source &apos;%1&apos; (%2, table %3) is reachable.</source>
        <translation>La source de profils «&#xa0;%1&#xa0;» (%2, table %3) est joignable.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns: %1</source>
        <translation>Colonnes&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID column: %1</source>
        <translation>Colonne d’ID&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows: %1</source>
        <translation>Lignes&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Removes a profile source that no segment reads, with its password in the keychain.</source>
        <translation>Supprime une source de profils qu’aucun segment ne lit, avec son mot de passe dans le trousseau.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Removed profile source &apos;%1&apos;.</source>
        <translation>Source de profils «&#xa0;%1&#xa0;» supprimée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its password could not be removed from the keychain: %1</source>
        <translation>Son mot de passe n’a pas pu être retiré du trousseau&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>NAME --database DB --table T --id-column C [--host H] [--port P] [--user U] [--options O] [--driver QPSQL] [--password-stdin]</source>
        <translation>NOM --database BD --table T --id-column C [--host H] [--port P] [--user U] [--options O] [--driver QPSQL] [--password-stdin]</translation>
    </message>
    <message>
        <location filename="../app/cli/sourcesupport.cpp" line="-16"/>
        <source>Created segment &apos;%1&apos; over profile source &apos;%2&apos;: %3</source>
        <translation>Segment «&#xa0;%1&#xa0;» créé sur la source de profils «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1: profile source &apos;%2&apos; has no column &apos;%3&apos; (it has: %4).</source>
        <translation>%1&#xa0;: la source de profils «&#xa0;%2&#xa0;» n’a pas de colonne «&#xa0;%3&#xa0;» (colonnes&#xa0;: %4).</translation>
    </message>
</context>
<context>
    <name>ConnectionAccessPage</name>
    <message>
        <location filename="../ui/connection/connectionaccesspage.cpp" line="+14"/>
        <source>&amp;Administrators only</source>
        <translation>&amp;Administrateurs uniquement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrators and &amp;contributors</source>
        <translation>Administrateurs et &amp;contributeurs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who can use this connection?</source>
        <translation>Qui peut utiliser cette connexion&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can change this later in the connection&apos;s settings.</source>
        <translation>Vous pourrez modifier ce choix plus tard dans les paramètres de la connexion.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Only administrators of this workspace can create and run exports that send data through this connection.</source>
        <translation>Seuls les administrateurs de cet espace de travail peuvent créer et exécuter des exports qui envoient des données via cette connexion.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contributors can also pick this connection for their exports. They see only its name, never its credentials or settings.</source>
        <translation>Les contributeurs peuvent aussi choisir cette connexion pour leurs exports. Ils n&apos;en voient que le nom, jamais les identifiants de connexion ni les paramètres.</translation>
    </message>
</context>
<context>
    <name>ConnectionNamePage</name>
    <message>
        <location filename="../ui/connection/connectionnamepage.cpp" line="+21"/>
        <source>Name the connection</source>
        <translation>Nommer la connexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People pick the connection by this name when they set up an export.</source>
        <translation>Les utilisateurs choisissent la connexion par ce nom lorsqu&apos;ils configurent un export.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Display name</source>
        <translation>Nom d&apos;affichage</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. Snapchat – Brand EU</source>
        <translation>p. ex. Snapchat – Marque UE</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>&amp;Display name:</source>
        <translation>&amp;Nom d&apos;affichage&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter a name for the connection.</source>
        <translation>Saisissez un nom pour la connexion.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not read the workspace&apos;s connections: %1</source>
        <translation>Impossible de lire les connexions de l&apos;espace de travail&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A connection named &quot;%1&quot; already exists in this workspace. Choose another name.</source>
        <translation>Une connexion nommée «&#xa0;%1&#xa0;» existe déjà dans cet espace de travail. Choisissez un autre nom.</translation>
    </message>
</context>
<context>
    <name>ConnectionSummaryPage</name>
    <message>
        <location filename="../ui/connection/connectionsummarypage.cpp" line="+15"/>
        <source>Summary</source>
        <translation>Récapitulatif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the connection, then click Save.</source>
        <translation>Vérifiez la connexion, puis cliquez sur Enregistrer.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Destination:</source>
        <translation>Destination&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Snapchat</source>
        <translation>Snapchat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who can use it:</source>
        <translation>Utilisable par&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Administrators and contributors</source>
        <translation>Administrateurs et contributeurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrators only</source>
        <translation>Administrateurs uniquement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client ID:</source>
        <translation>ID client&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client secret:</source>
        <translation>Secret client&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>•••••• (kept in the system keychain)</source>
        <translation>•••••• (conservé dans le trousseau du système)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in returns to:</source>
        <translation>Après la connexion, retour vers&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this computer (loopback)</source>
        <translation>cet ordinateur (bouclage)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API:</source>
        <translation>API&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accounts:</source>
        <translation>Comptes&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snapchat user:</source>
        <translation>Utilisateur Snapchat&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ad accounts:</source>
        <translation>Comptes publicitaires&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export user:</source>
        <translation>Utilisateur d&apos;export&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nobody</source>
        <translation>personne</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
</context>
<context>
    <name>ConnectionWizard</name>
    <message>
        <location filename="../ui/connection/connectionwizard.cpp" line="+30"/>
        <location filename="../ui/wizardlaunch.cpp" line="+23"/>
        <source>Add connection</source>
        <translation>Ajouter une connexion</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>new connection</source>
        <translation>nouvelle connexion</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>The connection was not saved: %1</source>
        <translation>La connexion n&apos;a pas été enregistrée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ConnectionsView</name>
    <message>
        <location filename="../ui/views/connectionsview.cpp" line="+22"/>
        <source>Snapchat</source>
        <translation>Snapchat</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Add Connection…</source>
        <translation>&amp;Ajouter une connexion…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connect a Snapchat ad account</source>
        <translation>Connecter un compte publicitaire Snapchat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who can use it</source>
        <translation>Utilisable par</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Snapchat user</source>
        <translation>Utilisateur Snapchat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Created</source>
        <translation>Créée le</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Open or create a workspace to see its connections.</source>
        <translation>Ouvrez ou créez un espace de travail pour voir ses connexions.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No connections yet. Add one to export to Snapchat.</source>
        <translation>Aucune connexion pour l&apos;instant. Ajoutez-en une pour exporter vers Snapchat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No connection is shared with you. Contact an administrator to use one.</source>
        <translation>Aucune connexion n&apos;est partagée avec vous. Contactez un administrateur pour en utiliser une.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Administrators and contributors</source>
        <translation>Administrateurs et contributeurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrators only</source>
        <translation>Administrateurs uniquement</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Adding connections is not available in this build.</source>
        <translation>L&apos;ajout de connexions n&apos;est pas disponible dans cette version.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Snapchat app client ID:</source>
        <translation>ID client de l&apos;application Snapchat&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API address:</source>
        <translation>Adresse de l&apos;API&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in address:</source>
        <translation>Adresse de connexion&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export user:</source>
        <translation>Utilisateur d&apos;export&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none yet</source>
        <translation>aucun pour l&apos;instant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added by:</source>
        <translation>Ajoutée par&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The client secret and the tokens are kept in the system keychain, not in the workspace.</source>
        <translation>Le secret client et les jetons sont conservés dans le trousseau du système, pas dans l&apos;espace de travail.</translation>
    </message>
</context>
<context>
    <name>CredentialsPage</name>
    <message>
        <location filename="../ui/connection/credentialspage.cpp" line="+39"/>
        <source>&amp;This computer (loopback address)</source>
        <translation>&amp;Cet ordinateur (adresse de bouclage)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An https &amp;page I registered; I will paste the address the browser lands on</source>
        <translation>Une page https que j&apos;ai enre&amp;gistrée&#xa0;; je collerai l&apos;adresse atteinte par le navigateur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;opy</source>
        <translation>C&amp;opier</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Snapchat app credentials</source>
        <translation>Identifiants de l&apos;application Snapchat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the OAuth app an organization admin created in Snap Business Manager (Business Details → OAuth Apps).</source>
        <translation>Issus de l&apos;application OAuth créée par un administrateur de l&apos;organisation dans Snap Business Manager (Business Details → OAuth Apps).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Client ID</source>
        <translation>ID client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client secret</source>
        <translation>Secret client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept in the system keychain, never in the workspace file.</source>
        <translation>Conservé dans le trousseau du système, jamais dans le fichier de l&apos;espace de travail.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Registered https redirect address</source>
        <translation>Adresse de redirection https enregistrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://www.example.com/snapchat-callback</source>
        <translation>https://www.example.com/snapchat-callback</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Redirect URI to register</source>
        <translation>URI de redirection à enregistrer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy the redirect URI</source>
        <translation>Copier l&apos;URI de redirection</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>API base URL</source>
        <translation>URL de base de l&apos;API</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accounts base URL</source>
        <translation>URL de base des comptes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ad&amp;vanced: API addresses</source>
        <translation>A&amp;vancé&#xa0;: adresses de l&apos;API</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show advanced settings</source>
        <translation>Afficher les paramètres avancés</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A&amp;PI base URL:</source>
        <translation>URL de base de l&apos;&amp;API&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acco&amp;unts base URL:</source>
        <translation>URL de base des co&amp;mptes&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep Snapchat&apos;s addresses unless you try AudienceBridge against its local sandbox.</source>
        <translation>Conservez les adresses de Snapchat, sauf si vous essayez AudienceBridge avec son bac à sable local.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Client &amp;ID:</source>
        <translation>&amp;ID client&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client &amp;secret:</source>
        <translation>Secret c&amp;lient&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After you sign in, the browser returns to</source>
        <translation>Après la connexion, le navigateur revient vers</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Redirect URI to &amp;register on the Snap OAuth app:</source>
        <translation>URI de redirection à en&amp;registrer dans l&apos;application OAuth Snap&#xa0;:</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Enter your https page above</source>
        <translation>Saisissez ci-dessus votre page https</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copied. Paste it as the redirect URI of your Snap OAuth app.</source>
        <translation>Copiée. Collez-la comme URI de redirection de votre application OAuth Snap.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The redirect page must be a full https address, like https://www.example.com/snapchat-callback.</source>
        <translation>La page de redirection doit être une adresse https complète, comme https://www.example.com/snapchat-callback.</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <location filename="../models/sources/csvreader.cpp" line="+94"/>
        <source>a quoted field is not closed</source>
        <translation>un champ entre guillemets n&apos;est pas fermé</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>text follows a closing quote</source>
        <translation>du texte suit un guillemet fermant</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a quote inside an unquoted field</source>
        <translation>un guillemet dans un champ sans guillemets</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>the record is longer than %1 MB (a quoted field is not closed?)</source>
        <translation>l&apos;enregistrement dépasse %1 Mo (un champ entre guillemets n&apos;est pas fermé&#xa0;?)</translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <location filename="../models/sources/csvimporter.cpp" line="+88"/>
        <source>the header has %1 columns; at most %2 are supported</source>
        <translation>l&apos;en-tête a %1 colonnes&#xa0;; %2 au maximum sont prises en charge</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>column %1 of the header has no name</source>
        <translation>la colonne %1 de l&apos;en-tête n&apos;a pas de nom</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the header names column &apos;%1&apos; twice</source>
        <translation>l&apos;en-tête nomme deux fois la colonne «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the ID column &apos;%1&apos; is not in the header (columns: %2)</source>
        <translation>la colonne d&apos;ID «&#xa0;%1&#xa0;» ne figure pas dans l&apos;en-tête (colonnes&#xa0;: %2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>column name &apos;%1&apos; is reserved; rename the column or make it the ID column</source>
        <translation>le nom de colonne «&#xa0;%1&#xa0;» est réservé&#xa0;; renommez la colonne ou faites-en la colonne d&apos;ID</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The workspace&apos;s profiles use &apos;%1&apos; as ID, not &apos;%2&apos;; import with --id-column %1, or use --replace to replace all profiles.</source>
        <translation>Les profils de l&apos;espace de travail utilisent «&#xa0;%1&#xa0;» comme ID, et non «&#xa0;%2&#xa0;»&#xa0;; importez avec --id-column %1, ou utilisez --replace pour remplacer tous les profils.</translation>
    </message>
    <message>
        <location line="+66"/>
        <location line="+218"/>
        <source>duplicate ID &apos;%1&apos; (first on line %2)</source>
        <translation>ID en double «&#xa0;%1&#xa0;» (première occurrence à la ligne %2)</translation>
    </message>
    <message>
        <location line="-179"/>
        <source>Name the column that holds the profile ID (--id-column).</source>
        <translation>Indiquez la colonne qui contient l&apos;ID de profil (--id-column).</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+12"/>
        <location line="+102"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>%1 is empty: the first line must name the columns.</source>
        <translation>%1 est vide&#xa0;: la première ligne doit nommer les colonnes.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, line %2 (header): %3</source>
        <translation>%1, ligne %2 (en-tête)&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is UTF-16 text; save it as UTF-8 (&quot;CSV UTF-8&quot;) and import it again.</source>
        <translation>%1 est un texte UTF-16&#xa0;; enregistrez-le en UTF-8 («&#xa0;CSV UTF-8&#xa0;») et importez-le à nouveau.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, line 1 (header): invalid UTF-8 in column %2; save the file as UTF-8</source>
        <translation>%1, ligne 1 (en-tête)&#xa0;: UTF-8 non valide dans la colonne %2&#xa0;; enregistrez le fichier en UTF-8</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1, line 1 (header): %2</source>
        <translation>%1, ligne 1 (en-tête)&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot write to the workspace %1: %2</source>
        <translation>Impossible d&apos;écrire dans l&apos;espace de travail %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>L&apos;importation a été annulée&#xa0;; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 fields, the header has %2</source>
        <translation>%1 champs, l&apos;en-tête en a %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>empty ID in column &apos;%1&apos;</source>
        <translation>ID vide dans la colonne «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the field in column &apos;%1&apos; is %2 bytes long; at most %3 are allowed</source>
        <translation>le champ de la colonne «&#xa0;%1&#xa0;» fait %2 octets&#xa0;; %3 au maximum sont autorisés</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>invalid UTF-8 in column &apos;%1&apos;</source>
        <translation>UTF-8 non valide dans la colonne «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>NUL byte in column &apos;%1&apos;</source>
        <translation>octet NUL dans la colonne «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+49"/>
        <source>Cannot write to the workspace: %1</source>
        <translation>Impossible d&apos;écrire dans l&apos;espace de travail&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>%1 has only a header (line 1) and no rows; nothing was imported.</source>
        <translation>%1 ne contient qu&apos;un en-tête (ligne 1) et aucune ligne de données&#xa0;; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bad rows in %1: %2; nothing was imported. Fix them, or import the other rows with --skip-bad-rows.</source>
        <translation>Lignes incorrectes dans %1&#xa0;: %2&#xa0;; rien n&apos;a été importé. Corrigez-les, ou importez les autres lignes avec --skip-bad-rows.</translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <location filename="../ui/import/csvimportdialog.cpp" line="+38"/>
        <source>comma</source>
        <translation>virgule</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>semicolon</source>
        <translation>point-virgule</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Import Profiles</source>
        <translation>Importer des profils</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import &amp;Another File</source>
        <translation>Importer un a&amp;utre fichier</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Read %1 of %2</source>
        <translation>%1 lus sur %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The import was canceled; the workspace is as it was before.</source>
        <translation>L&apos;importation a été annulée&#xa0;; l&apos;espace de travail est resté tel qu&apos;il était.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>CSV file</source>
        <translation>Fichier CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A CSV file whose first line names the columns</source>
        <translation>Un fichier CSV dont la première ligne nomme les colonnes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the CSV file</source>
        <translation>Choisir le fichier CSV</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Preview of the first rows</source>
        <translation>Aperçu des premières lignes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ID column</source>
        <translation>Colonne d&apos;ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Replace all profiles (otherwise profiles are updated by ID)</source>
        <translation>&amp;Remplacer tous les profils (sinon, les profils sont mis à jour par ID)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Skip bad rows and import the others</source>
        <translation>I&amp;gnorer les lignes incorrectes et importer les autres</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;File:</source>
        <translation>Fic&amp;hier&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;ID column:</source>
        <translation>&amp;Colonne d&apos;ID&#xa0;:</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&lt;b&gt;Importing profiles…&lt;/b&gt;</source>
        <translation>&lt;b&gt;Importation des profils…&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import progress</source>
        <translation>Progression de l&apos;importation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The import is written in one step at the end: canceling leaves the workspace as it was.</source>
        <translation>L&apos;importation est écrite en une seule fois à la fin&#xa0;: l&apos;annuler laisse l&apos;espace de travail tel qu&apos;il était.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Bad rows</source>
        <translation>Lignes incorrectes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose a CSV File</source>
        <translation>Choisir un fichier CSV</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.tsv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Choose a CSV file to see its first rows.</source>
        <translation>Choisissez un fichier CSV pour voir ses premières lignes.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 has no header line: the first line must name the columns.</source>
        <translation>%1 n&apos;a pas de ligne d&apos;en-tête&#xa0;: la première ligne doit nommer les colonnes.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 columns, separated by %2 (detected). The first rows:</source>
        <translation>%1 colonnes, séparateur&#xa0;: %2 (détecté). Premières lignes&#xa0;:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Replace all profiles?</source>
        <translation>Remplacer tous les profils&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every profile now in the workspace is removed and replaced by the file&apos;s rows.</source>
        <translation>Tous les profils actuellement dans l&apos;espace de travail sont supprimés et remplacés par les lignes du fichier.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The profiles in this workspace are identified by “%1”. Choose that column as the ID column, or tick “Replace all profiles”.</source>
        <translation>Les profils de cet espace de travail sont identifiés par «&#xa0;%1&#xa0;». Choisissez cette colonne comme colonne d&apos;ID, ou cochez «&#xa0;Remplacer tous les profils&#xa0;».</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&lt;b&gt;Import finished.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Importation terminée.&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Nothing was imported.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Rien n&apos;a été importé.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows read: %1&lt;br&gt;Imported: %2&lt;br&gt;Skipped: %3</source>
        <translation>Lignes lues&#xa0;: %1&lt;br&gt;Importées&#xa0;: %2&lt;br&gt;Ignorées&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;p&gt;The first %1 bad rows are listed below.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Les %1 premières lignes incorrectes sont listées ci-dessous.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Canceling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>ExportConnectionPage</name>
    <message>
        <location filename="../ui/export/exportconnectionpage.cpp" line="+20"/>
        <source>Choose a connection</source>
        <translation>Choisir une connexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Snapchat connection this export sends its audience through.</source>
        <translation>La connexion Snapchat par laquelle cet export envoie son audience.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connections you may use</source>
        <translation>Connexions que vous pouvez utiliser</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No Snapchat connection is available to you. Contact an administrator: they can add a connection, or let contributors use an existing one.</source>
        <translation>Aucune connexion Snapchat ne vous est accessible. Contactez un administrateur&#xa0;: il peut ajouter une connexion, ou permettre aux contributeurs d&apos;utiliser une connexion existante.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1

Contact an administrator.</source>
        <translation>%1

Contactez un administrateur.</translation>
    </message>
</context>
<context>
    <name>ExportNamePage</name>
    <message>
        <location filename="../ui/export/exportnamepage.cpp" line="+21"/>
        <source>Name the export</source>
        <translation>Nommer l&apos;export</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A name that says what is sent where, e.g. &quot;Newsletter subscribers → Snapchat&quot;.</source>
        <translation>Un nom qui indique ce qui est envoyé et où, p. ex. «&#xa0;Abonnés à la newsletter → Snapchat&#xa0;».</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Export name</source>
        <translation>Nom de l&apos;export</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter a name for the export.</source>
        <translation>Saisissez un nom pour l&apos;export.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not read the workspace&apos;s exports: %1</source>
        <translation>Impossible de lire les exports de l&apos;espace de travail&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An export named &quot;%1&quot; already exists. Choose another name.</source>
        <translation>Un export nommé «&#xa0;%1&#xa0;» existe déjà. Choisissez un autre nom.</translation>
    </message>
</context>
<context>
    <name>ExportPhase</name>
    <message>
        <location filename="../models/exporting/exportrun.cpp" line="+29"/>
        <source>Reading and hashing profiles</source>
        <translation>Lecture et hachage des profils</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comparing with the audience</source>
        <translation>Comparaison avec l&apos;audience</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending to Snapchat</source>
        <translation>Envoi vers Snapchat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the audience back</source>
        <translation>Relecture de l&apos;audience</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finished</source>
        <translation>Terminé</translation>
    </message>
</context>
<context>
    <name>ExportSavedPage</name>
    <message>
        <location filename="../ui/export/exportsavedpage.cpp" line="+13"/>
        <source>&amp;Run now</source>
        <translation>&amp;Exécuter maintenant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export saved</source>
        <translation>Export enregistré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run it now, or later from the Exports view.</source>
        <translation>Exécutez-le maintenant, ou plus tard depuis la vue Exports.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;%1&quot; is updated. The next run uses the new settings.

Run now starts that run. Close keeps the export for later.</source>
        <translation>«&#xa0;%1&#xa0;» est mis à jour. La prochaine exécution utilisera les nouveaux paramètres.

Exécuter maintenant lance cette exécution. Fermer conserve l&apos;export pour plus tard.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is saved. Nothing has been sent yet.

Run now sends the hashed identifiers of the segments&apos; members to Snapchat. Close keeps the export for later.</source>
        <translation>«&#xa0;%1&#xa0;» est enregistré. Rien n&apos;a encore été envoyé.

Exécuter maintenant envoie à Snapchat les identifiants hachés des membres des segments. Fermer conserve l&apos;export pour plus tard.</translation>
    </message>
</context>
<context>
    <name>ExportSummaryPage</name>
    <message>
        <location filename="../ui/export/exportsummarypage.cpp" line="+17"/>
        <source>Summary</source>
        <translation>Récapitulatif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the export, then click Save. Saving does not send anything yet.</source>
        <translation>Vérifiez l&apos;export, puis cliquez sur Enregistrer. L&apos;enregistrement n&apos;envoie encore rien.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saving</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 (ID %2)</source>
        <translation>%1 (ID %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>new: %1, kept for lifetime, created on the first run</source>
        <translation>nouvelle&#xa0;: %1, conservation sans limite, créée à la première exécution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new: %1, kept %2 days, created on the first run</source>
        <translation>nouvelle&#xa0;: %1, conservation %2 jours, créée à la première exécution</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>email (%1)</source>
        <translation>e-mail (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>phone (%1)</source>
        <translation>téléphone (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phone (%1, region %2)</source>
        <translation>téléphone (%1, région %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>mobile ad ID (%1)</source>
        <translation>identifiant publicitaire mobile (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>on demand</source>
        <translation>à la demande</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>daily at %1</source>
        <translation>tous les jours à %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>every %n hour(s)</source>
        <translation>
            <numerusform>toutes les heures</numerusform>
            <numerusform>toutes les %n heures</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export:</source>
        <translation>Export&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection:</source>
        <translation>Connexion&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ad account:</source>
        <translation>Compte publicitaire&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audience:</source>
        <translation>Audience&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matched on:</source>
        <translation>Correspondance sur&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> — sent hashed</source>
        <translation> — envoyé haché</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segments:</source>
        <translation>Segments&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profiles:</source>
        <translation>Profils&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%L1</source>
        <translation>%L1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync mode:</source>
        <translation>Mode de synchronisation&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>mirror the segments</source>
        <translation>refléter les segments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add only</source>
        <translation>ajout uniquement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schedule:</source>
        <translation>Planification&#xa0;:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Checking the audience with Snapchat and saving…</source>
        <translation>Vérification de l&apos;audience auprès de Snapchat et enregistrement…</translation>
    </message>
</context>
<context>
    <name>ExportUserPage</name>
    <message>
        <location filename="../ui/connection/exportuserpage.cpp" line="+14"/>
        <source>Add &amp;yourself (%1) as export user</source>
        <translation>Vous ajouter (%1) comme &amp;utilisateur d&apos;export</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add yourself as export user</source>
        <translation>Vous ajouter comme utilisateur d&apos;export</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exports through this connection send data with your Snapchat authorization.</source>
        <translation>Les exports via cette connexion envoient les données avec votre autorisation Snapchat.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The export user is the person answerable for what is sent; it is stored with the connection. Without an export user the connection is saved, but nobody is named.</source>
        <translation>L&apos;utilisateur d&apos;export est la personne responsable de ce qui est envoyé&#xa0;; il est enregistré avec la connexion. Sans utilisateur d&apos;export, la connexion est enregistrée, mais personne n&apos;est désigné.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>You signed in to Snapchat as %1. Every export through &quot;%2&quot; will use this authorization.</source>
        <translation>Vous vous êtes connecté à Snapchat en tant que %1. Chaque export via «&#xa0;%2&#xa0;» utilisera cette autorisation.</translation>
    </message>
</context>
<context>
    <name>ExportWizard</name>
    <message>
        <location filename="../ui/export/exportwizard.cpp" line="+30"/>
        <location filename="../ui/wizardlaunch.cpp" line="+13"/>
        <source>Add export</source>
        <translation>Ajouter un export</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Edit export &quot;%1&quot;</source>
        <translation>Modifier l&apos;export «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+1"/>
        <source>new export</source>
        <translation>nouvel export</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Export “%1” reads the profile source “%2”. Exports from a profile source are set up on the command line (“audiencebridge exports create”), which checks their fields against the source&apos;s columns.</source>
        <translation>L’export «&#xa0;%1&#xa0;» lit la source de profils «&#xa0;%2&#xa0;». Les exports depuis une source de profils se configurent en ligne de commande («&#xa0;audiencebridge exports create&#xa0;»), qui vérifie leurs champs sur les colonnes de la source.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The audience &quot;%1&quot; belongs to another ad account (%2). Go Back and choose it again.</source>
        <translation>L&apos;audience «&#xa0;%1&#xa0;» appartient à un autre compte publicitaire (%2). Revenez en arrière (Précédent) et choisissez-la à nouveau.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The export was not saved: %1</source>
        <translation>L&apos;export n&apos;a pas été enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/wizardlaunch.cpp" line="+18"/>
        <location line="+5"/>
        <source>Edit export</source>
        <translation>Modifier l&apos;export</translation>
    </message>
</context>
<context>
    <name>Exporting</name>
    <message>
        <location filename="../models/exporting/digestsorter.cpp" line="+93"/>
        <source>Cannot create a temporary file in %1: %2</source>
        <translation>Impossible de créer un fichier temporaire dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Writing the temporary file %1 failed: %2</source>
        <translation>L&apos;écriture du fichier temporaire %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Cannot read the temporary file %1</source>
        <translation>Impossible de lire le fichier temporaire %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+27"/>
        <source>Reading the temporary file %1 failed</source>
        <translation>La lecture du fichier temporaire %1 a échoué</translation>
    </message>
    <message>
        <location filename="../models/exporting/exportlauncher.cpp" line="+111"/>
        <source>Export &apos;%1&apos; has no Snapchat audience yet: choose or create one in the export&apos;s settings.</source>
        <translation>L&apos;export «&#xa0;%1&#xa0;» n&apos;a pas encore d&apos;audience Snapchat&#xa0;: choisissez-en ou créez-en une dans les paramètres de l&apos;export.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export &apos;%1&apos; uses a segment that no longer exists (id %2).</source>
        <translation>L&apos;export «&#xa0;%1&#xa0;» utilise un segment qui n&apos;existe plus (id %2).</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>This export is running in another window or command already.</source>
        <translation>Cet export est déjà en cours d&apos;exécution dans une autre fenêtre ou commande.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The connection has no stored sign-in. Sign in again (Connections, or &apos;audiencebridge connections login NAME&apos;).</source>
        <translation>La connexion n&apos;a aucune authentification enregistrée. Connectez-vous à nouveau (Connexions, ou &apos;audiencebridge connections login NOM&apos;).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No secret store to read the connection&apos;s sign-in from.</source>
        <translation>Aucun magasin de secrets dans lequel lire l&apos;authentification de la connexion.</translation>
    </message>
    <message>
        <location filename="../models/exporting/hashledger.cpp" line="+85"/>
        <source>Reading the export&apos;s sync state failed: %1</source>
        <translation>La lecture de l&apos;état de synchronisation de l&apos;export a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Writing a temporary file failed: %1</source>
        <translation>L&apos;écriture d&apos;un fichier temporaire a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Reading a temporary file failed: %1</source>
        <translation>La lecture d&apos;un fichier temporaire a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../models/exporting/sqlmembersource.cpp" line="+98"/>
        <source>The segments read profile source &apos;%1&apos;, which no longer exists.</source>
        <translation>Les segments lisent la source de profils «&#xa0;%1&#xa0;», qui n’existe plus.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No secret store to read the password of profile source &apos;%1&apos; from.</source>
        <translation>Aucun magasin de secrets où lire le mot de passe de la source de profils «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The password of profile source &apos;%1&apos; could not be read: %2</source>
        <translation>Le mot de passe de la source de profils «&#xa0;%1&#xa0;» n’a pas pu être lu&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Exporting::ConnectionApi</name>
    <message>
        <location filename="../models/exporting/connectionapi.cpp" line="+74"/>
        <source>The client secret of connection &quot;%1&quot; could not be read: %2</source>
        <translation>Le secret client de la connexion «&#xa0;%1&#xa0;» n&apos;a pas pu être lu&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connection &quot;%1&quot; has no stored Snapchat sign-in (%2). An administrator must reconnect it.</source>
        <translation>La connexion «&#xa0;%1&#xa0;» n&apos;a aucune authentification Snapchat enregistrée (%2). Un administrateur doit la reconnecter.</translation>
    </message>
</context>
<context>
    <name>Exporting::SnapchatUploader</name>
    <message>
        <location filename="../models/exporting/snapchatuploader.cpp" line="+66"/>
        <source>Canceled before Snapchat answered.</source>
        <translation>Annulé avant la réponse de Snapchat.</translation>
    </message>
</context>
<context>
    <name>ExportsView</name>
    <message>
        <location filename="../ui/views/exportsview.cpp" line="+26"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Add Export…</source>
        <translation>&amp;Ajouter un export…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send segments to a Snapchat audience</source>
        <translation>Envoyer des segments vers une audience Snapchat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Run</source>
        <translation>&amp;Exécuter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run the selected export now</source>
        <translation>Exécuter maintenant l&apos;export sélectionné</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the selected export</source>
        <translation>Modifier l&apos;export sélectionné</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete the selected export</source>
        <translation>Supprimer l&apos;export sélectionné</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exports</source>
        <translation>Exports</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Snapchat audience</source>
        <translation>Audience Snapchat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last run</source>
        <translation>Dernière exécution</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Open or create a workspace to see its exports.</source>
        <translation>Ouvrez ou créez un espace de travail pour voir ses exports.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No exports yet. Add one to send segments to a Snapchat audience.</source>
        <translation>Aucun export pour l&apos;instant. Ajoutez-en un pour envoyer des segments vers une audience Snapchat.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>New: %1</source>
        <translation>Nouvelle&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mirror</source>
        <translation>Miroir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add only</source>
        <translation>Ajout uniquement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adds new members and removes those who left the segments</source>
        <translation>Ajoute les nouveaux membres et retire ceux qui ont quitté les segments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adds new members; never removes anyone</source>
        <translation>Ajoute les nouveaux membres&#xa0;; ne retire jamais personne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Never run</source>
        <translation>Jamais exécuté</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Adding exports is not available in this build.</source>
        <translation>L&apos;ajout d&apos;exports n&apos;est pas disponible dans cette version.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The connection “%1” is for administrators only.</source>
        <translation>La connexion «&#xa0;%1&#xa0;» est réservée aux administrateurs.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Editing exports is not available in this build.</source>
        <translation>La modification d&apos;exports n&apos;est pas disponible dans cette version.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete export?</source>
        <translation>Supprimer l&apos;export&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the export “%1” and its run history? The Snapchat audience itself stays.</source>
        <translation>Supprimer l&apos;export «&#xa0;%1&#xa0;» et son historique d&apos;exécutions&#xa0;? L&apos;audience Snapchat elle-même est conservée.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export not deleted</source>
        <translation>Export non supprimé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export deleted.</source>
        <translation>Export supprimé.</translation>
    </message>
</context>
<context>
    <name>Identity</name>
    <message>
        <location filename="../models/identity/rejectreason.cpp" line="+42"/>
        <source>The value is empty.</source>
        <translation>La valeur est vide.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The value is not valid UTF-8 text.</source>
        <translation>La valeur n&apos;est pas du texte UTF-8 valide.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not an email address: it needs exactly one @, no spaces inside, and a domain with a dot.</source>
        <translation>Ce n&apos;est pas une adresse e-mail&#xa0;: elle doit contenir exactement un @, aucun espace et un domaine avec un point.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The email address is longer than 254 characters.</source>
        <translation>L&apos;adresse e-mail dépasse 254 caractères.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The phone number has no country code and no default region is set.</source>
        <translation>Le numéro de téléphone n&apos;a pas d&apos;indicatif de pays et aucune région par défaut n&apos;est définie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not a possible phone number for its country.</source>
        <translation>Ce n&apos;est pas un numéro de téléphone possible pour son pays.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not a mobile ad ID: it must be a UUID such as f81d4fae-7dec-11d0-a765-00a0c91e6bf6.</source>
        <translation>Ce n&apos;est pas un identifiant publicitaire mobile&#xa0;: il doit s&apos;agir d&apos;un UUID tel que f81d4fae-7dec-11d0-a765-00a0c91e6bf6.</translation>
    </message>
</context>
<context>
    <name>InlineMessage</name>
    <message>
        <location filename="../ui/common/inlinemessage.cpp" line="+10"/>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
</context>
<context>
    <name>ItemModels::ConnectionListModel</name>
    <message>
        <location filename="../models/itemmodels/workspacelistmodels.cpp" line="+111"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who can use it</source>
        <translation>Utilisable par</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Created by</source>
        <translation>Créée par</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Snapchat</source>
        <translation>Snapchat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Administrators and contributors</source>
        <translation>Administrateurs et contributeurs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Administrators</source>
        <translation>Administrateurs</translation>
    </message>
</context>
<context>
    <name>ItemModels::ExportListModel</name>
    <message>
        <location line="+8"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Schedule</source>
        <translation>Planification</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Mirror</source>
        <translation>Miroir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add only</source>
        <translation>Ajout uniquement</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>On demand</source>
        <translation>À la demande</translation>
    </message>
</context>
<context>
    <name>ItemModels::RunListModel</name>
    <message>
        <location line="+6"/>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ended</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Started by</source>
        <translation>Lancée par</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Counts</source>
        <translation>Décomptes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
</context>
<context>
    <name>ItemModels::SegmentListModel</name>
    <message>
        <location line="-158"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Definition</source>
        <translation>Définition</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Profiles</source>
        <translation>Profils</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Counted in the database of profile source “%1”: run “audiencebridge segments list”.</source>
        <translation>Compté dans la base de données de la source de profils «&#xa0;%1&#xa0;»&#xa0;: lancez «&#xa0;audiencebridge segments list&#xa0;».</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Workspace</source>
        <translation>Espace de travail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source “%1”</source>
        <translation>Source «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List of profile IDs</source>
        <translation>Liste d&apos;ID de profils</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../ui/common/languagemenu.cpp" line="+9"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;System Default</source>
        <translation>Langue du &amp;système</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AudienceBridge will use the new language the next time it starts.</source>
        <translation>AudienceBridge utilisera la nouvelle langue au prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+49"/>
        <source>not a user of this workspace</source>
        <translation>pas un utilisateur de cet espace de travail</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+195"/>
        <location line="+178"/>
        <source>AudienceBridge</source>
        <translation>AudienceBridge</translation>
    </message>
    <message>
        <location line="-349"/>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Nouvel espace de travail…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create an empty workspace file</source>
        <translation>Créer un fichier d&apos;espace de travail vide</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Open Workspace…</source>
        <translation>&amp;Ouvrir un espace de travail…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a workspace file</source>
        <translation>Ouvrir un fichier d&apos;espace de travail</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Import Profiles…</source>
        <translation>&amp;Importer des profils…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import profiles from a CSV file</source>
        <translation>Importer des profils depuis un fichier CSV</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the workspace again</source>
        <translation>Relire l&apos;espace de travail</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Actions</source>
        <translation>A&amp;ctions</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About AudienceBridge</source>
        <translation>À &amp;propos d&apos;AudienceBridge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Export run</source>
        <translation>Exécution d&apos;export</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>New Workspace</source>
        <translation>Nouvel espace de travail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AudienceBridge workspaces (%1)</source>
        <translation>Espaces de travail AudienceBridge (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 already exists. Choose a new name for the new workspace, or open this one with File &gt; Open Workspace.</source>
        <translation>%1 existe déjà. Choisissez un autre nom pour le nouvel espace de travail, ou ouvrez celui-ci avec Fichier &gt; Ouvrir un espace de travail.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open Workspace</source>
        <translation>Ouvrir un espace de travail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AudienceBridge workspaces (%1);;All files (*)</source>
        <translation>Espaces de travail AudienceBridge (%1);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Clear List</source>
        <translation>&amp;Effacer la liste</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Workspace: %1</source>
        <translation>Espace de travail&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User: %1 (%2)</source>
        <translation>Utilisateur&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 – AudienceBridge</source>
        <translation>%1 – AudienceBridge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No workspace open</source>
        <translation>Aucun espace de travail ouvert</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Cancel the export run?</source>
        <translation>Annuler l&apos;exécution de l&apos;export&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An export is still running. Quitting cancels it; the next run picks up where it stopped.</source>
        <translation>Un export est encore en cours d&apos;exécution. Quitter l&apos;annule&#xa0;; la prochaine exécution reprendra là où elle s&apos;est arrêtée.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>About AudienceBridge</source>
        <translation>À propos d&apos;AudienceBridge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;AudienceBridge %1&lt;/h3&gt;&lt;p&gt;Exports customer segments to Snapchat as hashed Snap Audience Match audiences. Personal data leaves this computer only as SHA-256 hashes.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;AudienceBridge %1&lt;/h3&gt;&lt;p&gt;Exporte des segments de clients vers Snapchat sous forme d&apos;audiences Snap Audience Match hachées. Les données personnelles ne quittent cet ordinateur que sous forme de hachages SHA-256.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/navigationpage.cpp" line="+9"/>
        <source>Profiles</source>
        <translation>Profils</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exports</source>
        <translation>Exports</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run history</source>
        <translation>Historique des exécutions</translation>
    </message>
</context>
<context>
    <name>MatchingPage</name>
    <message>
        <location filename="../ui/export/matchingpage.cpp" line="+71"/>
        <source>Data matching</source>
        <translation>Correspondance des données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which profile fields Snapchat matches its users on.</source>
        <translation>Les champs de profil sur lesquels Snapchat fait correspondre ses utilisateurs.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Email field</source>
        <translation>Champ e-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone field</source>
        <translation>Champ téléphone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default region for phone numbers</source>
        <translation>Région par défaut des numéros de téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Used for numbers written without a country code.</source>
        <translation>Utilisée pour les numéros écrits sans indicatif de pays.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mobile ad ID field</source>
        <translation>Champ identifiant publicitaire mobile</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This workspace has no profiles yet. Import profiles (File → Import profiles) before you set up an export.</source>
        <translation>Cet espace de travail n&apos;a pas encore de profils. Importez des profils (Fichier → Importer des profils) avant de configurer un export.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>None: numbers must have a country code</source>
        <translation>Aucune&#xa0;: les numéros doivent avoir un indicatif de pays</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;All personal data is sent hashed.&lt;/b&gt; AudienceBridge normalizes every value on this computer and sends only its SHA-256 hash to Snapchat; values that are not valid are skipped and counted in the run&apos;s report.</source>
        <translation>&lt;b&gt;Toutes les données personnelles sont envoyées hachées.&lt;/b&gt; AudienceBridge normalise chaque valeur sur cet ordinateur et n&apos;envoie à Snapchat que son hachage SHA-256&#xa0;; les valeurs non valides sont ignorées et comptabilisées dans le rapport de l&apos;exécution.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Email field:</source>
        <translation>Champ &amp;e-mail&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Phone field:</source>
        <translation>Champ téléph&amp;one&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default &amp;region:</source>
        <translation>&amp;Région par défaut&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Mobile ad ID field:</source>
        <translation>Champ identifiant publicitaire &amp;mobile&#xa0;:</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+1"/>
        <source>(not exported)</source>
        <translation>(non exporté)</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>%1 of the first %2 profiles have a valid value.</source>
        <translation>%1 des %2 premiers profils ont une valeur valide.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>skipped: %1</source>
        <translation>ignorée&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  %1  →  %2</source>
        <translation>  %1  →  %2</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <location filename="../ui/permissions.cpp" line="+27"/>
        <source>Only administrators can add connections.</source>
        <translation>Seuls les administrateurs peuvent ajouter des connexions.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only administrators can edit connections.</source>
        <translation>Seuls les administrateurs peuvent modifier des connexions.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only administrators can remove connections.</source>
        <translation>Seuls les administrateurs peuvent supprimer des connexions.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only administrators can see a connection&apos;s details.</source>
        <translation>Seuls les administrateurs peuvent voir les détails d&apos;une connexion.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only administrators can manage users.</source>
        <translation>Seuls les administrateurs peuvent gérer les utilisateurs.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only administrators can read the audit log.</source>
        <translation>Seuls les administrateurs peuvent lire le journal d&apos;audit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only administrators can do this.</source>
        <translation>Seuls les administrateurs peuvent effectuer cette action.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Viewers cannot import profiles; ask an administrator for the contributor role.</source>
        <translation>Les lecteurs ne peuvent pas importer de profils&#xa0;; demandez à un administrateur le rôle de contributeur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Viewers cannot change segments; ask an administrator for the contributor role.</source>
        <translation>Les lecteurs ne peuvent pas modifier les segments&#xa0;; demandez à un administrateur le rôle de contributeur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Viewers cannot add exports; ask an administrator for the contributor role.</source>
        <translation>Les lecteurs ne peuvent pas ajouter d&apos;exports&#xa0;; demandez à un administrateur le rôle de contributeur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Viewers cannot edit exports; ask an administrator for the contributor role.</source>
        <translation>Les lecteurs ne peuvent pas modifier d&apos;exports&#xa0;; demandez à un administrateur le rôle de contributeur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Viewers cannot delete exports; ask an administrator for the contributor role.</source>
        <translation>Les lecteurs ne peuvent pas supprimer d&apos;exports&#xa0;; demandez à un administrateur le rôle de contributeur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Viewers cannot run exports; ask an administrator for the contributor role.</source>
        <translation>Les lecteurs ne peuvent pas exécuter d&apos;exports&#xa0;; demandez à un administrateur le rôle de contributeur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Viewers cannot use connections; ask an administrator for the contributor role.</source>
        <translation>Les lecteurs ne peuvent pas utiliser de connexions&#xa0;; demandez à un administrateur le rôle de contributeur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Viewers can only look at this workspace.</source>
        <translation>Les lecteurs peuvent uniquement consulter cet espace de travail.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open a workspace first.</source>
        <translation>Ouvrez d&apos;abord un espace de travail.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You (%1) are not a user of this workspace; an administrator can add you.</source>
        <translation>Vous (%1) n&apos;êtes pas un utilisateur de cet espace de travail&#xa0;; un administrateur peut vous ajouter.</translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <location filename="../ui/connection/privacypage.cpp" line="+16"/>
        <source>I &amp;agree: the data we send complies with these rules and with Snap&apos;s terms</source>
        <translation>J&apos;&amp;accepte&#xa0;: les données que nous envoyons respectent ces règles et les conditions de Snap</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data privacy and compliance</source>
        <translation>Confidentialité et conformité des données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read how AudienceBridge handles personal data before you connect.</source>
        <translation>Lisez comment AudienceBridge traite les données personnelles avant de vous connecter.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data privacy and compliance text</source>
        <translation>Texte sur la confidentialité et la conformité des données</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The privacy text is missing from this build.</source>
        <translation>Le texte sur la confidentialité est absent de cette version.</translation>
    </message>
</context>
<context>
    <name>ProfilesView</name>
    <message>
        <location filename="../ui/views/profilesview.cpp" line="+21"/>
        <source>&amp;Import Profiles…</source>
        <translation>&amp;Importer des profils…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import profiles from a CSV file</source>
        <translation>Importer des profils depuis un fichier CSV</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Profiles</source>
        <translation>Profils</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Open or create a workspace to see its profiles.</source>
        <translation>Ouvrez ou créez un espace de travail pour voir ses profils.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No profiles yet. Use Import Profiles (Ctrl+I) to read them from a CSV file.</source>
        <translation>Aucun profil pour l&apos;instant. Utilisez Importer des profils (Ctrl+I) pour les lire depuis un fichier CSV.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 profile</source>
        <translation>1 profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 profiles</source>
        <translation>%1 profils</translation>
    </message>
</context>
<context>
    <name>RuleBuilder</name>
    <message>
        <location filename="../ui/segments/rulebuilder.cpp" line="+28"/>
        <source>is</source>
        <translation>est</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is not</source>
        <translation>n&apos;est pas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>contains</source>
        <translation>contient</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>starts with</source>
        <translation>commence par</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is one of</source>
        <translation>est l&apos;un de</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is less than</source>
        <translation>est inférieur à</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is at most</source>
        <translation>est inférieur ou égal à</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is greater than</source>
        <translation>est supérieur à</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is at least</source>
        <translation>est supérieur ou égal à</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is empty</source>
        <translation>est vide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is not empty</source>
        <translation>n&apos;est pas vide</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field or group</source>
        <translation>Champ ou groupe</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+65"/>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <location line="-65"/>
        <location line="+70"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Add &amp;Condition</source>
        <translation>Ajouter une &amp;condition</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add &amp;Group</source>
        <translation>Ajouter un &amp;groupe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;move</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match all of</source>
        <translation>Toutes les conditions suivantes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match any of</source>
        <translation>Au moins une des conditions suivantes</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+5"/>
        <source>values, separated by commas</source>
        <translation>valeurs, séparées par des virgules</translation>
    </message>
</context>
<context>
    <name>RunChart</name>
    <message>
        <location filename="../ui/run/runchart.cpp" line="+42"/>
        <source>Audience size and uploads across the export&apos;s runs</source>
        <translation>Taille de l&apos;audience et envois au fil des exécutions de l&apos;export</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2 uploaded, audience %3</source>
        <translation>%1&#xa0;: %2 envoyés, audience %3</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No runs to chart yet.</source>
        <translation>Aucune exécution à représenter pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Uploaded</source>
        <translation>Envoyés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audience size</source>
        <translation>Taille de l&apos;audience</translation>
    </message>
</context>
<context>
    <name>RunController</name>
    <message>
        <location filename="../ui/run/runcontroller.cpp" line="+25"/>
        <source>&amp;Cancel Run</source>
        <translation>&amp;Annuler l&apos;exécution</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop the export run; the next run continues from there</source>
        <translation>Arrêter l&apos;exécution de l&apos;export&#xa0;; la prochaine exécution reprendra à partir de là</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Export %1</source>
        <translation>Export %1</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Export “%1”: %2</source>
        <translation>Export «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 identifiers uploaded.</source>
        <translation>%1 identifiants envoyés.</translation>
    </message>
</context>
<context>
    <name>RunHistoryView</name>
    <message>
        <location filename="../ui/views/runhistoryview.cpp" line="+37"/>
        <source>Email addresses</source>
        <translation>Adresses e-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone numbers</source>
        <translation>Numéros de téléphone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mobile ad IDs</source>
        <translation>Identifiants publicitaires mobiles</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>field empty</source>
        <translation>champ vide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rejected: not valid UTF-8</source>
        <translation>rejeté&#xa0;: UTF-8 non valide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rejected: not an email address</source>
        <translation>rejeté&#xa0;: pas une adresse e-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rejected: email address too long</source>
        <translation>rejeté&#xa0;: adresse e-mail trop longue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rejected: phone without country code</source>
        <translation>rejeté&#xa0;: téléphone sans indicatif de pays</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rejected: not a phone number</source>
        <translation>rejeté&#xa0;: pas un numéro de téléphone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rejected: not a mobile ad ID</source>
        <translation>rejeté&#xa0;: pas un identifiant publicitaire mobile</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>E&amp;xport:</source>
        <translation>E&amp;xport&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the runs of</source>
        <translation>Afficher les exécutions de</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Runs</source>
        <translation>Exécutions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+23"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ended</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profiles</source>
        <translation>Profils</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Uploaded</source>
        <translation>Envoyés</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Counts by reason</source>
        <translation>Décomptes par raison</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Élément</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Batch log</source>
        <translation>Journal des lots</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Batch</source>
        <translation>Lot</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Schema</source>
        <translation>Schéma</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Identifiers</source>
        <translation>Identifiants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snapchat request ID</source>
        <translation>ID de requête Snapchat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Counts</source>
        <translation>&amp;Décomptes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Batch log</source>
        <translation>&amp;Journal des lots</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Open or create a workspace to see its runs.</source>
        <translation>Ouvrez ou créez un espace de travail pour voir ses exécutions.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All exports</source>
        <translation>Tous les exports</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No exports yet, so no runs.</source>
        <translation>Aucun export pour l&apos;instant, donc aucune exécution.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No runs yet. Run an export from the Exports view.</source>
        <translation>Aucune exécution pour l&apos;instant. Exécutez un export depuis la vue Exports.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&lt;b&gt;%1&lt;/b&gt;, run %2: %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, exécution %2&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> in %1 s</source>
        <translation> en %1 s</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Profiles in the segments</source>
        <translation>Profils dans les segments</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>uploaded</source>
        <translation>envoyés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>already in the audience</source>
        <translation>déjà dans l&apos;audience</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>duplicates in this run</source>
        <translation>doublons dans cette exécution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in failed batches</source>
        <translation>dans des lots en échec</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not sent (run stopped)</source>
        <translation>non envoyés (exécution arrêtée)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>removed (left the segments)</source>
        <translation>retirés (ont quitté les segments)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>add</source>
        <translation>ajout</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>remove</source>
        <translation>retrait</translation>
    </message>
</context>
<context>
    <name>RunProgressPanel</name>
    <message>
        <location filename="../ui/run/runprogresspanel.cpp" line="+20"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export run progress</source>
        <translation>Progression de l&apos;exécution de l&apos;export</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Run progress</source>
        <translation>Progression de l&apos;exécution</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+69"/>
        <source>&amp;Cancel Run</source>
        <translation>&amp;Annuler l&apos;exécution</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Cancel the export run</source>
        <translation>Annuler l&apos;exécution de l&apos;export</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Profiles read:</source>
        <translation>Profils lus&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identifiers hashed:</source>
        <translation>Identifiants hachés&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent to Snapchat:</source>
        <translation>Envoyés à Snapchat&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped:</source>
        <translation>Ignorés&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate:</source>
        <translation>Débit&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time left:</source>
        <translation>Temps restant&#xa0;:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&lt;b&gt;Running “%1”&lt;/b&gt;</source>
        <translation>&lt;b&gt;Exécution de «&#xa0;%1&#xa0;»&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+4"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 a second</source>
        <translation>%1 par seconde</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (retries so far: %2)</source>
        <translation>%1 (nouvelles tentatives jusqu&apos;ici&#xa0;: %2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;b&gt;The run of “%1” ended&lt;/b&gt;</source>
        <translation>&lt;b&gt;L&apos;exécution de «&#xa0;%1&#xa0;» est terminée&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;%1&lt;/b&gt; after %2.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; après %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The run was interrupted; the next run continues from the last confirmed batch.</source>
        <translation>L&apos;exécution a été interrompue&#xa0;; la prochaine exécution reprendra à partir du dernier lot confirmé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 profiles; %2 identifiers uploaded.</source>
        <translation>%1 profils&#xa0;; %2 identifiants envoyés.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Snapchat reports about %1 matched users in the audience.</source>
        <translation>Snapchat indique environ %1 utilisateurs correspondants dans l&apos;audience.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&lt;b&gt;“%1” did not start&lt;/b&gt;</source>
        <translation>&lt;b&gt;«&#xa0;%1&#xa0;» n&apos;a pas démarré&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>RunStatus</name>
    <message>
        <location filename="../models/workspace/runstore.cpp" line="+57"/>
        <source>Processing</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Successful</source>
        <translation>Réussie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Échouée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Canceled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed (interrupted)</source>
        <translation>Échouée (interrompue)</translation>
    </message>
</context>
<context>
    <name>SegmentEditor</name>
    <message>
        <location filename="../ui/segments/segmenteditor.cpp" line="+84"/>
        <source>Edit Segment</source>
        <translation>Modifier le segment</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New Segment</source>
        <translation>Nouveau segment</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Segment name</source>
        <translation>Nom du segment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Newsletter subscribers in Germany</source>
        <translation>p. ex. Abonnés à la newsletter en Allemagne</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The rule as text</source>
        <translation>La règle sous forme de texte</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Profiles that match:</source>
        <translation>Profils correspondants&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As &amp;text:</source>
        <translation>En &amp;texte&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Members:</source>
        <translation>Membres&#xa0;:</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>connecting to the source…</source>
        <translation>connexion à la source…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>counted in the source&apos;s database</source>
        <translation>compté dans la base de données de la source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This segment reads the profile source “%1”. Segments over a profile source are changed on the command line, which checks the rule against the source&apos;s columns: “audiencebridge segments edit &quot;%2&quot; --rule RULE”; “audiencebridge segments list” counts their members.</source>
        <translation>Ce segment lit la source de profils «&#xa0;%1&#xa0;». Les segments sur une source de profils se modifient en ligne de commande, qui vérifie la règle sur les colonnes de la source&#xa0;: «&#xa0;audiencebridge segments edit &quot;%2&quot; --rule REGLE&#xa0;»&#xa0;; «&#xa0;audiencebridge segments list&#xa0;» compte leurs membres.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The password of profile source “%1” could not be read: %2</source>
        <translation>Le mot de passe de la source de profils «&#xa0;%1&#xa0;» n’a pas pu être lu&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The fields are the columns of the profile source “%1” (table %2); the members are counted in its database.</source>
        <translation>Les champs sont les colonnes de la source de profils «&#xa0;%1&#xa0;» (table %2)&#xa0;; les membres sont comptés dans sa base de données.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Add a condition to choose profiles.</source>
        <translation>Ajoutez une condition pour choisir des profils.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>counting…</source>
        <translation>comptage…</translation>
    </message>
    <message>
        <location line="-47"/>
        <location line="+9"/>
        <location line="+56"/>
        <source>cannot count</source>
        <translation>comptage impossible</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 profiles</source>
        <translation>%1 profils</translation>
    </message>
</context>
<context>
    <name>Segments</name>
    <message>
        <location filename="../models/segments/rulecompiler.cpp" line="+26"/>
        <source>An empty group of conditions.</source>
        <translation>Un groupe de conditions vide.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Unknown field &apos;%1&apos;; the profiles have: %2.</source>
        <translation>Champ inconnu «&#xa0;%1&#xa0;»&#xa0;; les profils ont&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The condition on &apos;%1&apos; needs a value.</source>
        <translation>La condition sur «&#xa0;%1&#xa0;» nécessite une valeur.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Unknown operator.</source>
        <translation>Opérateur inconnu.</translation>
    </message>
    <message>
        <location filename="../models/segments/ruleparser.cpp" line="+33"/>
        <source>&apos;and&apos;, &apos;or&apos; or the end of the rule</source>
        <translation>&apos;and&apos;, &apos;or&apos; ou la fin de la règle</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the end of the rule</source>
        <translation>la fin de la règle</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Position %1: expected %2, found %3.</source>
        <translation>Position %1&#xa0;: attendu&#xa0;: %2&#xa0;; trouvé&#xa0;: %3.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Position %1: unknown operator &apos;%2&apos;.</source>
        <translation>Position %1&#xa0;: opérateur inconnu &apos;%2&apos;.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Position %1: the quote opened here is not closed.</source>
        <translation>Position %1&#xa0;: le guillemet ouvert ici n&apos;est pas fermé.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Position %1: &apos;%2&apos; is not a number.</source>
        <translation>Position %1&#xa0;: &apos;%2&apos; n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Position %1: unexpected character &apos;%2&apos;.</source>
        <translation>Position %1&#xa0;: caractère inattendu &apos;%2&apos;.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Position %1: parentheses nested more than %2 deep.</source>
        <translation>Position %1&#xa0;: parenthèses imbriquées sur plus de %2 niveaux.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&apos;)&apos;</source>
        <translation>&apos;)&apos;</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>a value (&apos;text&apos; or a number)</source>
        <translation>une valeur (&apos;texte&apos; ou un nombre)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a field name</source>
        <translation>un nom de champ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Position %1: a field name cannot be empty.</source>
        <translation>Position %1&#xa0;: un nom de champ ne peut pas être vide.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&apos;with&apos;</source>
        <translation>&apos;with&apos;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&apos;(&apos; after &apos;in&apos;</source>
        <translation>&apos;(&apos; après &apos;in&apos;</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&apos;,&apos; or &apos;)&apos;</source>
        <translation>&apos;,&apos; ou &apos;)&apos;</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&apos;empty&apos;</source>
        <translation>&apos;empty&apos;</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&apos;empty&apos; or &apos;not empty&apos;</source>
        <translation>&apos;empty&apos; ou &apos;not empty&apos;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>an operator (=, !=, &lt;, &lt;=, &gt;, &gt;=, contains, starts with, in, is empty, is not empty) after field &apos;%1&apos;</source>
        <translation>un opérateur (=,&#xa0;!=, &lt;, &lt;=, &gt;, &gt;=, contains, starts with, in, is empty, is not empty) après le champ &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>SegmentsPage</name>
    <message>
        <location filename="../ui/export/segmentspage.cpp" line="+20"/>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members of any checked segment are sent to the audience.</source>
        <translation>Les membres de tout segment coché sont envoyés à l&apos;audience.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Segments to export</source>
        <translation>Segments à exporter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This workspace has no segments yet. Create one in the Segments view first.</source>
        <translation>Cet espace de travail n&apos;a pas encore de segments. Créez-en un d&apos;abord dans la vue Segments.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 — profile source “%2”: export it with “audiencebridge exports create”</source>
        <translation>%1 — source de profils «&#xa0;%2&#xa0;»&#xa0;: exportez-le avec «&#xa0;audiencebridge exports create&#xa0;»</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>members unknown</source>
        <translation>membres inconnus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%L1 members</source>
        <translation>%L1 membres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Check at least one segment.</source>
        <translation>Cochez au moins un segment.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not count the members: %1</source>
        <translation>Impossible de compter les membres&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Together: %L1 profiles (a profile in several segments counts once).</source>
        <translation>Ensemble&#xa0;: %L1 profils (un profil présent dans plusieurs segments n&apos;est compté qu&apos;une fois).</translation>
    </message>
</context>
<context>
    <name>SegmentsView</name>
    <message>
        <location filename="../ui/views/segmentsview.cpp" line="+62"/>
        <source>&amp;New Segment…</source>
        <translation>&amp;Nouveau segment…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose profiles with a rule</source>
        <translation>Choisir des profils à l&apos;aide d&apos;une règle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New &amp;List from CSV…</source>
        <translation>Nouvelle &amp;liste depuis un CSV…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make a segment of the profile IDs in a CSV file</source>
        <translation>Créer un segment à partir des ID de profils d&apos;un fichier CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the selected segment&apos;s rule</source>
        <translation>Modifier la règle du segment sélectionné</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete the selected segment</source>
        <translation>Supprimer le segment sélectionné</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Open or create a workspace to see its segments.</source>
        <translation>Ouvrez ou créez un espace de travail pour voir ses segments.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No segments yet. A segment chooses the profiles an export sends: by a rule, or from a list of IDs.</source>
        <translation>Aucun segment pour l&apos;instant. Un segment choisit les profils qu&apos;un export envoie&#xa0;: par une règle, ou à partir d&apos;une liste d&apos;ID.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Segment “%1” saved.</source>
        <translation>Segment «&#xa0;%1&#xa0;» enregistré.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Profile IDs</source>
        <translation>ID de profils</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New List Segment</source>
        <translation>Nouveau segment de liste</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Segment &amp;name:</source>
        <translation>&amp;Nom du segment&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Segment not created</source>
        <translation>Segment non créé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Segment created</source>
        <translation>Segment créé</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“%1” lists %2 profile IDs; %3 of them are not among the profiles yet (they join the segment once imported).</source>
        <translation>«&#xa0;%1&#xa0;» contient %2 ID de profils&#xa0;; %3 d&apos;entre eux ne figurent pas encore parmi les profils (ils rejoindront le segment une fois importés).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Delete segment?</source>
        <translation>Supprimer le segment&#xa0;?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the segment “%1”?</source>
        <translation>Supprimer le segment «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Segment not deleted</source>
        <translation>Segment non supprimé</translation>
    </message>
</context>
<context>
    <name>Snapchat</name>
    <message>
        <location filename="../models/snapchat/apierror.cpp" line="+24"/>
        <source>(request %1)</source>
        <translation>(requête %1)</translation>
    </message>
    <message numerus="yes">
        <location line="+47"/>
        <source>Snapchat did not answer in time (after %n attempt(s)).</source>
        <translation>
            <numerusform>Snapchat n&apos;a pas répondu à temps (après %n tentative).</numerusform>
            <numerusform>Snapchat n&apos;a pas répondu à temps (après %n tentatives).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The secure connection to Snapchat failed: %1</source>
        <translation>La connexion sécurisée à Snapchat a échoué&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Could not reach Snapchat (after %n attempt(s)): %1</source>
        <translation>
            <numerusform>Impossible de joindre Snapchat (après %n tentative)&#xa0;: %1</numerusform>
            <numerusform>Impossible de joindre Snapchat (après %n tentatives)&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Snapchat no longer accepts this connection&apos;s authorization. Reconnect the connection (sign in to Snapchat again). Detail: %1</source>
        <translation>Snapchat n&apos;accepte plus l&apos;autorisation de cette connexion. Reconnectez la connexion (connectez-vous à nouveau à Snapchat). Détail&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connecting to Snapchat failed: %1</source>
        <translation>La connexion à Snapchat a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Snapchat&apos;s answer (HTTP %1) was not valid JSON: %2</source>
        <translation>La réponse de Snapchat (HTTP %1) n&apos;était pas du JSON valide&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Snapchat&apos;s answer did not have the expected content: %1</source>
        <translation>La réponse de Snapchat n&apos;avait pas le contenu attendu&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Snapchat refused access (HTTP %1, %2): the connected Snapchat user needs the Data Manager or Account Admin role on this ad account in Snap Business Manager. %3</source>
        <translation>Snapchat a refusé l&apos;accès (HTTP %1, %2)&#xa0;: l&apos;utilisateur Snapchat connecté a besoin du rôle Data Manager ou Account Admin sur ce compte publicitaire dans Snap Business Manager. %3</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Snapchat kept rejecting requests as too frequent (HTTP 429) after %n attempt(s). Try again later.</source>
        <translation>
            <numerusform>Snapchat a continué de rejeter les requêtes comme trop fréquentes (HTTP 429) après %n tentative. Réessayez plus tard.</numerusform>
            <numerusform>Snapchat a continué de rejeter les requêtes comme trop fréquentes (HTTP 429) après %n tentatives. Réessayez plus tard.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Snapchat had a server error (HTTP %1) after %n attempt(s). %2</source>
        <translation>
            <numerusform>Snapchat a rencontré une erreur serveur (HTTP %1) après %n tentative. %2</numerusform>
            <numerusform>Snapchat a rencontré une erreur serveur (HTTP %1) après %n tentatives. %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Snapchat refused the request (HTTP %1, %2): %3</source>
        <translation>Snapchat a refusé la requête (HTTP %1, %2)&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snapchat refused the request (HTTP %1): %2</source>
        <translation>Snapchat a refusé la requête (HTTP %1)&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../models/snapchat/connectionsettings.cpp" line="+55"/>
        <source>API base URL</source>
        <translation>URL de base de l&apos;API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accounts base URL</source>
        <translation>URL de base des comptes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The %1 %2 is refused: use https:// (plain http:// is only allowed for 127.0.0.1 or localhost).</source>
        <translation>L&apos;%1 %2 est refusée&#xa0;: utilisez https:// (le http:// simple n&apos;est autorisé que pour 127.0.0.1 ou localhost).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The redirect URI %1 must be an https:// address.</source>
        <translation>L&apos;URI de redirection %1 doit être une adresse https://.</translation>
    </message>
    <message>
        <location filename="../models/snapchat/pastedredirect.cpp" line="+31"/>
        <source>The pasted address is not your redirect page %1.</source>
        <translation>L&apos;adresse collée n&apos;est pas votre page de redirection %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Snapchat did not grant access: %1 %2</source>
        <translation>Snapchat n&apos;a pas accordé l&apos;accès&#xa0;: %1 %2</translation>
    </message>
    <message>
        <location filename="../models/snapchat/requestexecutor.cpp" line="+84"/>
        <source>Refusing to send a request to %1: only https:// is allowed (http:// only for 127.0.0.1 or localhost).</source>
        <translation>Envoi d&apos;une requête à %1 refusé&#xa0;: seul https:// est autorisé (http:// uniquement pour 127.0.0.1 ou localhost).</translation>
    </message>
    <message>
        <location filename="../models/snapchat/secretstore.cpp" line="+27"/>
        <source>No keychain is available to keep the Snapchat client secret and refresh token (%1). Install and unlock a Secret Service keyring (GNOME Keyring or KWallet), or, for headless use, set AUDIENCEBRIDGE_CLIENT_SECRET and AUDIENCEBRIDGE_REFRESH_TOKEN.</source>
        <translation>Aucun trousseau n&apos;est disponible pour conserver le secret client et le jeton d&apos;actualisation Snapchat (%1). Installez et déverrouillez un trousseau Secret Service (GNOME Keyring ou KWallet) ou, pour une utilisation sans interface graphique, définissez AUDIENCEBRIDGE_CLIENT_SECRET et AUDIENCEBRIDGE_REFRESH_TOKEN.</translation>
    </message>
    <message>
        <location filename="../models/snapchat/snapchatclient.cpp" line="+39"/>
        <source>A request carries 1 to %1 identifiers, not %2.</source>
        <translation>Une requête contient de 1 à %1 identifiants, pas %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Identifier %1 of the request is not a SHA-256 hash in lowercase hex.</source>
        <translation>L&apos;identifiant %1 de la requête n&apos;est pas un hachage SHA-256 en hexadécimal minuscule.</translation>
    </message>
</context>
<context>
    <name>Snapchat::EnvironmentSecretStore</name>
    <message>
        <location filename="../models/snapchat/environmentsecretstore.cpp" line="+26"/>
        <source>%1 is not set</source>
        <translation>%1 n&apos;est pas définie</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+10"/>
        <source>environment variables cannot be written</source>
        <translation>les variables d&apos;environnement ne peuvent pas être écrites</translation>
    </message>
</context>
<context>
    <name>Snapchat::KeychainSecretStore</name>
    <message>
        <location filename="../models/snapchat/keychainsecretstore.cpp" line="+18"/>
        <source>The keychain has no entry %1.</source>
        <translation>Le trousseau n&apos;a pas d&apos;entrée %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The keychain refused access to %1: %2</source>
        <translation>Le trousseau a refusé l&apos;accès à %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The keychain failed on %1: %2</source>
        <translation>Le trousseau a échoué sur %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Snapchat::MemorySecretStore</name>
    <message>
        <location filename="../models/snapchat/memorysecretstore.cpp" line="+10"/>
        <source>No secret is stored under %1.</source>
        <translation>Aucun secret n&apos;est enregistré sous %1.</translation>
    </message>
</context>
<context>
    <name>Snapchat::OAuthSession</name>
    <message>
        <location filename="../models/snapchat/oauthsession.cpp" line="+91"/>
        <source>Snapchat sign-in did not finish in time. Start connecting again.</source>
        <translation>La connexion à Snapchat ne s&apos;est pas terminée à temps. Recommencez la connexion.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The connection has no client ID.</source>
        <translation>La connexion n&apos;a pas d&apos;ID client.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The connection has no client secret.</source>
        <translation>La connexion n&apos;a pas de secret client.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot open a local port for the sign-in redirect.</source>
        <translation>Impossible d&apos;ouvrir un port local pour la redirection de connexion.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>AudienceBridge received Snapchat&apos;s answer. You can close this page.</source>
        <translation>AudienceBridge a reçu la réponse de Snapchat. Vous pouvez fermer cette page.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Set the https redirect URI registered on your Snap OAuth app first.</source>
        <translation>Définissez d&apos;abord l&apos;URI de redirection https enregistrée dans votre application OAuth Snap.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No sign-in is waiting for a pasted address. Start connecting first.</source>
        <translation>Aucune authentification n&apos;attend d&apos;adresse collée. Lancez d&apos;abord la connexion.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Snapchat did not grant access: %1 %2</source>
        <translation>Snapchat n&apos;a pas accordé l&apos;accès&#xa0;: %1 %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The sign-in answer did not belong to this attempt (state mismatch) and was refused. Start connecting again.</source>
        <translation>La réponse de connexion n&apos;appartenait pas à cette tentative (state non concordant) et a été refusée. Recommencez la connexion.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Snapchat&apos;s answer had no authorization code.</source>
        <translation>La réponse de Snapchat ne contenait pas de code d&apos;autorisation.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Snapchat refused the authorization code (HTTP %1): %2</source>
        <translation>Snapchat a refusé le code d&apos;autorisation (HTTP %1)&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>no refresh token is stored for this connection</source>
        <translation>aucun jeton d&apos;actualisation n&apos;est enregistré pour cette connexion</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Connecting was cancelled.</source>
        <translation>La connexion a été annulée.</translation>
    </message>
</context>
<context>
    <name>SqlSource</name>
    <message>
        <location filename="../models/sources/profilesourcestore.cpp" line="+69"/>
        <source>A profile source needs a name, a table and an ID column.</source>
        <translation>Une source de profils nécessite un nom, une table et une colonne d&apos;ID.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Driver &apos;%1&apos; is not supported: use QPSQL or QODBC.</source>
        <translation>Le pilote «&#xa0;%1&#xa0;» n&apos;est pas pris en charge&#xa0;: utilisez QPSQL ou QODBC.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Profile source &apos;%1&apos; is used by segment &apos;%2&apos;; delete the segment first.</source>
        <translation>La source de profils «&#xa0;%1&#xa0;» est utilisée par le segment «&#xa0;%2&#xa0;»&#xa0;; supprimez d’abord le segment.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No profile source named &apos;%1&apos;.</source>
        <translation>Aucune source de profils nommée «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../models/sources/sqlprofilesource.cpp" line="+38"/>
        <source>Profile source &apos;%1&apos; (%2 %3@%4:%5/%6): %7</source>
        <translation>Source de profils «&#xa0;%1&#xa0;» (%2 %3@%4:%5/%6)&#xa0;: %7</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>authentication failed for user &apos;%1&apos;: check the user and the stored password</source>
        <translation>échec de l’authentification de l’utilisateur «&#xa0;%1&#xa0;»&#xa0;: vérifiez l’utilisateur et le mot de passe enregistré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the database &apos;%1&apos; does not exist on the server</source>
        <translation>la base de données «&#xa0;%1&#xa0;» n’existe pas sur le serveur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the host %1, port %2 is unreachable: check the host and port</source>
        <translation>l’hôte %1, port %2 est injoignable&#xa0;: vérifiez l’hôte et le port</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the Qt SQL driver %1 is not installed</source>
        <translation>le pilote Qt SQL %1 n&apos;est pas installé</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>no table or view named &apos;%1&apos;</source>
        <translation>aucune table ni vue nommée «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the ID column &apos;%1&apos; is not in &apos;%2&apos; (it has: %3)</source>
        <translation>la colonne d’ID «&#xa0;%1&#xa0;» n’existe pas dans «&#xa0;%2&#xa0;» (colonnes&#xa0;: %3)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>segment rules run only in PostgreSQL sources so far</source>
        <translation>pour l&apos;instant, les règles de segment ne s&apos;exécutent que dans les sources PostgreSQL</translation>
    </message>
    <message>
        <location filename="../models/sources/sourcesegments.cpp" line="+18"/>
        <source>the workspace&apos;s profiles</source>
        <translation>les profils de l’espace de travail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>profile source &apos;%1&apos;</source>
        <translation>la source de profils «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The segments of one export must read the same profiles: segment &apos;%1&apos; reads %2, segment &apos;%3&apos; reads %4.</source>
        <translation>Les segments d’un export doivent lire les mêmes profils&#xa0;: le segment «&#xa0;%1&#xa0;» lit %2, le segment «&#xa0;%3&#xa0;» lit %4.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Segment &apos;%1&apos; is a list of IDs, which only the workspace&apos;s profiles have.</source>
        <translation>Le segment «&#xa0;%1&#xa0;» est une liste d’ID, qui n’existe que pour les profils de l’espace de travail.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Segment &apos;%1&apos;: the rule is not valid: %2</source>
        <translation>Segment «&#xa0;%1&#xa0;»&#xa0;: la règle n’est pas valide&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No segment to read.</source>
        <translation>Aucun segment à lire.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No profile source named &apos;%1&apos;; &apos;audiencebridge sources list&apos; shows them.</source>
        <translation>Aucune source de profils nommée «&#xa0;%1&#xa0;»&#xa0;; «&#xa0;audiencebridge sources list&#xa0;» les affiche.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../models/sources/sqlprofilesource.cpp" line="+6"/>
        <source>The rule is not valid: %1</source>
        <translation>La règle n&apos;est pas valide&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No rule segment over a profile source with id %1.</source>
        <translation>Aucun segment à règle sur une source de profils avec l’ID %1.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>These segments read the workspace&apos;s own profiles, not a profile source.</source>
        <translation>Ces segments lisent les profils de l’espace de travail, pas une source de profils.</translation>
    </message>
    <message>
        <location filename="../models/sources/sqlprofilesource.cpp" line="+42"/>
        <source>no field &apos;%1&apos; in &apos;%2&apos;</source>
        <translation>aucun champ «&#xa0;%1&#xa0;» dans «&#xa0;%2&#xa0;»</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../ui/export/syncpage.cpp" line="+18"/>
        <source>&amp;Add only</source>
        <translation>&amp;Ajout uniquement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mirror the segments</source>
        <translation>&amp;Refléter les segments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;On demand only</source>
        <translation>À la &amp;demande uniquement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Daily at</source>
        <translation>Tous les &amp;jours à</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Every</source>
        <translation>Toutes &amp;les</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync mode and schedule</source>
        <translation>Mode de synchronisation et planification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How each run changes the Snapchat audience, and when it runs.</source>
        <translation>Comment chaque exécution modifie l&apos;audience Snapchat, et quand elle s&apos;exécute.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Time of the daily run</source>
        <translation>Heure de l&apos;exécution quotidienne</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hours between runs</source>
        <translation>Heures entre les exécutions</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> hours</source>
        <translation> heures</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sync mode</source>
        <translation>Mode de synchronisation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each run adds the segments&apos; new members to the audience. Nobody is ever removed.</source>
        <translation>Chaque exécution ajoute à l&apos;audience les nouveaux membres des segments. Personne n&apos;est jamais retiré.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each run also removes the people this export sent earlier who are no longer in the segments (for example after they opted out), so the audience follows the segments.</source>
        <translation>Chaque exécution retire aussi les personnes que cet export a envoyées auparavant et qui ne sont plus dans les segments (par exemple après un désabonnement), afin que l&apos;audience suive les segments.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Schedule</source>
        <translation>Planification</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Runs can always be started by hand with Run.</source>
        <translation>Les exécutions peuvent toujours être lancées manuellement avec Exécuter.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../models/workspace/accesspolicy.cpp" line="+24"/>
        <source>administrator</source>
        <translation>administrateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>contributor</source>
        <translation>contributeur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>viewer</source>
        <translation>lecteur</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>see the users</source>
        <translation>voir les utilisateurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manage users</source>
        <translation>gérer les utilisateurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>see a connection&apos;s details</source>
        <translation>voir les détails d&apos;une connexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add connections</source>
        <translation>ajouter des connexions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>edit connections</source>
        <translation>modifier des connexions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>remove connections</source>
        <translation>supprimer des connexions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list connections</source>
        <translation>lister les connexions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use connections</source>
        <translation>utiliser des connexions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>see the exports</source>
        <translation>voir les exports</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>create exports</source>
        <translation>créer des exports</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>edit exports</source>
        <translation>modifier des exports</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delete exports</source>
        <translation>supprimer des exports</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>run exports</source>
        <translation>exécuter des exports</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>see the profiles</source>
        <translation>voir les profils</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>import profiles</source>
        <translation>importer des profils</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>see the segments</source>
        <translation>voir les segments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change segments</source>
        <translation>modifier des segments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>see the run history</source>
        <translation>voir l&apos;historique des exécutions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read the audit log</source>
        <translation>lire le journal d&apos;audit</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>User &apos;%1&apos; is not a user of this workspace; an administrator can add them.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un utilisateur de cet espace de travail&#xa0;; un administrateur peut l&apos;ajouter.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Only administrators and contributors may list connections; &apos;%1&apos; is a %2.</source>
        <translation>Seuls les administrateurs et les contributeurs peuvent lister les connexions&#xa0;; «&#xa0;%1&#xa0;» a le rôle %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Only administrators may %1; &apos;%2&apos; is a %3.</source>
        <translation>Seuls les administrateurs peuvent %1&#xa0;; «&#xa0;%2&#xa0;» a le rôle %3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+9"/>
        <source>Viewers only look: &apos;%1&apos; may not %2.</source>
        <translation>Les lecteurs peuvent uniquement consulter&#xa0;: «&#xa0;%1&#xa0;» ne peut pas %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connection &apos;%1&apos; is for administrators only; contributor &apos;%2&apos; may not %3 with it.</source>
        <translation>La connexion «&#xa0;%1&#xa0;» est réservée aux administrateurs&#xa0;; le contributeur «&#xa0;%2&#xa0;» ne peut pas %3 avec elle.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unknown action.</source>
        <translation>Action inconnue.</translation>
    </message>
    <message>
        <location filename="../models/workspace/connectionstore.cpp" line="+40"/>
        <source>A connection needs a name.</source>
        <translation>Une connexion nécessite un nom.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connection type &apos;%1&apos; is not supported; the type is &apos;snapchat&apos;.</source>
        <translation>Le type de connexion «&#xa0;%1&#xa0;» n&apos;est pas pris en charge&#xa0;; le type est «&#xa0;snapchat&#xa0;».</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A connection named &apos;%1&apos; already exists.</source>
        <translation>Une connexion nommée «&#xa0;%1&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot save connection &apos;%1&apos;: %2</source>
        <translation>Impossible d&apos;enregistrer la connexion «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+55"/>
        <location line="+62"/>
        <location line="+13"/>
        <location line="+23"/>
        <location line="+28"/>
        <location filename="../models/workspace/exportstore.cpp" line="+138"/>
        <source>No connection with id &apos;%1&apos;.</source>
        <translation>Aucune connexion avec l&apos;id «&#xa0;%1&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <location line="-19"/>
        <source>Connection &apos;%1&apos; is used by %n export(s); delete them first.</source>
        <translation>
            <numerusform>La connexion «&#xa0;%1&#xa0;» est utilisée par %n export&#xa0;; supprimez-le d&apos;abord.</numerusform>
            <numerusform>La connexion «&#xa0;%1&#xa0;» est utilisée par %n exports&#xa0;; supprimez-les d&apos;abord.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/workspace/schema.cpp" line="+94"/>
        <source>Schema migration failed: %1</source>
        <translation>La migration du schéma a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No migration to schema version %1.</source>
        <translation>Aucune migration vers la version de schéma %1.</translation>
    </message>
    <message>
        <location filename="../models/workspace/segmentstore.cpp" line="+60"/>
        <location line="+6"/>
        <source>The rule is not valid: %1</source>
        <translation>La règle n&apos;est pas valide&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Segment &apos;%1&apos; reads profile source &apos;%2&apos;, not the workspace&apos;s profiles.</source>
        <translation>Le segment «&#xa0;%1&#xa0;» lit la source de profils «&#xa0;%2&#xa0;», pas les profils de l’espace de travail.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Segment &apos;%1&apos;: %2</source>
        <translation>Segment «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>A segment named &apos;%1&apos; already exists.</source>
        <translation>Un segment nommé «&#xa0;%1&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+46"/>
        <location line="+37"/>
        <source>A segment needs a name.</source>
        <translation>Un segment nécessite un nom.</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>No rule segment with id %1.</source>
        <translation>Aucun segment à règle avec l&apos;id %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Segment &apos;%1&apos; reads profile source &apos;%2&apos;: its rule is checked against that source.</source>
        <translation>Le segment «&#xa0;%1&#xa0;» lit la source de profils «&#xa0;%2&#xa0;»&#xa0;: sa règle est vérifiée sur cette source.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>No rule segment over a profile source with id %1.</source>
        <translation>Aucun segment à règle sur une source de profils avec l’ID %1.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1, line %2: %3</source>
        <translation>%1, ligne %2&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1, line %2: invalid UTF-8</source>
        <translation>%1, ligne %2&#xa0;: UTF-8 non valide</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>No segment with id %1.</source>
        <translation>Aucun segment avec l&apos;id %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Segment &apos;%1&apos; is used by export &apos;%2&apos;; remove it from the export first.</source>
        <translation>Le segment «&#xa0;%1&#xa0;» est utilisé par l&apos;export «&#xa0;%2&#xa0;»&#xa0;; retirez-le d&apos;abord de l&apos;export.</translation>
    </message>
    <message>
        <location line="-279"/>
        <source>No segment to read.</source>
        <translation>Aucun segment à lire.</translation>
    </message>
    <message>
        <location line="+337"/>
        <source>The profiles have no field &apos;%1&apos;.</source>
        <translation>Les profils n&apos;ont pas de champ «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The workspace is not an SQLite database.</source>
        <translation>L&apos;espace de travail n&apos;est pas une base de données SQLite.</translation>
    </message>
    <message>
        <location filename="../models/workspace/workspace.cpp" line="+51"/>
        <source>The workspace %1 is locked by another program; close it there and try again.</source>
        <translation>L&apos;espace de travail %1 est verrouillé par un autre programme&#xa0;; fermez-le dans ce programme et réessayez.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not an AudienceBridge workspace (%2); nothing was changed.</source>
        <translation>%1 n&apos;est pas un espace de travail AudienceBridge (%2)&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>it is not a file</source>
        <translation>ce n&apos;est pas un fichier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The folder of the workspace %1 does not exist.</source>
        <translation>Le dossier de l&apos;espace de travail %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The folder of the workspace %1 is read-only: the workspace needs to write its journal beside the file.</source>
        <translation>Le dossier de l&apos;espace de travail %1 est en lecture seule&#xa0;: l&apos;espace de travail doit écrire son journal à côté du fichier.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The workspace %1 is read-only; make it writable or copy it to a writable folder.</source>
        <translation>L&apos;espace de travail %1 est en lecture seule&#xa0;; rendez-le accessible en écriture ou copiez-le dans un dossier accessible en écriture.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+104"/>
        <source>Cannot read the workspace %1: %2</source>
        <translation>Impossible de lire l&apos;espace de travail %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="-100"/>
        <location line="+98"/>
        <source>it is not an SQLite database</source>
        <translation>ce n&apos;est pas une base de données SQLite</translation>
    </message>
    <message>
        <location line="-85"/>
        <location line="+115"/>
        <source>Cannot open the workspace %1: %2</source>
        <translation>Impossible d&apos;ouvrir l&apos;espace de travail %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>Cannot open the workspace %1: the SQLite driver gives no native handle.</source>
        <translation>Impossible d&apos;ouvrir l&apos;espace de travail %1&#xa0;: le pilote SQLite ne fournit pas de descripteur natif.</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>it is an SQLite database of another program</source>
        <translation>c&apos;est une base de données SQLite d&apos;un autre programme</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The workspace %1 was written by a newer AudienceBridge (schema version %2; this version knows up to %3). Update AudienceBridge to open it; the file was not changed.</source>
        <translation>L&apos;espace de travail %1 a été écrit par une version plus récente d&apos;AudienceBridge (version de schéma %2&#xa0;; cette version connaît jusqu&apos;à la %3). Mettez AudienceBridge à jour pour l&apos;ouvrir&#xa0;; le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cannot configure the workspace %1: %2</source>
        <translation>Impossible de configurer l&apos;espace de travail %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot update the workspace %1: %2</source>
        <translation>Impossible de mettre à jour l&apos;espace de travail %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Cannot update the workspace %1 to schema version %2: %3</source>
        <translation>Impossible de mettre à jour l&apos;espace de travail %1 vers la version de schéma %2&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../models/workspace/exportstore.cpp" line="-17"/>
        <location line="+125"/>
        <location line="+33"/>
        <location line="+23"/>
        <source>No export with id %1.</source>
        <translation>Aucun export avec l&apos;id %1.</translation>
    </message>
    <message>
        <location line="-155"/>
        <source>An export needs a name.</source>
        <translation>Un export nécessite un nom.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export &apos;%1&apos; needs an ad account.</source>
        <translation>L&apos;export «&#xa0;%1&#xa0;» nécessite un compte publicitaire.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export &apos;%1&apos; needs the profile field that holds the email address.</source>
        <translation>L&apos;export «&#xa0;%1&#xa0;» nécessite le champ de profil contenant l&apos;adresse e-mail.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export &apos;%1&apos; needs at least one segment.</source>
        <translation>L&apos;export «&#xa0;%1&#xa0;» nécessite au moins un segment.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The segments of export &apos;%1&apos; read different profiles (the workspace&apos;s, or different profile sources): one export reads one of them.</source>
        <translation>Les segments de l’export «&#xa0;%1&#xa0;» lisent des profils différents (ceux de l’espace de travail ou d’autres sources de profils)&#xa0;: un export n’en lit qu’une.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Segment %1 does not exist.</source>
        <translation>Le segment %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>An export named &apos;%1&apos; already exists.</source>
        <translation>Un export nommé «&#xa0;%1&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <location filename="../models/workspace/userstore.cpp" line="+65"/>
        <source>A user name must not be empty or begin or end with spaces.</source>
        <translation>Un nom d&apos;utilisateur ne doit pas être vide, ni commencer ou se terminer par des espaces.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; already is a user of this workspace; use set-role to change the role.</source>
        <translation>«&#xa0;%1&#xa0;» est déjà un utilisateur de cet espace de travail&#xa0;; utilisez set-role pour changer son rôle.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&apos;%1&apos; is not a user of this workspace; add them first.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un utilisateur de cet espace de travail&#xa0;; ajoutez-le d&apos;abord.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos; is the workspace&apos;s only administrator; make someone else an administrator first.</source>
        <translation>«&#xa0;%1&#xa0;» est le seul administrateur de l&apos;espace de travail&#xa0;; nommez d&apos;abord quelqu&apos;un d&apos;autre administrateur.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&apos;%1&apos; is not a user of this workspace.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un utilisateur de cet espace de travail.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; is the workspace&apos;s only administrator and cannot be removed.</source>
        <translation>«&#xa0;%1&#xa0;» est le seul administrateur de l&apos;espace de travail et ne peut pas être retiré.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="+75"/>
        <source>The workspace file to open (default: $AUDIENCEBRIDGE_WORKSPACE, else the usual one).</source>
        <translation>Le fichier d&apos;espace de travail à ouvrir (par défaut&#xa0;: $AUDIENCEBRIDGE_WORKSPACE, sinon l&apos;emplacement habituel).</translation>
    </message>
</context>
</TS>

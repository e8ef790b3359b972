<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AudiencePage</name>
    <message>
        <location filename="../ui/export/audiencepage.cpp" line="+48"/>
        <source>&amp;Cancel request</source>
        <translation>Anfrage abbre&amp;chen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose an &amp;existing customer-list audience</source>
        <translation>Vorhandene Kundenlisten-Zielgruppe &amp;auswählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter a Snapchat &amp;audience (segment) ID</source>
        <translation>Snapchat-Zielgruppen-&amp;ID (Segment-ID) eingeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a &amp;new audience</source>
        <translation>&amp;Neue Zielgruppe erstellen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Snapchat audience</source>
        <translation>Snapchat-Zielgruppe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The customer-list audience (Snap Audience Match) that receives the hashed identifiers.</source>
        <translation>Die Kundenlisten-Zielgruppe (Snap Audience Match), die die gehashten Kennungen erhält.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Waiting for Snapchat</source>
        <translation>Warten auf Snapchat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ad account</source>
        <translation>Werbekonto</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Customer-list audiences</source>
        <translation>Kundenlisten-Zielgruppen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audience ID</source>
        <translation>Zielgruppen-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 1234567890abcdef</source>
        <translation>z. B. 1234567890abcdef</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New audience name</source>
        <translation>Name der neuen Zielgruppe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New audience description</source>
        <translation>Beschreibung der neuen Zielgruppe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retention in days</source>
        <translation>Aufbewahrung in Tagen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>9999 days means lifetime. It cannot be changed once the audience exists.</source>
        <translation>9999 Tage bedeutet unbegrenzt. Der Wert kann nicht mehr geändert werden, sobald die Zielgruppe existiert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ad a&amp;ccount:</source>
        <translation>Werbe&amp;konto:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(9999 = lifetime; cannot be changed later)</source>
        <translation>(9999 = unbegrenzt; später nicht änderbar)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep members for:</source>
        <translation>Mitglieder be&amp;halten für:</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Cancelled. Snapchat&apos;s answer will be ignored.</source>
        <translation>Abgebrochen. Die Antwort von Snapchat wird ignoriert.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Connecting to Snapchat through &quot;%1&quot;…</source>
        <translation>Verbindung zu Snapchat über „%1“ wird hergestellt …</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reading your ad accounts…</source>
        <translation>Ihre Werbekonten werden gelesen …</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The Snapchat user of this connection has no ad accounts. Ask an administrator to reconnect with an account that has one.</source>
        <translation>Der Snapchat-Benutzer dieser Verbindung hat keine Werbekonten. Bitten Sie einen Administrator, die Verbindung mit einem Konto neu herzustellen, das eines hat.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reading the audiences of %1…</source>
        <translation>Die Zielgruppen von %1 werden gelesen …</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 — about %L2 users (%3)</source>
        <translation>%1 — etwa %L2 Nutzer (%3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>status unknown</source>
        <translation>Status unbekannt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ID %1</source>
        <translation>ID %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This ad account has no customer-list audience yet: create a new one below.</source>
        <translation>Dieses Werbekonto hat noch keine Kundenlisten-Zielgruppe: Erstellen Sie unten eine neue.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Snapchat has no audience with the ID %1. Check the ID in Snap Ads Manager (Audiences).</source>
        <translation>Snapchat hat keine Zielgruppe mit der ID %1. Prüfen Sie die ID im Snap Ads Manager (Zielgruppen).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The audience %1 exists, but this connection&apos;s Snapchat user may not reach it: it needs the Data Manager or Account Admin role on the audience&apos;s ad account.</source>
        <translation>Die Zielgruppe %1 existiert, aber der Snapchat-Benutzer dieser Verbindung hat möglicherweise keinen Zugriff darauf: Er benötigt die Rolle Data Manager oder Account Admin im Werbekonto der Zielgruppe.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The audience &quot;%1&quot; is a %2 audience. Only customer-list (FIRST_PARTY) audiences accept uploaded identifiers.</source>
        <translation>Die Zielgruppe „%1“ ist eine Zielgruppe vom Typ %2. Nur Kundenlisten-Zielgruppen (FIRST_PARTY) nehmen hochgeladene Kennungen an.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Checking audience %1 with Snapchat…</source>
        <translation>Zielgruppe %1 wird bei Snapchat geprüft …</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The audience &quot;%1&quot; belongs to ad account %2, which this connection cannot use.</source>
        <translation>Die Zielgruppe „%1“ gehört zum Werbekonto %2, das diese Verbindung nicht verwenden kann.</translation>
    </message>
</context>
<context>
    <name>AuthenticatePage</name>
    <message>
        <location filename="../ui/connection/authenticatepage.cpp" line="+29"/>
        <source>Snapchat did not accept the client ID and client secret. Go Back and check both against your Snap OAuth app (the secret is shown only once, when the app is created), then retry.</source>
        <translation>Snapchat hat die Client-ID und das Client-Secret nicht akzeptiert. Klicken Sie auf „Zurück“, vergleichen Sie beide mit Ihrer Snap-OAuth-App (das Secret wird nur einmal angezeigt, beim Erstellen der App) und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Snapchat refused the sign-in: the redirect URI registered on your Snap OAuth app must be exactly %1, and the sign-in must be finished within a few minutes. Check it and retry.</source>
        <translation>Snapchat hat die Anmeldung abgelehnt: Der in Ihrer Snap-OAuth-App registrierte Weiterleitungs-URI muss genau %1 lauten, und die Anmeldung muss innerhalb weniger Minuten abgeschlossen werden. Prüfen Sie dies und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The sign-in was declined in the browser. Retry and choose Allow.</source>
        <translation>Die Anmeldung wurde im Browser abgelehnt. Versuchen Sie es erneut und wählen Sie „Zulassen“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Snapchat user you signed in with may not use the Marketing API for this organization. Ask an organization admin in Snap Business Manager to give you the Data Manager or Account Admin role, then retry.</source>
        <translation>Der Snapchat-Benutzer, mit dem Sie sich angemeldet haben, darf die Marketing API für diese Organisation nicht verwenden. Bitten Sie einen Organisationsadministrator im Snap Business Manager, Ihnen die Rolle Data Manager oder Account Admin zu geben, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Authenticate with Snapchat</source>
        <translation>Bei Snapchat &amp;authentifizieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Cancel sign-in</source>
        <translation>Anmeldung a&amp;bbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open the sign-in page again</source>
        <translation>Anmeldeseite erneut &amp;öffnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;ontinue</source>
        <translation>&amp;Fortfahren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Authenticate with Snapchat</source>
        <translation>Bei Snapchat authentifizieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in with the Snapchat account whose ad accounts will receive the audiences.</source>
        <translation>Melden Sie sich mit dem Snapchat-Konto an, dessen Werbekonten die Zielgruppen erhalten sollen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Waiting</source>
        <translation>Warten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Address the browser landed on</source>
        <translation>Adresse, bei der der Browser gelandet ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://…?code=…&amp;state=…</source>
        <translation>https://…?code=…&amp;state=…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Organizations and ad accounts</source>
        <translation>Organisationen und Werbekonten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization / ad account</source>
        <translation>Organisation / Werbekonto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>After you allow access, copy the &amp;whole address from the browser&apos;s address bar and paste it here:</source>
        <translation>Kopieren Sie nach dem Zulassen des Zugriffs die &amp;vollständige Adresse aus der Adressleiste des Browsers und fügen Sie sie hier ein:</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Signing in was cancelled. Click Authenticate with Snapchat to start again.</source>
        <translation>Die Anmeldung wurde abgebrochen. Klicken Sie auf „Bei Snapchat authentifizieren“, um neu zu beginnen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not open a web browser. Copy this address into a browser to sign in: %1</source>
        <translation>Es konnte kein Webbrowser geöffnet werden. Kopieren Sie diese Adresse in einen Browser, um sich anzumelden: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Checking the address with Snapchat…</source>
        <translation>Die Adresse wird bei Snapchat geprüft …</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Snapchat signed you in but gave no refresh token, so exports could not run later. Retry; if it happens again, check the OAuth app&apos;s settings.</source>
        <translation>Snapchat hat Sie angemeldet, aber kein Refresh-Token geliefert, daher könnten Exporte später nicht laufen. Versuchen Sie es erneut; falls es wieder passiert, prüfen Sie die Einstellungen der OAuth-App.</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>The browser did not come back within %n minute(s). If it showed an error about the redirect URI, register exactly the redirect URI shown on the previous page on your Snap OAuth app. Then retry.</source>
        <translation>
            <numerusform>Der Browser ist nicht innerhalb von %n Minute zurückgekehrt. Falls er einen Fehler zum Weiterleitungs-URI angezeigt hat, registrieren Sie in Ihrer Snap-OAuth-App genau den Weiterleitungs-URI, der auf der vorherigen Seite angezeigt wurde. Versuchen Sie es dann erneut.</numerusform>
            <numerusform>Der Browser ist nicht innerhalb von %n Minuten zurückgekehrt. Falls er einen Fehler zum Weiterleitungs-URI angezeigt hat, registrieren Sie in Ihrer Snap-OAuth-App genau den Weiterleitungs-URI, der auf der vorherigen Seite angezeigt wurde. Versuchen Sie es dann erneut.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Signed in to Snapchat as %1.</source>
        <translation>Bei Snapchat angemeldet als %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed in to Snapchat as %1 (%2).</source>
        <translation>Bei Snapchat angemeldet als %1 (%2).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This Snapchat user has no ad accounts yet. You can still save the connection; exports need an ad account.</source>
        <translation>Dieser Snapchat-Benutzer hat noch keine Werbekonten. Sie können die Verbindung trotzdem speichern; Exporte benötigen jedoch ein Werbekonto.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Click the button to open Snapchat&apos;s sign-in page in your browser.</source>
        <translation>Klicken Sie auf die Schaltfläche, um die Anmeldeseite von Snapchat in Ihrem Browser zu öffnen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Waiting for you to sign in and allow access in your browser…</source>
        <translation>Warten, bis Sie sich im Browser anmelden und den Zugriff zulassen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for you to sign in and allow access in your browser. This page continues by itself when the browser comes back…</source>
        <translation>Warten, bis Sie sich im Browser anmelden und den Zugriff zulassen. Diese Seite geht automatisch weiter, sobald der Browser zurückkehrt …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signed in. Reading your organizations and ad accounts…</source>
        <translation>Angemeldet. Ihre Organisationen und Werbekonten werden gelesen …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connected. These are the ad accounts this connection can send audiences to:</source>
        <translation>Verbunden. An diese Werbekonten kann diese Verbindung Zielgruppen senden:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signing in did not work.</source>
        <translation>Die Anmeldung hat nicht funktioniert.</translation>
    </message>
</context>
<context>
    <name>ChooseConnectorPage</name>
    <message>
        <location filename="../ui/connection/chooseconnectorpage.cpp" line="+12"/>
        <source>Choose a destination</source>
        <translation>Ziel auswählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where should AudienceBridge send your audiences?</source>
        <translation>Wohin soll AudienceBridge Ihre Zielgruppen senden?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Destinations</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Snapchat
Snap Audience Match: send hashed customer lists to your Snapchat ad accounts</source>
        <translation>Snapchat
Snap Audience Match: gehashte Kundenlisten an Ihre Snapchat-Werbekonten senden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uses the Snap Marketing API with your own Snap OAuth app.</source>
        <translation>Verwendet die Snap Marketing API mit Ihrer eigenen Snap-OAuth-App.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Snapchat is the only destination available in this version.</source>
        <translation>Snapchat ist in dieser Version das einzige verfügbare Ziel.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/cli/clicommand.cpp" line="+27"/>
        <source>Normalize and SHA-256 hash identifiers read from stdin</source>
        <translation>Von stdin gelesene Kennungen normalisieren und mit SHA-256 hashen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run a local Snapchat (OAuth and Marketing API) for tests and demos</source>
        <translation>Ein lokales Snapchat (OAuth und Marketing API) für Tests und Demos ausführen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import customer profiles from a CSV file</source>
        <translation>Kundenprofile aus einer CSV-Datei importieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add, check and list profile sources in a PostgreSQL database</source>
        <translation>Profilquellen in einer PostgreSQL-Datenbank hinzufügen, prüfen und auflisten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create, list and delete segments of profiles</source>
        <translation>Segmente von Profilen erstellen, auflisten und löschen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add Snapchat connections, sign in, list them</source>
        <translation>Snapchat-Verbindungen hinzufügen, anmelden, auflisten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Configure exports to Snapchat audiences and run them</source>
        <translation>Exporte zu Snapchat-Zielgruppen einrichten und ausführen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List export runs and show one with its batch log</source>
        <translation>Exportläufe auflisten und einen mit seinem Batch-Protokoll anzeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List the workspace&apos;s users; add users and set roles</source>
        <translation>Benutzer des Arbeitsbereichs auflisten; Benutzer hinzufügen und Rollen festlegen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Usage: %1 [COMMAND] [OPTIONS]</source>
        <translation>Aufruf: %1 [BEFEHL] [OPTIONEN]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Without a command, the desktop application starts.</source>
        <translation>Ohne Befehl startet die Desktop-Anwendung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run &apos;%1 COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>Mit „%1 BEFEHL --help“ erhalten Sie die Optionen eines Befehls.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Usage: %1 %2</source>
        <translation>Aufruf: %1 %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Unknown or missing command: &apos;%1 %2&apos;</source>
        <translation>Unbekannter oder fehlender Befehl: „%1 %2“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Usage:</source>
        <translation>Aufruf:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Each takes --help for its options.</source>
        <translation>Jeder Befehl zeigt mit --help seine Optionen.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Unknown command: %1</source>
        <translation>Unbekannter Befehl: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/clisupport.cpp" line="+91"/>
        <location line="+20"/>
        <source>No connection named &apos;%1&apos;; &apos;audiencebridge connections list&apos; shows them.</source>
        <translation>Keine Verbindung mit dem Namen „%1“; „audiencebridge connections list“ zeigt sie an.</translation>
    </message>
    <message>
        <location filename="../app/cli/connectionscommand.cpp" line="+32"/>
        <source>Adds a Snapchat connection (administrators only). The client secret is read from standard input with --client-secret-stdin, else from $AUDIENCEBRIDGE_CLIENT_SECRET, and kept in the OS keychain, never in the workspace. Sign in afterwards with &apos;connections login NAME&apos;.</source>
        <translation>Fügt eine Snapchat-Verbindung hinzu (nur Administratoren). Das Client-Secret wird mit --client-secret-stdin von der Standardeingabe gelesen, sonst aus $AUDIENCEBRIDGE_CLIENT_SECRET, und im Schlüsselbund des Betriebssystems aufbewahrt, nie im Arbeitsbereich. Melden Sie sich danach mit „connections login NAME“ an.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The connection&apos;s display name.</source>
        <translation>Der Anzeigename der Verbindung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Snap OAuth app&apos;s client ID.</source>
        <translation>Die Client-ID der Snap-OAuth-App.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the client secret from standard input.</source>
        <translation>Das Client-Secret von der Standardeingabe lesen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Marketing API base URL (default https://adsapi.snapchat.com).</source>
        <translation>Die Basis-URL der Marketing API (Standard: https://adsapi.snapchat.com).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The OAuth base URL (default https://accounts.snapchat.com).</source>
        <translation>Die OAuth-Basis-URL (Standard: https://accounts.snapchat.com).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An https redirect URI registered on the Snap app, for &apos;login --paste&apos;.</source>
        <translation>Ein in der Snap-App registrierter https-Weiterleitungs-URI, für „login --paste“.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contributors may use the connection too (default: administrators only).</source>
        <translation>Auch Mitwirkende dürfen die Verbindung verwenden (Standard: nur Administratoren).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--client-id is required.</source>
        <translation>--client-id ist erforderlich.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No client secret: give it on standard input with --client-secret-stdin.</source>
        <translation>Kein Client-Secret: Geben Sie es mit --client-secret-stdin über die Standardeingabe an.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The client secret could not be stored: %1</source>
        <translation>Das Client-Secret konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Added connection &apos;%1&apos; (id %2). Sign in with: audiencebridge connections login &apos;%1&apos;</source>
        <translation>Verbindung „%1“ hinzugefügt (ID %2). Anmelden mit: audiencebridge connections login &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Signs in to Snapchat for a connection (administrators only): prints the address to open in a browser (and opens one when there is a display), then finishes when the browser comes back to this computer. With --paste, for an https redirect URI, paste the address the browser landed on.</source>
        <translation>Meldet eine Verbindung bei Snapchat an (nur Administratoren): Gibt die im Browser zu öffnende Adresse aus (und öffnet einen Browser, wenn eine Anzeige vorhanden ist) und ist fertig, sobald der Browser zu diesem Computer zurückkehrt. Mit --paste fügen Sie bei einem https-Weiterleitungs-URI die Adresse ein, bei der der Browser gelandet ist.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The connection&apos;s name.</source>
        <translation>Der Name der Verbindung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the redirect address from standard input.</source>
        <translation>Die Weiterleitungsadresse von der Standardeingabe lesen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give up after this many seconds (default 300).</source>
        <translation>Nach so vielen Sekunden aufgeben (Standard: 300).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The connection&apos;s client secret is not available: %1</source>
        <translation>Das Client-Secret der Verbindung ist nicht verfügbar: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open this address in a browser and allow access:</source>
        <translation>Öffnen Sie diese Adresse in einem Browser und lassen Sie den Zugriff zu:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Then paste the address the browser landed on:</source>
        <translation>Fügen Sie dann die Adresse ein, bei der der Browser gelandet ist:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No usable address was pasted.</source>
        <translation>Es wurde keine verwendbare Adresse eingefügt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Signed in, but the sign-in could not be kept: %1</source>
        <translation>Angemeldet, aber die Anmeldung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Signed in: connection &apos;%1&apos; is ready, with %2 as its export user.</source>
        <translation>Angemeldet: Die Verbindung „%1“ ist bereit, mit %2 als Export-Benutzer.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Lists the connections you may use (administrators see every detail).</source>
        <translation>Listet die Verbindungen auf, die Sie verwenden dürfen (Administratoren sehen alle Details).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>NAME	TYPE	WHO CAN USE	EXPORT USER	API</source>
        <translation>NAME	TYP	WER DARF NUTZEN	EXPORT-BENUTZER	API</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>administrators and contributors</source>
        <translation>Administratoren und Mitwirkende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>administrators</source>
        <translation>Administratoren</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>NAME --client-id ID [--client-secret-stdin] [--api-url URL] [--accounts-url URL] [--redirect-uri URI] [--contributors]</source>
        <translation>NAME --client-id ID [--client-secret-stdin] [--api-url URL] [--accounts-url URL] [--redirect-uri URI] [--contributors]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NAME [--paste]</source>
        <translation>NAME [--paste]</translation>
    </message>
    <message>
        <location filename="../app/cli/exportscommand.cpp" line="+43"/>
        <source>No export named &apos;%1&apos;; &apos;audiencebridge exports list&apos; shows them.</source>
        <translation>Kein Export mit dem Namen „%1“; „audiencebridge exports list“ zeigt sie an.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: the profiles have no field &apos;%2&apos; (they have: %3).</source>
        <translation>%1: Die Profile haben kein Feld „%2“ (vorhanden: %3).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Audience %1: %2</source>
        <translation>Zielgruppe %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Audience %1 is a %2 audience; only customer lists (FIRST_PARTY) take uploaded identifiers.</source>
        <translation>Zielgruppe %1 ist eine Zielgruppe vom Typ %2; nur Kundenlisten (FIRST_PARTY) nehmen hochgeladene Kennungen an.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Creating the audience failed: %1</source>
        <translation>Das Erstellen der Zielgruppe ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Created Snapchat audience &apos;%1&apos; (%2).</source>
        <translation>Snapchat-Zielgruppe „%1“ erstellt (%2).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The Snapchat user has no ad account; give one with --ad-account.</source>
        <translation>Der Snapchat-Benutzer hat kein Werbekonto; geben Sie eines mit --ad-account an.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Configures an export of segments to a Snapchat audience. The audience is checked (or created) through the API; nothing is sent until &apos;exports run&apos;.</source>
        <translation>Richtet einen Export von Segmenten zu einer Snapchat-Zielgruppe ein. Die Zielgruppe wird über die API geprüft (oder erstellt); gesendet wird erst mit „exports run“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+141"/>
        <source>The export&apos;s name.</source>
        <translation>Der Name des Exports.</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>The Snapchat connection to use.</source>
        <translation>Die zu verwendende Snapchat-Verbindung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An existing Snapchat customer-list audience (segment ID).</source>
        <translation>Eine vorhandene Snapchat-Kundenlisten-Zielgruppe (Segment-ID).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a new customer-list audience with this name.</source>
        <translation>Eine neue Kundenlisten-Zielgruppe mit diesem Namen erstellen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ad account for a new audience (default: the first one).</source>
        <translation>Das Werbekonto für eine neue Zielgruppe (Standard: das erste).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new audience&apos;s description.</source>
        <translation>Die Beschreibung der neuen Zielgruppe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new audience&apos;s retention (default 9999: lifetime).</source>
        <translation>Die Aufbewahrungsdauer der neuen Zielgruppe (Standard: 9999, unbegrenzt).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The profile field holding the email address (required).</source>
        <translation>Das Profilfeld mit der E-Mail-Adresse (erforderlich).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The profile field holding the phone number.</source>
        <translation>Das Profilfeld mit der Telefonnummer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region for phone numbers without a country code, e.g. DE.</source>
        <translation>Region für Telefonnummern ohne Ländervorwahl, z. B. DE.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The profile field holding the mobile ad ID.</source>
        <translation>Das Profilfeld mit der Mobile-Werbe-ID.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A segment to export (repeat for more; their union is sent).</source>
        <translation>Ein zu exportierendes Segment (für mehrere wiederholen; gesendet wird ihre Vereinigungsmenge).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add (only add members) or mirror (also remove who left the segments).</source>
        <translation>add (nur Mitglieder hinzufügen) oder mirror (auch entfernen, wer die Segmente verlassen hat).</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../app/cli/sourcescommand.cpp" line="+52"/>
        <source>--%1 is required.</source>
        <translation>--%1 ist erforderlich.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give either --audience-id or --new-audience.</source>
        <translation>Geben Sie entweder --audience-id oder --new-audience an.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--mode must be add or mirror (got &apos;%1&apos;).</source>
        <translation>--mode muss add oder mirror sein (angegeben: „%1“).</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../app/cli/hashcommand.cpp" line="+140"/>
        <source>--default-region: &apos;%1&apos; is not a region code such as DE, FR or US.</source>
        <translation>--default-region: „%1“ ist kein Regionscode wie DE, FR oder US.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>--segment: no segment named &apos;%1&apos;.</source>
        <translation>--segment: Kein Segment mit dem Namen „%1“.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Connection &apos;%1&apos; is not signed in: run &apos;audiencebridge connections login %1&apos; (%2)</source>
        <translation>Die Verbindung „%1“ ist nicht angemeldet: Führen Sie „audiencebridge connections login %1“ aus (%2)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saved export &apos;%1&apos; to audience %2. Run it with: audiencebridge exports run &apos;%1&apos;</source>
        <translation>Export „%1“ für Zielgruppe %2 gespeichert. Ausführen mit: audiencebridge exports run &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Lists the exports with their last run.</source>
        <translation>Listet die Exporte mit ihrem letzten Lauf auf.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>NAME	AUDIENCE	MODE	SEGMENTS	LAST RUN</source>
        <translation>NAME	ZIELGRUPPE	MODUS	SEGMENTE	LETZTER LAUF</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not started</source>
        <translation>Nicht gestartet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Runs an export now: progress on stderr, a summary on stdout (JSON with --json). Exits 0 only when the run is Successful. A run that was canceled, interrupted or failed is resumed from its checkpoints. Ctrl+C (SIGINT) or SIGTERM cancels the run, keeping its checkpoints; a second one ends the program at once.</source>
        <translation>Führt einen Export sofort aus: Fortschritt auf stderr, eine Zusammenfassung auf stdout (JSON mit --json). Der Exit-Code ist nur 0, wenn der Lauf erfolgreich war. Ein abgebrochener, unterbrochener oder fehlgeschlagener Lauf wird an seinen Prüfpunkten fortgesetzt. Strg+C (SIGINT) oder SIGTERM bricht den Lauf ab und behält seine Prüfpunkte; ein zweites Signal beendet das Programm sofort.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Print the run&apos;s summary as JSON.</source>
        <translation>Die Zusammenfassung des Laufs als JSON ausgeben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Identifiers per upload request, 1 to 100000 (default 100000).</source>
        <translation>Kennungen pro Upload-Anfrage, 1 bis 100000 (Standard: 100000).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--batch-size must be a number from 1 to 100000 (got &apos;%1&apos;).</source>
        <translation>--batch-size muss eine Zahl von 1 bis 100000 sein (angegeben: „%1“).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Resuming run %1 (%2) from its checkpoints.</source>
        <translation>Lauf %1 (%2) wird an seinen Prüfpunkten fortgesetzt.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Canceling: the run stops after the requests in flight and keeps its checkpoints.</source>
        <translation>Wird abgebrochen: Der Lauf endet nach den laufenden Anfragen und behält seine Prüfpunkte.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Sign in to Snapchat again with: audiencebridge connections login &apos;%1&apos;
Then run the export again: it resumes from its checkpoints.</source>
        <translation>Melden Sie sich erneut bei Snapchat an mit: audiencebridge connections login &apos;%1&apos;
Führen Sie den Export dann erneut aus: Er setzt an seinen Prüfpunkten fort.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: %2 profiles, %3 emails uploaded, %4 already in the audience, %5 duplicates, %6 rejected, %7 failed, %8 not sent</source>
        <translation>%1: %2 Profile, %3 E-Mail-Adressen hochgeladen, %4 bereits in der Zielgruppe, %5 Duplikate, %6 abgelehnt, %7 fehlgeschlagen, %8 nicht gesendet</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>NAME --connection C (--audience-id ID | --new-audience NAME) --email-field F [--phone-field F --default-region R] [--maid-field F] --segment S [--segment S ...] [--mode add|mirror]</source>
        <translation>NAME --connection C (--audience-id ID | --new-audience NAME) --email-field F [--phone-field F --default-region R] [--maid-field F] --segment S [--segment S ...] [--mode add|mirror]</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>NAME [--json]</source>
        <translation>NAME [--json]</translation>
    </message>
    <message>
        <location filename="../app/cli/hashcommand.cpp" line="-40"/>
        <source>Reads one value per line from standard input and writes, per line, the normalized value and its SHA-256 separated by a tab, or &apos;!&apos; and the reason the value was rejected.</source>
        <translation>Liest einen Wert pro Zeile von der Standardeingabe und schreibt pro Zeile den normalisierten Wert und seinen SHA-256-Hash, getrennt durch einen Tabulator, oder „!“ und den Grund, warum der Wert abgelehnt wurde.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Identifier type: email, phone or maid.</source>
        <translation>Art der Kennung: email, phone oder maid.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Region for phone numbers written without a country code, such as DE or US.</source>
        <translation>Region für Telefonnummern, die ohne Ländervorwahl geschrieben sind, z. B. DE oder US.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../app/cli/workspaceoption.cpp" line="+55"/>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--type must be email, phone or maid (got &apos;%1&apos;).</source>
        <translation>--type muss email, phone oder maid sein (angegeben: „%1“).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Reading or writing failed.</source>
        <translation>Lesen oder Schreiben ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../app/cli/profilescommand.cpp" line="+25"/>
        <source>Writes a CSV of made-up customer profiles (ID column customer_id) to try the program out: realistic emails, phones and mobile ad IDs, with the usual share of bad values.</source>
        <translation>Schreibt eine CSV-Datei mit erfundenen Kundenprofilen (ID-Spalte customer_id) zum Ausprobieren des Programms: realistische E-Mail-Adressen, Telefonnummern und Mobile-Werbe-IDs, mit dem üblichen Anteil ungültiger Werte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The CSV file to write (&apos;-&apos; for standard output).</source>
        <translation>Die zu schreibende CSV-Datei („-“ für die Standardausgabe).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many profiles (default 1000).</source>
        <translation>Wie viele Profile (Standard: 1000).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seed: the same seed writes the same profiles.</source>
        <translation>Startwert: Derselbe Startwert schreibt dieselben Profile.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--count must be a number of profiles (got &apos;%1&apos;).</source>
        <translation>--count muss eine Anzahl von Profilen sein (angegeben: „%1“).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Imports profiles from a CSV file whose first line names the columns. Re-importing updates profiles by ID. Bad rows are listed with their line numbers; unless --skip-bad-rows is given, nothing is imported when any row is bad.</source>
        <translation>Importiert Profile aus einer CSV-Datei, deren erste Zeile die Spalten benennt. Ein erneuter Import aktualisiert Profile anhand der ID. Fehlerhafte Zeilen werden mit ihren Zeilennummern aufgelistet; ohne --skip-bad-rows wird nichts importiert, wenn eine Zeile fehlerhaft ist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The CSV file.</source>
        <translation>Die CSV-Datei.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/sourcescommand.cpp" line="-12"/>
        <source>The column holding the profile ID.</source>
        <translation>Die Spalte mit der Profil-ID.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace all profiles instead of updating them.</source>
        <translation>Alle Profile ersetzen, statt sie zu aktualisieren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The field delimiter: &apos;,&apos;, &apos;;&apos; or &apos;tab&apos; (default: detected).</source>
        <translation>Das Feldtrennzeichen: &apos;,&apos;, &apos;;&apos; oder &apos;tab&apos; (Standard: automatisch erkannt).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import the good rows even when some rows are bad.</source>
        <translation>Die gültigen Zeilen auch dann importieren, wenn einige Zeilen fehlerhaft sind.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--id-column is required: name the column that holds the profile ID.</source>
        <translation>--id-column ist erforderlich: Geben Sie die Spalte an, die die Profil-ID enthält.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--delimiter must be &apos;,&apos;, &apos;;&apos; or &apos;tab&apos; (got &apos;%1&apos;).</source>
        <translation>--delimiter muss &apos;,&apos;, &apos;;&apos; oder &apos;tab&apos; sein (angegeben: „%1“).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>... and %1 more bad rows</source>
        <translation>... und %1 weitere fehlerhafte Zeilen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rows read: %1, imported: %2, skipped: %3</source>
        <translation>Gelesene Zeilen: %1, importiert: %2, übersprungen: %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>  skipped (%1): %2</source>
        <translation>  übersprungen (%1): %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>FILE.csv --id-column NAME [--replace] [--delimiter C] [--skip-bad-rows] [--workspace FILE]</source>
        <translation>FILE.csv --id-column NAME [--replace] [--delimiter C] [--skip-bad-rows] [--workspace FILE]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>FILE.csv [--count N] [--seed S]</source>
        <translation>FILE.csv [--count N] [--seed S]</translation>
    </message>
    <message>
        <location filename="../app/cli/runprogressprinter.cpp" line="+27"/>
        <source>: %1 profiles read, %2 identifiers hashed</source>
        <translation>: %1 Profile gelesen, %2 Kennungen gehasht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>: %1 of %2 sent, %3 skipped</source>
        <translation>: %1 von %2 gesendet, %3 übersprungen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>, %1/s</source>
        <translation>, %1/s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, about %1 s left</source>
        <translation>, noch etwa %1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, %1 retries</source>
        <translation>, %1 Wiederholungen</translation>
    </message>
    <message>
        <location filename="../app/cli/runscommand.cpp" line="+37"/>
        <source>Cannot mark interrupted runs: %1</source>
        <translation>Unterbrochene Läufe können nicht markiert werden: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Lists the runs of one export, or of every export, newest first.</source>
        <translation>Listet die Läufe eines Exports oder aller Exporte auf, die neuesten zuerst.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The export&apos;s name (optional).</source>
        <translation>Der Name des Exports (optional).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>ID	EXPORT	STATUS	STARTED	ENDED	BY	PROFILES	UPLOADED</source>
        <translation>ID	EXPORT	STATUS	GESTARTET	BEENDET	VON	PROFILE	HOCHGELADEN</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No export named &apos;%1&apos;.</source>
        <translation>Kein Export mit dem Namen „%1“.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Shows one run: status, counts by reason, and the batch log with Snapchat&apos;s request IDs.</source>
        <translation>Zeigt einen Lauf an: Status, Anzahlen nach Grund und das Batch-Protokoll mit den Anfrage-IDs von Snapchat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The run&apos;s ID (see &apos;runs list&apos;).</source>
        <translation>Die ID des Laufs (siehe „runs list“).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No run with ID &apos;%1&apos;.</source>
        <translation>Kein Lauf mit der ID „%1“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run %1 of export %2: %3</source>
        <translation>Lauf %1 von Export %2: %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started %1 by %2, ended %3</source>
        <translation>Gestartet %1 von %2, beendet %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>BATCH	SCHEMA	ACTION	IDENTIFIERS	STATUS	REQUEST ID	ERROR</source>
        <translation>BATCH	SCHEMA	AKTION	KENNUNGEN	STATUS	ANFRAGE-ID	FEHLER</translation>
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
        <translation>Startet ein lokales Snapchat (Konten und Marketing API) auf 127.0.0.1 für Tests und Vorführungen. Beenden Sie es mit Strg+C; es gibt dann eine Zeile &apos;stats key=value ...&apos; mit den beantworteten Anfragen nach Status und den eingespeisten Fehlern aus.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Port to listen on (0: any free port).</source>
        <translation>Port, auf dem gelauscht wird (0: beliebiger freier Port).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load the audiences from FILE and save them there after every change.</source>
        <translation>Die Zielgruppen aus DATEI laden und nach jeder Änderung dort speichern.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Append every access and refresh token issued to FILE (for tests).</source>
        <translation>Jedes ausgegebene Access- und Refresh-Token an DATEI anhängen (für Tests).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OAuth client ID to accept.</source>
        <translation>Zu akzeptierende OAuth-Client-ID.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OAuth client secret to accept.</source>
        <translation>Zu akzeptierendes OAuth-Client-Secret.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Registered redirect URI (repeatable; default: any loopback http or https URI).</source>
        <translation>Registrierter Weiterleitungs-URI (wiederholbar; Standard: jeder Loopback-URI mit http oder https).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Access token lifetime in seconds.</source>
        <translation>Gültigkeitsdauer des Zugriffstokens in Sekunden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Redirect back with a code at once (the default).</source>
        <translation>Sofort mit einem Code zurückleiten (Standard).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Serve an approve page instead of redirecting at once.</source>
        <translation>Eine Bestätigungsseite anzeigen, statt sofort zurückzuleiten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests per second per token (0: unlimited).</source>
        <translation>Anfragen pro Sekunde und Token (0: unbegrenzt).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send Retry-After: SECONDS with every 429.</source>
        <translation>Bei jeder 429-Antwort Retry-After: SECONDS senden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delay every API answer.</source>
        <translation>Jede API-Antwort verzögern.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fraction of API requests answered 429, as if over the rate limit.</source>
        <translation>Anteil der API-Anfragen, die mit 429 beantwortet werden, als wäre das Ratenlimit überschritten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fraction of API requests answered 500 or 503.</source>
        <translation>Anteil der API-Anfragen, die mit 500 oder 503 beantwortet werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fraction of API answers cut off by a connection reset.</source>
        <translation>Anteil der API-Antworten, die durch einen Verbindungsabbruch abgeschnitten werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fraction of user uploads answered 200 with a failed sub-request.</source>
        <translation>Anteil der Benutzer-Uploads, die mit 200 und einer fehlgeschlagenen Teilanfrage beantwortet werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At the Nth API request, the refresh tokens issued so far stop working (signing in again gets working ones).</source>
        <translation>Bei der N-ten API-Anfrage werden die bis dahin ausgegebenen Refresh-Tokens ungültig (eine erneute Anmeldung liefert gültige).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seed of the fault injection.</source>
        <translation>Startwert der Fehlerinjektion.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>--%1: not a valid number: %2</source>
        <translation>--%1: keine gültige Zahl: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--%1: expected a fraction between 0 and 1, got %2</source>
        <translation>--%1: Anteil zwischen 0 und 1 erwartet, angegeben: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot start the sandbox: %1</source>
        <translation>Die Sandbox kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cannot save the state file %1: %2</source>
        <translation>Die Statusdatei %1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/segmentscommand.cpp" line="+25"/>
        <source>Creates a segment from a rule over profile fields, e.g. --rule &quot;country = &apos;DE&apos; and ltv &gt;= 100&quot; (see the README for the rule language), or from a CSV file of profile IDs (first column).</source>
        <translation>Erstellt ein Segment aus einer Regel über Profilfelder, z. B. --rule &quot;country = &apos;DE&apos; and ltv &gt;= 100&quot; (die Regelsprache ist in der README beschrieben), oder aus einer CSV-Datei mit Profil-IDs (erste Spalte).</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+58"/>
        <location line="+64"/>
        <source>The segment&apos;s name.</source>
        <translation>Der Name des Segments.</translation>
    </message>
    <message>
        <location line="-121"/>
        <source>The segment&apos;s rule.</source>
        <translation>Die Regel des Segments.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A CSV file of profile IDs.</source>
        <translation>Eine CSV-Datei mit Profil-IDs.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The profile source the rule reads (default: the workspace&apos;s profiles).</source>
        <translation>Die Profilquelle, die die Regel liest (Standard: die Profile des Arbeitsbereichs).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give either --rule or --list.</source>
        <translation>Geben Sie entweder --rule oder --list an.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--list segments hold IDs of the workspace&apos;s profiles: --source goes with --rule only.</source>
        <translation>--list-Segmente enthalten IDs von Profilen des Arbeitsbereichs: --source gibt es nur mit --rule.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Created segment &apos;%1&apos;: %2</source>
        <translation>Segment „%1“ erstellt: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Created list segment &apos;%1&apos; with %2 IDs</source>
        <translation>Listensegment „%1“ mit %2 IDs erstellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of the IDs are not among the profiles (yet).</source>
        <translation>%1 der IDs gehören (noch) zu keinem Profil.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+39"/>
        <location filename="../app/cli/sourcesupport.cpp" line="+74"/>
        <source>Members: %1</source>
        <translation>Mitglieder: %1</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Changes the rule of a rule segment. A segment over a profile source keeps its source, and the new rule is checked against that source&apos;s columns.</source>
        <translation>Ändert die Regel eines Regelsegments. Ein Segment über einer Profilquelle behält seine Quelle, und die neue Regel wird an deren Spalten geprüft.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The segment&apos;s new rule.</source>
        <translation>Die neue Regel des Segments.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--rule is required.</source>
        <translation>--rule ist erforderlich.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Changed segment &apos;%1&apos;: %2</source>
        <translation>Segment „%1“ geändert: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Lists the segments with their member counts; a segment over a profile source is counted in its database.</source>
        <translation>Listet die Segmente mit ihrer Mitgliederzahl auf; ein Segment über einer Profilquelle wird in deren Datenbank gezählt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>NAME	SOURCE	MEMBERS	DEFINITION</source>
        <translation>NAME	QUELLE	MITGLIEDER	DEFINITION</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>NAME (--rule RULE [--source SOURCE] | --list FILE.csv)</source>
        <translation>NAME (--rule REGEL [--source QUELLE] | --list DATEI.csv)</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(list of IDs)</source>
        <translation>(Liste von IDs)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Deletes a segment that no export uses.</source>
        <translation>Löscht ein Segment, das von keinem Export verwendet wird.</translation>
    </message>
    <message>
        <location line="-42"/>
        <location line="+53"/>
        <source>No segment named &apos;%1&apos;.</source>
        <translation>Kein Segment mit dem Namen „%1“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deleted segment &apos;%1&apos;.</source>
        <translation>Segment „%1“ gelöscht.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>NAME --rule RULE</source>
        <translation>NAME --rule REGEL</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/sourcescommand.cpp" line="+178"/>
        <location line="+1"/>
        <location filename="../app/cli/userscommand.cpp" line="+112"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location filename="../app/cli/userscommand.cpp" line="-89"/>
        <source>Unknown role &apos;%1&apos;: use administrator, contributor or viewer.</source>
        <translation>Unbekannte Rolle „%1“: Verwenden Sie administrator, contributor oder viewer.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+12"/>
        <source>administrator, contributor or viewer.</source>
        <translation>administrator, contributor oder viewer.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Lists the workspace&apos;s users and their roles.</source>
        <translation>Listet die Benutzer des Arbeitsbereichs und ihre Rollen auf.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adds an OS user to the workspace (administrators only).</source>
        <translation>Fügt einen Betriebssystembenutzer zum Arbeitsbereich hinzu (nur Administratoren).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <location line="+5"/>
        <source>The OS user name.</source>
        <translation>Der Benutzername im Betriebssystem.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Changes a user&apos;s role (administrators only).</source>
        <translation>Ändert die Rolle eines Benutzers (nur Administratoren).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Removes a user from the workspace (administrators only).</source>
        <translation>Entfernt einen Benutzer aus dem Arbeitsbereich (nur Administratoren).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--role is required: administrator, contributor or viewer.</source>
        <translation>--role ist erforderlich: administrator, contributor oder viewer.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 is now a workspace %2.</source>
        <translation>%1 hat jetzt die Rolle %2 im Arbeitsbereich.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 was removed from the workspace.</source>
        <translation>%1 wurde aus dem Arbeitsbereich entfernt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>NAME --role administrator|contributor|viewer</source>
        <translation>NAME --role administrator|contributor|viewer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NAME ROLE</source>
        <translation>NAME ROLE</translation>
    </message>
    <message>
        <location filename="../app/cli/workspaceoption.cpp" line="-37"/>
        <source>The workspace file (default: $AUDIENCEBRIDGE_WORKSPACE, else one in the application data folder).</source>
        <translation>Die Arbeitsbereichsdatei (Standard: $AUDIENCEBRIDGE_WORKSPACE, sonst eine im Anwendungsdatenordner).</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Missing argument; see --help.</source>
        <translation>Fehlendes Argument; siehe --help.</translation>
    </message>
    <message>
        <location filename="../app/cli/sourcescommand.cpp" line="-188"/>
        <source>Adds (or changes) a profile source: a PostgreSQL table or view whose rows are profiles, read where they are instead of imported. The password is read from standard input with --password-stdin, else from $AUDIENCEBRIDGE_SOURCE_PASSWORD, and kept in the OS keychain, never in the workspace. Administrators and contributors add sources.</source>
        <translation>Fügt eine Profilquelle hinzu (oder ändert sie): eine PostgreSQL-Tabelle oder -Sicht, deren Zeilen Profile sind; sie werden dort gelesen, statt importiert zu werden. Das Passwort wird mit --password-stdin von der Standardeingabe gelesen, sonst aus $AUDIENCEBRIDGE_SOURCE_PASSWORD, und im Schlüsselbund des Systems aufbewahrt, nie im Arbeitsbereich. Administratoren und Mitwirkende fügen Quellen hinzu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+107"/>
        <location line="+39"/>
        <source>The source&apos;s name.</source>
        <translation>Der Name der Quelle.</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>The database&apos;s name.</source>
        <translation>Der Name der Datenbank.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The table or view of profiles (&quot;table&quot; or &quot;schema.table&quot;).</source>
        <translation>Die Tabelle oder Sicht der Profile („tabelle“ oder „schema.tabelle“).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database server (default 127.0.0.1).</source>
        <translation>Der Datenbankserver (Standard 127.0.0.1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server&apos;s port (default 5432).</source>
        <translation>Der Port des Servers (Standard 5432).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database user.</source>
        <translation>Der Datenbankbenutzer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Driver connection options, e.g. &quot;sslmode=require&quot;.</source>
        <translation>Verbindungsoptionen des Treibers, z. B. „sslmode=require“.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Qt SQL driver (default QPSQL).</source>
        <translation>Der Qt-SQL-Treiber (Standard QPSQL).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the password from standard input.</source>
        <translation>Das Passwort von der Standardeingabe lesen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--port must be a port number from 1 to 65535 (got &apos;%1&apos;).</source>
        <translation>--port muss eine Portnummer von 1 bis 65535 sein (erhalten: „%1“).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>--password-stdin: standard input held no password.</source>
        <translation>--password-stdin: Die Standardeingabe enthielt kein Passwort.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The password is not in the keychain (%1); $%2 gives it while it is set.</source>
        <translation>Das Passwort ist nicht im Schlüsselbund (%1); $%2 liefert es, solange die Variable gesetzt ist.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The password could not be stored in the keychain: %1</source>
        <translation>Das Passwort konnte nicht im Schlüsselbund gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Updated profile source &apos;%1&apos; (%2, table %3).</source>
        <translation>Profilquelle „%1“ geändert (%2, Tabelle %3).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added profile source &apos;%1&apos; (%2, table %3).</source>
        <translation>Profilquelle „%1“ hinzugefügt (%2, Tabelle %3).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check it with: audiencebridge sources check &apos;%1&apos;</source>
        <translation>Prüfen mit: audiencebridge sources check &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lists the profile sources (never their passwords).</source>
        <translation>Listet die Profilquellen auf (nie ihre Passwörter).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>NAME	DRIVER	SERVER	TABLE	ID COLUMN</source>
        <translation>NAME	TREIBER	SERVER	TABELLE	ID-SPALTE</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Connects to a profile source and prints its columns and number of rows; an error names the setting to fix (host, user and password, database, table, ID column).</source>
        <translation>Verbindet sich mit einer Profilquelle und gibt ihre Spalten und Zeilenzahl aus; ein Fehler nennt die zu korrigierende Einstellung (Host, Benutzer und Passwort, Datenbank, Tabelle, ID-Spalte).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No profile source named &apos;%1&apos;; &apos;audiencebridge sources list&apos; shows them.</source>
        <translation>Keine Profilquelle namens „%1“; „audiencebridge sources list“ zeigt sie an.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../app/cli/sourcesupport.cpp" line="-22"/>
        <location line="+14"/>
        <location line="+21"/>
        <source>The keychain could not be read: %1</source>
        <translation>Der Schlüsselbund konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Profile source &apos;%1&apos; (%2, table %3) is reachable.</source>
        <translation>Profilquelle „%1“ (%2, Tabelle %3) ist erreichbar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns: %1</source>
        <translation>Spalten: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID column: %1</source>
        <translation>ID-Spalte: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows: %1</source>
        <translation>Zeilen: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Removes a profile source that no segment reads, with its password in the keychain.</source>
        <translation>Entfernt eine Profilquelle, die kein Segment liest, samt ihrem Passwort im Schlüsselbund.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Removed profile source &apos;%1&apos;.</source>
        <translation>Profilquelle „%1“ entfernt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its password could not be removed from the keychain: %1</source>
        <translation>Ihr Passwort konnte nicht aus dem Schlüsselbund entfernt werden: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>NAME --database DB --table T --id-column C [--host H] [--port P] [--user U] [--options O] [--driver QPSQL] [--password-stdin]</source>
        <translation>NAME --database DB --table T --id-column C [--host H] [--port P] [--user U] [--options O] [--driver QPSQL] [--password-stdin]</translation>
    </message>
    <message>
        <location filename="../app/cli/sourcesupport.cpp" line="-16"/>
        <source>Created segment &apos;%1&apos; over profile source &apos;%2&apos;: %3</source>
        <translation>Segment „%1“ über der Profilquelle „%2“ erstellt: %3</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1: profile source &apos;%2&apos; has no column &apos;%3&apos; (it has: %4).</source>
        <translation>%1: Die Profilquelle „%2“ hat keine Spalte „%3“ (vorhanden: %4).</translation>
    </message>
</context>
<context>
    <name>ConnectionAccessPage</name>
    <message>
        <location filename="../ui/connection/connectionaccesspage.cpp" line="+14"/>
        <source>&amp;Administrators only</source>
        <translation>Nur &amp;Administratoren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrators and &amp;contributors</source>
        <translation>Administratoren und &amp;Mitwirkende</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who can use this connection?</source>
        <translation>Wer darf diese Verbindung verwenden?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can change this later in the connection&apos;s settings.</source>
        <translation>Sie können dies später in den Einstellungen der Verbindung ändern.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Only administrators of this workspace can create and run exports that send data through this connection.</source>
        <translation>Nur Administratoren dieses Arbeitsbereichs können Exporte erstellen und ausführen, die Daten über diese Verbindung senden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contributors can also pick this connection for their exports. They see only its name, never its credentials or settings.</source>
        <translation>Auch Mitwirkende können diese Verbindung für ihre Exporte auswählen. Sie sehen nur ihren Namen, nie ihre Zugangsdaten oder Einstellungen.</translation>
    </message>
</context>
<context>
    <name>ConnectionNamePage</name>
    <message>
        <location filename="../ui/connection/connectionnamepage.cpp" line="+21"/>
        <source>Name the connection</source>
        <translation>Verbindung benennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People pick the connection by this name when they set up an export.</source>
        <translation>Unter diesem Namen wählen andere die Verbindung aus, wenn sie einen Export einrichten.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. Snapchat – Brand EU</source>
        <translation>z. B. Snapchat – Marke EU</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>&amp;Display name:</source>
        <translation>&amp;Anzeigename:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter a name for the connection.</source>
        <translation>Geben Sie einen Namen für die Verbindung ein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not read the workspace&apos;s connections: %1</source>
        <translation>Die Verbindungen des Arbeitsbereichs konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A connection named &quot;%1&quot; already exists in this workspace. Choose another name.</source>
        <translation>In diesem Arbeitsbereich gibt es bereits eine Verbindung mit dem Namen „%1“. Wählen Sie einen anderen Namen.</translation>
    </message>
</context>
<context>
    <name>ConnectionSummaryPage</name>
    <message>
        <location filename="../ui/connection/connectionsummarypage.cpp" line="+15"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the connection, then click Save.</source>
        <translation>Prüfen Sie die Verbindung und klicken Sie dann auf „Speichern“.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Destination:</source>
        <translation>Ziel:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Snapchat</source>
        <translation>Snapchat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who can use it:</source>
        <translation>Nutzbar für:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Administrators and contributors</source>
        <translation>Administratoren und Mitwirkende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrators only</source>
        <translation>Nur Administratoren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client ID:</source>
        <translation>Client-ID:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client secret:</source>
        <translation>Client-Secret:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>•••••• (kept in the system keychain)</source>
        <translation>•••••• (im Schlüsselbund des Systems gespeichert)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in returns to:</source>
        <translation>Anmeldung kehrt zurück zu:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this computer (loopback)</source>
        <translation>diesem Computer (Loopback)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API:</source>
        <translation>API:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accounts:</source>
        <translation>Konten:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snapchat user:</source>
        <translation>Snapchat-Benutzer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ad accounts:</source>
        <translation>Werbekonten:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export user:</source>
        <translation>Export-Benutzer:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
</context>
<context>
    <name>ConnectionWizard</name>
    <message>
        <location filename="../ui/connection/connectionwizard.cpp" line="+30"/>
        <location filename="../ui/wizardlaunch.cpp" line="+23"/>
        <source>Add connection</source>
        <translation>Verbindung hinzufügen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>new connection</source>
        <translation>neue Verbindung</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>The connection was not saved: %1</source>
        <translation>Die Verbindung wurde nicht gespeichert: %1</translation>
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
        <translation>Verbindung &amp;hinzufügen …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connect a Snapchat ad account</source>
        <translation>Ein Snapchat-Werbekonto verbinden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who can use it</source>
        <translation>Nutzbar für</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Snapchat user</source>
        <translation>Snapchat-Benutzer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Open or create a workspace to see its connections.</source>
        <translation>Öffnen oder erstellen Sie einen Arbeitsbereich, um seine Verbindungen zu sehen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No connections yet. Add one to export to Snapchat.</source>
        <translation>Noch keine Verbindungen. Fügen Sie eine hinzu, um nach Snapchat zu exportieren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No connection is shared with you. Contact an administrator to use one.</source>
        <translation>Keine Verbindung ist für Sie freigegeben. Wenden Sie sich an einen Administrator, um eine zu verwenden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Administrators and contributors</source>
        <translation>Administratoren und Mitwirkende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrators only</source>
        <translation>Nur Administratoren</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Adding connections is not available in this build.</source>
        <translation>Das Hinzufügen von Verbindungen ist in diesem Build nicht verfügbar.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Snapchat app client ID:</source>
        <translation>Client-ID der Snapchat-App:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API address:</source>
        <translation>API-Adresse:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in address:</source>
        <translation>Anmeldeadresse:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export user:</source>
        <translation>Export-Benutzer:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none yet</source>
        <translation>noch keiner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added by:</source>
        <translation>Hinzugefügt von:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The client secret and the tokens are kept in the system keychain, not in the workspace.</source>
        <translation>Das Client-Secret und die Tokens werden im Schlüsselbund des Systems aufbewahrt, nicht im Arbeitsbereich.</translation>
    </message>
</context>
<context>
    <name>CredentialsPage</name>
    <message>
        <location filename="../ui/connection/credentialspage.cpp" line="+39"/>
        <source>&amp;This computer (loopback address)</source>
        <translation>&amp;Dieser Computer (Loopback-Adresse)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An https &amp;page I registered; I will paste the address the browser lands on</source>
        <translation>Eine von mir registrierte https-&amp;Seite; ich füge die Adresse ein, bei der der Browser landet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;opy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Snapchat app credentials</source>
        <translation>Zugangsdaten der Snapchat-App</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the OAuth app an organization admin created in Snap Business Manager (Business Details → OAuth Apps).</source>
        <translation>Aus der OAuth-App, die ein Organisationsadministrator im Snap Business Manager erstellt hat (Business Details → OAuth Apps).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client secret</source>
        <translation>Client-Secret</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept in the system keychain, never in the workspace file.</source>
        <translation>Wird im Schlüsselbund des Systems aufbewahrt, nie in der Arbeitsbereichsdatei.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Registered https redirect address</source>
        <translation>Registrierte https-Weiterleitungsadresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://www.example.com/snapchat-callback</source>
        <translation>https://www.example.com/snapchat-callback</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Redirect URI to register</source>
        <translation>Zu registrierender Weiterleitungs-URI</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy the redirect URI</source>
        <translation>Weiterleitungs-URI kopieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>API base URL</source>
        <translation>API-Basis-URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accounts base URL</source>
        <translation>Konten-Basis-URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ad&amp;vanced: API addresses</source>
        <translation>&amp;Erweitert: API-Adressen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show advanced settings</source>
        <translation>Erweiterte Einstellungen anzeigen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A&amp;PI base URL:</source>
        <translation>A&amp;PI-Basis-URL:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acco&amp;unts base URL:</source>
        <translation>Ko&amp;nten-Basis-URL:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep Snapchat&apos;s addresses unless you try AudienceBridge against its local sandbox.</source>
        <translation>Behalten Sie die Adressen von Snapchat bei, es sei denn, Sie testen AudienceBridge mit seiner lokalen Sandbox.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Client &amp;ID:</source>
        <translation>Client-&amp;ID:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client &amp;secret:</source>
        <translation>Client-Se&amp;cret:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After you sign in, the browser returns to</source>
        <translation>Nach der Anmeldung kehrt der Browser zurück zu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Redirect URI to &amp;register on the Snap OAuth app:</source>
        <translation>In der Snap-OAuth-App zu &amp;registrierender Weiterleitungs-URI:</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Enter your https page above</source>
        <translation>Geben Sie oben Ihre https-Seite ein</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copied. Paste it as the redirect URI of your Snap OAuth app.</source>
        <translation>Kopiert. Fügen Sie ihn als Weiterleitungs-URI Ihrer Snap-OAuth-App ein.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The redirect page must be a full https address, like https://www.example.com/snapchat-callback.</source>
        <translation>Die Weiterleitungsseite muss eine vollständige https-Adresse sein, z. B. https://www.example.com/snapchat-callback.</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <location filename="../models/sources/csvreader.cpp" line="+94"/>
        <source>a quoted field is not closed</source>
        <translation>ein Feld in Anführungszeichen wird nicht geschlossen</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>text follows a closing quote</source>
        <translation>nach einem schließenden Anführungszeichen folgt Text</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a quote inside an unquoted field</source>
        <translation>ein Anführungszeichen in einem Feld ohne Anführungszeichen</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>the record is longer than %1 MB (a quoted field is not closed?)</source>
        <translation>der Datensatz ist länger als %1 MB (ein Feld in Anführungszeichen nicht geschlossen?)</translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <location filename="../models/sources/csvimporter.cpp" line="+88"/>
        <source>the header has %1 columns; at most %2 are supported</source>
        <translation>die Kopfzeile hat %1 Spalten; höchstens %2 werden unterstützt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>column %1 of the header has no name</source>
        <translation>Spalte %1 der Kopfzeile hat keinen Namen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the header names column &apos;%1&apos; twice</source>
        <translation>die Kopfzeile nennt die Spalte „%1“ zweimal</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the ID column &apos;%1&apos; is not in the header (columns: %2)</source>
        <translation>die ID-Spalte „%1“ ist nicht in der Kopfzeile (Spalten: %2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>column name &apos;%1&apos; is reserved; rename the column or make it the ID column</source>
        <translation>der Spaltenname „%1“ ist reserviert; benennen Sie die Spalte um oder machen Sie sie zur ID-Spalte</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The workspace&apos;s profiles use &apos;%1&apos; as ID, not &apos;%2&apos;; import with --id-column %1, or use --replace to replace all profiles.</source>
        <translation>Die Profile des Arbeitsbereichs verwenden „%1“ als ID, nicht „%2“; importieren Sie mit --id-column %1 oder ersetzen Sie mit --replace alle Profile.</translation>
    </message>
    <message>
        <location line="+66"/>
        <location line="+218"/>
        <source>duplicate ID &apos;%1&apos; (first on line %2)</source>
        <translation>doppelte ID „%1“ (zuerst in Zeile %2)</translation>
    </message>
    <message>
        <location line="-179"/>
        <source>Name the column that holds the profile ID (--id-column).</source>
        <translation>Geben Sie die Spalte an, die die Profil-ID enthält (--id-column).</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+12"/>
        <location line="+102"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>%1 is empty: the first line must name the columns.</source>
        <translation>%1 ist leer: Die erste Zeile muss die Spalten benennen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, line %2 (header): %3</source>
        <translation>%1, Zeile %2 (Kopfzeile): %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is UTF-16 text; save it as UTF-8 (&quot;CSV UTF-8&quot;) and import it again.</source>
        <translation>%1 ist UTF-16-Text; speichern Sie die Datei als UTF-8 („CSV UTF-8“) und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, line 1 (header): invalid UTF-8 in column %2; save the file as UTF-8</source>
        <translation>%1, Zeile 1 (Kopfzeile): ungültiges UTF-8 in Spalte %2; speichern Sie die Datei als UTF-8</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1, line 1 (header): %2</source>
        <translation>%1, Zeile 1 (Kopfzeile): %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot write to the workspace %1: %2</source>
        <translation>In den Arbeitsbereich %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Der Import wurde abgebrochen; es wurde nichts importiert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 fields, the header has %2</source>
        <translation>%1 Felder, die Kopfzeile hat %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>empty ID in column &apos;%1&apos;</source>
        <translation>leere ID in Spalte „%1“</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the field in column &apos;%1&apos; is %2 bytes long; at most %3 are allowed</source>
        <translation>das Feld in Spalte „%1“ ist %2 Byte lang; höchstens %3 sind erlaubt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>invalid UTF-8 in column &apos;%1&apos;</source>
        <translation>ungültiges UTF-8 in Spalte „%1“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>NUL byte in column &apos;%1&apos;</source>
        <translation>NUL-Byte in Spalte „%1“</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+49"/>
        <source>Cannot write to the workspace: %1</source>
        <translation>In den Arbeitsbereich kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>%1 has only a header (line 1) and no rows; nothing was imported.</source>
        <translation>%1 enthält nur eine Kopfzeile (Zeile 1) und keine Datenzeilen; es wurde nichts importiert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bad rows in %1: %2; nothing was imported. Fix them, or import the other rows with --skip-bad-rows.</source>
        <translation>Fehlerhafte Zeilen in %1: %2; es wurde nichts importiert. Korrigieren Sie sie oder importieren Sie die übrigen Zeilen mit --skip-bad-rows.</translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <location filename="../ui/import/csvimportdialog.cpp" line="+38"/>
        <source>comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>semicolon</source>
        <translation>Semikolon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Import Profiles</source>
        <translation>Profile importieren</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import &amp;Another File</source>
        <translation>&amp;Weitere Datei importieren</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Read %1 of %2</source>
        <translation>%1 von %2 gelesen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The import was canceled; the workspace is as it was before.</source>
        <translation>Der Import wurde abgebrochen; der Arbeitsbereich ist unverändert.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>CSV file</source>
        <translation>CSV-Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A CSV file whose first line names the columns</source>
        <translation>Eine CSV-Datei, deren erste Zeile die Spalten benennt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>Dur&amp;chsuchen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the CSV file</source>
        <translation>CSV-Datei auswählen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Preview of the first rows</source>
        <translation>Vorschau der ersten Zeilen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ID column</source>
        <translation>ID-Spalte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Replace all profiles (otherwise profiles are updated by ID)</source>
        <translation>Alle Profile &amp;ersetzen (sonst werden Profile anhand der ID aktualisiert)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Skip bad rows and import the others</source>
        <translation>Fehlerhafte Zeilen ü&amp;berspringen und die übrigen importieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;ID column:</source>
        <translation>ID-S&amp;palte:</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&lt;b&gt;Importing profiles…&lt;/b&gt;</source>
        <translation>&lt;b&gt;Profile werden importiert …&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import progress</source>
        <translation>Importfortschritt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The import is written in one step at the end: canceling leaves the workspace as it was.</source>
        <translation>Der Import wird am Ende in einem Schritt geschrieben: Beim Abbrechen bleibt der Arbeitsbereich unverändert.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Bad rows</source>
        <translation>Fehlerhafte Zeilen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose a CSV File</source>
        <translation>CSV-Datei auswählen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.tsv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Choose a CSV file to see its first rows.</source>
        <translation>Wählen Sie eine CSV-Datei, um ihre ersten Zeilen zu sehen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 has no header line: the first line must name the columns.</source>
        <translation>%1 hat keine Kopfzeile: Die erste Zeile muss die Spalten benennen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 columns, separated by %2 (detected). The first rows:</source>
        <translation>%1 Spalten, getrennt durch %2 (erkannt). Die ersten Zeilen:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Replace all profiles?</source>
        <translation>Alle Profile ersetzen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every profile now in the workspace is removed and replaced by the file&apos;s rows.</source>
        <translation>Alle Profile, die sich jetzt im Arbeitsbereich befinden, werden entfernt und durch die Zeilen der Datei ersetzt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The profiles in this workspace are identified by “%1”. Choose that column as the ID column, or tick “Replace all profiles”.</source>
        <translation>Die Profile in diesem Arbeitsbereich werden durch „%1“ identifiziert. Wählen Sie diese Spalte als ID-Spalte oder aktivieren Sie „Alle Profile ersetzen“.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Starting…</source>
        <translation>Wird gestartet …</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&lt;b&gt;Import finished.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Import abgeschlossen.&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Nothing was imported.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Es wurde nichts importiert.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows read: %1&lt;br&gt;Imported: %2&lt;br&gt;Skipped: %3</source>
        <translation>Gelesene Zeilen: %1&lt;br&gt;Importiert: %2&lt;br&gt;Übersprungen: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;p&gt;The first %1 bad rows are listed below.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die ersten %1 fehlerhaften Zeilen sind unten aufgeführt.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Canceling…</source>
        <translation>Wird abgebrochen …</translation>
    </message>
</context>
<context>
    <name>ExportConnectionPage</name>
    <message>
        <location filename="../ui/export/exportconnectionpage.cpp" line="+20"/>
        <source>Choose a connection</source>
        <translation>Verbindung auswählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Snapchat connection this export sends its audience through.</source>
        <translation>Die Snapchat-Verbindung, über die dieser Export seine Zielgruppe sendet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connections you may use</source>
        <translation>Verbindungen, die Sie verwenden dürfen</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No Snapchat connection is available to you. Contact an administrator: they can add a connection, or let contributors use an existing one.</source>
        <translation>Ihnen steht keine Snapchat-Verbindung zur Verfügung. Wenden Sie sich an einen Administrator: Er kann eine Verbindung hinzufügen oder Mitwirkenden die Nutzung einer vorhandenen erlauben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1

Contact an administrator.</source>
        <translation>%1

Wenden Sie sich an einen Administrator.</translation>
    </message>
</context>
<context>
    <name>ExportNamePage</name>
    <message>
        <location filename="../ui/export/exportnamepage.cpp" line="+21"/>
        <source>Name the export</source>
        <translation>Export benennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A name that says what is sent where, e.g. &quot;Newsletter subscribers → Snapchat&quot;.</source>
        <translation>Ein Name, der sagt, was wohin gesendet wird, z. B. „Newsletter-Abonnenten → Snapchat“.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Export name</source>
        <translation>Exportname</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter a name for the export.</source>
        <translation>Geben Sie einen Namen für den Export ein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not read the workspace&apos;s exports: %1</source>
        <translation>Die Exporte des Arbeitsbereichs konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An export named &quot;%1&quot; already exists. Choose another name.</source>
        <translation>Ein Export mit dem Namen „%1“ existiert bereits. Wählen Sie einen anderen Namen.</translation>
    </message>
</context>
<context>
    <name>ExportPhase</name>
    <message>
        <location filename="../models/exporting/exportrun.cpp" line="+29"/>
        <source>Reading and hashing profiles</source>
        <translation>Profile lesen und hashen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comparing with the audience</source>
        <translation>Abgleich mit der Zielgruppe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending to Snapchat</source>
        <translation>Senden an Snapchat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the audience back</source>
        <translation>Zielgruppe zurücklesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finished</source>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>ExportSavedPage</name>
    <message>
        <location filename="../ui/export/exportsavedpage.cpp" line="+13"/>
        <source>&amp;Run now</source>
        <translation>&amp;Jetzt ausführen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export saved</source>
        <translation>Export gespeichert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run it now, or later from the Exports view.</source>
        <translation>Führen Sie ihn jetzt aus oder später in der Ansicht „Exporte“.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;%1&quot; is updated. The next run uses the new settings.

Run now starts that run. Close keeps the export for later.</source>
        <translation>„%1“ ist aktualisiert. Der nächste Lauf verwendet die neuen Einstellungen.

„Jetzt ausführen“ startet diesen Lauf. „Schließen“ behält den Export für später.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is saved. Nothing has been sent yet.

Run now sends the hashed identifiers of the segments&apos; members to Snapchat. Close keeps the export for later.</source>
        <translation>„%1“ ist gespeichert. Es wurde noch nichts gesendet.

„Jetzt ausführen“ sendet die gehashten Kennungen der Segmentmitglieder an Snapchat. „Schließen“ behält den Export für später.</translation>
    </message>
</context>
<context>
    <name>ExportSummaryPage</name>
    <message>
        <location filename="../ui/export/exportsummarypage.cpp" line="+17"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the export, then click Save. Saving does not send anything yet.</source>
        <translation>Prüfen Sie den Export und klicken Sie dann auf „Speichern“. Beim Speichern wird noch nichts gesendet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saving</source>
        <translation>Wird gespeichert</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 (ID %2)</source>
        <translation>%1 (ID %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>new: %1, kept for lifetime, created on the first run</source>
        <translation>neu: %1, unbegrenzt aufbewahrt, wird beim ersten Lauf erstellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new: %1, kept %2 days, created on the first run</source>
        <translation>neu: %1, %2 Tage aufbewahrt, wird beim ersten Lauf erstellt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>email (%1)</source>
        <translation>E-Mail (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>phone (%1)</source>
        <translation>Telefon (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phone (%1, region %2)</source>
        <translation>Telefon (%1, Region %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>mobile ad ID (%1)</source>
        <translation>Mobile-Werbe-ID (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>on demand</source>
        <translation>bei Bedarf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>daily at %1</source>
        <translation>täglich um %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>every %n hour(s)</source>
        <translation>
            <numerusform>jede Stunde</numerusform>
            <numerusform>alle %n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export:</source>
        <translation>Export:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection:</source>
        <translation>Verbindung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ad account:</source>
        <translation>Werbekonto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audience:</source>
        <translation>Zielgruppe:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matched on:</source>
        <translation>Abgleich über:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> — sent hashed</source>
        <translation> — gehasht gesendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segments:</source>
        <translation>Segmente:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profiles:</source>
        <translation>Profile:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%L1</source>
        <translation>%L1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync mode:</source>
        <translation>Synchronisierungsmodus:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>mirror the segments</source>
        <translation>Segmente spiegeln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add only</source>
        <translation>nur hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schedule:</source>
        <translation>Zeitplan:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Checking the audience with Snapchat and saving…</source>
        <translation>Zielgruppe wird bei Snapchat geprüft und gespeichert …</translation>
    </message>
</context>
<context>
    <name>ExportUserPage</name>
    <message>
        <location filename="../ui/connection/exportuserpage.cpp" line="+14"/>
        <source>Add &amp;yourself (%1) as export user</source>
        <translation>&amp;Mich (%1) als Export-Benutzer eintragen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add yourself as export user</source>
        <translation>Sich selbst als Export-Benutzer eintragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exports through this connection send data with your Snapchat authorization.</source>
        <translation>Exporte über diese Verbindung senden Daten mit Ihrer Snapchat-Autorisierung.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The export user is the person answerable for what is sent; it is stored with the connection. Without an export user the connection is saved, but nobody is named.</source>
        <translation>Der Export-Benutzer ist die Person, die für das Gesendete verantwortlich ist; er wird mit der Verbindung gespeichert. Ohne Export-Benutzer wird die Verbindung gespeichert, aber niemand ist benannt.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>You signed in to Snapchat as %1. Every export through &quot;%2&quot; will use this authorization.</source>
        <translation>Sie haben sich bei Snapchat als %1 angemeldet. Jeder Export über „%2“ verwendet diese Autorisierung.</translation>
    </message>
</context>
<context>
    <name>ExportWizard</name>
    <message>
        <location filename="../ui/export/exportwizard.cpp" line="+30"/>
        <location filename="../ui/wizardlaunch.cpp" line="+13"/>
        <source>Add export</source>
        <translation>Export hinzufügen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>Schl&amp;ießen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Edit export &quot;%1&quot;</source>
        <translation>Export „%1“ bearbeiten</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+1"/>
        <source>new export</source>
        <translation>neuer Export</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Export “%1” reads the profile source “%2”. Exports from a profile source are set up on the command line (“audiencebridge exports create”), which checks their fields against the source&apos;s columns.</source>
        <translation>Der Export „%1“ liest die Profilquelle „%2“. Exporte aus einer Profilquelle werden auf der Kommandozeile eingerichtet („audiencebridge exports create“), die ihre Felder an den Spalten der Quelle prüft.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The audience &quot;%1&quot; belongs to another ad account (%2). Go Back and choose it again.</source>
        <translation>Die Zielgruppe „%1“ gehört zu einem anderen Werbekonto (%2). Gehen Sie zurück und wählen Sie sie erneut aus.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The export was not saved: %1</source>
        <translation>Der Export wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../ui/wizardlaunch.cpp" line="+18"/>
        <location line="+5"/>
        <source>Edit export</source>
        <translation>Export bearbeiten</translation>
    </message>
</context>
<context>
    <name>Exporting</name>
    <message>
        <location filename="../models/exporting/digestsorter.cpp" line="+93"/>
        <source>Cannot create a temporary file in %1: %2</source>
        <translation>In %1 kann keine temporäre Datei erstellt werden: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Writing the temporary file %1 failed: %2</source>
        <translation>Das Schreiben der temporären Datei %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Cannot read the temporary file %1</source>
        <translation>Die temporäre Datei %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+27"/>
        <source>Reading the temporary file %1 failed</source>
        <translation>Das Lesen der temporären Datei %1 ist fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../models/exporting/exportlauncher.cpp" line="+111"/>
        <source>Export &apos;%1&apos; has no Snapchat audience yet: choose or create one in the export&apos;s settings.</source>
        <translation>Der Export „%1“ hat noch keine Snapchat-Zielgruppe: Wählen oder erstellen Sie eine in den Einstellungen des Exports.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export &apos;%1&apos; uses a segment that no longer exists (id %2).</source>
        <translation>Der Export „%1“ verwendet ein Segment, das nicht mehr existiert (ID %2).</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>This export is running in another window or command already.</source>
        <translation>Dieser Export läuft bereits in einem anderen Fenster oder Befehl.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The connection has no stored sign-in. Sign in again (Connections, or &apos;audiencebridge connections login NAME&apos;).</source>
        <translation>Für die Verbindung ist keine Anmeldung gespeichert. Melden Sie sich erneut an (Verbindungen oder „audiencebridge connections login NAME“).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No secret store to read the connection&apos;s sign-in from.</source>
        <translation>Kein Geheimnisspeicher vorhanden, aus dem die Anmeldung der Verbindung gelesen werden kann.</translation>
    </message>
    <message>
        <location filename="../models/exporting/hashledger.cpp" line="+85"/>
        <source>Reading the export&apos;s sync state failed: %1</source>
        <translation>Das Lesen des Synchronisierungsstands des Exports ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Writing a temporary file failed: %1</source>
        <translation>Das Schreiben einer temporären Datei ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Reading a temporary file failed: %1</source>
        <translation>Das Lesen einer temporären Datei ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../models/exporting/sqlmembersource.cpp" line="+98"/>
        <source>The segments read profile source &apos;%1&apos;, which no longer exists.</source>
        <translation>Die Segmente lesen die Profilquelle „%1“, die es nicht mehr gibt.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No secret store to read the password of profile source &apos;%1&apos; from.</source>
        <translation>Kein Geheimnisspeicher, aus dem das Passwort der Profilquelle „%1“ gelesen werden kann.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The password of profile source &apos;%1&apos; could not be read: %2</source>
        <translation>Das Passwort der Profilquelle „%1“ konnte nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>Exporting::ConnectionApi</name>
    <message>
        <location filename="../models/exporting/connectionapi.cpp" line="+74"/>
        <source>The client secret of connection &quot;%1&quot; could not be read: %2</source>
        <translation>Das Client-Secret der Verbindung „%1“ konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connection &quot;%1&quot; has no stored Snapchat sign-in (%2). An administrator must reconnect it.</source>
        <translation>Für die Verbindung „%1“ ist keine Snapchat-Anmeldung gespeichert (%2). Ein Administrator muss sie neu verbinden.</translation>
    </message>
</context>
<context>
    <name>Exporting::SnapchatUploader</name>
    <message>
        <location filename="../models/exporting/snapchatuploader.cpp" line="+66"/>
        <source>Canceled before Snapchat answered.</source>
        <translation>Abgebrochen, bevor Snapchat geantwortet hat.</translation>
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
        <translation>Export &amp;hinzufügen …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send segments to a Snapchat audience</source>
        <translation>Segmente an eine Snapchat-Zielgruppe senden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run the selected export now</source>
        <translation>Den ausgewählten Export jetzt ausführen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the selected export</source>
        <translation>Den ausgewählten Export ändern</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete the selected export</source>
        <translation>Den ausgewählten Export löschen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exports</source>
        <translation>Exporte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Snapchat audience</source>
        <translation>Snapchat-Zielgruppe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last run</source>
        <translation>Letzter Lauf</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Open or create a workspace to see its exports.</source>
        <translation>Öffnen oder erstellen Sie einen Arbeitsbereich, um seine Exporte zu sehen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No exports yet. Add one to send segments to a Snapchat audience.</source>
        <translation>Noch keine Exporte. Fügen Sie einen hinzu, um Segmente an eine Snapchat-Zielgruppe zu senden.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>New: %1</source>
        <translation>Neu: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mirror</source>
        <translation>Spiegeln</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add only</source>
        <translation>Nur hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adds new members and removes those who left the segments</source>
        <translation>Fügt neue Mitglieder hinzu und entfernt diejenigen, die die Segmente verlassen haben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adds new members; never removes anyone</source>
        <translation>Fügt neue Mitglieder hinzu; entfernt nie jemanden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Never run</source>
        <translation>Nie ausgeführt</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Adding exports is not available in this build.</source>
        <translation>Das Hinzufügen von Exporten ist in diesem Build nicht verfügbar.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The connection “%1” is for administrators only.</source>
        <translation>Die Verbindung „%1“ ist nur für Administratoren.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Editing exports is not available in this build.</source>
        <translation>Das Bearbeiten von Exporten ist in diesem Build nicht verfügbar.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete export?</source>
        <translation>Export löschen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the export “%1” and its run history? The Snapchat audience itself stays.</source>
        <translation>Den Export „%1“ und seinen Laufverlauf löschen? Die Snapchat-Zielgruppe selbst bleibt bestehen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export not deleted</source>
        <translation>Export nicht gelöscht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export deleted.</source>
        <translation>Export gelöscht.</translation>
    </message>
</context>
<context>
    <name>Identity</name>
    <message>
        <location filename="../models/identity/rejectreason.cpp" line="+42"/>
        <source>The value is empty.</source>
        <translation>Der Wert ist leer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The value is not valid UTF-8 text.</source>
        <translation>Der Wert ist kein gültiger UTF-8-Text.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not an email address: it needs exactly one @, no spaces inside, and a domain with a dot.</source>
        <translation>Keine E-Mail-Adresse: Sie benötigt genau ein @, keine Leerzeichen und eine Domain mit einem Punkt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The email address is longer than 254 characters.</source>
        <translation>Die E-Mail-Adresse ist länger als 254 Zeichen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The phone number has no country code and no default region is set.</source>
        <translation>Die Telefonnummer hat keine Ländervorwahl, und es ist keine Standardregion festgelegt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not a possible phone number for its country.</source>
        <translation>Keine mögliche Telefonnummer für ihr Land.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not a mobile ad ID: it must be a UUID such as f81d4fae-7dec-11d0-a765-00a0c91e6bf6.</source>
        <translation>Keine Mobile-Werbe-ID: Sie muss eine UUID sein, z. B. f81d4fae-7dec-11d0-a765-00a0c91e6bf6.</translation>
    </message>
</context>
<context>
    <name>InlineMessage</name>
    <message>
        <location filename="../ui/common/inlinemessage.cpp" line="+10"/>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>ItemModels::ConnectionListModel</name>
    <message>
        <location filename="../models/itemmodels/workspacelistmodels.cpp" line="+111"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who can use it</source>
        <translation>Nutzbar für</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Created by</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Snapchat</source>
        <translation>Snapchat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Administrators and contributors</source>
        <translation>Administratoren und Mitwirkende</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Administrators</source>
        <translation>Administratoren</translation>
    </message>
</context>
<context>
    <name>ItemModels::ExportListModel</name>
    <message>
        <location line="+8"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Mirror</source>
        <translation>Spiegeln</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add only</source>
        <translation>Nur hinzufügen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>On demand</source>
        <translation>Bei Bedarf</translation>
    </message>
</context>
<context>
    <name>ItemModels::RunListModel</name>
    <message>
        <location line="+6"/>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Started by</source>
        <translation>Gestartet von</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Counts</source>
        <translation>Anzahlen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>ItemModels::SegmentListModel</name>
    <message>
        <location line="-158"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Counted in the database of profile source “%1”: run “audiencebridge segments list”.</source>
        <translation>Wird in der Datenbank der Profilquelle „%1“ gezählt: „audiencebridge segments list“ ausführen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source “%1”</source>
        <translation>Quelle „%1“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List of profile IDs</source>
        <translation>Liste von Profil-IDs</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../ui/common/languagemenu.cpp" line="+9"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;System Default</source>
        <translation>&amp;Systemstandard</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AudienceBridge will use the new language the next time it starts.</source>
        <translation>AudienceBridge verwendet die neue Sprache beim nächsten Start.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+49"/>
        <source>not a user of this workspace</source>
        <translation>kein Benutzer dieses Arbeitsbereichs</translation>
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
        <translation>&amp;Neuer Arbeitsbereich …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create an empty workspace file</source>
        <translation>Eine leere Arbeitsbereichsdatei erstellen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Open Workspace…</source>
        <translation>Arbeitsbereich ö&amp;ffnen …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a workspace file</source>
        <translation>Eine Arbeitsbereichsdatei öffnen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Import Profiles…</source>
        <translation>Profile &amp;importieren …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import profiles from a CSV file</source>
        <translation>Profile aus einer CSV-Datei importieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the workspace again</source>
        <translation>Den Arbeitsbereich erneut lesen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Actions</source>
        <translation>A&amp;ktionen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About AudienceBridge</source>
        <translation>&amp;Über AudienceBridge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Export run</source>
        <translation>Exportlauf</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>New Workspace</source>
        <translation>Neuer Arbeitsbereich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AudienceBridge workspaces (%1)</source>
        <translation>AudienceBridge-Arbeitsbereiche (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 already exists. Choose a new name for the new workspace, or open this one with File &gt; Open Workspace.</source>
        <translation>%1 existiert bereits. Wählen Sie einen neuen Namen für den neuen Arbeitsbereich, oder öffnen Sie diesen mit „Datei &gt; Arbeitsbereich öffnen“.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open Workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AudienceBridge workspaces (%1);;All files (*)</source>
        <translation>AudienceBridge-Arbeitsbereiche (%1);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Workspace: %1</source>
        <translation>Arbeitsbereich: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User: %1 (%2)</source>
        <translation>Benutzer: %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 – AudienceBridge</source>
        <translation>%1 – AudienceBridge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No workspace open</source>
        <translation>Kein Arbeitsbereich geöffnet</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Cancel the export run?</source>
        <translation>Exportlauf abbrechen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An export is still running. Quitting cancels it; the next run picks up where it stopped.</source>
        <translation>Ein Export läuft noch. Beim Beenden wird er abgebrochen; der nächste Lauf setzt dort fort, wo er aufgehört hat.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>About AudienceBridge</source>
        <translation>Über AudienceBridge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;AudienceBridge %1&lt;/h3&gt;&lt;p&gt;Exports customer segments to Snapchat as hashed Snap Audience Match audiences. Personal data leaves this computer only as SHA-256 hashes.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;AudienceBridge %1&lt;/h3&gt;&lt;p&gt;Exportiert Kundensegmente als gehashte Zielgruppen (Snap Audience Match) nach Snapchat. Personenbezogene Daten verlassen diesen Computer nur als SHA-256-Hashes.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/navigationpage.cpp" line="+9"/>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exports</source>
        <translation>Exporte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run history</source>
        <translation>Laufverlauf</translation>
    </message>
</context>
<context>
    <name>MatchingPage</name>
    <message>
        <location filename="../ui/export/matchingpage.cpp" line="+71"/>
        <source>Data matching</source>
        <translation>Datenabgleich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which profile fields Snapchat matches its users on.</source>
        <translation>Anhand welcher Profilfelder Snapchat seine Nutzer abgleicht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Email field</source>
        <translation>E-Mail-Feld</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone field</source>
        <translation>Telefonfeld</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default region for phone numbers</source>
        <translation>Standardregion für Telefonnummern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Used for numbers written without a country code.</source>
        <translation>Wird für Nummern ohne Ländervorwahl verwendet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mobile ad ID field</source>
        <translation>Feld für Mobile-Werbe-ID</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This workspace has no profiles yet. Import profiles (File → Import profiles) before you set up an export.</source>
        <translation>Dieser Arbeitsbereich hat noch keine Profile. Importieren Sie Profile (Datei → Profile importieren), bevor Sie einen Export einrichten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>None: numbers must have a country code</source>
        <translation>Keine: Nummern müssen eine Ländervorwahl haben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;All personal data is sent hashed.&lt;/b&gt; AudienceBridge normalizes every value on this computer and sends only its SHA-256 hash to Snapchat; values that are not valid are skipped and counted in the run&apos;s report.</source>
        <translation>&lt;b&gt;Alle personenbezogenen Daten werden gehasht gesendet.&lt;/b&gt; AudienceBridge normalisiert jeden Wert auf diesem Computer und sendet nur seinen SHA-256-Hash an Snapchat; ungültige Werte werden übersprungen und im Bericht des Laufs gezählt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Email field:</source>
        <translation>&amp;E-Mail-Feld:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Phone field:</source>
        <translation>&amp;Telefonfeld:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default &amp;region:</source>
        <translation>Standard&amp;region:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Mobile ad ID field:</source>
        <translation>Feld für &amp;Mobile-Werbe-ID:</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+1"/>
        <source>(not exported)</source>
        <translation>(nicht exportiert)</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>%1 of the first %2 profiles have a valid value.</source>
        <translation>%1 der ersten %2 Profile haben einen gültigen Wert.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>skipped: %1</source>
        <translation>übersprungen: %1</translation>
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
        <translation>Nur Administratoren können Verbindungen hinzufügen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only administrators can edit connections.</source>
        <translation>Nur Administratoren können Verbindungen bearbeiten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only administrators can remove connections.</source>
        <translation>Nur Administratoren können Verbindungen entfernen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only administrators can see a connection&apos;s details.</source>
        <translation>Nur Administratoren können die Details einer Verbindung sehen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only administrators can manage users.</source>
        <translation>Nur Administratoren können Benutzer verwalten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only administrators can read the audit log.</source>
        <translation>Nur Administratoren können das Prüfprotokoll lesen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only administrators can do this.</source>
        <translation>Nur Administratoren können dies tun.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Viewers cannot import profiles; ask an administrator for the contributor role.</source>
        <translation>Betrachter können keine Profile importieren; bitten Sie einen Administrator um die Rolle Mitwirkender.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Viewers cannot change segments; ask an administrator for the contributor role.</source>
        <translation>Betrachter können keine Segmente ändern; bitten Sie einen Administrator um die Rolle Mitwirkender.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Viewers cannot add exports; ask an administrator for the contributor role.</source>
        <translation>Betrachter können keine Exporte hinzufügen; bitten Sie einen Administrator um die Rolle Mitwirkender.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Viewers cannot edit exports; ask an administrator for the contributor role.</source>
        <translation>Betrachter können keine Exporte bearbeiten; bitten Sie einen Administrator um die Rolle Mitwirkender.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Viewers cannot delete exports; ask an administrator for the contributor role.</source>
        <translation>Betrachter können keine Exporte löschen; bitten Sie einen Administrator um die Rolle Mitwirkender.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Viewers cannot run exports; ask an administrator for the contributor role.</source>
        <translation>Betrachter können keine Exporte ausführen; bitten Sie einen Administrator um die Rolle Mitwirkender.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Viewers cannot use connections; ask an administrator for the contributor role.</source>
        <translation>Betrachter können keine Verbindungen verwenden; bitten Sie einen Administrator um die Rolle Mitwirkender.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Viewers can only look at this workspace.</source>
        <translation>Betrachter können diesen Arbeitsbereich nur ansehen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open a workspace first.</source>
        <translation>Öffnen Sie zuerst einen Arbeitsbereich.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You (%1) are not a user of this workspace; an administrator can add you.</source>
        <translation>Sie (%1) sind kein Benutzer dieses Arbeitsbereichs; ein Administrator kann Sie hinzufügen.</translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <location filename="../ui/connection/privacypage.cpp" line="+16"/>
        <source>I &amp;agree: the data we send complies with these rules and with Snap&apos;s terms</source>
        <translation>Ich &amp;stimme zu: Die von uns gesendeten Daten entsprechen diesen Regeln und den Bedingungen von Snap</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data privacy and compliance</source>
        <translation>Datenschutz und Compliance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read how AudienceBridge handles personal data before you connect.</source>
        <translation>Lesen Sie, wie AudienceBridge mit personenbezogenen Daten umgeht, bevor Sie eine Verbindung herstellen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data privacy and compliance text</source>
        <translation>Text zu Datenschutz und Compliance</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The privacy text is missing from this build.</source>
        <translation>Der Datenschutztext fehlt in diesem Build.</translation>
    </message>
</context>
<context>
    <name>ProfilesView</name>
    <message>
        <location filename="../ui/views/profilesview.cpp" line="+21"/>
        <source>&amp;Import Profiles…</source>
        <translation>Profile &amp;importieren …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import profiles from a CSV file</source>
        <translation>Profile aus einer CSV-Datei importieren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Open or create a workspace to see its profiles.</source>
        <translation>Öffnen oder erstellen Sie einen Arbeitsbereich, um seine Profile zu sehen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No profiles yet. Use Import Profiles (Ctrl+I) to read them from a CSV file.</source>
        <translation>Noch keine Profile. Lesen Sie sie mit „Profile importieren“ (Strg+I) aus einer CSV-Datei ein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 profile</source>
        <translation>1 Profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 profiles</source>
        <translation>%1 Profile</translation>
    </message>
</context>
<context>
    <name>RuleBuilder</name>
    <message>
        <location filename="../ui/segments/rulebuilder.cpp" line="+28"/>
        <source>is</source>
        <translation>ist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is not</source>
        <translation>ist nicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>contains</source>
        <translation>enthält</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>starts with</source>
        <translation>beginnt mit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is one of</source>
        <translation>ist eines von</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is less than</source>
        <translation>ist kleiner als</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is at most</source>
        <translation>ist höchstens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is greater than</source>
        <translation>ist größer als</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is at least</source>
        <translation>ist mindestens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is empty</source>
        <translation>ist leer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is not empty</source>
        <translation>ist nicht leer</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field or group</source>
        <translation>Feld oder Gruppe</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+65"/>
        <source>Condition</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <location line="-65"/>
        <location line="+70"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Add &amp;Condition</source>
        <translation>&amp;Bedingung hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add &amp;Group</source>
        <translation>&amp;Gruppe hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match all of</source>
        <translation>Alle Bedingungen erfüllt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match any of</source>
        <translation>Mindestens eine Bedingung erfüllt</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+5"/>
        <source>values, separated by commas</source>
        <translation>Werte, durch Kommas getrennt</translation>
    </message>
</context>
<context>
    <name>RunChart</name>
    <message>
        <location filename="../ui/run/runchart.cpp" line="+42"/>
        <source>Audience size and uploads across the export&apos;s runs</source>
        <translation>Zielgruppengröße und Uploads über die Läufe des Exports</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2 uploaded, audience %3</source>
        <translation>%1: %2 hochgeladen, Zielgruppe %3</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No runs to chart yet.</source>
        <translation>Noch keine Läufe für ein Diagramm.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Uploaded</source>
        <translation>Hochgeladen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audience size</source>
        <translation>Zielgruppengröße</translation>
    </message>
</context>
<context>
    <name>RunController</name>
    <message>
        <location filename="../ui/run/runcontroller.cpp" line="+25"/>
        <source>&amp;Cancel Run</source>
        <translation>Lauf &amp;abbrechen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop the export run; the next run continues from there</source>
        <translation>Den Exportlauf anhalten; der nächste Lauf setzt dort fort</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Export %1</source>
        <translation>Export %1</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Export “%1”: %2</source>
        <translation>Export „%1“: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 identifiers uploaded.</source>
        <translation>%1 Kennungen hochgeladen.</translation>
    </message>
</context>
<context>
    <name>RunHistoryView</name>
    <message>
        <location filename="../ui/views/runhistoryview.cpp" line="+37"/>
        <source>Email addresses</source>
        <translation>E-Mail-Adressen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone numbers</source>
        <translation>Telefonnummern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mobile ad IDs</source>
        <translation>Mobile-Werbe-IDs</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>field empty</source>
        <translation>Feld leer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rejected: not valid UTF-8</source>
        <translation>abgelehnt: kein gültiges UTF-8</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rejected: not an email address</source>
        <translation>abgelehnt: keine E-Mail-Adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rejected: email address too long</source>
        <translation>abgelehnt: E-Mail-Adresse zu lang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rejected: phone without country code</source>
        <translation>abgelehnt: Telefonnummer ohne Ländervorwahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rejected: not a phone number</source>
        <translation>abgelehnt: keine Telefonnummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rejected: not a mobile ad ID</source>
        <translation>abgelehnt: keine Mobile-Werbe-ID</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>E&amp;xport:</source>
        <translation>E&amp;xport:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the runs of</source>
        <translation>Läufe anzeigen für</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Runs</source>
        <translation>Läufe</translation>
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
        <translation>Status</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Uploaded</source>
        <translation>Hochgeladen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Counts by reason</source>
        <translation>Anzahlen nach Grund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Batch log</source>
        <translation>Batch-Protokoll</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Identifiers</source>
        <translation>Kennungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snapchat request ID</source>
        <translation>Snapchat-Anfrage-ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Counts</source>
        <translation>&amp;Anzahlen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Batch log</source>
        <translation>&amp;Batch-Protokoll</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Open or create a workspace to see its runs.</source>
        <translation>Öffnen oder erstellen Sie einen Arbeitsbereich, um seine Läufe zu sehen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All exports</source>
        <translation>Alle Exporte</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No exports yet, so no runs.</source>
        <translation>Noch keine Exporte, daher keine Läufe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No runs yet. Run an export from the Exports view.</source>
        <translation>Noch keine Läufe. Führen Sie einen Export in der Ansicht „Exporte“ aus.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&lt;b&gt;%1&lt;/b&gt;, run %2: %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, Lauf %2: %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> in %1 s</source>
        <translation> in %1 s</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Profiles in the segments</source>
        <translation>Profile in den Segmenten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>uploaded</source>
        <translation>hochgeladen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>already in the audience</source>
        <translation>bereits in der Zielgruppe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>duplicates in this run</source>
        <translation>Duplikate in diesem Lauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in failed batches</source>
        <translation>in fehlgeschlagenen Batches</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not sent (run stopped)</source>
        <translation>nicht gesendet (Lauf angehalten)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>removed (left the segments)</source>
        <translation>entfernt (Segmente verlassen)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>add</source>
        <translation>hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>remove</source>
        <translation>entfernen</translation>
    </message>
</context>
<context>
    <name>RunProgressPanel</name>
    <message>
        <location filename="../ui/run/runprogresspanel.cpp" line="+20"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
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
        <translation>Fortschritt des Exportlaufs</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Run progress</source>
        <translation>Fortschritt des Laufs</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+69"/>
        <source>&amp;Cancel Run</source>
        <translation>Lauf &amp;abbrechen</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Cancel the export run</source>
        <translation>Den Exportlauf abbrechen</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Profiles read:</source>
        <translation>Gelesene Profile:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identifiers hashed:</source>
        <translation>Gehashte Kennungen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent to Snapchat:</source>
        <translation>An Snapchat gesendet:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped:</source>
        <translation>Übersprungen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate:</source>
        <translation>Rate:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time left:</source>
        <translation>Verbleibende Zeit:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&lt;b&gt;Running “%1”&lt;/b&gt;</source>
        <translation>&lt;b&gt;„%1“ wird ausgeführt&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starting…</source>
        <translation>Wird gestartet …</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+4"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 a second</source>
        <translation>%1 pro Sekunde</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (retries so far: %2)</source>
        <translation>%1 (bisherige Wiederholungen: %2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;b&gt;The run of “%1” ended&lt;/b&gt;</source>
        <translation>&lt;b&gt;Der Lauf von „%1“ ist beendet&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;%1&lt;/b&gt; after %2.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; nach %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The run was interrupted; the next run continues from the last confirmed batch.</source>
        <translation>Der Lauf wurde unterbrochen; der nächste Lauf setzt beim letzten bestätigten Batch fort.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 profiles; %2 identifiers uploaded.</source>
        <translation>%1 Profile; %2 Kennungen hochgeladen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Snapchat reports about %1 matched users in the audience.</source>
        <translation>Laut Snapchat enthält die Zielgruppe etwa %1 abgeglichene Nutzer.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&lt;b&gt;“%1” did not start&lt;/b&gt;</source>
        <translation>&lt;b&gt;„%1“ wurde nicht gestartet&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>RunStatus</name>
    <message>
        <location filename="../models/workspace/runstore.cpp" line="+57"/>
        <source>Processing</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Successful</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Canceled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed (interrupted)</source>
        <translation>Fehlgeschlagen (unterbrochen)</translation>
    </message>
</context>
<context>
    <name>SegmentEditor</name>
    <message>
        <location filename="../ui/segments/segmenteditor.cpp" line="+84"/>
        <source>Edit Segment</source>
        <translation>Segment bearbeiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New Segment</source>
        <translation>Neues Segment</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Segment name</source>
        <translation>Segmentname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Newsletter subscribers in Germany</source>
        <translation>z. B. Newsletter-Abonnenten in Deutschland</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The rule as text</source>
        <translation>Die Regel als Text</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Profiles that match:</source>
        <translation>Passende Profile:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As &amp;text:</source>
        <translation>Als &amp;Text:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Members:</source>
        <translation>Mitglieder:</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>connecting to the source…</source>
        <translation>Verbindung zur Quelle wird hergestellt …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>counted in the source&apos;s database</source>
        <translation>wird in der Datenbank der Quelle gezählt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This segment reads the profile source “%1”. Segments over a profile source are changed on the command line, which checks the rule against the source&apos;s columns: “audiencebridge segments edit &quot;%2&quot; --rule RULE”; “audiencebridge segments list” counts their members.</source>
        <translation>Dieses Segment liest die Profilquelle „%1“. Segmente über einer Profilquelle werden auf der Kommandozeile geändert, die die Regel an den Spalten der Quelle prüft: „audiencebridge segments edit &quot;%2&quot; --rule REGEL“; „audiencebridge segments list“ zählt ihre Mitglieder.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The password of profile source “%1” could not be read: %2</source>
        <translation>Das Passwort der Profilquelle „%1“ konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The fields are the columns of the profile source “%1” (table %2); the members are counted in its database.</source>
        <translation>Die Felder sind die Spalten der Profilquelle „%1“ (Tabelle %2); die Mitglieder werden in ihrer Datenbank gezählt.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Add a condition to choose profiles.</source>
        <translation>Fügen Sie eine Bedingung hinzu, um Profile auszuwählen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>counting…</source>
        <translation>wird gezählt …</translation>
    </message>
    <message>
        <location line="-47"/>
        <location line="+9"/>
        <location line="+56"/>
        <source>cannot count</source>
        <translation>Zählen nicht möglich</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 profiles</source>
        <translation>%1 Profile</translation>
    </message>
</context>
<context>
    <name>Segments</name>
    <message>
        <location filename="../models/segments/rulecompiler.cpp" line="+26"/>
        <source>An empty group of conditions.</source>
        <translation>Eine leere Gruppe von Bedingungen.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Unknown field &apos;%1&apos;; the profiles have: %2.</source>
        <translation>Unbekanntes Feld „%1“; die Profile haben: %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The condition on &apos;%1&apos; needs a value.</source>
        <translation>Die Bedingung für „%1“ benötigt einen Wert.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Unknown operator.</source>
        <translation>Unbekannter Operator.</translation>
    </message>
    <message>
        <location filename="../models/segments/ruleparser.cpp" line="+33"/>
        <source>&apos;and&apos;, &apos;or&apos; or the end of the rule</source>
        <translation>&apos;and&apos;, &apos;or&apos; oder das Ende der Regel</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the end of the rule</source>
        <translation>das Ende der Regel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Position %1: expected %2, found %3.</source>
        <translation>Position %1: Erwartet wurde %2, gefunden wurde %3.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Position %1: unknown operator &apos;%2&apos;.</source>
        <translation>Position %1: unbekannter Operator „%2“.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Position %1: the quote opened here is not closed.</source>
        <translation>Position %1: Das hier geöffnete Anführungszeichen wird nicht geschlossen.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Position %1: &apos;%2&apos; is not a number.</source>
        <translation>Position %1: „%2“ ist keine Zahl.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Position %1: unexpected character &apos;%2&apos;.</source>
        <translation>Position %1: unerwartetes Zeichen „%2“.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Position %1: parentheses nested more than %2 deep.</source>
        <translation>Position %1: Klammern sind tiefer als %2 Ebenen verschachtelt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&apos;)&apos;</source>
        <translation>&apos;)&apos;</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>a value (&apos;text&apos; or a number)</source>
        <translation>ein Wert (&apos;Text&apos; oder eine Zahl)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a field name</source>
        <translation>ein Feldname</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Position %1: a field name cannot be empty.</source>
        <translation>Position %1: Ein Feldname darf nicht leer sein.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&apos;with&apos;</source>
        <translation>&apos;with&apos;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&apos;(&apos; after &apos;in&apos;</source>
        <translation>&apos;(&apos; nach &apos;in&apos;</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&apos;,&apos; or &apos;)&apos;</source>
        <translation>&apos;,&apos; oder &apos;)&apos;</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&apos;empty&apos;</source>
        <translation>&apos;empty&apos;</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&apos;empty&apos; or &apos;not empty&apos;</source>
        <translation>&apos;empty&apos; oder &apos;not empty&apos;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>an operator (=, !=, &lt;, &lt;=, &gt;, &gt;=, contains, starts with, in, is empty, is not empty) after field &apos;%1&apos;</source>
        <translation>ein Operator (=, !=, &lt;, &lt;=, &gt;, &gt;=, contains, starts with, in, is empty, is not empty) nach dem Feld „%1“</translation>
    </message>
</context>
<context>
    <name>SegmentsPage</name>
    <message>
        <location filename="../ui/export/segmentspage.cpp" line="+20"/>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members of any checked segment are sent to the audience.</source>
        <translation>Mitglieder aller ausgewählten Segmente werden an die Zielgruppe gesendet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Segments to export</source>
        <translation>Zu exportierende Segmente</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This workspace has no segments yet. Create one in the Segments view first.</source>
        <translation>Dieser Arbeitsbereich hat noch keine Segmente. Erstellen Sie zuerst eines in der Ansicht „Segmente“.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 — profile source “%2”: export it with “audiencebridge exports create”</source>
        <translation>%1 — Profilquelle „%2“: mit „audiencebridge exports create“ exportieren</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>members unknown</source>
        <translation>Mitglieder unbekannt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%L1 members</source>
        <translation>%L1 Mitglieder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Check at least one segment.</source>
        <translation>Wählen Sie mindestens ein Segment aus.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not count the members: %1</source>
        <translation>Die Mitglieder konnten nicht gezählt werden: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Together: %L1 profiles (a profile in several segments counts once).</source>
        <translation>Zusammen: %L1 Profile (ein Profil in mehreren Segmenten zählt einmal).</translation>
    </message>
</context>
<context>
    <name>SegmentsView</name>
    <message>
        <location filename="../ui/views/segmentsview.cpp" line="+62"/>
        <source>&amp;New Segment…</source>
        <translation>&amp;Neues Segment …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose profiles with a rule</source>
        <translation>Profile mit einer Regel auswählen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New &amp;List from CSV…</source>
        <translation>Neue Liste aus &amp;CSV …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make a segment of the profile IDs in a CSV file</source>
        <translation>Ein Segment aus den Profil-IDs in einer CSV-Datei erstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the selected segment&apos;s rule</source>
        <translation>Die Regel des ausgewählten Segments ändern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete the selected segment</source>
        <translation>Das ausgewählte Segment löschen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Open or create a workspace to see its segments.</source>
        <translation>Öffnen oder erstellen Sie einen Arbeitsbereich, um seine Segmente zu sehen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No segments yet. A segment chooses the profiles an export sends: by a rule, or from a list of IDs.</source>
        <translation>Noch keine Segmente. Ein Segment wählt die Profile aus, die ein Export sendet: über eine Regel oder aus einer Liste von IDs.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Segment “%1” saved.</source>
        <translation>Segment „%1“ gespeichert.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Profile IDs</source>
        <translation>Profil-IDs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New List Segment</source>
        <translation>Neues Listensegment</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Segment &amp;name:</source>
        <translation>Segment&amp;name:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Segment not created</source>
        <translation>Segment nicht erstellt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Segment created</source>
        <translation>Segment erstellt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“%1” lists %2 profile IDs; %3 of them are not among the profiles yet (they join the segment once imported).</source>
        <translation>„%1“ enthält %2 Profil-IDs; %3 davon gehören noch zu keinem Profil (sie kommen zum Segment hinzu, sobald sie importiert sind).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Delete segment?</source>
        <translation>Segment löschen?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the segment “%1”?</source>
        <translation>Das Segment „%1“ löschen?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Segment not deleted</source>
        <translation>Segment nicht gelöscht</translation>
    </message>
</context>
<context>
    <name>Snapchat</name>
    <message>
        <location filename="../models/snapchat/apierror.cpp" line="+24"/>
        <source>(request %1)</source>
        <translation>(Anfrage %1)</translation>
    </message>
    <message numerus="yes">
        <location line="+47"/>
        <source>Snapchat did not answer in time (after %n attempt(s)).</source>
        <translation>
            <numerusform>Snapchat hat nicht rechtzeitig geantwortet (nach %n Versuch).</numerusform>
            <numerusform>Snapchat hat nicht rechtzeitig geantwortet (nach %n Versuchen).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The secure connection to Snapchat failed: %1</source>
        <translation>Die sichere Verbindung zu Snapchat ist fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Could not reach Snapchat (after %n attempt(s)): %1</source>
        <translation>
            <numerusform>Snapchat war nicht erreichbar (nach %n Versuch): %1</numerusform>
            <numerusform>Snapchat war nicht erreichbar (nach %n Versuchen): %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Snapchat no longer accepts this connection&apos;s authorization. Reconnect the connection (sign in to Snapchat again). Detail: %1</source>
        <translation>Snapchat akzeptiert die Autorisierung dieser Verbindung nicht mehr. Stellen Sie die Verbindung neu her (melden Sie sich erneut bei Snapchat an). Details: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connecting to Snapchat failed: %1</source>
        <translation>Die Verbindung zu Snapchat ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Snapchat&apos;s answer (HTTP %1) was not valid JSON: %2</source>
        <translation>Die Antwort von Snapchat (HTTP %1) war kein gültiges JSON: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Snapchat&apos;s answer did not have the expected content: %1</source>
        <translation>Die Antwort von Snapchat hatte nicht den erwarteten Inhalt: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Snapchat refused access (HTTP %1, %2): the connected Snapchat user needs the Data Manager or Account Admin role on this ad account in Snap Business Manager. %3</source>
        <translation>Snapchat hat den Zugriff verweigert (HTTP %1, %2): Der verbundene Snapchat-Benutzer benötigt im Snap Business Manager die Rolle Data Manager oder Account Admin für dieses Werbekonto. %3</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Snapchat kept rejecting requests as too frequent (HTTP 429) after %n attempt(s). Try again later.</source>
        <translation>
            <numerusform>Snapchat hat Anfragen nach %n Versuch weiterhin als zu häufig abgelehnt (HTTP 429). Versuchen Sie es später erneut.</numerusform>
            <numerusform>Snapchat hat Anfragen nach %n Versuchen weiterhin als zu häufig abgelehnt (HTTP 429). Versuchen Sie es später erneut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Snapchat had a server error (HTTP %1) after %n attempt(s). %2</source>
        <translation>
            <numerusform>Bei Snapchat trat nach %n Versuch ein Serverfehler auf (HTTP %1). %2</numerusform>
            <numerusform>Bei Snapchat trat nach %n Versuchen ein Serverfehler auf (HTTP %1). %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Snapchat refused the request (HTTP %1, %2): %3</source>
        <translation>Snapchat hat die Anfrage abgelehnt (HTTP %1, %2): %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snapchat refused the request (HTTP %1): %2</source>
        <translation>Snapchat hat die Anfrage abgelehnt (HTTP %1): %2</translation>
    </message>
    <message>
        <location filename="../models/snapchat/connectionsettings.cpp" line="+55"/>
        <source>API base URL</source>
        <translation>API-Basis-URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accounts base URL</source>
        <translation>Konten-Basis-URL</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The %1 %2 is refused: use https:// (plain http:// is only allowed for 127.0.0.1 or localhost).</source>
        <translation>Die %1 %2 wird abgelehnt: Verwenden Sie https:// (einfaches http:// ist nur für 127.0.0.1 oder localhost erlaubt).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The redirect URI %1 must be an https:// address.</source>
        <translation>Der Weiterleitungs-URI %1 muss eine https://-Adresse sein.</translation>
    </message>
    <message>
        <location filename="../models/snapchat/pastedredirect.cpp" line="+31"/>
        <source>The pasted address is not your redirect page %1.</source>
        <translation>Die eingefügte Adresse ist nicht Ihre Weiterleitungsseite %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Snapchat did not grant access: %1 %2</source>
        <translation>Snapchat hat den Zugriff nicht gewährt: %1 %2</translation>
    </message>
    <message>
        <location filename="../models/snapchat/requestexecutor.cpp" line="+84"/>
        <source>Refusing to send a request to %1: only https:// is allowed (http:// only for 127.0.0.1 or localhost).</source>
        <translation>Anfrage an %1 wird verweigert: Nur https:// ist erlaubt (http:// nur für 127.0.0.1 oder localhost).</translation>
    </message>
    <message>
        <location filename="../models/snapchat/secretstore.cpp" line="+27"/>
        <source>No keychain is available to keep the Snapchat client secret and refresh token (%1). Install and unlock a Secret Service keyring (GNOME Keyring or KWallet), or, for headless use, set AUDIENCEBRIDGE_CLIENT_SECRET and AUDIENCEBRIDGE_REFRESH_TOKEN.</source>
        <translation>Es ist kein Schlüsselbund verfügbar, um das Snapchat-Client-Secret und das Refresh-Token aufzubewahren (%1). Installieren und entsperren Sie einen Secret-Service-Schlüsselbund (GNOME Keyring oder KWallet) oder setzen Sie für den Betrieb ohne Oberfläche AUDIENCEBRIDGE_CLIENT_SECRET und AUDIENCEBRIDGE_REFRESH_TOKEN.</translation>
    </message>
    <message>
        <location filename="../models/snapchat/snapchatclient.cpp" line="+39"/>
        <source>A request carries 1 to %1 identifiers, not %2.</source>
        <translation>Eine Anfrage enthält 1 bis %1 Kennungen, nicht %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Identifier %1 of the request is not a SHA-256 hash in lowercase hex.</source>
        <translation>Kennung %1 der Anfrage ist kein SHA-256-Hash in hexadezimaler Kleinschreibung.</translation>
    </message>
</context>
<context>
    <name>Snapchat::EnvironmentSecretStore</name>
    <message>
        <location filename="../models/snapchat/environmentsecretstore.cpp" line="+26"/>
        <source>%1 is not set</source>
        <translation>%1 ist nicht gesetzt</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+10"/>
        <source>environment variables cannot be written</source>
        <translation>Umgebungsvariablen können nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>Snapchat::KeychainSecretStore</name>
    <message>
        <location filename="../models/snapchat/keychainsecretstore.cpp" line="+18"/>
        <source>The keychain has no entry %1.</source>
        <translation>Der Schlüsselbund hat keinen Eintrag %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The keychain refused access to %1: %2</source>
        <translation>Der Schlüsselbund hat den Zugriff auf %1 verweigert: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The keychain failed on %1: %2</source>
        <translation>Fehler des Schlüsselbunds bei %1: %2</translation>
    </message>
</context>
<context>
    <name>Snapchat::MemorySecretStore</name>
    <message>
        <location filename="../models/snapchat/memorysecretstore.cpp" line="+10"/>
        <source>No secret is stored under %1.</source>
        <translation>Unter %1 ist kein Geheimnis gespeichert.</translation>
    </message>
</context>
<context>
    <name>Snapchat::OAuthSession</name>
    <message>
        <location filename="../models/snapchat/oauthsession.cpp" line="+91"/>
        <source>Snapchat sign-in did not finish in time. Start connecting again.</source>
        <translation>Die Snapchat-Anmeldung wurde nicht rechtzeitig abgeschlossen. Starten Sie den Verbindungsvorgang erneut.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The connection has no client ID.</source>
        <translation>Die Verbindung hat keine Client-ID.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The connection has no client secret.</source>
        <translation>Die Verbindung hat kein Client-Secret.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot open a local port for the sign-in redirect.</source>
        <translation>Für die Anmeldeweiterleitung kann kein lokaler Port geöffnet werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>AudienceBridge received Snapchat&apos;s answer. You can close this page.</source>
        <translation>AudienceBridge hat die Antwort von Snapchat erhalten. Sie können diese Seite schließen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Set the https redirect URI registered on your Snap OAuth app first.</source>
        <translation>Legen Sie zuerst den in Ihrer Snap-OAuth-App registrierten https-Weiterleitungs-URI fest.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No sign-in is waiting for a pasted address. Start connecting first.</source>
        <translation>Keine Anmeldung wartet auf eine eingefügte Adresse. Starten Sie zuerst den Verbindungsvorgang.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Snapchat did not grant access: %1 %2</source>
        <translation>Snapchat hat den Zugriff nicht gewährt: %1 %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The sign-in answer did not belong to this attempt (state mismatch) and was refused. Start connecting again.</source>
        <translation>Die Anmeldeantwort gehörte nicht zu diesem Versuch (state stimmt nicht überein) und wurde abgelehnt. Starten Sie den Verbindungsvorgang erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Snapchat&apos;s answer had no authorization code.</source>
        <translation>Die Antwort von Snapchat enthielt keinen Autorisierungscode.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Snapchat refused the authorization code (HTTP %1): %2</source>
        <translation>Snapchat hat den Autorisierungscode abgelehnt (HTTP %1): %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>no refresh token is stored for this connection</source>
        <translation>für diese Verbindung ist kein Refresh-Token gespeichert</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Connecting was cancelled.</source>
        <translation>Das Verbinden wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>SqlSource</name>
    <message>
        <location filename="../models/sources/profilesourcestore.cpp" line="+69"/>
        <source>A profile source needs a name, a table and an ID column.</source>
        <translation>Eine Profilquelle benötigt einen Namen, eine Tabelle und eine ID-Spalte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Driver &apos;%1&apos; is not supported: use QPSQL or QODBC.</source>
        <translation>Der Treiber „%1“ wird nicht unterstützt: Verwenden Sie QPSQL oder QODBC.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Profile source &apos;%1&apos; is used by segment &apos;%2&apos;; delete the segment first.</source>
        <translation>Die Profilquelle „%1“ wird vom Segment „%2“ verwendet; löschen Sie zuerst das Segment.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No profile source named &apos;%1&apos;.</source>
        <translation>Keine Profilquelle mit dem Namen „%1“.</translation>
    </message>
    <message>
        <location filename="../models/sources/sqlprofilesource.cpp" line="+38"/>
        <source>Profile source &apos;%1&apos; (%2 %3@%4:%5/%6): %7</source>
        <translation>Profilquelle „%1“ (%2 %3@%4:%5/%6): %7</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>authentication failed for user &apos;%1&apos;: check the user and the stored password</source>
        <translation>Anmeldung für den Benutzer „%1“ fehlgeschlagen: prüfen Sie den Benutzer und das gespeicherte Passwort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the database &apos;%1&apos; does not exist on the server</source>
        <translation>die Datenbank „%1“ gibt es auf dem Server nicht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the host %1, port %2 is unreachable: check the host and port</source>
        <translation>der Host %1, Port %2 ist nicht erreichbar: prüfen Sie Host und Port</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the Qt SQL driver %1 is not installed</source>
        <translation>der Qt-SQL-Treiber %1 ist nicht installiert</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>no table or view named &apos;%1&apos;</source>
        <translation>keine Tabelle oder Ansicht mit dem Namen „%1“</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the ID column &apos;%1&apos; is not in &apos;%2&apos; (it has: %3)</source>
        <translation>die ID-Spalte „%1“ gibt es in „%2“ nicht (vorhanden: %3)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>segment rules run only in PostgreSQL sources so far</source>
        <translation>Segmentregeln funktionieren bisher nur in PostgreSQL-Quellen</translation>
    </message>
    <message>
        <location filename="../models/sources/sourcesegments.cpp" line="+18"/>
        <source>the workspace&apos;s profiles</source>
        <translation>die Profile des Arbeitsbereichs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>profile source &apos;%1&apos;</source>
        <translation>die Profilquelle „%1“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The segments of one export must read the same profiles: segment &apos;%1&apos; reads %2, segment &apos;%3&apos; reads %4.</source>
        <translation>Die Segmente eines Exports müssen dieselben Profile lesen: Segment „%1“ liest %2, Segment „%3“ liest %4.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Segment &apos;%1&apos; is a list of IDs, which only the workspace&apos;s profiles have.</source>
        <translation>Segment „%1“ ist eine ID-Liste; solche gibt es nur für die Profile des Arbeitsbereichs.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Segment &apos;%1&apos;: the rule is not valid: %2</source>
        <translation>Segment „%1“: Die Regel ist ungültig: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No segment to read.</source>
        <translation>Kein Segment zum Lesen.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No profile source named &apos;%1&apos;; &apos;audiencebridge sources list&apos; shows them.</source>
        <translation>Keine Profilquelle namens „%1“; „audiencebridge sources list“ zeigt sie an.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../models/sources/sqlprofilesource.cpp" line="+6"/>
        <source>The rule is not valid: %1</source>
        <translation>Die Regel ist ungültig: %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No rule segment over a profile source with id %1.</source>
        <translation>Kein Regelsegment über einer Profilquelle mit der ID %1.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>These segments read the workspace&apos;s own profiles, not a profile source.</source>
        <translation>Diese Segmente lesen die eigenen Profile des Arbeitsbereichs, keine Profilquelle.</translation>
    </message>
    <message>
        <location filename="../models/sources/sqlprofilesource.cpp" line="+42"/>
        <source>no field &apos;%1&apos; in &apos;%2&apos;</source>
        <translation>kein Feld „%1“ in „%2“</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../ui/export/syncpage.cpp" line="+18"/>
        <source>&amp;Add only</source>
        <translation>&amp;Nur hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mirror the segments</source>
        <translation>Segmente &amp;spiegeln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;On demand only</source>
        <translation>Nur &amp;bei Bedarf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Daily at</source>
        <translation>&amp;Täglich um</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Every</source>
        <translation>&amp;Alle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync mode and schedule</source>
        <translation>Synchronisierungsmodus und Zeitplan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How each run changes the Snapchat audience, and when it runs.</source>
        <translation>Wie jeder Lauf die Snapchat-Zielgruppe ändert und wann er ausgeführt wird.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Time of the daily run</source>
        <translation>Uhrzeit des täglichen Laufs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hours between runs</source>
        <translation>Stunden zwischen Läufen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> hours</source>
        <translation> Stunden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sync mode</source>
        <translation>Synchronisierungsmodus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each run adds the segments&apos; new members to the audience. Nobody is ever removed.</source>
        <translation>Jeder Lauf fügt die neuen Mitglieder der Segmente zur Zielgruppe hinzu. Es wird nie jemand entfernt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each run also removes the people this export sent earlier who are no longer in the segments (for example after they opted out), so the audience follows the segments.</source>
        <translation>Jeder Lauf entfernt außerdem die Personen, die dieser Export früher gesendet hat und die nicht mehr in den Segmenten sind (zum Beispiel nach einem Opt-out), sodass die Zielgruppe den Segmenten folgt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Runs can always be started by hand with Run.</source>
        <translation>Läufe können jederzeit mit „Ausführen“ manuell gestartet werden.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../models/workspace/accesspolicy.cpp" line="+24"/>
        <source>administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>contributor</source>
        <translation>Mitwirkender</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>viewer</source>
        <translation>Betrachter</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>see the users</source>
        <translation>die Benutzer ansehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manage users</source>
        <translation>Benutzer verwalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>see a connection&apos;s details</source>
        <translation>die Details einer Verbindung ansehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add connections</source>
        <translation>Verbindungen hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>edit connections</source>
        <translation>Verbindungen bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>remove connections</source>
        <translation>Verbindungen entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list connections</source>
        <translation>Verbindungen auflisten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use connections</source>
        <translation>Verbindungen verwenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>see the exports</source>
        <translation>die Exporte ansehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>create exports</source>
        <translation>Exporte anlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>edit exports</source>
        <translation>Exporte bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delete exports</source>
        <translation>Exporte löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>run exports</source>
        <translation>Exporte ausführen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>see the profiles</source>
        <translation>die Profile ansehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>import profiles</source>
        <translation>Profile importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>see the segments</source>
        <translation>die Segmente ansehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change segments</source>
        <translation>Segmente ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>see the run history</source>
        <translation>den Laufverlauf ansehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read the audit log</source>
        <translation>das Prüfprotokoll lesen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>User &apos;%1&apos; is not a user of this workspace; an administrator can add them.</source>
        <translation>„%1“ ist kein Benutzer dieses Arbeitsbereichs; ein Administrator kann ihn hinzufügen.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Only administrators and contributors may list connections; &apos;%1&apos; is a %2.</source>
        <translation>Nur Administratoren und Mitwirkende dürfen Verbindungen auflisten; „%1“ hat die Rolle %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Only administrators may %1; &apos;%2&apos; is a %3.</source>
        <translation>Nur Administratoren dürfen %1; „%2“ hat die Rolle %3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+9"/>
        <source>Viewers only look: &apos;%1&apos; may not %2.</source>
        <translation>Betrachter können nur ansehen: „%1“ darf nicht %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connection &apos;%1&apos; is for administrators only; contributor &apos;%2&apos; may not %3 with it.</source>
        <translation>Die Verbindung „%1“ ist nur für Administratoren; der Mitwirkende „%2“ darf damit nicht %3.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unknown action.</source>
        <translation>Unbekannte Aktion.</translation>
    </message>
    <message>
        <location filename="../models/workspace/connectionstore.cpp" line="+40"/>
        <source>A connection needs a name.</source>
        <translation>Eine Verbindung benötigt einen Namen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connection type &apos;%1&apos; is not supported; the type is &apos;snapchat&apos;.</source>
        <translation>Der Verbindungstyp „%1“ wird nicht unterstützt; der Typ ist „snapchat“.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A connection named &apos;%1&apos; already exists.</source>
        <translation>Eine Verbindung mit dem Namen „%1“ existiert bereits.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot save connection &apos;%1&apos;: %2</source>
        <translation>Die Verbindung „%1“ kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <location line="+55"/>
        <location line="+62"/>
        <location line="+13"/>
        <location line="+23"/>
        <location line="+28"/>
        <location filename="../models/workspace/exportstore.cpp" line="+138"/>
        <source>No connection with id &apos;%1&apos;.</source>
        <translation>Keine Verbindung mit der ID „%1“.</translation>
    </message>
    <message numerus="yes">
        <location line="-19"/>
        <source>Connection &apos;%1&apos; is used by %n export(s); delete them first.</source>
        <translation>
            <numerusform>Die Verbindung „%1“ wird von %n Export verwendet; löschen Sie diesen zuerst.</numerusform>
            <numerusform>Die Verbindung „%1“ wird von %n Exporten verwendet; löschen Sie diese zuerst.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/workspace/schema.cpp" line="+94"/>
        <source>Schema migration failed: %1</source>
        <translation>Die Schemamigration ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No migration to schema version %1.</source>
        <translation>Keine Migration auf Schemaversion %1.</translation>
    </message>
    <message>
        <location filename="../models/workspace/segmentstore.cpp" line="+60"/>
        <location line="+6"/>
        <source>The rule is not valid: %1</source>
        <translation>Die Regel ist ungültig: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Segment &apos;%1&apos; reads profile source &apos;%2&apos;, not the workspace&apos;s profiles.</source>
        <translation>Segment „%1“ liest die Profilquelle „%2“, nicht die Profile des Arbeitsbereichs.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Segment &apos;%1&apos;: %2</source>
        <translation>Segment „%1“: %2</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>A segment named &apos;%1&apos; already exists.</source>
        <translation>Ein Segment mit dem Namen „%1“ existiert bereits.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+46"/>
        <location line="+37"/>
        <source>A segment needs a name.</source>
        <translation>Ein Segment benötigt einen Namen.</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>No rule segment with id %1.</source>
        <translation>Kein Regelsegment mit der ID %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Segment &apos;%1&apos; reads profile source &apos;%2&apos;: its rule is checked against that source.</source>
        <translation>Segment „%1“ liest die Profilquelle „%2“: Seine Regel wird an dieser Quelle geprüft.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>No rule segment over a profile source with id %1.</source>
        <translation>Kein Regelsegment über einer Profilquelle mit der ID %1.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1, line %2: %3</source>
        <translation>%1, Zeile %2: %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1, line %2: invalid UTF-8</source>
        <translation>%1, Zeile %2: ungültiges UTF-8</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>No segment with id %1.</source>
        <translation>Kein Segment mit der ID %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Segment &apos;%1&apos; is used by export &apos;%2&apos;; remove it from the export first.</source>
        <translation>Das Segment „%1“ wird vom Export „%2“ verwendet; entfernen Sie es zuerst aus dem Export.</translation>
    </message>
    <message>
        <location line="-279"/>
        <source>No segment to read.</source>
        <translation>Kein Segment zum Lesen.</translation>
    </message>
    <message>
        <location line="+337"/>
        <source>The profiles have no field &apos;%1&apos;.</source>
        <translation>Die Profile haben kein Feld „%1“.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The workspace is not an SQLite database.</source>
        <translation>Der Arbeitsbereich ist keine SQLite-Datenbank.</translation>
    </message>
    <message>
        <location filename="../models/workspace/workspace.cpp" line="+51"/>
        <source>The workspace %1 is locked by another program; close it there and try again.</source>
        <translation>Der Arbeitsbereich %1 ist von einem anderen Programm gesperrt; schließen Sie ihn dort und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not an AudienceBridge workspace (%2); nothing was changed.</source>
        <translation>%1 ist kein AudienceBridge-Arbeitsbereich (%2); es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>it is not a file</source>
        <translation>es ist keine Datei</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The folder of the workspace %1 does not exist.</source>
        <translation>Der Ordner des Arbeitsbereichs %1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The folder of the workspace %1 is read-only: the workspace needs to write its journal beside the file.</source>
        <translation>Der Ordner des Arbeitsbereichs %1 ist schreibgeschützt: Der Arbeitsbereich muss sein Journal neben die Datei schreiben.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The workspace %1 is read-only; make it writable or copy it to a writable folder.</source>
        <translation>Der Arbeitsbereich %1 ist schreibgeschützt; machen Sie ihn beschreibbar oder kopieren Sie ihn in einen beschreibbaren Ordner.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+104"/>
        <source>Cannot read the workspace %1: %2</source>
        <translation>Der Arbeitsbereich %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="-100"/>
        <location line="+98"/>
        <source>it is not an SQLite database</source>
        <translation>es ist keine SQLite-Datenbank</translation>
    </message>
    <message>
        <location line="-85"/>
        <location line="+115"/>
        <source>Cannot open the workspace %1: %2</source>
        <translation>Der Arbeitsbereich %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>Cannot open the workspace %1: the SQLite driver gives no native handle.</source>
        <translation>Der Arbeitsbereich %1 kann nicht geöffnet werden: Der SQLite-Treiber liefert kein natives Handle.</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>it is an SQLite database of another program</source>
        <translation>es ist eine SQLite-Datenbank eines anderen Programms</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The workspace %1 was written by a newer AudienceBridge (schema version %2; this version knows up to %3). Update AudienceBridge to open it; the file was not changed.</source>
        <translation>Der Arbeitsbereich %1 wurde von einer neueren AudienceBridge-Version geschrieben (Schemaversion %2; diese Version kennt bis %3). Aktualisieren Sie AudienceBridge, um ihn zu öffnen; die Datei wurde nicht geändert.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cannot configure the workspace %1: %2</source>
        <translation>Der Arbeitsbereich %1 kann nicht konfiguriert werden: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot update the workspace %1: %2</source>
        <translation>Der Arbeitsbereich %1 kann nicht aktualisiert werden: %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Cannot update the workspace %1 to schema version %2: %3</source>
        <translation>Der Arbeitsbereich %1 kann nicht auf Schemaversion %2 aktualisiert werden: %3</translation>
    </message>
    <message>
        <location filename="../models/workspace/exportstore.cpp" line="-17"/>
        <location line="+125"/>
        <location line="+33"/>
        <location line="+23"/>
        <source>No export with id %1.</source>
        <translation>Kein Export mit der ID %1.</translation>
    </message>
    <message>
        <location line="-155"/>
        <source>An export needs a name.</source>
        <translation>Ein Export benötigt einen Namen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export &apos;%1&apos; needs an ad account.</source>
        <translation>Der Export „%1“ benötigt ein Werbekonto.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export &apos;%1&apos; needs the profile field that holds the email address.</source>
        <translation>Der Export „%1“ benötigt das Profilfeld mit der E-Mail-Adresse.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export &apos;%1&apos; needs at least one segment.</source>
        <translation>Der Export „%1“ benötigt mindestens ein Segment.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The segments of export &apos;%1&apos; read different profiles (the workspace&apos;s, or different profile sources): one export reads one of them.</source>
        <translation>Die Segmente des Exports „%1“ lesen verschiedene Profile (die des Arbeitsbereichs oder verschiedene Profilquellen): Ein Export liest nur eine davon.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Segment %1 does not exist.</source>
        <translation>Segment %1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>An export named &apos;%1&apos; already exists.</source>
        <translation>Ein Export mit dem Namen „%1“ existiert bereits.</translation>
    </message>
    <message>
        <location filename="../models/workspace/userstore.cpp" line="+65"/>
        <source>A user name must not be empty or begin or end with spaces.</source>
        <translation>Ein Benutzername darf nicht leer sein und nicht mit Leerzeichen beginnen oder enden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; already is a user of this workspace; use set-role to change the role.</source>
        <translation>„%1“ ist bereits Benutzer dieses Arbeitsbereichs; ändern Sie die Rolle mit set-role.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&apos;%1&apos; is not a user of this workspace; add them first.</source>
        <translation>„%1“ ist kein Benutzer dieses Arbeitsbereichs; fügen Sie ihn zuerst hinzu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos; is the workspace&apos;s only administrator; make someone else an administrator first.</source>
        <translation>„%1“ ist der einzige Administrator des Arbeitsbereichs; machen Sie zuerst jemand anderen zum Administrator.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&apos;%1&apos; is not a user of this workspace.</source>
        <translation>„%1“ ist kein Benutzer dieses Arbeitsbereichs.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; is the workspace&apos;s only administrator and cannot be removed.</source>
        <translation>„%1“ ist der einzige Administrator des Arbeitsbereichs und kann nicht entfernt werden.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="+75"/>
        <source>The workspace file to open (default: $AUDIENCEBRIDGE_WORKSPACE, else the usual one).</source>
        <translation>Die zu öffnende Arbeitsbereichsdatei (Standard: $AUDIENCEBRIDGE_WORKSPACE, sonst die übliche).</translation>
    </message>
</context>
</TS>

#pragma once

#include "exportdraft.h"

#include <QWizard>

namespace Exporting {
class ConnectionApi;
}
class ExportConnectionPage;
class ExportSummaryPage;
class QNetworkAccessManager;
namespace Snapchat {
class SecretStore;
}
namespace Workspace {
class Workspace;
}

// Add export: connection, name, Snapchat audience, data matching, segments, sync mode and
// schedule, summary, Save (the audience is checked with Snapchat; nothing runs), then an offer
// to run it now. Contributors see only the connections they may use, or "Contact an
// administrator" when there is none. Check mayOpen() before constructing the wizard.
class ExportWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { ConnectionPage, NamePage, AudiencePage, MatchingPage, SegmentsPage, SyncPage,
                  SummaryPage, SavedPage };
    Q_ENUM(PageId)

    // network: used for the API calls; must outlive the wizard.
    ExportWizard(Workspace::Workspace &workspace, Snapchat::SecretStore &secrets,
                 QNetworkAccessManager *network, QWidget *parent = nullptr);
    // Edit an existing export: the pages start from its settings and Save updates it.
    // isEditing() is false when the export could not be read (loadError() says why).
    ExportWizard(Workspace::Workspace &workspace, Snapchat::SecretStore &secrets,
                 QNetworkAccessManager *network, qint64 exportId, QWidget *parent = nullptr);
    ~ExportWizard() override;

    // Whether the workspace user may create exports at all (viewers may not); a refusal is
    // audited and *reason says why.
    static bool mayOpen(Workspace::Workspace &workspace, QString *reason);
    // Whether the workspace user may edit this export (its connection must be usable by them).
    static bool mayEdit(Workspace::Workspace &workspace, qint64 exportId, QString *reason);

    bool isEditing() const { return m_draft.id != 0; }
    const QString &loadError() const { return m_loadError; }
    const ExportDraft &draft() const { return m_draft; }
    qint64 savedExportId() const { return m_savedId; }
    bool runNowRequested() const { return m_runNow; }

Q_SIGNALS:
    void exportSaved(qint64 exportId);
    // The user chose "Run now" after saving; the wizard has closed itself.
    void runNowClicked(qint64 exportId);

private:
    void save();
    void checkAudienceThenCreate();
    void create();
    void saveFailed(const QString &message);

    Workspace::Workspace &m_workspace;
    Exporting::ConnectionApi *m_api;
    QObject *m_saveAttempt = nullptr; // context of the connection opened for saving
    ExportDraft m_draft;
    ExportSummaryPage *m_summaryPage;
    QString m_loadError;
    qint64 m_savedId = 0;
    bool m_runNow = false;
};

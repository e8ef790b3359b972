#include "exportwizard.h"

#include "audiencepage.h"
#include "common/inlinemessage.h"
#include "common/uiresources.h"
#include "exportconnectionpage.h"
#include "exportnamepage.h"
#include "exportsavedpage.h"
#include "exportsummarypage.h"
#include "matchingpage.h"
#include "segmentspage.h"
#include "syncpage.h"

#include <exporting/connectionapi.h>
#include <snapchat/snapchatclient.h>
#include <workspace/connectionstore.h>
#include <workspace/exportstore.h>
#include <workspace/segmentstore.h>
#include <workspace/workspace.h>

ExportWizard::ExportWizard(Workspace::Workspace &workspace, Snapchat::SecretStore &secrets,
                           QNetworkAccessManager *network, QWidget *parent)
    : QWizard(parent)
    , m_workspace(workspace)
    , m_api(new Exporting::ConnectionApi(workspace, secrets, network, this))
    , m_summaryPage(new ExportSummaryPage(m_draft))
{
    ensureUiResources();
    setObjectName(QStringLiteral("ExportWizard"));
    setWindowTitle(tr("Add export"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoCancelButtonOnLastPage); // the export is saved by then
    setButtonText(QWizard::CommitButton, tr("&Save"));
    setButtonText(QWizard::FinishButton, tr("&Close"));
    setMinimumSize(720, 600);

    auto *savedPage = new ExportSavedPage(m_draft);
    setPage(ConnectionPage, new ExportConnectionPage(m_draft, workspace));
    setPage(NamePage, new ExportNamePage(m_draft, workspace));
    setPage(AudiencePage, new ::AudiencePage(m_draft, *m_api));
    setPage(MatchingPage, new ::MatchingPage(m_draft, workspace));
    setPage(SegmentsPage, new ::SegmentsPage(m_draft, workspace));
    setPage(SyncPage, new ::SyncPage(m_draft));
    setPage(SummaryPage, m_summaryPage);
    setPage(SavedPage, savedPage);
    connect(m_summaryPage, &ExportSummaryPage::saveRequested, this, &ExportWizard::save);
    connect(savedPage, &ExportSavedPage::runNowClicked, this, [this] {
        m_runNow = true;
        Q_EMIT runNowClicked(m_savedId);
        accept();
    });
}

ExportWizard::ExportWizard(Workspace::Workspace &workspace, Snapchat::SecretStore &secrets,
                           QNetworkAccessManager *network, qint64 exportId, QWidget *parent)
    : ExportWizard(workspace, secrets, network, parent)
{
    const std::optional<Workspace::Export> record = Workspace::ExportStore(workspace).get(exportId, &m_loadError);
    if (!record)
        return;
    m_draft = ExportDraft::fromExport(*record);
    setWindowTitle(tr("Edit export \"%1\"").arg(record->name));
}

ExportWizard::~ExportWizard() = default;

bool ExportWizard::mayOpen(Workspace::Workspace &workspace, QString *reason)
{
    // Whether they may create exports at all, i.e. on a connection shared with them; which
    // connections they may use is the first page's business.
    const Workspace::ConnectionAccess sharedConnection{tr("new export"), true};
    return workspace.authorize(Workspace::Action::CreateExport, tr("new export"), reason, &sharedConnection);
}

bool ExportWizard::mayEdit(Workspace::Workspace &workspace, qint64 exportId, QString *reason)
{
    const std::optional<Workspace::Export> record = Workspace::ExportStore(workspace).get(exportId, reason);
    if (!record)
        return false;
    const std::optional<Workspace::ConnectionAccess> connection =
        Workspace::ConnectionStore(workspace).access(record->connectionId);
    if (!workspace.authorize(Workspace::Action::EditExport, record->name, reason, connection ? &*connection : nullptr))
        return false;
    // The wizard offers the workspace's profile fields: an export from a profile source matches
    // on the source's columns, which the command line checks.
    for (const qint64 id : record->segmentIds) {
        const std::optional<Workspace::Segment> segment = Workspace::SegmentStore(workspace).get(id);
        if (segment && !segment->source.isEmpty()) {
            *reason = tr("Export “%1” reads the profile source “%2”. Exports from a profile source are set up "
                         "on the command line (“audiencebridge exports create”), which checks their fields "
                         "against the source's columns.")
                          .arg(record->name, segment->source);
            return false;
        }
    }
    return true;
}

void ExportWizard::save()
{
    m_summaryPage->setSaving(true);
    if (m_api->isReady() && m_api->connectionId() == m_draft.connectionId) {
        checkAudienceThenCreate();
        return;
    }
    // One attempt's answers only: a Retry starts a new attempt and drops this one's.
    delete m_saveAttempt;
    m_saveAttempt = new QObject(this);
    connect(m_api, &Exporting::ConnectionApi::ready, m_saveAttempt, [this] {
        m_saveAttempt->deleteLater();
        m_saveAttempt = nullptr;
        checkAudienceThenCreate();
    });
    connect(m_api, &Exporting::ConnectionApi::failed, m_saveAttempt, [this](const QString &message) {
        m_saveAttempt->deleteLater();
        m_saveAttempt = nullptr;
        saveFailed(message);
    });
    m_api->open(m_draft.connectionId);
}

void ExportWizard::checkAudienceThenCreate()
{
    Snapchat::SnapchatClient *client = m_api->client();
    if (m_draft.audienceChoice == ExportDraft::AudienceChoice::New) {
        // The audience is created by the first run; the ad account must be reachable now.
        client->segments(m_draft.adAccountId, this, [this](const Snapchat::Result<QList<Snapchat::Segment>> &result) {
            if (!result.ok()) {
                saveFailed(result.error.userMessage());
                return;
            }
            create();
        });
        return;
    }
    client->segment(m_draft.audienceId, this, [this](const Snapchat::Result<Snapchat::Segment> &result) {
        const QString problem = ::AudiencePage::audienceProblem(result, m_draft.audienceId);
        if (!problem.isEmpty()) {
            saveFailed(problem);
            return;
        }
        if (result.value.adAccountId != m_draft.adAccountId) {
            saveFailed(tr("The audience \"%1\" belongs to another ad account (%2). Go Back and choose it again.")
                           .arg(result.value.name, result.value.adAccountId));
            return;
        }
        create();
    });
}

void ExportWizard::create()
{
    Workspace::Export record = m_draft.toExport();
    QString error;
    Workspace::ExportStore store(m_workspace);
    if (!(isEditing() ? store.update(record, &error) : store.create(record, &error))) {
        saveFailed(error);
        return;
    }
    m_savedId = record.id;
    m_summaryPage->setSaving(false);
    m_summaryPage->setSaved();
    Q_EMIT exportSaved(m_savedId);
    next();
}

void ExportWizard::saveFailed(const QString &message)
{
    m_summaryPage->setSaving(false);
    m_summaryPage->message()->showError(tr("The export was not saved: %1").arg(message), true);
}

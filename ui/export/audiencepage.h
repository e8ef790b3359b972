#pragma once

#include <snapchat/apitypes.h>

#include <QWizardPage>

namespace Exporting {
class ConnectionApi;
}
class InlineMessage;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QSpinBox;
struct ExportDraft;

// Step 3: the Snapchat audience: an ad account and then a customer-list (FIRST_PARTY) audience
// picked from the list Snapchat returns, an audience ID typed in (checked with Snapchat on
// Next), or a new audience to create on the first run. Every call is asynchronous, with a
// waiting state, Cancel, and plain-words errors with Retry.
class AudiencePage : public QWizardPage
{
    Q_OBJECT
public:
    AudiencePage(ExportDraft &draft, Exporting::ConnectionApi &api, QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;
    bool isBusy() const { return m_pending != nullptr; }

    // The checks an audience must pass before an export may send to it; empty when it passes.
    static QString audienceProblem(const Snapchat::Result<Snapchat::Segment> &result, const QString &requestedId);

private:
    QObject *begin(const QString &status);
    void end();
    void cancel();
    void retry();
    void failed(const QString &message);
    void connectApi();
    void loadAccounts();
    void loadAudiences();
    void checkTypedAudience(const QString &id);
    void updateChoice();

    ExportDraft &m_draft;
    Exporting::ConnectionApi &m_api;
    QObject *m_pending = nullptr; // context of the call in flight; deleting it drops the answer
    QString m_loadedConnection;
    QString m_validatedId;
    QList<Snapchat::Segment> m_firstParty;

    QLabel *m_status;
    QProgressBar *m_busy;
    QPushButton *m_cancel;
    InlineMessage *m_message;
    QComboBox *m_adAccounts;
    QRadioButton *m_existing;
    QRadioButton *m_byId;
    QRadioButton *m_new;
    QListWidget *m_audiences;
    QLineEdit *m_audienceId;
    QWidget *m_newBox;
    QLineEdit *m_newName;
    QLineEdit *m_newDescription;
    QSpinBox *m_retention;
};

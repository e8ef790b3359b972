#pragma once

#include <identity/identifiertype.h>

#include <QStringList>
#include <QWizardPage>

class QComboBox;
class QLabel;
struct ExportDraft;
namespace Workspace {
class Workspace;
}

// Step 4: data matching: which profile field holds the email (required), the phone number
// (optional, with the region assumed for numbers without a country code) and the mobile ad ID
// (optional). Each choice shows how a sample of profiles normalizes and how many are valid.
class MatchingPage : public QWizardPage
{
    Q_OBJECT
public:
    static constexpr int kSampleSize = 200;

    MatchingPage(ExportDraft &draft, Workspace::Workspace &workspace, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    // How the values of one field normalize: up to `examples` lines "raw → normalized" (or the
    // reason it is rejected), and the count of valid values.
    struct Sample {
        int valid = 0;
        int total = 0;
        QStringList examples;
    };
    static Sample sampleValues(const QStringList &values, Identity::IdentifierType type,
                               const QString &defaultRegion, int examples = 3);

private:
    void updateSample(QComboBox *field, QLabel *label, Identity::IdentifierType type);
    void updateSamples();
    QStringList columnValues(const QString &field) const;

    ExportDraft &m_draft;
    Workspace::Workspace &m_workspace;
    QStringList m_fields;
    QList<QStringList> m_rows; // a sample of profiles, fields in m_fields order

    QComboBox *m_email;
    QComboBox *m_phone;
    QComboBox *m_region;
    QComboBox *m_maid;
    QLabel *m_emailSample;
    QLabel *m_phoneSample;
    QLabel *m_maidSample;
    QLabel *m_noProfiles;
};

#pragma once

#include <QWizardPage>

class QLabel;
class QListWidget;
struct ExportDraft;
namespace Workspace {
class Workspace;
}

// Step 5: the segments whose members are exported: a check list with member counts, and the
// size of their union (a profile in two segments is sent once).
class SegmentsPage : public QWizardPage
{
    Q_OBJECT
public:
    SegmentsPage(ExportDraft &draft, Workspace::Workspace &workspace, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    // Profiles in any of the checked segments; -1 with *error set when counting failed.
    qint64 unionSize(QString *error) const;

private:
    void updateUnion();
    QList<qint64> checkedIds() const;

    ExportDraft &m_draft;
    Workspace::Workspace &m_workspace;
    QListWidget *m_segments;
    QLabel *m_union;
    QLabel *m_none;
};

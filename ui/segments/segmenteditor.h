#pragma once

#include <sources/sqlprofilesource.h>
#include <workspace/segmentstore.h>

#include <QDialog>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTimer;
class RuleBuilder;

namespace Snapchat {
class SecretStore;
}

namespace Workspace {
class Workspace;
}

// Creates or edits a rule segment: its name, the rule built from rows of field / operator /
// value in and/or groups, the rule's text form (read only), and the live member count, counted
// on a worker thread a moment after the rule stops changing. A segment over a profile source is
// edited over the source's columns and counted in its database, once its password has been read
// from the secret store; without a store it is shown read-only, with the commands that change it.
class SegmentEditor : public QDialog
{
    Q_OBJECT

public:
    // existing: the segment to edit; nullopt creates one.
    SegmentEditor(Workspace::Workspace &workspace, std::optional<Workspace::Segment> existing,
                  QWidget *parent = nullptr, Snapchat::SecretStore *secrets = nullptr);

    RuleBuilder *builder() const { return m_builder; }
    QString ruleText() const;
    // The last count shown; -1 while counting or when the rule is incomplete.
    qint64 memberCount() const { return m_countValue; }
    bool isCounting() const { return m_counting; }
    const Workspace::Segment &savedSegment() const { return m_saved; }
    bool readsProfileSource() const;
    // For a segment over a profile source: whether its columns are loaded and it can be edited.
    bool isSourceReady() const { return m_sourceReady; }

public Q_SLOTS:
    void accept() override;

private:
    void ruleChanged();
    void startCount();
    void updateSaveButton();
    void showSourceNote(const QString &text);
    void connectToSource(Snapchat::SecretStore *secrets);

    Workspace::Workspace &m_workspace;
    std::optional<Workspace::Segment> m_existing;
    Workspace::Segment m_saved;
    QLineEdit *m_name = nullptr;
    RuleBuilder *m_builder = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QLabel *m_sourceNote = nullptr;
    std::optional<Sources::SqlSourceSettings> m_source;
    std::optional<QString> m_sourcePassword;
    bool m_sourceReady = false;
    QTimer *m_countTimer = nullptr;
    int m_generation = 0;
    qint64 m_countValue = -1;
    bool m_counting = false;
};

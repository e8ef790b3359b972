#include "profilesview.h"

#include "import/csvimportdialog.h"
#include "permissions.h"

#include <itemmodels/profiletablemodel.h>
#include <workspace/workspace.h>

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

ProfilesView::ProfilesView(QWidget *parent)
    : WorkspaceView(parent)
{
    m_importAction = new QAction(QIcon::fromTheme(QStringLiteral("document-import")),
                                 tr("&Import Profiles…"), this);
    m_importAction->setToolTip(tr("Import profiles from a CSV file"));
    connect(m_importAction, &QAction::triggered, this, &ProfilesView::importProfiles);

    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("profileSummary"));

    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("profileTable"));
    m_table->setAccessibleName(tr("Profiles"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Fixed row heights: the view never measures rows, so a million of them cost nothing.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setDefaultSectionSize(160);
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_empty = new QLabel;
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);

    auto *top = new QHBoxLayout;
    top->addStretch();
    top->addWidget(m_summary);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_empty, 1);
    setWorkspace(nullptr);
}

void ProfilesView::setWorkspace(Workspace::Workspace *workspace)
{
    m_workspace = workspace;
    // The model reads through the workspace it was made for: a new one per workspace.
    auto *old = m_model;
    m_model = workspace ? new ItemModels::ProfileTableModel(*workspace, 500, this) : nullptr;
    m_table->setModel(m_model);
    delete old;
    if (m_model) {
        // Fit the columns to the first page once it is in (sizing looks at the rows on screen).
        connect(m_model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int first) {
            if (first == 0)
                m_table->resizeColumnsToContents();
        });
    }
    Ui::applyPermission(m_importAction, m_workspace, Workspace::Action::ImportProfiles);
    updateSummary();
}

void ProfilesView::refresh()
{
    if (!m_workspace)
        return;
    m_model->reload();
    Ui::applyPermission(m_importAction, m_workspace, Workspace::Action::ImportProfiles);
    updateSummary();
}

QList<QAction *> ProfilesView::viewActions() const
{
    return {m_importAction};
}

void ProfilesView::updateSummary()
{
    const QLocale locale;
    const bool hasColumns = m_model && m_model->columnCount() > 0;
    m_table->setVisible(hasColumns);
    m_empty->setVisible(!hasColumns);
    if (!m_workspace)
        m_empty->setText(tr("Open or create a workspace to see its profiles."));
    else if (!m_model->errorString().isEmpty())
        m_empty->setText(m_model->errorString());
    else if (!hasColumns)
        m_empty->setText(tr("No profiles yet. Use Import Profiles (Ctrl+I) to read them from a "
                            "CSV file."));
    if (!hasColumns)
        m_summary->clear();
    else
        m_summary->setText(m_model->totalCount() == 1
                               ? tr("1 profile")
                               : tr("%1 profiles").arg(locale.toString(m_model->totalCount())));
}

void ProfilesView::importProfiles()
{
    if (!m_workspace || !m_importAction->isEnabled())
        return;
    CsvImportDialog dialog(*m_workspace, this);
    dialog.exec();
    if (dialog.importedAny() && m_model) {
        m_model->reload();
        updateSummary();
        Q_EMIT workspaceChanged();
    }
}

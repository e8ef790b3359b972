#pragma once

#include "common/uniquenamepage.h"

struct ExportDraft;
namespace Workspace {
class Workspace;
}

// Step 2: the export's name: required and unique in the workspace (checked on Next).
class ExportNamePage : public UniqueNamePage
{
    Q_OBJECT
public:
    ExportNamePage(ExportDraft &draft, Workspace::Workspace &workspace, QWidget *parent = nullptr);

    void initializePage() override;

protected:
    QStringList otherNames(QString *error) const override;
    void acceptName(const QString &name) override;

private:
    ExportDraft &m_draft;
    Workspace::Workspace &m_workspace;
};

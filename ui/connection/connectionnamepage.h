#pragma once

#include "common/uniquenamepage.h"

struct ConnectionDraft;
namespace Workspace {
class Workspace;
}

// Step 2: the connection's display name: required and unique in the workspace (checked on Next,
// with the reason shown under the field).
class ConnectionNamePage : public UniqueNamePage
{
    Q_OBJECT
public:
    ConnectionNamePage(ConnectionDraft &draft, Workspace::Workspace &workspace, QWidget *parent = nullptr);

protected:
    QStringList otherNames(QString *error) const override;
    void acceptName(const QString &name) override;

private:
    ConnectionDraft &m_draft;
    Workspace::Workspace &m_workspace;
};

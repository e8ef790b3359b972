#pragma once

#include <QWizardPage>

class QListWidget;

// Step 1: the kind of connection. Snapchat is the only connector; it is shown as a list so that
// the step reads the same once there are others.
class ChooseConnectorPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ChooseConnectorPage(QWidget *parent = nullptr);

    bool isComplete() const override;

private:
    QListWidget *m_connectors;
};

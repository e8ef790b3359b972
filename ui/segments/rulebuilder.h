#pragma once

#include <segments/rule.h>

#include <QStringList>
#include <QWidget>

class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

// Builds a segment rule with the mouse or the keyboard: rows of field / operator / value, in
// "all of" (and) or "any of" (or) groups that nest. Reads and writes Segments::Rule, the model
// the text form shares.
class RuleBuilder : public QWidget
{
    Q_OBJECT

public:
    explicit RuleBuilder(QWidget *parent = nullptr);

    // The profile fields the conditions may use.
    void setFields(const QStringList &fields);
    void setRule(const Segments::Rule &rule);
    // The rule as built; a group with one member is that member. Conditions without a field
    // are left out.
    Segments::Rule rule() const;
    bool isEmpty() const;

    QTreeWidget *tree() const { return m_tree; }

public Q_SLOTS:
    // Add below the selected group (or the selected row's group).
    void addCondition();
    void addGroup();
    void removeSelected();

Q_SIGNALS:
    void ruleChanged();

private:
    QTreeWidgetItem *targetGroup() const;
    QTreeWidgetItem *insertGroup(QTreeWidgetItem *parent, Segments::Rule::Kind kind);
    QTreeWidgetItem *insertCondition(QTreeWidgetItem *parent, const Segments::Rule &condition);
    void loadChildren(QTreeWidgetItem *group, const Segments::Rule &rule);
    Segments::Rule ruleOf(QTreeWidgetItem *item) const;

    QTreeWidget *m_tree = nullptr;
    QStringList m_fields;
    QPushButton *m_addCondition = nullptr;
    QPushButton *m_addGroup = nullptr;
    QPushButton *m_remove = nullptr;
};

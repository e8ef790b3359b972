#include "rulebuilder.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

using Segments::Operator;
using Segments::Rule;

enum Column { WhatColumn, OperatorColumn, ValueColumn };
constexpr int kIsGroupRole = Qt::UserRole;

const Operator kOperators[] = {Operator::Equal,      Operator::NotEqual,   Operator::Contains,
                               Operator::StartsWith, Operator::In,         Operator::Less,
                               Operator::LessOrEqual, Operator::Greater,   Operator::GreaterOrEqual,
                               Operator::IsEmpty,    Operator::IsNotEmpty};

QString operatorLabel(Operator op)
{
    switch (op) {
    case Operator::Equal:
        return RuleBuilder::tr("is");
    case Operator::NotEqual:
        return RuleBuilder::tr("is not");
    case Operator::Contains:
        return RuleBuilder::tr("contains");
    case Operator::StartsWith:
        return RuleBuilder::tr("starts with");
    case Operator::In:
        return RuleBuilder::tr("is one of");
    case Operator::Less:
        return RuleBuilder::tr("is less than");
    case Operator::LessOrEqual:
        return RuleBuilder::tr("is at most");
    case Operator::Greater:
        return RuleBuilder::tr("is greater than");
    case Operator::GreaterOrEqual:
        return RuleBuilder::tr("is at least");
    case Operator::IsEmpty:
        return RuleBuilder::tr("is empty");
    case Operator::IsNotEmpty:
        return RuleBuilder::tr("is not empty");
    }
    return {};
}

bool takesValue(Operator op)
{
    return op != Operator::IsEmpty && op != Operator::IsNotEmpty;
}

// Numbers compare as numbers only with <, <=, > and >=; elsewhere "007" stays text.
Segments::Value valueOf(const QString &text, Operator op)
{
    const QString trimmed = text.trimmed();
    bool isNumber = false;
    const double number = trimmed.toDouble(&isNumber);
    const bool ordered = op == Operator::Less || op == Operator::LessOrEqual
        || op == Operator::Greater || op == Operator::GreaterOrEqual;
    return ordered && isNumber ? Segments::Value::fromNumber(trimmed, number)
                               : Segments::Value::fromText(op == Operator::In ? trimmed : text);
}

} // namespace

RuleBuilder::RuleBuilder(QWidget *parent)
    : QWidget(parent)
{
    m_tree = new QTreeWidget;
    m_tree->setObjectName(QStringLiteral("ruleTree"));
    m_tree->setAccessibleName(tr("Rule"));
    m_tree->setHeaderLabels({tr("Field or group"), tr("Condition"), tr("Value")});
    m_tree->header()->setSectionResizeMode(WhatColumn, QHeaderView::Interactive);
    m_tree->header()->resizeSection(WhatColumn, 220);
    m_tree->header()->resizeSection(OperatorColumn, 150);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setUniformRowHeights(true);

    m_addCondition = new QPushButton(tr("Add &Condition"));
    m_addCondition->setObjectName(QStringLiteral("addConditionButton"));
    m_addGroup = new QPushButton(tr("Add &Group"));
    m_addGroup->setObjectName(QStringLiteral("addGroupButton"));
    m_remove = new QPushButton(tr("Re&move"));
    m_remove->setObjectName(QStringLiteral("removeRuleButton"));
    connect(m_addCondition, &QPushButton::clicked, this, &RuleBuilder::addCondition);
    connect(m_addGroup, &QPushButton::clicked, this, &RuleBuilder::addGroup);
    connect(m_remove, &QPushButton::clicked, this, &RuleBuilder::removeSelected);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *current) {
        m_remove->setEnabled(current && current != m_tree->topLevelItem(0));
    });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addCondition);
    buttons->addWidget(m_addGroup);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree, 1);
    layout->addLayout(buttons);

    setRule(Rule::all({}));
}

void RuleBuilder::setFields(const QStringList &fields)
{
    m_fields = fields;
}

QTreeWidgetItem *RuleBuilder::insertGroup(QTreeWidgetItem *parent, Rule::Kind kind)
{
    auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
    item->setData(WhatColumn, kIsGroupRole, true);
    auto *combo = new QComboBox;
    combo->setAccessibleName(tr("Group"));
    combo->addItem(tr("Match all of"), static_cast<int>(Rule::Kind::All));
    combo->addItem(tr("Match any of"), static_cast<int>(Rule::Kind::Any));
    combo->setCurrentIndex(kind == Rule::Kind::Any ? 1 : 0);
    connect(combo, &QComboBox::currentIndexChanged, this, &RuleBuilder::ruleChanged);
    m_tree->setItemWidget(item, WhatColumn, combo);
    item->setExpanded(true);
    return item;
}

QTreeWidgetItem *RuleBuilder::insertCondition(QTreeWidgetItem *parent, const Rule &condition)
{
    auto *item = new QTreeWidgetItem(parent);
    item->setData(WhatColumn, kIsGroupRole, false);
    auto *field = new QComboBox;
    field->setAccessibleName(tr("Field"));
    field->addItems(m_fields);
    if (!condition.field.isEmpty() && !m_fields.contains(condition.field))
        field->addItem(condition.field);
    field->setCurrentText(condition.field.isEmpty() ? m_fields.value(0) : condition.field);
    auto *op = new QComboBox;
    op->setAccessibleName(tr("Condition"));
    for (Operator candidate : kOperators)
        op->addItem(operatorLabel(candidate), static_cast<int>(candidate));
    op->setCurrentIndex(op->findData(static_cast<int>(condition.op)));
    auto *value = new QLineEdit;
    value->setAccessibleName(tr("Value"));
    QStringList values;
    for (const Segments::Value &v : condition.values)
        values.append(v.text);
    value->setText(values.join(QLatin1StringView(", ")));
    value->setEnabled(takesValue(condition.op));
    value->setPlaceholderText(condition.op == Operator::In ? tr("values, separated by commas") : QString());
    connect(field, &QComboBox::currentIndexChanged, this, &RuleBuilder::ruleChanged);
    connect(op, &QComboBox::currentIndexChanged, this, [this, op, value] {
        const auto chosen = static_cast<Operator>(op->currentData().toInt());
        value->setEnabled(takesValue(chosen));
        value->setPlaceholderText(chosen == Operator::In ? tr("values, separated by commas") : QString());
        Q_EMIT ruleChanged();
    });
    connect(value, &QLineEdit::textChanged, this, &RuleBuilder::ruleChanged);
    m_tree->setItemWidget(item, WhatColumn, field);
    m_tree->setItemWidget(item, OperatorColumn, op);
    m_tree->setItemWidget(item, ValueColumn, value);
    return item;
}

void RuleBuilder::loadChildren(QTreeWidgetItem *group, const Rule &rule)
{
    for (const Rule &child : rule.children) {
        if (child.kind == Rule::Kind::Condition)
            insertCondition(group, child);
        else
            loadChildren(insertGroup(group, child.kind), child);
    }
}

void RuleBuilder::setRule(const Rule &rule)
{
    m_tree->clear();
    if (rule.kind == Rule::Kind::Condition) {
        QTreeWidgetItem *root = insertGroup(nullptr, Rule::Kind::All);
        insertCondition(root, rule);
    } else {
        loadChildren(insertGroup(nullptr, rule.kind), rule);
    }
    m_tree->setCurrentItem(m_tree->topLevelItem(0));
    m_tree->expandAll();
    Q_EMIT ruleChanged();
}

Rule RuleBuilder::ruleOf(QTreeWidgetItem *item) const
{
    if (!item->data(WhatColumn, kIsGroupRole).toBool()) {
        const auto *field = static_cast<QComboBox *>(m_tree->itemWidget(item, WhatColumn));
        const auto *op = static_cast<QComboBox *>(m_tree->itemWidget(item, OperatorColumn));
        const auto *value = static_cast<QLineEdit *>(m_tree->itemWidget(item, ValueColumn));
        const auto chosen = static_cast<Operator>(op->currentData().toInt());
        std::vector<Segments::Value> values;
        if (chosen == Operator::In) {
            const QStringList parts = value->text().split(QLatin1Char(','), Qt::SkipEmptyParts);
            for (const QString &part : parts)
                values.push_back(valueOf(part, chosen));
        } else if (takesValue(chosen)) {
            values.push_back(valueOf(value->text(), chosen));
        }
        return Rule::condition(field->currentText(), chosen, std::move(values));
    }
    const auto *combo = static_cast<QComboBox *>(m_tree->itemWidget(item, WhatColumn));
    std::vector<Rule> children;
    for (int i = 0; i < item->childCount(); ++i) {
        Rule child = ruleOf(item->child(i));
        const bool emptyGroup = child.kind != Rule::Kind::Condition && child.children.empty();
        const bool noField = child.kind == Rule::Kind::Condition && child.field.isEmpty();
        if (!emptyGroup && !noField)
            children.push_back(std::move(child));
    }
    if (children.size() == 1)
        return children.front();
    return static_cast<Rule::Kind>(combo->currentData().toInt()) == Rule::Kind::Any
        ? Rule::any(std::move(children))
        : Rule::all(std::move(children));
}

Segments::Rule RuleBuilder::rule() const
{
    return ruleOf(m_tree->topLevelItem(0));
}

bool RuleBuilder::isEmpty() const
{
    const Rule built = rule();
    return built.kind != Rule::Kind::Condition && built.children.empty();
}

QTreeWidgetItem *RuleBuilder::targetGroup() const
{
    QTreeWidgetItem *item = m_tree->currentItem();
    if (!item)
        return m_tree->topLevelItem(0);
    return item->data(WhatColumn, kIsGroupRole).toBool() ? item : item->parent();
}

void RuleBuilder::addCondition()
{
    QTreeWidgetItem *item = insertCondition(targetGroup(), Rule::condition(QString(), Operator::Equal));
    m_tree->setCurrentItem(item);
    // Straight to the field, so the keyboard can go on: field, Tab, operator, Tab, value.
    if (QWidget *field = m_tree->itemWidget(item, WhatColumn))
        field->setFocus();
    Q_EMIT ruleChanged();
}

void RuleBuilder::addGroup()
{
    QTreeWidgetItem *group = insertGroup(targetGroup(), Rule::Kind::Any);
    m_tree->setCurrentItem(group);
    addCondition();
}

void RuleBuilder::removeSelected()
{
    QTreeWidgetItem *item = m_tree->currentItem();
    if (!item || item == m_tree->topLevelItem(0))
        return;
    QTreeWidgetItem *parent = item->parent();
    delete item;
    m_tree->setCurrentItem(parent);
    Q_EMIT ruleChanged();
}

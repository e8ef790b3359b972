#pragma once

// What the GUI tests check for screen-reader users.
#include <QAccessible>
#include <QLabel>
#include <QSet>
#include <QStringList>
#include <QWidget>

namespace AccessibilityCheck {

// The visible controls under root that a keyboard user can reach but a screen reader cannot name:
// no accessible name of their own, no text, no buddy label. Each as "Class 'objectName'".
inline QStringList unnamedControls(QWidget *root)
{
    QStringList unnamed;
    QSet<const QWidget *> labelled;
    for (const QLabel *label : root->findChildren<QLabel *>()) {
        if (label->buddy() && !label->text().trimmed().isEmpty())
            labelled.insert(label->buddy());
    }
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        // A widget that passes its focus on (a tab widget to its tab bar) is met as the other one.
        if (!widget->isVisibleTo(root) || !widget->isEnabled() || !(widget->focusPolicy() & Qt::TabFocus)
            || widget->focusProxy())
            continue;
        // The parts of composite controls (a spin box's editor, a combo box's line edit, a
        // scroll area's viewport) are named through the control they belong to.
        QWidget *parent = widget->parentWidget();
        if (parent && (parent->inherits("QAbstractSpinBox") || parent->inherits("QComboBox")
                       || parent->inherits("QAbstractScrollArea") || parent->inherits("QTabBar")))
            continue;
        if (!widget->accessibleName().trimmed().isEmpty() || labelled.contains(widget))
            continue;
        // On Linux a combo box's accessible "name" is its current value: it needs one of its own.
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        if (!widget->inherits("QComboBox") && accessible && !accessible->text(QAccessible::Name).trimmed().isEmpty())
            continue;
        unnamed.append(QStringLiteral("%1 '%2'").arg(QString::fromLatin1(widget->metaObject()->className()),
                                                    widget->objectName()));
    }
    return unnamed;
}

} // namespace AccessibilityCheck

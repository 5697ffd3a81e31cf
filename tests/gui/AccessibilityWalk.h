#pragma once

// Walks a window's accessibility tree the way a screen reader sees it and lists every
// interactive control (button, field, list, tab...) that is visible and enabled but has
// no accessible name. One line per window or dialog in a test:
//     QVERIFY2(unnamed(dialog).isEmpty(), qPrintable(unnamed(dialog).join('\n')));

#include <QAccessible>
#include <QAccessibleInterface>
#include <QMetaEnum>
#include <QSet>
#include <QStringList>
#include <QWidget>

namespace credfolio::test {

// Roles a learner acts on; labels, groups, progress bars and panes are not among them.
inline bool isInteractiveRole(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::SpinBox:
    case QAccessible::Slider:
    case QAccessible::Dial:
    case QAccessible::List:
    case QAccessible::Table:
    case QAccessible::Tree:
    case QAccessible::PageTab:
    case QAccessible::PageTabList:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::ButtonDropGrid:
    case QAccessible::Link:
    case QAccessible::MenuItem:
    case QAccessible::HotkeyField:
        return true;
    default:
        return false;
    }
}

// Items of a list, table or tree are named by the model's data; their parent is what
// must be named, and walking thousands of cells would only slow the test down.
inline bool isItemContainer(QAccessible::Role role)
{
    return role == QAccessible::List || role == QAccessible::Table || role == QAccessible::Tree;
}

inline QString describeAccessible(QAccessibleInterface* iface)
{
    const QString role = QString::fromLatin1(QMetaEnum::fromType<QAccessible::Role>().valueToKey(iface->role()));
    QString where;
    for (QObject* o = iface->object(); o; o = o->parent()) {
        QString part = o->objectName();
        if (part.isEmpty())
            part = QString::fromLatin1(o->metaObject()->className());
        where = where.isEmpty() ? part : part + QLatin1Char('/') + where;
        if (o->isWidgetType() && static_cast<QWidget*>(o)->isWindow())
            break;
    }
    const QString text = iface->text(QAccessible::Value);
    return QStringLiteral("%1 at %2%3")
        .arg(role, where, text.isEmpty() ? QString() : QStringLiteral(" (value \"%1\")").arg(text));
}

// A name a screen reader can use. Qt names a combo box by its current item on Linux and
// exposes the label through a relation, so a combo needs a buddy label or a name of its own;
// "All providers" alone does not say what is being chosen.
inline bool hasName(QAccessibleInterface* iface)
{
    const QString name = iface->text(QAccessible::Name).trimmed();
    if (name.isEmpty())
        return false;
    if (iface->role() != QAccessible::ComboBox || name != iface->text(QAccessible::Value).trimmed())
        return true;
    if (!iface->relations(QAccessible::Label).isEmpty())
        return true;
    const QObject* object = iface->object();
    return object && object->isWidgetType() && !static_cast<const QWidget*>(object)->accessibleName().isEmpty();
}

inline void collectUnnamed(QAccessibleInterface* iface, QStringList& out, QSet<QAccessibleInterface*>& seen, int depth)
{
    if (!iface || !iface->isValid() || seen.contains(iface) || depth > 64)
        return;
    seen.insert(iface);
    const QAccessible::State state = iface->state();
    if (state.invisible || state.offscreen)
        return;
    const QAccessible::Role role = iface->role();
    if (isInteractiveRole(role) && !state.disabled && !hasName(iface))
        out.append(describeAccessible(iface));
    // CREDFOLIO_A11Y_DUMP=1 lists every control with its name, to read what a screen reader says.
    if (isInteractiveRole(role) && qEnvironmentVariableIsSet("CREDFOLIO_A11Y_DUMP"))
        qInfo("%s: \"%s\" — %s", qPrintable(describeAccessible(iface)), qPrintable(iface->text(QAccessible::Name)),
            qPrintable(iface->text(QAccessible::Description)));
    if (isItemContainer(role))
        return;
    for (int i = 0; i < iface->childCount(); ++i)
        collectUnnamed(iface->child(i), out, seen, depth + 1);
}

// Every visible, enabled interactive control under the widget that has no accessible name.
inline QStringList unnamedControls(QWidget* root)
{
    QAccessible::setActive(true);
    QStringList out;
    QSet<QAccessibleInterface*> seen;
    collectUnnamed(QAccessible::queryAccessibleInterface(root), out, seen, 0);
    return out;
}

// How many interactive controls the walk met, named or not (a test checks it found some).
inline int countInteractive(QAccessibleInterface* iface, QSet<QAccessibleInterface*>& seen)
{
    if (!iface || !iface->isValid() || seen.contains(iface) || iface->state().invisible)
        return 0;
    seen.insert(iface);
    int n = isInteractiveRole(iface->role()) ? 1 : 0;
    if (!isItemContainer(iface->role()))
        for (int i = 0; i < iface->childCount(); ++i)
            n += countInteractive(iface->child(i), seen);
    return n;
}

inline int interactiveControls(QWidget* root)
{
    QAccessible::setActive(true);
    QSet<QAccessibleInterface*> seen;
    return countInteractive(QAccessible::queryAccessibleInterface(root), seen);
}

} // namespace credfolio::test

#pragma once

// Shared by the GUI tests: an in-process simulator with short jobs, and profiles pointing at it.

#include "jobcontroller.h"
#include "orchestratorsimulator.h"
#include "triggerprofile.h"

#include <QAccessible>
#include <QSet>
#include <QTest>
#include <QWidget>
#include <functional>

namespace td::test {

// The demo triggers, shortened so a test waits a second or two, not the demo's durations.
inline QList<sim::TriggerDefinition> fastTriggers()
{
    QList<sim::TriggerDefinition> triggers = sim::demoTriggers();
    for (sim::TriggerDefinition &t : triggers) {
        if (t.slug == QLatin1String("echo-async"))
            t.durationMs = 400;
        else if (t.slug == QLatin1String("fault-async"))
            t.durationMs = 300;
        else if (t.slug == QLatin1String("echo-long"))
            t.durationMs = 300;
        else if (t.slug == QLatin1String("slow-long"))
            t.durationMs = 60000;
    }
    sim::TriggerDefinition slow = triggers.constFirst();
    slow.slug = QStringLiteral("slow-async");
    slow.durationMs = 1500;
    triggers.append(slow);
    return triggers;
}

inline bool startSimulator(sim::OrchestratorSimulator *simulator)
{
    simulator->setTriggers(fastTriggers());
    simulator->setLongPollHoldMs(1000);
    return simulator->listen();
}

inline TriggerProfile simProfile(const sim::OrchestratorSimulator &simulator, const QString &slug, const QString &name,
                                 CallMode mode = CallMode::AsyncRequestReply)
{
    TriggerProfile p;
    p.name = name;
    p.invokeUrl = simulator.invokeUrl(slug);
    p.method = QStringLiteral("POST");
    p.mode = mode;
    p.pollIntervalMs = TriggerProfile::kMinimumPollIntervalMs;
    p.credential = JobController::demoCredential();
    ArgumentSpec customer;
    customer.name = QStringLiteral("customer");
    customer.required = true;
    customer.defaultValue = QStringLiteral("ACME");
    ArgumentSpec count;
    count.name = QStringLiteral("count");
    count.type = ArgumentType::Integer;
    count.defaultValue = 2;
    p.arguments = {customer, count};
    return p;
}

// The controls under root that a screen reader can reach and act on but that have no name,
// described for a failure message ("QLineEdit \"urlEdit\" (role 42)"). Table, tree and list
// items are named by their data, checked by the tests that fill them.
inline QStringList unnamedControls(QWidget *root)
{
    const QSet<QAccessible::Role> controls{
        QAccessible::PushButton, QAccessible::CheckBox,     QAccessible::RadioButton, QAccessible::ComboBox,
        QAccessible::SpinBox,    QAccessible::EditableText, QAccessible::List,        QAccessible::Table,
        QAccessible::Tree,       QAccessible::PageTab,      QAccessible::ButtonMenu,  QAccessible::ButtonDropDown,
        QAccessible::ToolBar,    QAccessible::Grip,         QAccessible::Slider,      QAccessible::MenuBar};
    QStringList unnamed;
    std::function<void(QAccessibleInterface *, int)> walk = [&](QAccessibleInterface *node, int depth) {
        if (!node || !node->isValid() || node->state().invisible || depth > 40)
            return;
        if (controls.contains(node->role()) && node->text(QAccessible::Name).trimmed().isEmpty()) {
            QObject *object = node->object();
            unnamed.append(QStringLiteral("%1 \"%2\" (role %3)")
                               .arg(object ? QString::fromLatin1(object->metaObject()->className()) : QString(),
                                    object ? object->objectName() : QString())
                               .arg(int(node->role())));
        }
        if (node->role() == QAccessible::Table || node->role() == QAccessible::Tree ||
            node->role() == QAccessible::List)
            return;
        for (int i = 0; i < node->childCount(); ++i)
            walk(node->child(i), depth + 1);
    };
    walk(QAccessible::queryAccessibleInterface(root), 0);
    return unnamed;
}

} // namespace td::test

#pragma once

// Shared by the GUI tests: an in-process simulator with short jobs, and profiles pointing at it.

#include "jobcontroller.h"
#include "orchestratorsimulator.h"
#include "triggerprofile.h"

#include <QTest>

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

} // namespace td::test

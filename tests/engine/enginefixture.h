#pragma once

#include "authprovider.h"
#include "jobrun.h"
#include "orchestratorsimulator.h"
#include "triggerengine.h"

#include <QHostAddress>
#include <QSignalSpy>
#include <QTest>

#include <functional>
#include <memory>

// A simulator on loopback and an engine wired to it, with short hold times and retry delays so
// the suites stay fast.
struct EngineFixture
{
    // beforeListen: configure the simulator before it listens (TLS, say); address: where it
    // listens (another than loopback to be reached through a proxy).
    explicit EngineFixture(const std::function<void(td::sim::OrchestratorSimulator *)> &beforeListen = {},
                           const QHostAddress &address = QHostAddress::LocalHost)
    {
        sim = std::make_unique<td::sim::OrchestratorSimulator>();
        if (beforeListen)
            beforeListen(sim.get());
        if (!sim->listen(address))
            qFatal("the simulator could not listen");
        sim->setLongPollHoldMs(300);
        sim->setTriggers({});
        engine = std::make_unique<td::TriggerEngine>();
        engine->setRetryPolicy({3, 50, 200});
        auth = std::make_unique<td::StaticTokenProvider>(QByteArrayLiteral("demo-token"));
    }

    // Adds a trigger to the simulator and returns a profile that calls it.
    td::TriggerProfile trigger(const QString &slug, td::sim::CallMode defaultMode, td::CallMode mode,
                               int durationMs = 300, const QString &verb = QStringLiteral("POST"))
    {
        td::sim::TriggerDefinition definition;
        definition.slug = slug;
        definition.folderKey = QStringLiteral("11111111-2222-4333-8444-555555555555");
        definition.verb = verb;
        definition.defaultMode = defaultMode;
        definition.durationMs = durationMs;
        sim->addTrigger(definition);
        return profileFor(slug, mode, verb);
    }

    // Adds a trigger whose jobs fault with this message and error code; an async profile calls it.
    td::TriggerProfile faultingTrigger(const QString &slug, const QString &message, int errorCode, int durationMs)
    {
        td::sim::TriggerDefinition definition;
        definition.slug = slug;
        definition.folderKey = QStringLiteral("11111111-2222-4333-8444-555555555555");
        definition.durationMs = durationMs;
        definition.faults = true;
        definition.faultMessage = message;
        definition.faultErrorCode = errorCode;
        sim->addTrigger(definition);
        return profileFor(slug, td::CallMode::AsyncRequestReply);
    }

    td::TriggerProfile profileFor(const QString &slug, td::CallMode mode, const QString &verb = QStringLiteral("POST"))
    {
        td::TriggerProfile profile;
        profile.name = slug;
        profile.invokeUrl = sim->invokeUrl(slug);
        profile.method = verb;
        profile.mode = mode;
        profile.pollIntervalMs = 250;
        profile.deadlineSeconds = 30;
        profile.requestTimeoutSeconds = 10;
        return profile;
    }

    // Starts the job and waits for it to end; returns the run (owned by the engine). A job that
    // does not end in time fails the test here, saying so, before any check of its state.
    td::JobRun *runToEnd(const td::TriggerProfile &profile, const QJsonObject &args = {}, int timeoutMs = 20000)
    {
        td::JobRun *run = engine->start(profile, args, auth.get());
        if (!waitForEnd(run, timeoutMs))
            QTest::qFail(qPrintable(QStringLiteral("the job did not end within %1 ms; it is %2")
                                        .arg(timeoutMs)
                                        .arg(td::jobStateName(run->state()))),
                         __FILE__, __LINE__);
        return run;
    }

    [[nodiscard]] static bool waitForEnd(td::JobRun *run, int timeoutMs = 20000)
    {
        QSignalSpy finished(run, &td::JobRun::finished);
        return run->isFinished() || finished.wait(timeoutMs);
    }

    // The requests the simulator saw for one path (the invoke path by default).
    QList<td::sim::SimRequest> requestsTo(const QString &pathPart) const
    {
        QList<td::sim::SimRequest> matching;
        const QList<td::sim::SimRequest> all = sim->requests();
        for (const td::sim::SimRequest &request : all) {
            if (request.path.contains(pathPart))
                matching.append(request);
        }
        return matching;
    }

    std::unique_ptr<td::sim::OrchestratorSimulator> sim;
    std::unique_ptr<td::TriggerEngine> engine;
    std::unique_ptr<td::StaticTokenProvider> auth;
};

// Test data: one row per trigger verb and call mode ("verb" as text, "mode" as int).
inline void addEveryVerbAndModeRows()
{
    QTest::addColumn<QString>("verb");
    QTest::addColumn<int>("mode");
    for (const char *verb : {"GET", "POST", "PUT", "DELETE"}) {
        for (td::CallMode mode : {td::CallMode::AsyncRequestReply, td::CallMode::FireAndForget,
                                  td::CallMode::LongPolling, td::CallMode::TriggerDefault})
            QTest::addRow("%s %s", verb, qPrintable(td::callModeName(mode))) << QString::fromLatin1(verb) << int(mode);
    }
}

inline QList<td::JobState> statesOf(const td::JobRecord &record)
{
    QList<td::JobState> states;
    for (const td::Transition &transition : record.transitions)
        states.append(transition.state);
    return states;
}

// One status per exchange: identical hops in a row are kept as one, counted.
inline QList<int> statusesOf(const td::JobRecord &record)
{
    QList<int> statuses;
    for (const td::Hop &hop : record.hops) {
        for (int i = 0; i < hop.repeats; ++i)
            statuses.append(hop.status);
    }
    return statuses;
}

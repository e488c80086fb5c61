#pragma once

// Job records made up for the benchmarks: count jobs of one profile family, started 10 ms apart
// an hour ago, in the given state (finished ones with an output).

#include "jobcontroller.h"
#include "jobrecord.h"

#include <QJsonObject>
#include <QList>

namespace td::test {

inline QList<JobRecord> makeRecords(int count, JobState state)
{
    QList<JobRecord> records;
    records.reserve(count);
    const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-3600);
    for (int i = 0; i < count; ++i) {
        JobRecord r;
        r.id = QStringLiteral("job-%1").arg(i);
        r.profile.name = QStringLiteral("Invoices %1").arg(i % 7);
        r.profile.invokeUrl = QUrl(QStringLiteral("http://127.0.0.1:9/t/o/f/invoices"));
        r.profile.method = QStringLiteral("POST");
        r.profile.mode = CallMode::AsyncRequestReply;
        r.profile.credential = JobController::demoCredential();
        r.mode = CallMode::AsyncRequestReply;
        r.arguments = QJsonObject{{QStringLiteral("customer"), QStringLiteral("ACME")}};
        r.statusUri = QUrl(QStringLiteral("http://127.0.0.1:9/odata/Jobs(%1)").arg(i));
        r.createdAt = start.addMSecs(i * 10);
        r.state = state;
        r.transitions.append({JobState::Queued, r.createdAt, {}, -1});
        if (state != JobState::Queued)
            r.transitions.append({state, r.createdAt.addSecs(1), {}, -1});
        if (isTerminal(state)) {
            r.finishedAt = r.createdAt.addSecs(3);
            r.rawOutput = R"({"processed": 3})";
            r.output = QJsonObject{{QStringLiteral("processed"), 3}};
        }
        records.append(r);
    }
    return records;
}

} // namespace td::test

// Writes jobs to a history database as fast as it can, one transaction after another, printing
// "writing N" before each round and "committed N" once it is. tst_jobdatabase kills it (SIGKILL)
// as it starts writing, then checks that every round it said was committed is there, whole.
//
//   history-writer DIRECTORY

#include "jobdatabase.h"

#include <QCoreApplication>

#include <cstdio>

using namespace td;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (app.arguments().size() != 2) {
        std::fprintf(stderr, "usage: history-writer DIRECTORY\n");
        return 2;
    }
    JobDatabase db(app.arguments().at(1));
    QString error;
    if (!db.open(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const QDateTime start = QDateTime::currentDateTimeUtc();
    // Outputs of 6 KB: rows that spill over SQLite's 4 KB pages.
    const QByteArray output = "{\"rows\": \"" + QByteArray(6000, 'x') + "\"}";
    for (int round = 0;; ++round) {
        QList<JobRecord> records;
        for (int k = 0; k < 20; ++k) {
            JobRecord record;
            record.id = QStringLiteral("r%1-%2").arg(round).arg(k);
            record.profile.name = QStringLiteral("Writer");
            record.state = JobState::Successful;
            record.createdAt = start.addMSecs(round * 20 + k);
            record.finishedAt = record.createdAt.addSecs(1);
            record.rawOutput = output;
            record.polls = round;
            records.append(record);
        }
        // One job rewritten every round, as a running job is.
        JobRecord steady;
        steady.id = QStringLiteral("steady");
        steady.profile.name = QStringLiteral("Writer");
        steady.state = JobState::Running;
        steady.createdAt = start;
        steady.polls = round;
        records.append(steady);
        std::printf("writing %d\n", round);
        std::fflush(stdout);
        if (!db.save(records, {}, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        std::printf("committed %d\n", round);
        std::fflush(stdout);
    }
}

#pragma once

#include "jobrecord.h"
#include "jobstats.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace td {

// The job history in one SQLite database (Qt SQL's QSQLITE driver) in the history folder: each
// job one row, its whole record as JSON beside the columns questions are asked of (profile,
// state, launch and end, duration, probe), indexed by profile, state and time. It holds a hundred
// thousand jobs and more: the window loads only the running and the newest finished ones, and the
// health charts and `triggerdesk-cli stats` ask it for outcomes without reading whole records.
//
// Writes are transactions in a write-ahead log synced to disk at each commit (journal_mode=WAL,
// synchronous=FULL): a process killed while writing loses no committed job, and readers (the CLI,
// the health dialog) never wait for the writer. One connection per object, to be used on the
// thread that opened it.
class JobDatabase
{
    Q_DECLARE_TR_FUNCTIONS(JobDatabase)

public:
    enum class Access
    {
        ReadWrite, // creates the folder, the file and its tables when missing
        ReadOnly,  // what the CLI and the health charts use: never creates or changes anything
    };

    // The database's file name in the history folder (beside it SQLite keeps "-wal" and "-shm").
    static constexpr char kFileName[] = "history.sqlite";
    // Where migrated JSON records are moved, in the history folder, once the database holds them.
    static constexpr char kMigratedFolder[] = "migrated-json";
    // How long a write waits for another connection's lock before it fails.
    static constexpr int kBusyTimeoutMs = 2000;

    explicit JobDatabase(const QString &directory, Access access = Access::ReadWrite);
    ~JobDatabase();
    JobDatabase(const JobDatabase &) = delete;
    JobDatabase &operator=(const JobDatabase &) = delete;

    static QString pathIn(const QString &directory);
    QString path() const { return pathIn(m_directory); }
    QString directory() const { return m_directory; }

    // Opens (and, for ReadWrite, creates) the database; false with the reason in *error when it
    // is missing, not a database, locked by another process, or made by a newer TriggerDesk.
    bool open(QString *error = nullptr);
    bool isOpen() const { return m_db.isOpen(); }

    // One transaction: each record written (replacing the job's earlier row) and each id deleted;
    // nothing changes when it fails.
    bool save(const QList<JobRecord> &records, const QStringList &removedIds = {}, QString *error = nullptr);
    // The jobs that had not ended, however old, and the newest `finished` ended ones, oldest first.
    // Rows that cannot be read are named in *problems and left as they are.
    QList<JobRecord> recent(int finished, QStringList *problems = nullptr, QString *error = nullptr) const;
    // The ended jobs launched at or after since (all when invalid), of profile when given, oldest
    // first: from the columns, without reading whole records.
    QList<JobOutcome> outcomes(const QDateTime &since, const QString &profile = QString(),
                               QString *error = nullptr) const;
    // Deletes the ended jobs that ended before endedBefore (none when invalid) and those beyond the
    // newest `keep` ended ones. Returns how many ended jobs remain, or -1 when it failed.
    int prune(int keep, const QDateTime &endedBefore, QString *error = nullptr);
    // Moves the JSON records in the folder (the history before the database, or records kept as
    // files while it could not be written) into the database in one transaction; once committed,
    // the files go to kMigratedFolder. Unreadable files are named in *problems and stay where they
    // are. Returns how many records were moved in, or -1 when the transaction failed: then the
    // files are untouched.
    int importJsonFiles(QStringList *problems = nullptr, QString *error = nullptr);
    // Every job (ended or not); -1 when the database cannot answer.
    int count() const;

private:
    bool exec(const QString &statement, QString *error) const;
    // Closes the connection and forgets it (open() may be called again).
    void release();
    bool createSchema(QString *error);

    QString m_directory;
    Access m_access;
    QString m_connection;
    QSqlDatabase m_db;
};

} // namespace td

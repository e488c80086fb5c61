#include "jobdatabase.h"

#include "jobstore.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>

namespace td {

namespace {

// The schema's version, in SQLite's user_version: a database made by a newer TriggerDesk is not
// written by an older one.
constexpr int kSchemaVersion = 1;

// SQLite's own words ("database is locked") when it gave some, else Qt's.
QString errorOf(const QSqlError &error)
{
    const QString database = error.databaseText().trimmed();
    return database.isEmpty() ? error.text().trimmed() : database;
}

QString errorOf(const QSqlQuery &query)
{
    return errorOf(query.lastError());
}

void setError(QString *error, const QString &text)
{
    if (error)
        *error = text;
}

qint64 msOf(const QDateTime &at)
{
    return at.isValid() ? at.toMSecsSinceEpoch() : 0;
}

QDateTime timeOf(const QVariant &ms)
{
    return ms.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(ms.toLongLong(), QTimeZone::utc());
}

} // namespace

JobDatabase::JobDatabase(const QString &directory, Access access) : m_directory(directory), m_access(access)
{
    static QAtomicInt connections;
    m_connection = QStringLiteral("triggerdesk-history-%1").arg(connections.fetchAndAddRelaxed(1));
}

JobDatabase::~JobDatabase()
{
    release();
}

void JobDatabase::release()
{
    if (m_db.isValid())
        m_db.close();
    m_db = QSqlDatabase();
    if (QSqlDatabase::contains(m_connection))
        QSqlDatabase::removeDatabase(m_connection);
}

QString JobDatabase::pathIn(const QString &directory)
{
    return QDir(directory).filePath(QLatin1String(kFileName));
}

bool JobDatabase::exec(const QString &statement, QString *error) const
{
    QSqlQuery query(m_db);
    if (query.exec(statement))
        return true;
    setError(error, errorOf(query));
    return false;
}

bool JobDatabase::open(QString *error)
{
    if (m_db.isOpen())
        return true;
    const bool readOnly = m_access == Access::ReadOnly;
    if (readOnly && !QFile::exists(path())) {
        setError(error, tr("There is no job history database in %1.").arg(QDir::toNativeSeparators(m_directory)));
        return false;
    }
    if (!readOnly && !QDir().mkpath(m_directory)) {
        setError(error, tr("The folder %1 could not be created.").arg(QDir::toNativeSeparators(m_directory)));
        return false;
    }
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    if (!m_db.isValid()) {
        setError(error, tr("Qt's SQLite driver (QSQLITE) is not installed."));
        release();
        return false;
    }
    m_db.setDatabaseName(path());
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1%2")
                               .arg(kBusyTimeoutMs)
                               .arg(readOnly ? QStringLiteral(";QSQLITE_OPEN_READONLY") : QString()));
    if (!m_db.open()) {
        setError(error, errorOf(m_db.lastError()));
        release();
        return false;
    }
    // The first statement reads the file: one that is not a database fails here.
    int schema = -1;
    {
        QSqlQuery version(m_db);
        if (version.exec(QStringLiteral("PRAGMA user_version")) && version.next())
            schema = version.value(0).toInt();
        else
            setError(error, errorOf(version));
    }
    if (schema < 0) {
        release();
        return false;
    }
    if (schema > kSchemaVersion) {
        setError(error, tr("It was made by a newer version of TriggerDesk (schema %1; this version knows %2).")
                            .arg(schema)
                            .arg(kSchemaVersion));
        release();
        return false;
    }
    if (readOnly)
        return true;
    if (!exec(QStringLiteral("PRAGMA journal_mode=WAL"), error) ||
        !exec(QStringLiteral("PRAGMA synchronous=FULL"), error) || !createSchema(error)) {
        release();
        return false;
    }
    return true;
}

bool JobDatabase::createSchema(QString *error)
{
    // In a write transaction even when the tables are there: a database another process holds
    // locked fails here, at open, not at the first job.
    if (!exec(QStringLiteral("BEGIN IMMEDIATE"), error))
        return false;
    const QStringList statements = {
        QStringLiteral("CREATE TABLE IF NOT EXISTS jobs ("
                       "id TEXT PRIMARY KEY NOT NULL, profile TEXT NOT NULL, state TEXT NOT NULL, "
                       "ended INTEGER NOT NULL, launched_ms INTEGER NOT NULL, ended_ms INTEGER, "
                       "duration_ms INTEGER NOT NULL, probe INTEGER NOT NULL, record TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS jobs_by_profile ON jobs (profile, launched_ms)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS jobs_by_end ON jobs (ended, launched_ms)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS jobs_by_state ON jobs (state, launched_ms)"),
        QStringLiteral("PRAGMA user_version = %1").arg(kSchemaVersion),
    };
    for (const QString &statement : statements) {
        if (!exec(statement, error)) {
            exec(QStringLiteral("ROLLBACK"), nullptr);
            return false;
        }
    }
    return exec(QStringLiteral("COMMIT"), error);
}

bool JobDatabase::save(const QList<JobRecord> &records, const QStringList &removedIds, QString *error)
{
    if (!m_db.isOpen()) {
        setError(error, tr("The job history database is not open."));
        return false;
    }
    if (!m_db.transaction()) {
        setError(error, errorOf(m_db.lastError()));
        return false;
    }
    QSqlQuery insert(m_db);
    QSqlQuery remove(m_db);
    bool ok =
        insert.prepare(QStringLiteral("INSERT OR REPLACE INTO jobs (id, profile, state, ended, launched_ms, "
                                      "ended_ms, duration_ms, probe, record) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) &&
        remove.prepare(QStringLiteral("DELETE FROM jobs WHERE id = ?"));
    QString failure = ok ? QString() : errorOf(insert.lastError().isValid() ? insert : remove);
    for (qsizetype i = 0; ok && i < records.size(); ++i) {
        const JobRecord &record = records.at(i);
        if (record.id.isEmpty()) {
            ok = false;
            failure = tr("A job record without an id cannot be saved.");
            break;
        }
        const JobOutcome outcome = JobOutcome::of(record);
        const bool ended = isTerminal(record.state);
        insert.addBindValue(record.id);
        insert.addBindValue(outcome.profile);
        insert.addBindValue(jobStateName(record.state));
        insert.addBindValue(ended ? 1 : 0);
        insert.addBindValue(msOf(record.createdAt));
        insert.addBindValue(ended && record.finishedAt.isValid() ? QVariant(msOf(record.finishedAt)) : QVariant());
        insert.addBindValue(outcome.durationMs);
        insert.addBindValue(record.probe ? 1 : 0);
        insert.addBindValue(QString::fromUtf8(QJsonDocument(record.toJson()).toJson(QJsonDocument::Compact)));
        ok = insert.exec();
        if (!ok)
            failure = errorOf(insert);
    }
    for (qsizetype i = 0; ok && i < removedIds.size(); ++i) {
        remove.addBindValue(removedIds.at(i));
        ok = remove.exec();
        if (!ok)
            failure = errorOf(remove);
    }
    insert.finish();
    remove.finish();
    if (ok && !m_db.commit()) {
        ok = false;
        failure = errorOf(m_db.lastError());
    }
    if (!ok) {
        m_db.rollback();
        setError(error, failure);
    }
    return ok;
}

QList<JobRecord> JobDatabase::recent(int finished, QStringList *problems, QString *error) const
{
    QList<JobRecord> records;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    const auto read = [&] {
        while (query.next()) {
            QJsonParseError parseError;
            const QJsonDocument doc = QJsonDocument::fromJson(query.value(1).toString().toUtf8(), &parseError);
            if (!doc.isObject()) {
                if (problems)
                    problems->append(tr("The job %1 in %2 could not be read: %3")
                                         .arg(query.value(0).toString(), QDir::toNativeSeparators(path()),
                                              parseError.errorString()));
                continue;
            }
            records.append(JobRecord::fromJson(doc.object()));
        }
    };
    if (!query.exec(QStringLiteral("SELECT id, record FROM jobs WHERE ended = 0"))) {
        setError(error, errorOf(query));
        return {};
    }
    read();
    query.prepare(QStringLiteral("SELECT id, record FROM jobs WHERE ended = 1 ORDER BY launched_ms DESC LIMIT ?"));
    query.addBindValue(qMax(0, finished));
    if (!query.exec()) {
        setError(error, errorOf(query));
        return {};
    }
    read();
    std::stable_sort(records.begin(), records.end(),
                     [](const JobRecord &a, const JobRecord &b) { return a.createdAt < b.createdAt; });
    return records;
}

QList<JobOutcome> JobDatabase::outcomes(const QDateTime &since, const QString &profile, QString *error) const
{
    QString statement = QStringLiteral(
        "SELECT id, profile, state, launched_ms, ended_ms, duration_ms, probe FROM jobs WHERE ended = 1");
    if (since.isValid())
        statement += QStringLiteral(" AND launched_ms >= :since");
    if (!profile.isEmpty())
        statement += QStringLiteral(" AND profile = :profile");
    statement += QStringLiteral(" ORDER BY launched_ms");
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(statement);
    if (since.isValid())
        query.bindValue(QStringLiteral(":since"), msOf(since));
    if (!profile.isEmpty())
        query.bindValue(QStringLiteral(":profile"), profile);
    if (!query.exec()) {
        setError(error, errorOf(query));
        return {};
    }
    QList<JobOutcome> outcomes;
    while (query.next()) {
        JobOutcome outcome;
        outcome.id = query.value(0).toString();
        outcome.profile = query.value(1).toString();
        parseJobState(query.value(2).toString(), &outcome.state);
        outcome.launched = timeOf(query.value(3));
        outcome.ended = timeOf(query.value(4));
        outcome.durationMs = query.value(5).toLongLong();
        outcome.probe = query.value(6).toInt() != 0;
        outcomes.append(outcome);
    }
    return outcomes;
}

int JobDatabase::prune(int keep, const QDateTime &endedBefore, QString *error)
{
    if (!m_db.transaction()) {
        setError(error, errorOf(m_db.lastError()));
        return -1;
    }
    QSqlQuery query(m_db);
    bool ok = true;
    if (endedBefore.isValid()) {
        query.prepare(QStringLiteral("DELETE FROM jobs WHERE ended = 1 AND COALESCE(ended_ms, launched_ms) < ?"));
        query.addBindValue(msOf(endedBefore));
        ok = query.exec();
    }
    if (ok) {
        query.prepare(QStringLiteral("DELETE FROM jobs WHERE rowid IN (SELECT rowid FROM jobs WHERE ended = 1 "
                                     "ORDER BY launched_ms DESC LIMIT -1 OFFSET ?)"));
        query.addBindValue(qMax(0, keep));
        ok = query.exec();
    }
    int left = -1;
    if (ok && (ok = query.exec(QStringLiteral("SELECT COUNT(*) FROM jobs WHERE ended = 1")) && query.next()))
        left = query.value(0).toInt();
    const QString failure = ok ? QString() : errorOf(query);
    query.finish();
    if (ok && !m_db.commit()) {
        setError(error, errorOf(m_db.lastError()));
        m_db.rollback();
        return -1;
    }
    if (!ok) {
        m_db.rollback();
        setError(error, failure);
        return -1;
    }
    return left;
}

int JobDatabase::importJsonFiles(QStringList *problems, QString *error)
{
    const JobStore files(m_directory);
    QList<JobRecord> records = files.loadAll(problems);
    records.removeIf([&](const JobRecord &record) {
        if (!record.id.isEmpty())
            return false;
        if (problems)
            problems->append(
                tr("A job record without an id in %1 was left as it is.").arg(QDir::toNativeSeparators(m_directory)));
        return true;
    });
    if (records.isEmpty())
        return 0;
    if (!save(records, {}, error))
        return -1;
    // Committed: the files move aside (a file left behind by a failed move is read again next
    // time, and writes the same row).
    QDir dir(m_directory);
    dir.mkpath(QLatin1String(kMigratedFolder));
    const QDir migrated(dir.filePath(QLatin1String(kMigratedFolder)));
    for (const JobRecord &record : std::as_const(records)) {
        const QString file = files.fileFor(record.id);
        const QString target = migrated.filePath(QFileInfo(file).fileName());
        QFile::remove(target);
        QFile::rename(file, target);
    }
    return int(records.size());
}

int JobDatabase::count() const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM jobs")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

} // namespace td

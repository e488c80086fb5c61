#pragma once

// What the window's job history holds on disk, read the way a person with sqlite3 would: the
// database's rows, not the window's memory.

#include "jobdatabase.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QUuid>

#include <climits>
#include <functional>

namespace td::test {

// Runs body over a read-only connection of its own to the SQLite file at path.
inline void withSqlite(const QString &path, const std::function<void(QSqlDatabase &)> &body)
{
    const QString name = QStringLiteral("test-reader-") + QUuid::createUuid().toString(QUuid::Id128);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open())
            body(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

// Every record in the history folder's database, oldest first.
inline QList<JobRecord> storedRecords(const QString &directory)
{
    JobDatabase db(directory, JobDatabase::Access::ReadOnly);
    return db.open() ? db.recent(INT_MAX) : QList<JobRecord>();
}

// The records of jobs that had not ended: what the next start watches again.
inline QList<JobRecord> storedUnfinished(const QString &directory)
{
    QList<JobRecord> records = storedRecords(directory);
    records.removeIf([](const JobRecord &record) { return isTerminal(record.state); });
    return records;
}

inline QStringList storedIds(const QString &directory)
{
    QStringList ids;
    for (const JobRecord &record : storedRecords(directory))
        ids.append(record.id);
    ids.sort();
    return ids;
}

// The record of one job as the database holds it, JSON as written.
inline QJsonObject storedJson(const QString &directory, const QString &id)
{
    QJsonObject json;
    withSqlite(JobDatabase::pathIn(directory), [&](QSqlDatabase &db) {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("SELECT record FROM jobs WHERE id = ?"));
        query.addBindValue(id);
        if (query.exec() && query.next())
            json = QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
    });
    return json;
}

// Every value of every table of an SQLite file, as text: a secret split across the file's pages
// shows whole here.
inline QByteArray sqliteText(const QString &path)
{
    QByteArray text;
    withSqlite(path, [&](QSqlDatabase &db) {
        const QStringList tables = db.tables();
        for (const QString &table : tables) {
            QSqlQuery query(db);
            if (!query.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table)))
                continue;
            while (query.next()) {
                for (int column = 0; column < query.record().count(); ++column)
                    text += query.value(column).toString().toUtf8() + '\n';
            }
        }
    });
    return text;
}

// Another process's lock on the database, as a second writer would hold it (BEGIN EXCLUSIVE):
// writes wait for it, then fail with "database is locked".
class DatabaseLock
{
public:
    explicit DatabaseLock(const QString &path)
    {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        m_db.setDatabaseName(path);
        if (m_db.open())
            m_held = QSqlQuery(m_db).exec(QStringLiteral("BEGIN EXCLUSIVE"));
    }
    ~DatabaseLock()
    {
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    DatabaseLock(const DatabaseLock &) = delete;
    DatabaseLock &operator=(const DatabaseLock &) = delete;
    bool held() const { return m_held; }

private:
    const QString m_name = QStringLiteral("lock-") + QUuid::createUuid().toString(QUuid::Id128);
    QSqlDatabase m_db;
    bool m_held = false;
};

} // namespace td::test

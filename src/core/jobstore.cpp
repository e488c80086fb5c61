#include "jobstore.h"

#include "jsonfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QStandardPaths>

#include <algorithm>

namespace td {

JobStore::JobStore(const QString &directory) : m_directory(directory) {}

QString JobStore::historyDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("jobs"));
}

QString JobStore::fileFor(const QString &id) const
{
    return QDir(m_directory).filePath(id + QLatin1String(".json"));
}

bool JobStore::save(const JobRecord &record, QString *error) const
{
    if (record.id.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("td::JobStore", "A job record without an id cannot be saved.");
        return false;
    }
    return writeJsonFile(fileFor(record.id), QJsonDocument(record.toJson()), error);
}

bool JobStore::remove(const QString &id) const
{
    return QFile::remove(fileFor(id));
}

QList<JobRecord> JobStore::loadAll(QStringList *problems) const
{
    QList<JobRecord> records;
    const QDir dir(m_directory);
    // A process killed in the middle of an atomic write leaves its temporary file (QSaveFile's
    // "<id>.json.XXXXXX"); the record it was replacing is intact.
    const QStringList leftovers = dir.entryList({QStringLiteral("*.json.??????")}, QDir::Files | QDir::Hidden);
    for (const QString &file : leftovers)
        QFile::remove(dir.filePath(file));
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files);
    for (const QString &file : files) {
        QString error;
        const QJsonDocument doc = readJsonFile(dir.filePath(file), &error);
        if (!doc.isObject()) {
            if (problems)
                problems->append(error);
            continue;
        }
        records.append(JobRecord::fromJson(doc.object()));
    }
    std::sort(records.begin(), records.end(),
              [](const JobRecord &a, const JobRecord &b) { return a.createdAt < b.createdAt; });
    return records;
}

QList<JobRecord> JobStore::unfinished(QStringList *problems) const
{
    QList<JobRecord> records = loadAll(problems);
    records.removeIf([](const JobRecord &record) { return isTerminal(record.state); });
    return records;
}

} // namespace td

#pragma once

#include "jobrecord.h"

#include <QList>
#include <QString>

namespace td {

// Job history: one JSON file per job in a directory, each written atomically, so a crash while
// saving one job never loses another. Jobs that were still running come back on start.
class JobStore
{
public:
    explicit JobStore(const QString &directory);
    // The window's job history, which triggerdesk-cli stats reads too (the "jobs" folder in the
    // data folder: ~/.local/share/TriggerDesk/triggerdesk/jobs on Linux).
    static QString historyDirectory();

    QString directory() const { return m_directory; }
    // The file a job's record is kept in.
    QString fileFor(const QString &id) const;

    // Returns false, with a message in *error, when the record could not be written.
    bool save(const JobRecord &record, QString *error = nullptr) const;
    bool remove(const QString &id) const;
    // Every readable record, oldest first. Unreadable files are named in *problems, not deleted.
    QList<JobRecord> loadAll(QStringList *problems = nullptr) const;
    // The records whose state is not terminal: their watching was interrupted.
    QList<JobRecord> unfinished(QStringList *problems = nullptr) const;

private:
    QString m_directory;
};

} // namespace td

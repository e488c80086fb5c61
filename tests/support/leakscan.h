#pragma once

#include "historyreader.h"
#include "orchestratorsimulator.h"

#include <QDirIterator>
#include <QFile>
#include <QList>
#include <QStringList>

namespace td::test {

// Every bearer token the simulator was shown, except the ones listed (static test tokens).
inline QList<QByteArray> bearerTokensSeen(const sim::OrchestratorSimulator &simulator,
                                          const QList<QByteArray> &except = {})
{
    QList<QByteArray> tokens;
    const QList<sim::SimRequest> requests = simulator.requests();
    for (const sim::SimRequest &request : requests) {
        if (!request.authorization.startsWith("Bearer "))
            continue;
        const QByteArray token = request.authorization.mid(7);
        if (!except.contains(token) && !tokens.contains(token))
            tokens.append(token);
    }
    return tokens;
}

// Searches every file below directory for any of the secrets; returns the files that hold one.
// An SQLite database is read through SQL as well as byte by byte. *searched counts the files
// read, so a caller can tell an empty search from a clean one.
inline QStringList filesContaining(const QString &directory, const QList<QByteArray> &secrets, int *searched)
{
    QStringList leaking;
    *searched = 0;
    QDirIterator files(directory, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        if (!file.open(QIODevice::ReadOnly)) {
            leaking.append(file.fileName() + QStringLiteral(" (unreadable)"));
            continue;
        }
        QByteArray content = file.readAll();
        if (content.startsWith("SQLite format 3"))
            content += sqliteText(file.fileName());
        ++*searched;
        for (const QByteArray &secret : secrets) {
            if (content.contains(secret))
                leaking.append(file.fileName());
        }
    }
    return leaking;
}

} // namespace td::test

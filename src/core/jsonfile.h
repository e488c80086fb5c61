#pragma once

#include <QJsonDocument>
#include <QString>

namespace td {

// Writes the document through QSaveFile (all or nothing), creating the directory if needed.
bool writeJsonFile(const QString &path, const QJsonDocument &doc, QString *error);
// Reads a JSON document; on failure returns a null document and a message naming the file.
QJsonDocument readJsonFile(const QString &path, QString *error);

} // namespace td

#include "jsonfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonParseError>
#include <QSaveFile>

namespace td {

bool writeJsonFile(const QString &path, const QJsonDocument &doc, QString *error)
{
    const QString dir = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(dir)) {
        if (error)
            *error = QCoreApplication::translate("td::JsonFile", "Could not create the folder %1.")
                         .arg(QDir::toNativeSeparators(dir));
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(doc.toJson(QJsonDocument::Indented)) < 0 || !file.commit()) {
        if (error)
            *error = QCoreApplication::translate("td::JsonFile", "Could not write %1: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

QJsonDocument readJsonFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("td::JsonFile", "Could not read %1: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error) {
            *error = QCoreApplication::translate("td::JsonFile", "%1 is not valid JSON (at byte %2: %3).")
                         .arg(QDir::toNativeSeparators(path))
                         .arg(parseError.offset)
                         .arg(parseError.errorString());
        }
        return {};
    }
    return doc;
}

} // namespace td

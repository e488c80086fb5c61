#pragma once

#include "jobrecord.h"

#include <QByteArray>
#include <QList>
#include <QString>

class QAbstractItemModel;

namespace td {

// The environment variable a copied curl command reads the token from: the token itself is
// never copied, exported or shown.
inline constexpr char kTokenPlaceholderVariable[] = "TRIGGERDESK_TOKEN";

// The job's trigger call as a curl command a person can paste into a shell.
QString curlCommand(const JobRecord &record);
// The output (pretty JSON when it is JSON) or, for a job without output, its error.
QString outputText(const JobRecord &record);
// Every row and column of the model as shown, with a header line (RFC 4180 quoting).
QByteArray tableCsv(const QAbstractItemModel *model);
// The records as a JSON array of job objects.
QByteArray recordsJson(const QList<JobRecord> &records);

} // namespace td

#pragma once

#include "jobrecord.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace td {

// The environment variable a copied curl command reads the token from: the token itself is
// never copied, exported or shown.
inline constexpr char kTokenPlaceholderVariable[] = "TRIGGERDESK_TOKEN";

// The job's trigger call as a curl command a person can paste into a shell.
QString curlCommand(const JobRecord &record);
// The output (pretty JSON when it is JSON) or, for a job without output, its error.
QString outputText(const JobRecord &record);
// The records as CSV for a spreadsheet (RFC 4180, UTF-8 with a byte order mark): one line per
// job with the JSON export's names and values (ISO 8601 UTC times, the duration in seconds and
// by whose clock, full ids, the server's message and code, arguments and output as JSON text).
QByteArray recordsCsv(const QList<JobRecord> &records);
// The records as a JSON array of job objects.
QByteArray recordsJson(const QList<JobRecord> &records);

} // namespace td

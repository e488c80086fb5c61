#pragma once

#include "jobrecord.h"

#include <QJsonObject>

namespace td::cli {

int exitCodeFor(JobState state);
// The --json object: id, state, mode, output, error, statusUri, hops, transitions.
QJsonObject resultJson(const JobRecord &record);
// The same object as one line of compact JSON, with the output's members in the server's order.
QByteArray resultJsonLine(const JobRecord &record);
// The human report on stdout: the state, the error, the output, the status URI to resume from.
void printReport(const JobRecord &record);
// One line on stderr per transition and per hop while a job runs.
void printTransition(const JobRecord &record);
void printHop(const Hop &hop);

} // namespace td::cli

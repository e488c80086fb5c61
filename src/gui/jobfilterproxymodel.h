#pragma once

#include "callmode.h"

#include <QSortFilterProxyModel>

namespace td {

// Filters the job table by state (one state, "active", or all) and by free text over the
// profile, mode, state and summary; sorts by each column's natural value.
class JobFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class StateFilter
    {
        All,
        Active,   // not terminal yet
        Finished, // terminal
        OneState,
    };

    explicit JobFilterProxyModel(QObject *parent = nullptr);

    void setStateFilter(StateFilter filter, JobState state = JobState::Queued);
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    StateFilter m_filter = StateFilter::All;
    JobState m_state = JobState::Queued;
    QString m_text;
};

} // namespace td

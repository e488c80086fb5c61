#include "jobfilterproxymodel.h"

#include "jobtablemodel.h"

namespace td {

JobFilterProxyModel::JobFilterProxyModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(JobTableModel::SortRole);
    setDynamicSortFilter(true);
}

void JobFilterProxyModel::setStateFilter(StateFilter filter, JobState state)
{
    if (filter == m_filter && state == m_state)
        return;
    m_filter = filter;
    m_state = state;
    invalidateRowsFilter();
}

void JobFilterProxyModel::setText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateRowsFilter();
}

bool JobFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    const auto state = JobState(model->index(sourceRow, 0, sourceParent).data(JobTableModel::StateRole).toInt());
    switch (m_filter) {
    case StateFilter::All:
        break;
    case StateFilter::Active:
        if (isTerminal(state))
            return false;
        break;
    case StateFilter::Finished:
        if (!isTerminal(state))
            return false;
        break;
    case StateFilter::OneState:
        if (state != m_state)
            return false;
        break;
    }
    if (m_text.isEmpty())
        return true;
    return model->index(sourceRow, 0, sourceParent)
        .data(JobTableModel::SearchRole)
        .toString()
        .contains(m_text, Qt::CaseInsensitive);
}

} // namespace td

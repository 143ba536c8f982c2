#pragma once

#include "core/meeting/Nomination.h"

#include <QAbstractTableModel>

namespace thidua {

// The nominations (đề nghị khen thưởng) of a school year as NominationService::list gives them: subject, award form,
// danh hiệu or hình thức, proposing unit, state, and the eligibility problems still open (marked, explained in the
// tooltip). Read-only: changes go through NominationService and the page reloads.
class NominationTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        SubjectColumn,
        FormColumn,
        CategoryColumn,
        ProposedByColumn,
        StateColumn,
        ProblemsColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        OpenProblemsRole, // the number of problems not overridden
    };

    explicit NominationTableModel(QObject* parent = nullptr);

    void setNominations(NominationViews nominations);
    const NominationViews& nominations() const { return m_nominations; }
    const NominationView* at(int row) const;
    int rowOf(qint64 nominationId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "Danh hiệu thi đua" / "Hình thức khen thưởng" kept apart, as the law does.
    static QString categoryText(AwardForm::Category category);
    // "2 chưa giải quyết" or "—"; the tooltip lists each explanation and each override with its reason.
    static QString problemsText(const NominationView& view);
    static QString problemsTooltip(const NominationView& view);

private:
    QVariant display(const NominationView& view, int column) const;

    NominationViews m_nominations;
};

} // namespace thidua

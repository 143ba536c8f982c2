#pragma once

#include "core/meeting/Meeting.h"

#include <QAbstractTableModel>

namespace thidua {

// The running result of a meeting for the room: each nominee in meeting order with the votes of the accepted round
// that counted it, the share of the form's denominator and Đạt / Không đạt (MeetingRecord::Nominee, computed by
// MeetingRules in the core). The current nominee is drawn bold. Read-only.
class MeetingResultModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        PositionColumn,
        NomineeColumn,
        FormColumn,
        AgreeColumn,
        DisagreeColumn,
        ShareColumn,
        ResultColumn,
        ColumnCount
    };

    explicit MeetingResultModel(QObject* parent = nullptr);

    void setNominees(QList<MeetingRecord::Nominee> nominees);
    void setCurrent(int row);
    int current() const { return m_current; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // 8888 → "88,88 %" (Vietnamese decimal comma).
    static QString shareText(int tenths); // 777 → "77,7 %"
    // "Đạt", "Không đạt", or "Chưa bỏ phiếu" before an accepted round counted the nominee.
    static QString resultText(const MeetingRecord::Nominee& nominee);

private:
    QVariant display(const MeetingRecord::Nominee& nominee, int column) const;

    QList<MeetingRecord::Nominee> m_nominees;
    int m_current = -1;
};

} // namespace thidua

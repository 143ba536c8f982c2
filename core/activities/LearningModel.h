#pragma once

#include <QList>
#include <QString>

namespace thidua {

// A learning model (mô hình học tập) that a collective, usually a tổ, builds in a school year, and what it achieved.
struct LearningModel
{
    qint64 id = 0;
    qint64 schoolYearId = 0;
    qint64 collectiveId = 0;
    QString name;
    QString description;
    QString result; // kết quả

    friend bool operator==(const LearningModel&, const LearningModel&) = default;
};

using LearningModels = QList<LearningModel>;

} // namespace thidua

#pragma once

#include "core/common/Result.h"

#include <QTableView>

namespace thidua {

class LearningCitizenModel;

// The bulk grid's table, driven by the keyboard: đ / d / 1 / x records đạt, k / 0 không đạt, c / Delete chưa đánh
// giá, each moving to the next row; Enter moves down; Ctrl+V pastes a column copied from Excel (one result a line:
// đạt, không đạt, đ, k, x, blank…) from the current row down, as one change. A failure is announced by
// writeFailed(), the rows keep what they showed.
class LearningCitizenGrid : public QTableView
{
    Q_OBJECT

public:
    explicit LearningCitizenGrid(QWidget* parent = nullptr);

    void setResultModel(LearningCitizenModel* model);
    // Pastes `text` (lines of a copied column; cells after a tab are ignored) from the current row down.
    Status pasteText(const QString& text);

signals:
    void writeFailed(const QString& what, const thidua::Error& error);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void inputMethodEvent(QInputMethodEvent* event) override;

private:
    bool typed(const QString& text);
    void moveDown();

    LearningCitizenModel* m_model = nullptr;
};

} // namespace thidua

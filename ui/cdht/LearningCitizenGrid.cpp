#include "ui/cdht/LearningCitizenGrid.h"

#include "ui/cdht/LearningCitizenModel.h"

#include <QApplication>
#include <QClipboard>
#include <QInputMethodEvent>
#include <QKeyEvent>
#include <QRegularExpression>

#include <algorithm>

namespace thidua {

LearningCitizenGrid::LearningCitizenGrid(QWidget* parent)
    : QTableView(parent)
{
    setAttribute(Qt::WA_InputMethodEnabled); // "đ" typed through an input method (Telex "dd") arrives committed
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers); // a key records at once, no editor opens
    setTabKeyNavigation(false);
}

void LearningCitizenGrid::setResultModel(LearningCitizenModel* model)
{
    m_model = model;
    setModel(model);
}

void LearningCitizenGrid::moveDown()
{
    const QModelIndex current = currentIndex();
    const int column = current.isValid() ? current.column() : int(LearningCitizenModel::ResultColumn);
    const int row = current.isValid() ? current.row() + 1 : 0;
    if (row < model()->rowCount())
        setCurrentIndex(model()->index(row, column));
}

bool LearningCitizenGrid::typed(const QString& text)
{
    if (!m_model || text.isEmpty() || text.size() > 2)
        return false;
    // One key: "đ", "d", "1", "x" / "k", "0" / "c"; a blank does not count as a key here.
    if (text.trimmed().isEmpty())
        return false;
    const auto status = LearningCitizenResult::statusFromText(text);
    if (!status)
        return false;
    const QModelIndex current = currentIndex();
    const int row = current.isValid() ? current.row() : 0;
    if (row >= m_model->rowCount())
        return true;
    if (auto done = m_model->setStatuses(row, { *status }); !done) {
        emit writeFailed(tr("The result could not be recorded."), done.error());
        return true;
    }
    if (!current.isValid())
        setCurrentIndex(m_model->index(0, LearningCitizenModel::ResultColumn));
    moveDown();
    return true;
}

Status LearningCitizenGrid::pasteText(const QString& text)
{
    if (!m_model)
        return {};
    QStringList lines = text.split(QRegularExpression(QStringLiteral("\r\n|\n|\r")));
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast(); // the line break Excel puts after the last cell
    QList<LearningCitizenResult::Status> statuses;
    for (int i = 0; i < lines.size(); ++i) {
        const QString cell = lines.at(i).section(QLatin1Char('\t'), 0, 0);
        const auto status = LearningCitizenResult::statusFromText(cell);
        if (!status)
            return Error { Error::Code::Validation,
                tr("Line %1 of the pasted text, “%2”, is not a result: use đạt, không đạt or chưa đánh giá (or đ, k, "
                   "c).")
                    .arg(i + 1)
                    .arg(cell.trimmed()) };
        statuses.append(*status);
    }
    const QModelIndex current = currentIndex();
    const int first = current.isValid() ? current.row() : 0;
    if (auto done = m_model->setStatuses(first, statuses); !done)
        return done;
    const int last = std::min(first + int(statuses.size()), m_model->rowCount()) - 1;
    if (last >= first)
        setCurrentIndex(m_model->index(last, LearningCitizenModel::ResultColumn));
    return {};
}

void LearningCitizenGrid::keyPressEvent(QKeyEvent* event)
{
    if (event->matches(QKeySequence::Paste)) {
        if (auto done = pasteText(QApplication::clipboard()->text()); !done)
            emit writeFailed(tr("The pasted column could not be recorded."), done.error());
        event->accept();
        return;
    }
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        moveDown();
        event->accept();
        return;
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        typed(QStringLiteral("c"));
        event->accept();
        return;
    default:
        break;
    }
    if (!(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier)) && typed(event->text())) {
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

void LearningCitizenGrid::inputMethodEvent(QInputMethodEvent* event)
{
    if (!event->commitString().isEmpty() && typed(event->commitString())) {
        event->accept();
        return;
    }
    QTableView::inputMethodEvent(event);
}

} // namespace thidua

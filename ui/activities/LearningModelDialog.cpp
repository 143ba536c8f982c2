#include "ui/activities/LearningModelDialog.h"

#include "core/activities/LearningModelRule.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

#include <algorithm>

namespace thidua {

LearningModelDialog::LearningModelDialog(const LearningModel& model, const Collectives& collectives, QWidget* parent)
    : QDialog(parent)
    , m_model(model)
    , m_collective(new QComboBox(this))
    , m_name(new QLineEdit(model.name, this))
    , m_description(new QPlainTextEdit(model.description, this))
    , m_result(new QPlainTextEdit(model.result, this))
{
    setObjectName(QStringLiteral("learningModelDialog"));
    setWindowTitle(model.id > 0 ? tr("Learning model") : tr("New learning model"));
    m_collective->setObjectName(QStringLiteral("collective"));
    m_name->setObjectName(QStringLiteral("name"));
    m_description->setObjectName(QStringLiteral("description"));
    m_result->setObjectName(QStringLiteral("result"));
    // The tổ first, then the other collectives.
    for (const bool groups : { true, false }) {
        for (const Collective& c : collectives) {
            if (LearningModelRule::isExpected(c) == groups)
                m_collective->addItem(c.name, c.id);
        }
    }
    m_collective->setCurrentIndex(std::max(0, m_collective->findData(model.collectiveId)));
    for (QPlainTextEdit* edit : { m_description, m_result })
        edit->setMaximumHeight(fontMetrics().height() * 5);
    m_name->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 50);
    auto* form = new QFormLayout;
    form->addRow(tr("&Collective:"), m_collective);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("&Result:"), m_result);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &LearningModelDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

LearningModel LearningModelDialog::model() const
{
    LearningModel m = m_model;
    m.collectiveId = m_collective->currentData().toLongLong();
    m.name = m_name->text();
    m.description = m_description->toPlainText();
    m.result = m_result->toPlainText();
    return m;
}

void LearningModelDialog::submit()
{
    if (!m_submit || m_submit(model()).ok())
        accept();
}

} // namespace thidua

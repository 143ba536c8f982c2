#include "ui/school/AddSchoolYearDialog.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace thidua {

AddSchoolYearDialog::AddSchoolYearDialog(const SchoolYears& existing, const QDate& today, QWidget* parent)
    : QDialog(parent)
    , m_existing(existing)
    , m_startYear(new QSpinBox(this))
    , m_start(new QDateEdit(this))
    , m_end(new QDateEdit(this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("addSchoolYearDialog"));
    setWindowTitle(tr("New school year"));
    m_startYear->setObjectName(QStringLiteral("startYear"));
    m_startYear->setRange(1990, 2100);
    // The year after the latest one, or the one that has begun.
    const int suggested = existing.isEmpty() ? (today.month() >= 8 ? today.year() : today.year() - 1)
                                             : existing.constLast().startYear + 1;
    m_startYear->setValue(suggested);
    for (QDateEdit* edit : { m_start, m_end }) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    }
    m_problem->setWordWrap(true);
    m_problem->setVisible(false);
    QPalette palette = m_problem->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c));
    m_problem->setPalette(palette);

    auto* name = new QLabel(this);
    auto* form = new QFormLayout;
    form->addRow(tr("&Begins in:"), m_startYear);
    form->addRow(tr("School year:"), name);
    form->addRow(tr("&First day:"), m_start);
    form->addRow(tr("&Last day:"), m_end);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &AddSchoolYearDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AddSchoolYearDialog::reject);
    connect(m_startYear, &QSpinBox::valueChanged, this, [this, name](int startYear) {
        name->setText(SchoolYear::standard(startYear).name());
        startYearChanged(startYear);
    });
    name->setText(SchoolYear::standard(suggested).name());
    startYearChanged(suggested);
    setMinimumWidth(360);
}

void AddSchoolYearDialog::startYearChanged(int startYear)
{
    const SchoolYear standard = SchoolYear::standard(startYear);
    m_start->setDate(standard.startDate);
    m_end->setDate(standard.endDate);
}

SchoolYear AddSchoolYearDialog::year() const
{
    SchoolYear year;
    year.startYear = m_startYear->value();
    year.startDate = m_start->date();
    year.endDate = m_end->date();
    return year;
}

void AddSchoolYearDialog::accept()
{
    const SchoolYear y = year();
    QString problem;
    for (const SchoolYear& other : std::as_const(m_existing)) {
        if (other.startYear == y.startYear)
            problem = tr("The school year %1 already exists.").arg(y.name());
    }
    if (problem.isEmpty() && y.endDate <= y.startDate)
        problem = tr("The last day must come after the first day.");
    if (problem.isEmpty() && (y.startDate.year() != y.startYear || y.endDate.year() > y.startYear + 1))
        problem = tr("The school year %1 must begin in %2 and end by %3.")
                      .arg(y.name())
                      .arg(y.startYear)
                      .arg(y.startYear + 1);
    if (!problem.isEmpty()) {
        m_problem->setText(problem);
        m_problem->setVisible(true);
        return;
    }
    QDialog::accept();
}

} // namespace thidua

#include "ui/dashboard/TargetsDialog.h"

#include "core/text/VietnameseFormat.h"
#include "ui/common/WindowSize.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace thidua {

namespace {

QDoubleSpinBox* percentBox(int tenths, QWidget* parent)
{
    auto* box = new QDoubleSpinBox(parent);
    box->setLocale(QLocale(QLocale::Vietnamese, QLocale::Vietnam)); // "97,5"
    box->setDecimals(1);
    box->setRange(0.1, 100.0);
    box->setSingleStep(0.5);
    box->setSuffix(QStringLiteral(" %"));
    box->setValue(tenths / 10.0);
    box->setMaximumWidth(box->fontMetrics().horizontalAdvance(QStringLiteral("100,0 %")) + 60);
    return box;
}

int tenthsOf(const QDoubleSpinBox* box)
{
    return int(std::lround(box->value() * 10));
}

} // namespace

TargetsDialog::TargetsDialog(const SchoolYear& year, const Targets& targets, QWidget* parent)
    : QDialog(parent)
    , m_year(year)
    , m_targets(targets)
    , m_rate(percentBox(targets.rateTenths, this))
    , m_groupRate(percentBox(targets.groupRateTenths, this))
    , m_modelsPerGroup(new QSpinBox(this))
    , m_yearEnd(new QCheckBox(
          tr("The last day of the school year (%1)").arg(VietnameseFormat::shortDate(year.endDate)), this))
    , m_referenceDate(new QDateEdit(this))
{
    setObjectName(QStringLiteral("targetsDialog"));
    setWindowTitle(tr("Targets of the school year %1").arg(year.name()));
    m_rate->setObjectName(QStringLiteral("rate"));
    m_groupRate->setObjectName(QStringLiteral("groupRate"));
    m_modelsPerGroup->setObjectName(QStringLiteral("modelsPerGroup"));
    m_modelsPerGroup->setRange(0, Targets::MaxModelsPerGroup);
    m_modelsPerGroup->setValue(targets.modelsPerGroup);
    m_modelsPerGroup->setMaximumWidth(m_rate->maximumWidth());
    m_referenceDate->setObjectName(QStringLiteral("referenceDate"));
    m_referenceDate->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_referenceDate->setCalendarPopup(true);
    m_referenceDate->setMaximumWidth(
        m_referenceDate->fontMetrics().horizontalAdvance(QStringLiteral("31/05/2026")) + 60);
    m_referenceDate->setDateRange(year.startDate, year.endDate);
    m_referenceDate->setDate(targets.referenceDateIn(year));
    m_yearEnd->setChecked(!targets.referenceDate.isValid());
    m_referenceDate->setEnabled(targets.referenceDate.isValid());
    connect(m_yearEnd, &QCheckBox::toggled, m_referenceDate, [this](bool end) { m_referenceDate->setEnabled(!end); });

    auto* form = new QFormLayout;
    form->addRow(tr("Learning citizens among staff, students and each class: at least"), m_rate);
    form->addRow(tr("Learning citizens among the members of each group (tổ): at least"), m_groupRate);
    form->addRow(tr("Learning models per group (tổ) in the year: at least"), m_modelsPerGroup);
    auto* dateRow = new QVBoxLayout;
    dateRow->addWidget(m_yearEnd);
    dateRow->addWidget(m_referenceDate);
    form->addRow(tr("People count who are at the school on"), dateRow);
    auto* seeds = new QLabel(tr("The plans set over 95 % (a school may set 97 %), 100 % of each group's members and at "
                                "least one learning model per group a year."),
        this);
    seeds->setWordWrap(true);

    auto* models = new QLabel(tr("The learning models each group (tổ) built are counted from those recorded on the "
                                 "Activities page, Learning models tab."),
        this);
    models->setObjectName(QStringLiteral("modelsNote"));
    models->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    // The page saves and closes the dialog, or keeps it open with its input when saving fails.
    connect(buttons, &QDialogButtonBox::accepted, this, &TargetsDialog::saveRequested);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(seeds);
    layout->addWidget(models);
    layout->addStretch(1);
    layout->addWidget(buttons);
    WindowSize::fit(this, QSize(640, 360));
}

Targets TargetsDialog::targets() const
{
    Targets t = m_targets;
    t.schoolYearId = m_year.id;
    t.rateTenths = tenthsOf(m_rate);
    t.groupRateTenths = tenthsOf(m_groupRate);
    t.modelsPerGroup = m_modelsPerGroup->value();
    t.referenceDate = m_yearEnd->isChecked() ? QDate() : m_referenceDate->date();
    return t;
}

} // namespace thidua

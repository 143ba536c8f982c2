#include "ui/cdht/LearningCitizenPage.h"

#include "core/criteria/LearningCitizenQuery.h"
#include "core/people/PeopleService.h"
#include "core/text/VietnameseCollator.h"
#include "core/text/VietnameseFormat.h"
#include "ui/cdht/LearningCitizenGrid.h"
#include "ui/cdht/LearningCitizenModel.h"
#include "ui/cdht/SetLearningCitizenCommand.h"
#include "ui/common/ErrorMessage.h"
#include "ui/common/NaturalSortKey.h"
#include "ui/common/Workspace.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSignalBlocker>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>
#include <vector>

namespace thidua {

LearningCitizenPage::LearningCitizenPage(Workspace& workspace, QWidget* parent)
    : Page(workspace, parent)
    , m_model(new LearningCitizenModel(this))
    , m_grid(new LearningCitizenGrid(this))
    , m_heading(new QLabel(this))
    , m_units(new QComboBox(this))
    , m_counts(new QLabel(this))
{
    setObjectName(key());
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.35);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setWordWrap(true);
    m_units->setObjectName(QStringLiteral("units"));
    m_units->setMinimumContentsLength(18);
    m_units->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_counts->setObjectName(QStringLiteral("counts"));
    auto* unitLabel = new QLabel(tr("&Class or group (tổ):"), this);
    unitLabel->setBuddy(m_units);
    auto* help = new QLabel(tr("Type đ (or d, 1, x) for passed, k (or 0) for not passed, c for not assessed; each key "
                               "moves to the next person. Enter moves down; Ctrl+V pastes a column copied from Excel; "
                               "Ctrl+Z undoes."),
        this);
    help->setWordWrap(true);

    m_model->setWriter([this](const LearningCitizenResults& results) { return write(results); });
    m_grid->setObjectName(QStringLiteral("grid"));
    m_grid->setResultModel(m_model);
    m_grid->setAlternatingRowColors(true);
    m_grid->setWordWrap(false);
    m_grid->horizontalHeader()->setStretchLastSection(true);
    m_grid->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_grid->horizontalHeader()->setHighlightSections(false);
    m_grid->verticalHeader()->hide();
    m_grid->verticalHeader()->setDefaultSectionSize(m_grid->fontMetrics().height() + 8);
    const QFontMetrics metrics = m_grid->fontMetrics();
    m_grid->setColumnWidth(LearningCitizenModel::NumberColumn, metrics.horizontalAdvance(QStringLiteral("STT")) + 24);
    m_grid->setColumnWidth(
        LearningCitizenModel::NameColumn, metrics.horizontalAdvance(QStringLiteral("Nguyễn Thị Ngọc Huyền")) + 30);
    m_grid->setColumnWidth(
        LearningCitizenModel::BirthDateColumn, metrics.horizontalAdvance(QStringLiteral("00/00/0000")) + 30);
    m_grid->setColumnWidth(
        LearningCitizenModel::CodeColumn, metrics.horizontalAdvance(QStringLiteral("HS0000000000")) + 24);
    m_grid->setColumnWidth(
        LearningCitizenModel::ResultColumn, metrics.horizontalAdvance(QStringLiteral("Chưa đánh giá")) + 40);
    m_grid->setColumnWidth(LearningCitizenModel::ScoreColumn, metrics.horizontalAdvance(QStringLiteral("Điểm")) + 30);

    auto* bar = new QHBoxLayout;
    bar->addWidget(unitLabel);
    bar->addWidget(m_units);
    bar->addSpacing(16);
    bar->addWidget(m_counts, 1);
    auto* content = new QWidget(this);
    content->setMaximumWidth(1000);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addLayout(bar);
    contentLayout->addWidget(help);
    contentLayout->addWidget(m_grid, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 6);
    layout->setSpacing(8);
    layout->addWidget(m_heading);
    layout->addWidget(content, 1);

    connect(m_units, &QComboBox::currentIndexChanged, this, [this] {
        if (isLoaded())
            reloadMembers();
    });
    connect(m_model, &LearningCitizenModel::resultsChanged, this, &LearningCitizenPage::updateCounts);
    connect(m_grid, &LearningCitizenGrid::writeFailed, this, [this](const QString& what, const Error& error) {
        ErrorMessage::show(this, what, error);
    });
    auto reloadIfLoaded = [this] {
        if (isLoaded())
            reloadUnits();
    };
    connect(&workspace, &Workspace::currentYearChanged, this, reloadIfLoaded);
    connect(&workspace, &Workspace::collectivesChanged, this, reloadIfLoaded);
    connect(&workspace, &Workspace::peopleChanged, this, [this](const QList<qint64>& ids) {
        if (isLoaded())
            refreshPeople(ids);
    });
    connect(&workspace, &Workspace::learningResultsChanged, this, [this](qint64 yearId, const QList<qint64>& ids) {
        if (isLoaded() && yearId == m_model->schoolYearId())
            refreshPeople(ids);
    });
    m_heading->setText(title());
}

QString LearningCitizenPage::title() const
{
    return tr("Công dân học tập");
}

QIcon LearningCitizenPage::icon() const
{
    return style()->standardIcon(QStyle::SP_DialogApplyButton);
}

QString LearningCitizenPage::statusText() const
{
    const auto counts = m_model->counts();
    return tr("%1 people, %2 passed").arg(m_model->rowCount()).arg(counts.passed);
}

void LearningCitizenPage::load()
{
    reloadUnits();
}

bool LearningCitizenPage::showUnit(qint64 collectiveId)
{
    const int index = m_units->findData(collectiveId);
    if (index < 0)
        return false;
    m_units->setCurrentIndex(index);
    if (!isLoaded())
        activate();
    return true;
}

bool LearningCitizenPage::selectPerson(qint64 personId)
{
    if (!isLoaded())
        activate();
    auto placement = PeopleService(workspace().connection()).placement(personId, workspace().currentYear().id);
    if (!placement) {
        ErrorMessage::show(this, tr("The person's class or group could not be read."), placement.error());
        return false;
    }
    if (placement->collectiveId == 0 || !showUnit(placement->collectiveId))
        return false;
    const int row = m_model->rowOf(personId);
    if (row < 0)
        return false;
    m_grid->setCurrentIndex(m_model->index(row, LearningCitizenModel::ResultColumn));
    m_grid->setFocus();
    return true;
}

void LearningCitizenPage::reloadUnits()
{
    const SchoolYear& year = workspace().currentYear();
    m_heading->setText(year.id > 0 ? tr("Công dân học tập – school year %1").arg(year.name()) : title());
    const qint64 chosen = m_units->currentData().toLongLong();
    Collectives units;
    if (year.id > 0) {
        auto found = LearningCitizenQuery(workspace().connection()).units(year.id);
        if (!found) {
            ErrorMessage::show(this, tr("The classes and groups could not be read."), found.error());
            return;
        }
        units = *found;
    }
    // Classes first (10A2 before 10A10), then the tổ.
    const VietnameseCollator collator;
    std::vector<std::pair<QByteArray, Collective>> keyed;
    for (const Collective& c : std::as_const(units))
        keyed.emplace_back(
            QByteArray(c.kind == CollectiveKind::Class ? "0" : "1") + NaturalSortKey::make(collator, c.name), c);
    std::stable_sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    {
        const QSignalBlocker blocker(m_units);
        m_units->clear();
        for (const auto& [sortKey, c] : keyed)
            m_units->addItem(
                c.kind == CollectiveKind::Class ? tr("Class %1").arg(c.name) : tr("Tổ %1").arg(c.name), c.id);
        const int index = m_units->findData(chosen);
        m_units->setCurrentIndex(index >= 0 ? index : 0);
    }
    reloadMembers();
}

void LearningCitizenPage::reloadMembers()
{
    const qint64 yearId = workspace().currentYear().id;
    const qint64 unitId = m_units->currentData().toLongLong();
    LearningCitizenQuery::Entries entries;
    if (yearId > 0 && unitId > 0) {
        auto members = LearningCitizenQuery(workspace().connection()).members(unitId, yearId);
        if (!members) {
            ErrorMessage::show(this, tr("The members could not be read."), members.error());
            return;
        }
        entries = *members;
    }
    m_model->setEntries(yearId, entries);
    if (m_model->rowCount() > 0)
        m_grid->setCurrentIndex(m_model->index(0, LearningCitizenModel::ResultColumn));
}

void LearningCitizenPage::refreshPeople(const QList<qint64>& personIds)
{
    if (personIds.isEmpty()) {
        reloadMembers();
        return;
    }
    const LearningCitizenQuery query(workspace().connection());
    for (const qint64 id : personIds) {
        if (m_model->rowOf(id) < 0)
            continue;
        auto result = query.result(id, m_model->schoolYearId());
        if (!result) {
            workspace().reportError(tr("The results could not be read."), result.error());
            return;
        }
        m_model->updateResult(*result);
    }
}

void LearningCitizenPage::updateCounts()
{
    const auto counts = m_model->counts();
    const int total = m_model->rowCount();
    const QString rate = VietnameseFormat::percent(counts.passed, total);
    m_counts->setText(tr("Passed %1 of %2 (%3) · not passed %4 · not assessed %5")
                          .arg(counts.passed)
                          .arg(total)
                          .arg(rate)
                          .arg(counts.failed)
                          .arg(counts.notAssessed));
    emit statusTextChanged();
}

Status LearningCitizenPage::write(const LearningCitizenResults& results)
{
    const QString text = results.size() == 1 ? tr("record a Công dân học tập result")
                                             : tr("record %n Công dân học tập results", nullptr, int(results.size()));
    return workspace().execute(std::make_unique<SetLearningCitizenCommand>(workspace(), results, text));
}

} // namespace thidua

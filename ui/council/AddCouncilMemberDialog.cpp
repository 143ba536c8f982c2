#include "ui/council/AddCouncilMemberDialog.h"

#include "ui/common/WindowSize.h"
#include "ui/council/CouncilModel.h"
#include "ui/people/PeopleFilterProxy.h"
#include "ui/people/PeopleTableModel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace thidua {

AddCouncilMemberDialog::AddCouncilMemberDialog(PeopleTableModel& people, const QSet<qint64>& taken, QWidget* parent)
    : QDialog(parent)
    , m_people(people)
    , m_taken(taken)
    , m_proxy(new PeopleFilterProxy(this))
    , m_search(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_role(new QComboBox(this))
    , m_title(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("addCouncilMemberDialog"));
    setWindowTitle(tr("Add a council member"));
    m_proxy->setSourceModel(&people);
    m_proxy->setKind(PersonKind::Staff);
    m_proxy->sort(PeopleTableModel::NameColumn);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Search by name or code…"));
    m_search->setClearButtonEnabled(true);
    m_table->setObjectName(QStringLiteral("people"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    for (int column : { int(PeopleTableModel::GenderColumn),
             int(PeopleTableModel::CodeColumn),
             int(PeopleTableModel::StatusColumn),
             int(PeopleTableModel::BirthDateColumn) })
        m_table->hideColumn(column);
    m_table->setColumnWidth(PeopleTableModel::NameColumn,
        m_table->fontMetrics().horizontalAdvance(QStringLiteral("Nguyễn Thị Ngọc Huyền")) + 24);
    m_table->setColumnWidth(PeopleTableModel::PositionColumn,
        m_table->fontMetrics().horizontalAdvance(QStringLiteral("Phó Hiệu trưởng")) + 24);
    for (auto role : { CouncilMember::Role::Member,
             CouncilMember::Role::Chair,
             CouncilMember::Role::ViceChair,
             CouncilMember::Role::Secretary })
        m_role->addItem(CouncilModel::roleText(role), int(role));
    m_role->setObjectName(QStringLiteral("role"));
    m_title->setObjectName(QStringLiteral("title"));
    m_problem->setWordWrap(true);
    m_problem->setVisible(false);
    QPalette palette = m_problem->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c));
    m_problem->setPalette(palette);

    auto* form = new QFormLayout;
    form->addRow(tr("&Role in the council:"), m_role);
    form->addRow(tr("&Post in the school:"), m_title);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &AddCouncilMemberDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AddCouncilMemberDialog::reject);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &PeopleFilterProxy::setSearchText);
    connect(m_table->selectionModel(),
        &QItemSelectionModel::currentRowChanged,
        this,
        &AddCouncilMemberDialog::selectionChanged);
    connect(m_table, &QTableView::activated, this, &AddCouncilMemberDialog::accept);
    WindowSize::fit(this, QSize(620, 520));
}

QString AddCouncilMemberDialog::postInSchool(const QString& position, const QString& unit)
{
    const QString post = position.simplified();
    const QString name = unit.simplified();
    const QString lower = post.toLower();
    if (name.isEmpty() || (lower != QStringLiteral("tổ trưởng") && lower != QStringLiteral("tổ phó")))
        return post;
    // "Tổ Toán" as the unit's own name, or only "Toán".
    if (name.toLower().startsWith(QStringLiteral("tổ ")))
        return post + QStringLiteral(" tổ ") + name.mid(3);
    return post + QStringLiteral(" tổ ") + name;
}

qint64 AddCouncilMemberDialog::selectedPerson() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(PeopleTableModel::PersonIdRole).toLongLong() : 0;
}

void AddCouncilMemberDialog::selectionChanged()
{
    const int row = m_people.rowOf(selectedPerson());
    if (row >= 0) {
        const QString unit = m_people.index(row, PeopleTableModel::UnitColumn).data().toString();
        m_title->setText(postInSchool(m_people.person(row).position, unit));
    }
    m_problem->setVisible(false);
}

CouncilMember AddCouncilMemberDialog::member() const
{
    CouncilMember member;
    member.personId = selectedPerson();
    member.role = CouncilMember::Role(m_role->currentData().toInt());
    member.title = m_title->text().simplified();
    return member;
}

void AddCouncilMemberDialog::accept()
{
    const qint64 person = selectedPerson();
    QString problem;
    if (person == 0)
        problem = tr("Choose a member of staff in the list.");
    else if (m_taken.contains(person))
        problem = tr("%1 is already on the council.").arg(m_people.person(m_people.rowOf(person)).fullName());
    if (!problem.isEmpty()) {
        m_problem->setText(problem);
        m_problem->setVisible(true);
        return;
    }
    QDialog::accept();
}

} // namespace thidua

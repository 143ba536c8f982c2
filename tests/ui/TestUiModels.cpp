// The other item models of the window, each under QAbstractItemModelTester: the collectives tree (grade entries,
// member counts, heads), the members of a collective, the school leaders, the council and the school years.
#include "ui/collectives/CollectiveMembersModel.h"
#include "ui/collectives/CollectiveTreeModel.h"
#include "ui/council/CouncilModel.h"
#include "ui/people/PeopleTableModel.h"
#include "ui/school/LeadersModel.h"
#include "ui/school/SchoolYearsModel.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

using namespace thidua;

namespace {

constexpr auto Report = QAbstractItemModelTester::FailureReportingMode::QtTest;

Person person(qint64 id, PersonKind kind, const QString& name)
{
    Person p;
    p.id = id;
    p.kind = kind;
    p.setFullName(name);
    return p;
}

Collective collective(qint64 id, CollectiveKind kind, const QString& name, qint64 parent, int grade = 0)
{
    return Collective { id, kind, name, parent, 0, grade, true };
}

} // namespace

class TestUiModels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void collectiveTree();
    void collectiveMembers();
    void leaders();
    void council();
    void schoolYears();

private:
    PeopleTableModel m_people;
    Collectives m_collectives;
    Memberships m_memberships;
};

void TestUiModels::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const People people { person(1, PersonKind::Staff, QStringLiteral("Lê Mỹ Diệp")),
        person(2, PersonKind::Staff, QStringLiteral("Phạm Hoài Hoa")),
        person(3, PersonKind::Staff, QStringLiteral("Trần Văn An")),
        person(10, PersonKind::Student, QStringLiteral("Nguyễn Thị Bích")),
        person(11, PersonKind::Student, QStringLiteral("Nguyễn An")),
        person(12, PersonKind::Student, QStringLiteral("Võ Minh Khang")) };
    m_collectives = { collective(1, CollectiveKind::School, QStringLiteral("Trường THPT Nguyễn Trãi"), 0),
        collective(2, CollectiveKind::SubjectGroup, QStringLiteral("Toán"), 1),
        collective(3, CollectiveKind::TradeUnion, QStringLiteral("Công đoàn trường"), 1),
        collective(4, CollectiveKind::Class, QStringLiteral("10A10"), 1, 10),
        collective(5, CollectiveKind::Class, QStringLiteral("10A2"), 1, 10),
        collective(6, CollectiveKind::Class, QStringLiteral("11A1"), 1, 11),
        collective(7, CollectiveKind::OfficeGroup, QStringLiteral("Văn phòng"), 1) };
    m_memberships = { { 0, 2, 2, 1, Membership::Role::Head },
        { 0, 3, 2, 1, Membership::Role::Member },
        { 0, 1, 3, 1, Membership::Role::Member },
        { 0, 2, 3, 1, Membership::Role::Member },
        { 0, 10, 5, 1, Membership::Role::Member },
        { 0, 11, 5, 1, Membership::Role::Head },
        { 0, 12, 4, 1, Membership::Role::Member } };
    m_people.reset(people, m_collectives, m_memberships);
}

void TestUiModels::collectiveTree()
{
    CollectiveTreeModel model;
    QAbstractItemModelTester tester(&model, Report);
    model.setData(m_collectives, m_memberships, &m_people);
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex school = model.index(0, 0);
    QCOMPARE(school.data().toString(), QStringLiteral("Trường THPT Nguyễn Trãi"));
    // Tổ first, then the office group, the union, then a grade entry per khối with its classes in natural order.
    QStringList children;
    for (int row = 0; row < model.rowCount(school); ++row)
        children << model.index(row, 0, school).data().toString();
    QCOMPARE(children,
        QStringList({ QStringLiteral("Toán"),
            QStringLiteral("Văn phòng"),
            QStringLiteral("Công đoàn trường"),
            QStringLiteral("Grade 10"),
            QStringLiteral("Grade 11") }));
    const QModelIndex grade10 = model.index(3, 0, school);
    QCOMPARE(grade10.data(CollectiveTreeModel::GradeRole).toInt(), 10);
    QCOMPARE(grade10.data(CollectiveTreeModel::CollectiveIdRole).toLongLong(), 0);
    QCOMPARE(model.rowCount(grade10), 2);
    QCOMPARE(model.index(0, 0, grade10).data().toString(), QStringLiteral("10A2"));
    QCOMPARE(model.index(1, 0, grade10).data().toString(), QStringLiteral("10A10"));
    QCOMPARE(grade10.siblingAtColumn(CollectiveTreeModel::MembersColumn).data().toString(), QStringLiteral("3"));
    const QModelIndex toan = model.indexOf(2);
    QCOMPARE(toan.siblingAtColumn(CollectiveTreeModel::MembersColumn).data().toString(), QStringLiteral("2"));
    QCOMPARE(toan.siblingAtColumn(CollectiveTreeModel::HeadColumn).data().toString(), QStringLiteral("Phạm Hoài Hoa"));
    QCOMPARE(toan.siblingAtColumn(CollectiveTreeModel::KindColumn).data().toString(), QStringLiteral("Subject group"));
    QCOMPARE(model.parent(model.indexOf(5)), grade10);
    model.setData({}, {}, nullptr);
    QCOMPARE(model.rowCount(), 0);
}

void TestUiModels::collectiveMembers()
{
    CollectiveMembersModel model;
    QAbstractItemModelTester tester(&model, Report);
    Memberships ofToan;
    for (const Membership& m : std::as_const(m_memberships)) {
        if (m.collectiveId == 3)
            ofToan << m;
    }
    model.setMembers(m_collectives[2], ofToan, m_people);
    // Name order: Diệp before Hoa.
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Lê Mỹ Diệp"));
    Memberships ofClass;
    for (const Membership& m : std::as_const(m_memberships)) {
        if (m.collectiveId == 5)
            ofClass << m;
    }
    model.setMembers(m_collectives[4], ofClass, m_people);
    // The class monitor first, whatever the name order.
    QCOMPARE(model.index(0, CollectiveMembersModel::NameColumn).data().toString(), QStringLiteral("Nguyễn An"));
    QCOMPARE(model.index(0, CollectiveMembersModel::RoleColumn).data().toString(), QStringLiteral("Class monitor"));
    QCOMPARE(model.index(1, 0).data(CollectiveMembersModel::PersonIdRole).toLongLong(), 10);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestUiModels::leaders()
{
    LeadersModel model;
    QAbstractItemModelTester tester(&model, Report);
    model.setLeaders(
        { { 0, SchoolLeader::Role::Head, QStringLiteral("Lê Mỹ Diệp"), QStringLiteral("Hiệu trưởng"), 1 } });
    const int deputy = model.addLeader(SchoolLeader::Role::Deputy);
    QCOMPARE(deputy, 1);
    QCOMPARE(model.index(deputy, LeadersModel::TitleColumn).data().toString(), QStringLiteral("Phó Hiệu trưởng"));
    QVERIFY(model.setData(model.index(deputy, LeadersModel::NameColumn), QStringLiteral("  Phan   Minh Nhi ")));
    QCOMPARE(model.leaders()[deputy].fullName, QStringLiteral("Phan Minh Nhi"));
    // The usual title follows the role; a particular one stays.
    QVERIFY(model.setData(model.index(deputy, LeadersModel::RoleColumn), int(SchoolLeader::Role::Head)));
    QCOMPARE(model.leaders()[deputy].title, QStringLiteral("Hiệu trưởng"));
    QVERIFY(model.setData(model.index(deputy, LeadersModel::TitleColumn), QStringLiteral("Phó Hiệu trưởng phụ trách")));
    QVERIFY(model.setData(model.index(deputy, LeadersModel::RoleColumn), int(SchoolLeader::Role::Deputy)));
    QCOMPARE(model.leaders()[deputy].title, QStringLiteral("Phó Hiệu trưởng phụ trách"));
    model.moveLeader(1, -1);
    QCOMPARE(model.leaders()[0].fullName, QStringLiteral("Phan Minh Nhi"));
    model.moveLeader(0, +1);
    QCOMPARE(model.leaders()[1].fullName, QStringLiteral("Phan Minh Nhi"));
    model.moveLeader(1, +1); // already last
    model.removeLeader(0);
    QCOMPARE(model.rowCount(), 1);
    model.removeLeader(5);
    QCOMPARE(model.rowCount(), 1);
}

void TestUiModels::council()
{
    CouncilModel model;
    QAbstractItemModelTester tester(&model, Report);
    const CouncilMembers members { { 0, 1, 1, CouncilMember::Role::Chair, QStringLiteral("Hiệu trưởng"), 0 },
        { 0, 1, 2, CouncilMember::Role::Member, QStringLiteral("Tổ trưởng tổ Toán"), 1 },
        { 0, 1, 99, CouncilMember::Role::Secretary, QString(), 2 } };
    model.setCouncil(members, &m_people);
    QCOMPARE(model.index(0, CouncilModel::NameColumn).data().toString(), QStringLiteral("Lê Mỹ Diệp"));
    QCOMPARE(model.index(0, CouncilModel::RoleColumn).data().toString(), QStringLiteral("Chair"));
    QCOMPARE(model.index(2, CouncilModel::NameColumn).data().toString(), QStringLiteral("(person no. 99)"));
    QVERIFY(!(model.flags(model.index(0, CouncilModel::NameColumn)) & Qt::ItemIsEditable));
    // Edits are asked for, not made: the page turns them into undoable commands.
    QSignalSpy requested(&model, &CouncilModel::changeRequested);
    QVERIFY(model.setData(model.index(1, CouncilModel::RoleColumn), int(CouncilMember::Role::ViceChair)));
    QCOMPARE(requested.size(), 1);
    const auto after = requested.first().first().value<CouncilMembers>();
    QCOMPARE(after[1].role, CouncilMember::Role::ViceChair);
    QCOMPARE(model.council()[1].role, CouncilMember::Role::Member);
    QVERIFY(!model.setData(model.index(1, CouncilModel::TitleColumn), QStringLiteral("Tổ trưởng tổ Toán")));
    QCOMPARE(requested.size(), 1);
}

void TestUiModels::schoolYears()
{
    SchoolYearsModel model;
    QAbstractItemModelTester tester(&model, Report);
    SchoolYears years { SchoolYear::standard(2024), SchoolYear::standard(2025) };
    years[0].id = 1;
    years[1].id = 2;
    model.setYears(years, 1);
    QCOMPARE(model.index(0, SchoolYearsModel::NameColumn).data().toString(), QStringLiteral("2025-2026"));
    QCOMPARE(model.index(1, SchoolYearsModel::StartColumn).data().toString(), QStringLiteral("05/09/2024"));
    QVERIFY(model.index(1, 0).data(Qt::FontRole).value<QFont>().bold());
    model.setCurrentYear(2);
    QVERIFY(model.index(0, 0).data(Qt::FontRole).value<QFont>().bold());
    QCOMPARE(model.yearId(1), 1);
    QCOMPARE(model.yearId(7), 0);
}

QTEST_MAIN(TestUiModels)
#include "TestUiModels.moc"

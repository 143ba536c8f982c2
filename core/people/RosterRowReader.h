#pragma once

#include "core/people/RosterColumns.h"
#include "core/people/RosterImport.h"
#include "core/spreadsheet/Workbook.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>

namespace thidua {

// Reads the rows of one sheet under its columns for RosterImport::plan(): tells a person's row from what is not one
// (blank rows, numbering, repeated headers, the totals and signatures under the list) and turns a row into the
// person as it will be stored, with the problems of its cells (sheet:row:column). Knows nothing of the database.
class RosterRowReader
{
    Q_DECLARE_TR_FUNCTIONS(RosterImport) // its messages are the import's

public:
    using Problem = RosterImport::Problem;
    using Row = RosterImport::Row;

    enum class RowKind
    {
        Person, // read it
        NotAPerson, // leave it out and go on
        End, // the totals or the signatures: the list ends above
    };

    RosterRowReader(const Sheet& sheet, const RosterColumns& columns, const RosterImport::Options& options);

    RowKind classify(int row) const;
    // Reads a 0-based sheet row into `row` and appends the problems of its cells; false when the row holds nothing
    // to import (a caption or a stray note in the list).
    bool read(int sheetRow, Row& row, QList<Problem>& problems) const;

    // A warning (never an error) for an age the kind and the class make implausible (AgePlausibility) in the school
    // year starting in `startYear`: a student born last year in 10A3. None when the date of birth already has an
    // error. Without a school year nobody is put into a class, and a list of another year must not warn as the
    // calendar moves on: only the kind's wide range counts then.
    void checkAge(int sheetRow, const Row& row, int startYear, QList<Problem>& problems) const;

    // Where a problem about the name or the code points (0-based; -1 when there is no such column).
    int nameColumn() const { return m_nameColumn; }
    int codeColumn() const { return m_columns.column(RosterColumns::Field::Code); }
    // Where the person's date of birth was read (the Nữ column of a "Ngày sinh" over "Nam | Nữ" layout for a woman).
    int birthColumn(const Person& person) const
    {
        return person.gender == Gender::Female && m_femaleDateColumn >= 0 ? m_femaleDateColumn : m_birthColumn;
    }
    // A 0-based problem column as the user sees it: 1-based, 0 for the whole row.
    Problem problem(Problem::Severity severity, int sheetRow, int column, const QString& message) const;

private:
    void readName(int r, Person& person) const;
    bool readBirthDate(int r, Person& person, QList<Problem>& problems) const;
    void readGender(int r, Person& person, QList<Problem>& problems) const;
    void readOtherFields(int r, Row& row) const;
    void validate(int r, const Person& person, bool hasName, QList<Problem>& problems) const;
    QString text(int r, RosterColumns::Field field) const;

    const Sheet& m_sheet;
    const RosterColumns& m_columns;
    RosterImport::Options m_options;
    QDate m_today;
    int m_genderColumn = -1;
    int m_femaleMarkColumn = -1;
    int m_femaleDateColumn = -1;
    int m_birthColumn = -1;
    int m_nameColumn = -1;
    int m_collectiveColumn = -1;
    QList<int> m_nameColumns;
    QHash<int, RosterColumns::Field> m_fieldOfColumn;
};

} // namespace thidua

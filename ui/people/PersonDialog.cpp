#include "ui/people/PersonDialog.h"

#include "core/people/AgePlausibility.h"
#include "core/school/School.h"
#include "ui/common/ErrorMessage.h"
#include "ui/common/WindowSize.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <optional>

namespace thidua {

namespace {

QStringList words(const char* text)
{
    return QString::fromUtf8(text).split(QLatin1Char(','));
}

// Usual chức vụ, offered while typing (data in Vietnamese, as the school writes them).
QStringList positionSuggestions(PersonKind kind)
{
    if (kind == PersonKind::Student)
        return words("Lớp trưởng,Lớp phó,Lớp phó học tập,Lớp phó văn thể mỹ,Bí thư chi đoàn,Phó bí thư chi đoàn,"
                     "Tổ trưởng,Tổ phó");
    return words("Hiệu trưởng,Phó Hiệu trưởng,Tổ trưởng,Tổ phó,Giáo viên,Giáo viên chủ nhiệm,Tổng phụ trách Đội,"
                 "Bí thư Đoàn trường,Chủ tịch Công đoàn,Văn thư,Kế toán,Thủ quỹ,Nhân viên y tế,Nhân viên thư viện,"
                 "Nhân viên thiết bị,Bảo vệ,Nhân viên phục vụ");
}

} // namespace

PersonDialog::PersonDialog(PersonKind kind, const QList<Unit>& units, const QString& yearName, QWidget* parent)
    : QDialog(parent)
    , m_kind(kind)
    , m_familyName(new QLineEdit(this))
    , m_middleName(new QLineEdit(this))
    , m_givenName(new QLineEdit(this))
    , m_gender(new QComboBox(this))
    , m_birthDate(new QLineEdit(this))
    , m_code(new QLineEdit(this))
    , m_position(new QLineEdit(this))
    , m_unit(new QComboBox(this))
    , m_phone(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_activeFrom(new QLineEdit(this))
    , m_note(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
    , m_ageWarning(new QLabel(this))
    , m_startYear(SchoolYear::parseStartYear(yearName))
{
    m_original.kind = kind;
    setObjectName(QStringLiteral("personDialog"));
    setWindowTitle(kind == PersonKind::Student ? tr("New student") : tr("New member of staff"));

    m_familyName->setObjectName(QStringLiteral("familyName"));
    m_middleName->setObjectName(QStringLiteral("middleName"));
    m_givenName->setObjectName(QStringLiteral("givenName"));
    m_gender->setObjectName(QStringLiteral("gender"));
    m_birthDate->setObjectName(QStringLiteral("birthDate"));
    m_code->setObjectName(QStringLiteral("code"));
    m_position->setObjectName(QStringLiteral("position"));
    m_unit->setObjectName(QStringLiteral("unit"));
    m_phone->setObjectName(QStringLiteral("phone"));
    m_email->setObjectName(QStringLiteral("email"));
    m_activeFrom->setObjectName(QStringLiteral("activeFrom"));
    m_note->setObjectName(QStringLiteral("note"));

    m_familyName->setPlaceholderText(tr("Family name"));
    m_middleName->setPlaceholderText(tr("Middle name"));
    m_givenName->setPlaceholderText(tr("Given name"));
    m_familyName->setToolTip(tr("Family name (họ). Typing the whole name here splits it into its three parts."));
    auto* nameRow = new QHBoxLayout;
    nameRow->setSpacing(6);
    nameRow->addWidget(m_familyName, 2);
    nameRow->addWidget(m_middleName, 3);
    nameRow->addWidget(m_givenName, 2);

    m_gender->addItem(tr("(not given)"), int(Gender::Unknown));
    m_gender->addItem(tr("Male"), int(Gender::Male));
    m_gender->addItem(tr("Female"), int(Gender::Female));

    const QString datePlaceholder = tr("dd/mm/yyyy");
    const int dateWidth = qMax(m_birthDate->fontMetrics().horizontalAdvance(QStringLiteral("00/00/00000")),
                              m_birthDate->fontMetrics().horizontalAdvance(datePlaceholder))
        + 24;
    m_birthDate->setPlaceholderText(datePlaceholder);
    m_birthDate->setFixedWidth(dateWidth);
    m_birthDate->setToolTip(tr("Day/month/year, or only the year when that is all that is known."));
    auto* birthRow = new QHBoxLayout;
    birthRow->addWidget(m_birthDate);
    auto* birthHint = new QLabel(tr("or only the year of birth"), this);
    birthHint->setForegroundRole(QPalette::PlaceholderText);
    birthRow->addWidget(birthHint, 1);
    // Under the date: an unlikely age, in amber (the user may still save).
    m_ageWarning->setObjectName(QStringLiteral("ageWarning"));
    m_ageWarning->setWordWrap(true);
    m_ageWarning->setVisible(false);
    QPalette amber = m_ageWarning->palette();
    amber.setColor(QPalette::WindowText, QColor(0x9a, 0x5b, 0x00));
    m_ageWarning->setPalette(amber);
    auto* birthBox = new QVBoxLayout;
    birthBox->setSpacing(2);
    birthBox->addLayout(birthRow);
    birthBox->addWidget(m_ageWarning);

    m_activeFrom->setPlaceholderText(datePlaceholder);
    m_activeFrom->setFixedWidth(dateWidth);

    auto* completer = new QCompleter(positionSuggestions(kind), this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_position->setCompleter(completer);

    m_unit->addItem(tr("(none)"), qint64(0));
    for (const Unit& unit : units)
        m_unit->addItem(unit.name, unit.id);
    m_unit->setEnabled(!yearName.isEmpty());
    m_unit->setMinimumContentsLength(18);
    m_unit->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);

    m_email->setPlaceholderText(tr("name@example.com"));
    m_note->setTabChangesFocus(true);
    m_note->setFixedHeight(m_note->fontMetrics().lineSpacing() * 3 + 12);

    auto* form = new QFormLayout;
    m_form = form;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    // A row: the field (a widget or a layout), and under it, in a row of its own that shows only with a problem, the
    // label for its problems (in its own row the wrapped text gets the height it needs and the caption stays in
    // line with its field).
    auto addRow = [&](const QString& label, QWidget* buddy, QLayout* fieldLayout, std::optional<Field> problem) {
        auto* caption = new QLabel(label, this);
        caption->setBuddy(buddy);
        if (fieldLayout)
            form->addRow(caption, fieldLayout);
        else
            form->addRow(caption, buddy);
        if (problem) {
            QLabel* problemLabel = addProblemLabel(*problem);
            form->addRow(static_cast<QWidget*>(nullptr), problemLabel);
            form->setRowVisible(problemLabel, false);
        }
    };
    const QString codeLabel = kind == PersonKind::Student ? tr("&Student code:") : tr("&Staff code:");
    const QString unitLabel = yearName.isEmpty()
        ? (kind == PersonKind::Student ? tr("&Class:") : tr("&Group:"))
        : (kind == PersonKind::Student ? tr("&Class in %1:") : tr("&Group in %1:")).arg(yearName);
    addRow(tr("Full &name:"), m_familyName, nameRow, Field::Name);
    addRow(tr("G&ender:"), m_gender, nullptr, std::nullopt);
    addRow(tr("Date of &birth:"), m_birthDate, birthBox, Field::BirthDate);
    addRow(codeLabel, m_code, nullptr, Field::Code);
    addRow(tr("&Position:"), m_position, nullptr, std::nullopt);
    addRow(unitLabel, m_unit, nullptr, std::nullopt);
    addRow(tr("P&hone:"), m_phone, nullptr, std::nullopt);
    addRow(tr("E-&mail:"), m_email, nullptr, Field::Email);
    addRow(kind == PersonKind::Student ? tr("&Enrolled on:") : tr("S&tarted on:"),
        m_activeFrom,
        nullptr,
        Field::ActiveFrom);
    addRow(tr("N&ote:"), m_note, nullptr, std::nullopt);
    m_code->setToolTip(kind == PersonKind::Student ? tr("The student's identification code in the sector database.")
                                                   : tr("The staff code used by the school."));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(addProblemLabel(Field::Other));
    layout->addSpacing(6);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &PersonDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PersonDialog::reject);
    connect(m_familyName, &QLineEdit::editingFinished, this, &PersonDialog::splitFullNameIfTyped);
    connect(m_birthDate, &QLineEdit::textChanged, this, &PersonDialog::updateAgeWarning);
    connect(m_unit, &QComboBox::currentIndexChanged, this, &PersonDialog::updateAgeWarning);
    for (QLineEdit* edit : { m_familyName, m_middleName, m_givenName, m_birthDate, m_code, m_email, m_activeFrom }) {
        connect(edit, &QLineEdit::textEdited, this, [this] {
            if (m_checkAsTyped)
                showProblems();
        });
    }
    setMinimumWidth(560);
}

QLabel* PersonDialog::addProblemLabel(Field field)
{
    auto* label = new QLabel(this);
    label->setObjectName(QStringLiteral("problem%1").arg(int(field)));
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    // As wide as the field column: the height QFormLayout gives the row is that of the text at that width.
    label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    label->setVisible(false);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c));
    label->setPalette(palette);
    m_problemLabels.insert(int(field), label);
    return label;
}

void PersonDialog::setProblemText(QLabel* label, const QString& text)
{
    label->setText(text);
    if (m_form->indexOf(label) >= 0) {
        m_form->setRowVisible(label, !text.isEmpty());
        m_form->invalidate(); // else the form keeps the row heights it had with the text (Qt 6.4)
    } else {
        label->setVisible(!text.isEmpty());
    }
}

void PersonDialog::fitHeight()
{
    // A window's layout does not make it taller for wrapped text (height for width): grow it to show every problem
    // whole, within the screen, and shrink it back when they are gone.
    layout()->activate();
    const int needed = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width()) : sizeHint().height();
    if (needed != height())
        resize(width(), qMin(needed, WindowSize::available(this).height()));
}

void PersonDialog::setPerson(const Person& person, qint64 unitId)
{
    m_original = person;
    m_kind = person.kind;
    setWindowTitle(tr("Edit – %1").arg(person.fullName()));
    m_familyName->setText(person.familyName);
    m_middleName->setText(person.middleName);
    m_givenName->setText(person.givenName);
    m_gender->setCurrentIndex(qMax(0, m_gender->findData(int(person.gender))));
    m_birthDate->setText(person.birthDate.toDisplay());
    m_code->setText(person.code);
    m_position->setText(person.position);
    const int unitIndex = m_unit->findData(unitId);
    m_unit->setCurrentIndex(qMax(0, unitIndex));
    m_phone->setText(person.phone);
    m_email->setText(person.email);
    m_activeFrom->setText(
        person.activeFrom.isValid() ? person.activeFrom.toString(QStringLiteral("dd/MM/yyyy")) : QString());
    m_note->setPlainText(person.note);
}

Person PersonDialog::person() const
{
    Person p = m_original;
    p.kind = m_kind;
    p.familyName = m_familyName->text();
    p.middleName = m_middleName->text();
    p.givenName = m_givenName->text();
    p.gender = Gender(m_gender->currentData().toInt());
    p.birthDate = PartialDate::fromUserText(m_birthDate->text().trimmed());
    p.code = m_code->text();
    p.position = m_position->text();
    p.phone = m_phone->text();
    p.email = m_email->text();
    const PartialDate from = PartialDate::fromUserText(m_activeFrom->text().trimmed());
    p.activeFrom = from.hasDay() ? from.date() : QDate();
    p.note = m_note->toPlainText();
    PersonValidator::clean(p);
    return p;
}

qint64 PersonDialog::unitId() const
{
    return m_unit->currentData().toLongLong();
}

void PersonDialog::splitFullNameIfTyped()
{
    const QString typed = m_familyName->text().simplified();
    if (!m_middleName->text().trimmed().isEmpty() || !m_givenName->text().trimmed().isEmpty()
        || !typed.contains(QLatin1Char(' ')))
        return;
    Person split;
    split.setFullName(typed);
    if (split.familyName == typed)
        return; // a compound family name alone ("Tôn Nữ")
    m_familyName->setText(split.familyName);
    m_middleName->setText(split.middleName);
    m_givenName->setText(split.givenName);
}

void PersonDialog::updateAgeWarning()
{
    const int startYear = m_startYear > 0 ? m_startYear : AgePlausibility::startYearOn(QDate::currentDate());
    const QString warning = AgePlausibility::warning(m_kind,
        PartialDate::fromUserText(m_birthDate->text().trimmed()),
        startYear,
        unitId() > 0 ? m_unit->currentText() : QString());
    m_ageWarning->setText(warning);
    m_ageWarning->setVisible(!warning.isEmpty());
}

void PersonDialog::clearProblems()
{
    for (QLabel* label : std::as_const(m_problemLabels))
        setProblemText(label, QString());
}

bool PersonDialog::showProblems()
{
    clearProblems();
    QList<std::pair<Field, QString>> problems;
    const QString birthText = m_birthDate->text().trimmed();
    const bool birthParsed = birthText.isEmpty() || PartialDate::fromUserText(birthText).isValid();
    if (!birthParsed)
        problems.append({ Field::BirthDate,
            tr("“%1” is not a date. Type day/month/year (05/04/2008) or only the year (2008).").arg(birthText) });
    const QString fromText = m_activeFrom->text().trimmed();
    if (!fromText.isEmpty() && !PartialDate::fromUserText(fromText).hasDay())
        problems.append(
            { Field::ActiveFrom, tr("“%1” is not a date. Type day/month/year (05/09/2024).").arg(fromText) });
    if (m_validator) {
        for (const PersonValidator::Problem& problem : m_validator(person())) {
            Field field = Field::Other;
            switch (problem.field) {
            case PersonValidator::Field::FullName:
                field = Field::Name;
                break;
            case PersonValidator::Field::Code:
                field = Field::Code;
                break;
            case PersonValidator::Field::BirthDate:
                field = birthParsed ? Field::BirthDate : Field::Other;
                break;
            case PersonValidator::Field::ActiveFrom:
                field = Field::ActiveFrom;
                break;
            case PersonValidator::Field::Email:
                field = Field::Email;
                break;
            case PersonValidator::Field::ActiveTo:
                break;
            }
            if (field == Field::BirthDate && !birthParsed)
                continue;
            problems.append({ field, problem.message });
        }
    }
    for (const auto& [field, message] : std::as_const(problems)) {
        QLabel* label = m_problemLabels.value(int(field));
        setProblemText(label, label->text().isEmpty() ? message : label->text() + QLatin1Char('\n') + message);
    }
    fitHeight();
    if (problems.isEmpty())
        return true;
    if (m_checkAsTyped)
        return false;
    // Into the first field that has a problem.
    const QHash<int, QWidget*> fieldWidgets { { int(Field::Name), m_givenName },
        { int(Field::BirthDate), m_birthDate },
        { int(Field::Code), m_code },
        { int(Field::Email), m_email },
        { int(Field::ActiveFrom), m_activeFrom } };
    if (QWidget* first = fieldWidgets.value(int(problems.constFirst().first))) {
        first->setFocus(Qt::OtherFocusReason);
        if (auto* edit = qobject_cast<QLineEdit*>(first))
            edit->selectAll();
    }
    return false;
}

void PersonDialog::accept()
{
    if (!showProblems()) {
        m_checkAsTyped = true;
        return;
    }
    if (m_saver) {
        if (auto saved = m_saver(person(), unitId()); !saved) {
            if (saved.error().code == Error::Code::Validation || saved.error().code == Error::Code::Duplicate) {
                setProblemText(m_problemLabels.value(int(Field::Other)), saved.error().message);
                fitHeight();
            } else {
                ErrorMessage::show(
                    this, tr("The record of %1 could not be saved.").arg(person().fullName()), saved.error(), [this] {
                        accept();
                    });
            }
            return;
        }
    }
    QDialog::accept();
}

} // namespace thidua

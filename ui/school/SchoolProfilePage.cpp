#include "ui/school/SchoolProfilePage.h"

#include "core/school/SchoolQuery.h"
#include "core/text/VietnameseFormat.h"
#include "core/text/VietnameseText.h"
#include "ui/common/ComboBoxDelegate.h"
#include "ui/common/ErrorMessage.h"
#include "ui/common/Workspace.h"
#include "ui/school/LeadersModel.h"
#include "ui/school/SaveSchoolProfileCommand.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace thidua {

SchoolProfilePage::SchoolProfilePage(Workspace& workspace, QWidget* parent)
    : Page(workspace, parent)
    , m_leaders(new LeadersModel(this))
    , m_leaderTable(new QTableView(this))
    , m_numberPreview(new QLabel(this))
    , m_datePreview(new QLabel(this))
    , m_problems(new QLabel(this))
    , m_saveButton(new QPushButton(tr("&Save"), this))
    , m_revertButton(new QPushButton(tr("&Revert"), this))
    , m_removeLeader(new QPushButton(tr("Remove"), this))
    , m_upLeader(new QPushButton(tr("Up"), this))
    , m_downLeader(new QPushButton(tr("Down"), this))
{
    setObjectName(key());
    auto* heading = new QLabel(title(), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.35);
    headingFont.setBold(true);
    heading->setFont(headingFont);

    auto field = [this](const QString& key) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(key);
        m_fields.insert(key, edit);
        connect(edit, &QLineEdit::textEdited, this, [this] { setDirty(true); });
        return edit;
    };
    auto* general = new QGroupBox(tr("General"), this);
    auto* form = new QFormLayout(general);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    QLineEdit* fullName = field(QStringLiteral("full_name"));
    fullName->setPlaceholderText(QStringLiteral("Trường THPT Nguyễn Khuyến"));
    form->addRow(tr("School &name:"), fullName);
    QLineEdit* governingBody = field(QStringLiteral("governing_body"));
    governingBody->setPlaceholderText(QStringLiteral("Sở GDĐT TP Hồ Chí Minh"));
    form->addRow(tr("&Governing body:"), governingBody);
    governingBody->setToolTip(
        tr("Cơ quan chủ quản, printed in capitals above the school's name at the top of documents."));

    auto* abbreviationRow = new QHBoxLayout;
    QLineEdit* abbreviation = field(QStringLiteral("abbreviation"));
    abbreviation->setMaximumWidth(120);
    abbreviation->setPlaceholderText(QStringLiteral("NK"));
    abbreviationRow->addWidget(abbreviation);
    abbreviationRow->addSpacing(8);
    abbreviationRow->addWidget(m_numberPreview, 1);
    auto* abbreviationLabel = new QLabel(tr("&Abbreviation:"), this);
    abbreviationLabel->setBuddy(abbreviation);
    form->addRow(abbreviationLabel, abbreviationRow);

    auto* placeRow = new QHBoxLayout;
    QLineEdit* place = field(QStringLiteral("place_name"));
    // Wide enough for the longest place names ("Thành phố Hồ Chí Minh") without scrolling.
    place->setMinimumWidth(place->fontMetrics().horizontalAdvance(QStringLiteral("Thành phố Hồ Chí Minh")) + 24);
    place->setMaximumWidth(320);
    place->setPlaceholderText(QStringLiteral("Gò Vấp"));
    placeRow->addWidget(place);
    placeRow->addSpacing(8);
    placeRow->addWidget(m_datePreview, 1);
    auto* placeLabel = new QLabel(tr("&Place name:"), this);
    placeLabel->setBuddy(place);
    form->addRow(placeLabel, placeRow);
    for (QLabel* preview : { m_numberPreview, m_datePreview })
        preview->setForegroundRole(QPalette::PlaceholderText);

    form->addRow(tr("A&ddress:"), field(QStringLiteral("address")));
    auto* contactRow = new QHBoxLayout;
    QLineEdit* phone = field(QStringLiteral("phone"));
    phone->setMaximumWidth(180);
    contactRow->addWidget(phone);
    contactRow->addSpacing(12);
    auto* emailLabel = new QLabel(tr("E-&mail:"), this);
    QLineEdit* email = field(QStringLiteral("email"));
    emailLabel->setBuddy(email);
    contactRow->addWidget(emailLabel);
    contactRow->addWidget(email, 1);
    auto* phoneLabel = new QLabel(tr("P&hone:"), this);
    phoneLabel->setBuddy(phone);
    form->addRow(phoneLabel, contactRow);
    form->addRow(tr("&Website:"), field(QStringLiteral("website")));

    auto* leadersBox = new QGroupBox(tr("School leadership (Ban giám hiệu)"), this);
    m_leaderTable->setObjectName(QStringLiteral("leaders"));
    m_leaderTable->setModel(m_leaders);
    m_leaderTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_leaderTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_leaderTable->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
        | QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_leaderTable->setItemDelegateForColumn(LeadersModel::RoleColumn,
        new ComboBoxDelegate(
            { { LeadersModel::roleName(SchoolLeader::Role::Head), int(SchoolLeader::Role::Head) },
                { LeadersModel::roleName(SchoolLeader::Role::Deputy), int(SchoolLeader::Role::Deputy) } },
            m_leaderTable));
    m_leaderTable->horizontalHeader()->setStretchLastSection(true);
    m_leaderTable->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_leaderTable->horizontalHeader()->setHighlightSections(false);
    m_leaderTable->verticalHeader()->setDefaultSectionSize(m_leaderTable->fontMetrics().height() + 10);
    const QFontMetrics metrics = m_leaderTable->fontMetrics();
    m_leaderTable->setColumnWidth(
        LeadersModel::RoleColumn, metrics.horizontalAdvance(QStringLiteral("Phó Hiệu trưởng")) + 40);
    m_leaderTable->setColumnWidth(
        LeadersModel::NameColumn, metrics.horizontalAdvance(QStringLiteral("Nguyễn Thị Ngọc Huyền")) + 40);
    m_leaderTable->setMinimumHeight(m_leaderTable->verticalHeader()->defaultSectionSize() * 5);
    auto* addHead = new QPushButton(tr("Add head"), this);
    auto* addDeputy = new QPushButton(tr("Add deputy"), this);
    auto* leaderButtons = new QVBoxLayout;
    for (QPushButton* button : { addHead, addDeputy, m_removeLeader, m_upLeader, m_downLeader })
        leaderButtons->addWidget(button);
    leaderButtons->addStretch(1);
    auto* leadersLayout = new QHBoxLayout(leadersBox);
    leadersLayout->addWidget(m_leaderTable, 1);
    leadersLayout->addLayout(leaderButtons);

    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->setWordWrap(true);
    QPalette palette = m_problems->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c));
    m_problems->setPalette(palette);
    m_saveButton->setObjectName(QStringLiteral("save"));
    m_saveButton->setDefault(true);
    m_revertButton->setToolTip(tr("Forget the changes typed since the last save"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_problems, 1);
    buttons->addWidget(m_revertButton);
    buttons->addWidget(m_saveButton);

    auto* content = new QWidget(this);
    content->setMaximumWidth(1000);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(10);
    contentLayout->addWidget(general);
    contentLayout->addWidget(leadersBox, 1);
    contentLayout->addLayout(buttons);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(8);
    layout->addWidget(heading);
    layout->addWidget(content, 1); // left-aligned up to its maximum width

    connect(
        m_fields[QStringLiteral("abbreviation")], &QLineEdit::textChanged, this, &SchoolProfilePage::updatePreviews);
    connect(m_fields[QStringLiteral("place_name")], &QLineEdit::textChanged, this, &SchoolProfilePage::updatePreviews);
    connect(m_leaders, &QAbstractItemModel::dataChanged, this, [this] { setDirty(true); });
    connect(m_leaders, &QAbstractItemModel::rowsInserted, this, [this] { setDirty(true); });
    connect(m_leaders, &QAbstractItemModel::rowsRemoved, this, [this] { setDirty(true); });
    connect(m_leaders, &QAbstractItemModel::rowsMoved, this, [this] { setDirty(true); });
    connect(m_leaderTable->selectionModel(),
        &QItemSelectionModel::currentRowChanged,
        this,
        &SchoolProfilePage::updateButtons);
    connect(addHead, &QPushButton::clicked, this, [this] {
        const int row = m_leaders->addLeader(SchoolLeader::Role::Head);
        m_leaderTable->setCurrentIndex(m_leaders->index(row, LeadersModel::NameColumn));
        m_leaderTable->edit(m_leaderTable->currentIndex());
    });
    connect(addDeputy, &QPushButton::clicked, this, [this] {
        const int row = m_leaders->addLeader(SchoolLeader::Role::Deputy);
        m_leaderTable->setCurrentIndex(m_leaders->index(row, LeadersModel::NameColumn));
        m_leaderTable->edit(m_leaderTable->currentIndex());
    });
    connect(m_removeLeader, &QPushButton::clicked, this, [this] {
        m_leaders->removeLeader(m_leaderTable->currentIndex().row());
    });
    connect(m_upLeader, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_leaderTable->currentIndex();
        m_leaders->moveLeader(current.row(), -1);
    });
    connect(m_downLeader, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_leaderTable->currentIndex();
        m_leaders->moveLeader(current.row(), +1);
    });
    connect(m_saveButton, &QPushButton::clicked, this, [this] {
        if (auto saved = saveChanges(); !saved) {
            ErrorMessage::show(
                this, tr("The school profile could not be saved."), saved.error(), [this] { m_saveButton->click(); });
        }
    });
    connect(m_revertButton, &QPushButton::clicked, this, &SchoolProfilePage::reload);
    connect(&workspace, &Workspace::schoolChanged, this, [this] {
        if (isLoaded() && !m_dirty)
            reload();
    });
    updatePreviews();
    updateButtons();
}

QString SchoolProfilePage::title() const
{
    return tr("School");
}

QIcon SchoolProfilePage::icon() const
{
    return style()->standardIcon(QStyle::SP_DirHomeIcon);
}

QString SchoolProfilePage::statusText() const
{
    return m_dirty ? tr("Changes not saved yet") : QString();
}

void SchoolProfilePage::load()
{
    reload();
}

void SchoolProfilePage::reload()
{
    auto profile = SchoolQuery(workspace().connection()).profile();
    if (!profile) {
        ErrorMessage::show(this, tr("The school profile could not be read."), profile.error());
        return;
    }
    m_saved = *profile;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        it.value()->setText(m_saved.field(it.key()));
    m_leaders->setLeaders(m_saved.leaders);
    m_problems->clear();
    setDirty(false);
}

SchoolProfile SchoolProfilePage::profile() const
{
    SchoolProfile profile;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        profile.setField(it.key(), VietnameseText::clean(it.value()->text()));
    profile.leaders = m_leaders->leaders();
    return profile;
}

QStringList SchoolProfilePage::problems() const
{
    const SchoolProfile p = profile();
    QStringList problems;
    if (p.fullName.isEmpty())
        problems << tr("The school's name is empty.");
    static const QRegularExpression abbreviationPattern(QStringLiteral("^[\\p{L}\\p{M}\\p{N}]*$"));
    if (!abbreviationPattern.match(p.abbreviation).hasMatch())
        problems << tr("The abbreviation “%1” may only hold letters and digits (no spaces, “/” or “-”): it "
                       "is printed in document numbers such as “27/KH-NK”.")
                        .arg(p.abbreviation);
    if (!p.email.isEmpty() && !p.email.contains(QLatin1Char('@')))
        problems << tr("“%1” is not an e-mail address.").arg(p.email);
    int heads = 0;
    for (int i = 0; i < p.leaders.size(); ++i) {
        const SchoolLeader& leader = p.leaders[i];
        if (leader.role == SchoolLeader::Role::Head)
            ++heads;
        if (leader.fullName.isEmpty())
            problems << tr("Leader %1 has no name.").arg(i + 1);
        if (leader.title.isEmpty())
            problems << tr("Leader %1 has no title.").arg(i + 1);
    }
    if (heads > 1)
        problems << tr("Only one person can be the head (Hiệu trưởng).");
    return problems;
}

Status SchoolProfilePage::saveChanges()
{
    if (!m_dirty)
        return {};
    const QStringList found = problems();
    if (!found.isEmpty()) {
        m_problems->setText(found.join(QLatin1Char('\n')));
        return Error { Error::Code::Validation, found.join(QLatin1Char(' ')) };
    }
    m_problems->clear();
    SchoolProfile after = profile();
    if (auto done = workspace().execute(std::make_unique<SaveSchoolProfileCommand>(workspace(), m_saved, after)); !done)
        return done;
    m_dirty = false; // reload() reads back what was stored
    reload();
    return {};
}

void SchoolProfilePage::setDirty(bool dirty)
{
    m_dirty = dirty;
    updateButtons();
    emit statusTextChanged();
}

void SchoolProfilePage::updatePreviews()
{
    const QString abbreviation = VietnameseText::clean(m_fields[QStringLiteral("abbreviation")]->text());
    m_numberPreview->setText(
        tr("Document numbers: %1")
            .arg(QStringLiteral("27/KH-%1").arg(abbreviation.isEmpty() ? QStringLiteral("…") : abbreviation)));
    const QString place = VietnameseText::clean(m_fields[QStringLiteral("place_name")]->text());
    m_datePreview->setText(
        tr("Date line: %1")
            .arg(VietnameseFormat::dateLine(place.isEmpty() ? QStringLiteral("…") : place, workspace().today())));
}

void SchoolProfilePage::updateButtons()
{
    m_saveButton->setEnabled(m_dirty);
    m_revertButton->setEnabled(m_dirty);
    const int row = m_leaderTable->currentIndex().row();
    m_removeLeader->setEnabled(row >= 0);
    m_upLeader->setEnabled(row > 0);
    m_downLeader->setEnabled(row >= 0 && row + 1 < m_leaders->rowCount());
}

} // namespace thidua

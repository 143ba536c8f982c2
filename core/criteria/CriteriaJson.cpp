#include "core/criteria/CriteriaJson.h"

#include "core/documents/SpecReader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace thidua {

namespace {

const QStringList SetKeys { QStringLiteral("format"),
    QStringLiteral("format_version"),
    QStringLiteral("key"),
    QStringLiteral("version"),
    QStringLiteral("name"),
    QStringLiteral("target"),
    QStringLiteral("collective_kind"),
    QStringLiteral("legal_basis"),
    QStringLiteral("note"),
    QStringLiteral("status_only"),
    QStringLiteral("rule"),
    QStringLiteral("items") };
const QStringList ItemKeys { QStringLiteral("code"),
    QStringLiteral("text"),
    QStringLiteral("kind"),
    QStringLiteral("maximum"),
    QStringLiteral("threshold"),
    QStringLiteral("unit"),
    QStringLiteral("evidence"),
    QStringLiteral("unconfirmed"),
    QStringLiteral("unconfirmed_note"),
    QStringLiteral("levels"),
    QStringLiteral("items") };
const QStringList RuleKeys {
    QStringLiteral("kind"), QStringLiteral("min_total"), QStringLiteral("min_each"), QStringLiteral("levels")
};
const QStringList LevelKeys { QStringLiteral("level"), QStringLiteral("name") };

// Refuses a field the format does not know (a typo would otherwise be dropped silently).
void checkKeys(SpecReader& reader, const QJsonObject& object, const QString& path, const QStringList& known)
{
    for (auto it = object.begin(); it != object.end() && reader.ok(); ++it) {
        if (!known.contains(it.key()))
            reader.fail(SpecReader::join(path, it.key()),
                CriteriaJson::tr("this field is unknown; known fields: %1.").arg(known.join(QStringLiteral(", "))));
    }
}

CriteriaRule readRule(SpecReader& reader, const QJsonObject& object, const QString& path)
{
    CriteriaRule rule;
    checkKeys(reader, object, path, RuleKeys);
    const QString kind = reader.choice(object,
        QStringLiteral("kind"),
        path,
        { QStringLiteral("all_pass"), QStringLiteral("points"), QStringLiteral("levels") },
        QString());
    if (kind.isEmpty() && reader.ok())
        reader.fail(SpecReader::join(path, QStringLiteral("kind")), CriteriaJson::tr("it is missing."));
    CriteriaRule::kindFromKey(kind, &rule.kind);
    rule.minTotal = reader.integer(object, QStringLiteral("min_total"), path, 0, 0, 1000000);
    rule.minEach = reader.integer(object, QStringLiteral("min_each"), path, 0, 0, 1000000);
    const QJsonArray levels =
        reader.array(object, QStringLiteral("levels"), path, rule.kind == CriteriaRule::Kind::Levels);
    const QString levelsPath = SpecReader::join(path, QStringLiteral("levels"));
    for (qsizetype i = 0; i < levels.size() && i < 100 && reader.ok(); ++i) {
        const QString levelPath = SpecReader::join(levelsPath, i);
        if (!levels[i].isObject()) {
            reader.fail(levelPath, CriteriaJson::tr("it must be an object {\"level\": …, \"name\": …}."));
            break;
        }
        const QJsonObject level = levels[i].toObject();
        checkKeys(reader, level, levelPath, LevelKeys);
        CriteriaRule::Level read;
        read.number = reader.integer(level, QStringLiteral("level"), levelPath, 0, 1, 100);
        read.name = reader.string(level, QStringLiteral("name"), levelPath, true);
        rule.levels << read;
    }
    return rule;
}

QJsonObject writeRule(const CriteriaRule& rule)
{
    QJsonObject object { { QStringLiteral("kind"), CriteriaRule::kindKey(rule.kind) } };
    if (rule.kind == CriteriaRule::Kind::Points) {
        object.insert(QStringLiteral("min_total"), rule.minTotal);
        object.insert(QStringLiteral("min_each"), rule.minEach);
    }
    if (rule.kind == CriteriaRule::Kind::Levels) {
        QJsonArray levels;
        for (const CriteriaRule::Level& level : rule.levels)
            levels.append(
                QJsonObject { { QStringLiteral("level"), level.number }, { QStringLiteral("name"), level.name } });
        object.insert(QStringLiteral("levels"), levels);
    }
    return object;
}

// The items under set.items[index] (or the top level for -1), nested.
QJsonArray writeItems(const CriteriaSet& set, qsizetype index)
{
    QJsonArray array;
    for (qsizetype i : set.children(index)) {
        const CriteriaItem& item = set.items[i];
        QJsonObject object { { QStringLiteral("code"), item.code }, { QStringLiteral("text"), item.text } };
        if (item.isLeaf())
            object.insert(QStringLiteral("kind"), CriteriaItem::kindKey(item.kind));
        if (item.kind == CriteriaItem::Kind::Points)
            object.insert(QStringLiteral("maximum"), item.maximum);
        if (item.kind == CriteriaItem::Kind::Rate || item.kind == CriteriaItem::Kind::Count)
            object.insert(QStringLiteral("threshold"), item.threshold);
        if (!item.unit.isEmpty())
            object.insert(QStringLiteral("unit"), item.unit);
        if (!item.evidence.isEmpty())
            object.insert(QStringLiteral("evidence"), item.evidence);
        if (item.unconfirmed)
            object.insert(QStringLiteral("unconfirmed"), true);
        if (!item.unconfirmedNote.isEmpty())
            object.insert(QStringLiteral("unconfirmed_note"), item.unconfirmedNote);
        if (!item.levels.isEmpty()) {
            QJsonArray levels;
            for (int level : item.levels)
                levels.append(level);
            object.insert(QStringLiteral("levels"), levels);
        }
        if (!item.isLeaf())
            object.insert(QStringLiteral("items"), writeItems(set, i));
        array.append(object);
    }
    return array;
}

} // namespace

void CriteriaJson::readItems(
    SpecReader& reader, const QJsonArray& array, const QString& path, int depth, CriteriaSet* set)
{
    if (array.isEmpty() && reader.ok())
        reader.fail(path, tr("the list is empty."));
    for (qsizetype i = 0; i < array.size() && reader.ok(); ++i) {
        const QString itemPath = SpecReader::join(path, i);
        if (set->items.size() >= MaxItems) {
            reader.fail(itemPath, tr("a set has at most %1 items.").arg(MaxItems));
            return;
        }
        if (!array[i].isObject()) {
            reader.fail(itemPath, tr("it must be an object {\"code\": …, \"text\": …}."));
            return;
        }
        const QJsonObject object = array[i].toObject();
        checkKeys(reader, object, itemPath, ItemKeys);
        CriteriaItem item;
        item.depth = depth;
        item.code = reader.string(object, QStringLiteral("code"), itemPath, true);
        item.text = reader.string(object, QStringLiteral("text"), itemPath, true);
        const bool group = object.contains(QStringLiteral("items"));
        if (group && depth >= CriteriaItem::MaxDepth) {
            reader.fail(SpecReader::join(itemPath, QStringLiteral("items")),
                tr("items nest at most three deep (tiêu chí, chỉ tiêu, chỉ số)."));
            return;
        }
        const QString kind = reader.choice(object,
            QStringLiteral("kind"),
            itemPath,
            { QStringLiteral("pass_fail"), QStringLiteral("points"), QStringLiteral("rate"), QStringLiteral("count") },
            group ? QString() : QStringLiteral("pass_fail"));
        if (group && !kind.isEmpty() && reader.ok())
            reader.fail(SpecReader::join(itemPath, QStringLiteral("kind")),
                tr("an item with items under it has no kind of its own."));
        item.kind = CriteriaItem::Kind::Group;
        if (!group)
            CriteriaItem::kindFromKey(kind, &item.kind);
        item.maximum = reader.integer(object, QStringLiteral("maximum"), itemPath, 0, 1, CriteriaItem::MaxPoints);
        item.threshold = reader.integer(object,
            QStringLiteral("threshold"),
            itemPath,
            0,
            0,
            item.kind == CriteriaItem::Kind::Rate ? 100 : CriteriaItem::MaxCount);
        if (item.kind == CriteriaItem::Kind::Points && item.maximum == 0 && reader.ok())
            reader.fail(SpecReader::join(itemPath, QStringLiteral("maximum")), tr("points need a maximum."));
        if ((item.kind == CriteriaItem::Kind::Rate || item.kind == CriteriaItem::Kind::Count)
            && !object.contains(QStringLiteral("threshold")) && reader.ok())
            reader.fail(SpecReader::join(itemPath, QStringLiteral("threshold")), tr("it is missing."));
        // A field of another kind would be dropped on export: refused, so that a round trip keeps everything.
        const auto onlyFor = [&](const QString& key, bool allowed, const QString& kinds) {
            if (object.contains(key) && !allowed && reader.ok())
                reader.fail(SpecReader::join(itemPath, key), tr("only %1 items have it.").arg(kinds));
        };
        onlyFor(QStringLiteral("maximum"), item.kind == CriteriaItem::Kind::Points, QStringLiteral("points"));
        onlyFor(QStringLiteral("threshold"),
            item.kind == CriteriaItem::Kind::Rate || item.kind == CriteriaItem::Kind::Count,
            QStringLiteral("rate, count"));
        onlyFor(QStringLiteral("unit"), item.kind == CriteriaItem::Kind::Count, QStringLiteral("count"));
        item.unit = reader.string(object, QStringLiteral("unit"), itemPath);
        item.evidence = reader.string(object, QStringLiteral("evidence"), itemPath);
        item.unconfirmed = reader.boolean(object, QStringLiteral("unconfirmed"), itemPath);
        item.unconfirmedNote = reader.string(object, QStringLiteral("unconfirmed_note"), itemPath);
        const QJsonArray levels = reader.array(object, QStringLiteral("levels"), itemPath);
        for (qsizetype l = 0; l < levels.size() && l < 100 && reader.ok(); ++l) {
            const double number = levels[l].toDouble(-1);
            if (!levels[l].isDouble() || !(number >= 1 && number <= 100) || number != double(int(number))) {
                reader.fail(SpecReader::join(SpecReader::join(itemPath, QStringLiteral("levels")), l),
                    tr("it must be a level number from 1 to 100."));
                return;
            }
            item.levels << int(number);
        }
        set->items << item;
        if (group && reader.ok())
            readItems(reader,
                reader.array(object, QStringLiteral("items"), itemPath, true),
                SpecReader::join(itemPath, QStringLiteral("items")),
                depth + 1,
                set);
    }
}

Result<CriteriaSet> CriteriaJson::parse(const QByteArray& json, const QString& fileName)
{
    if (json.size() > MaxFileBytes)
        return Error(Error::Code::TooLarge, tr("A criteria set file is at most 4 MB."), fileName);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const QByteArray before = json.left(parseError.offset);
        return Error(Error::Code::Format,
            tr("This is not valid JSON: %1.").arg(parseError.errorString()),
            fileName,
            int(before.count('\n')) + 1,
            int(parseError.offset - before.lastIndexOf('\n')));
    }
    if (!document.isObject())
        return Error(Error::Code::Format, tr("A criteria set must be a JSON object { … }."), fileName, 1);
    const QJsonObject root = document.object();
    SpecReader reader(fileName, json);
    checkKeys(reader, root, QString(), SetKeys);
    if (reader.string(root, QStringLiteral("format"), QString(), true) != QStringLiteral("thidua-criteria")
        && reader.ok())
        reader.fail(QStringLiteral("format"), tr("it must be \"thidua-criteria\"."));
    reader.integer(root, QStringLiteral("format_version"), QString(), FormatVersion, FormatVersion, FormatVersion);
    CriteriaSet set;
    set.key = reader.string(root, QStringLiteral("key"), QString(), true);
    set.version = reader.integer(root, QStringLiteral("version"), QString(), 1, 1, 1000000);
    set.name = reader.string(root, QStringLiteral("name"), QString(), true);
    const QString target = reader.choice(root,
        QStringLiteral("target"),
        QString(),
        { QStringLiteral("staff"),
            QStringLiteral("students"),
            QStringLiteral("people"),
            QStringLiteral("collective"),
            QStringLiteral("school") },
        QString());
    if (target.isEmpty() && reader.ok())
        reader.fail(QStringLiteral("target"), tr("it is missing."));
    CriteriaSet::targetFromKey(target, &set.target);
    set.collectiveKind = reader.string(root, QStringLiteral("collective_kind"), QString());
    set.legalBasis = reader.string(root, QStringLiteral("legal_basis"), QString());
    set.note = reader.string(root, QStringLiteral("note"), QString());
    set.statusOnly = reader.boolean(root, QStringLiteral("status_only"), QString());
    set.rule = readRule(reader, reader.object(root, QStringLiteral("rule"), QString(), true), QStringLiteral("rule"));
    if (reader.ok())
        readItems(
            reader, reader.array(root, QStringLiteral("items"), QString(), true), QStringLiteral("items"), 0, &set);
    if (!reader.ok())
        return reader.error();
    if (auto valid = set.validate(); !valid) {
        Error error = valid.error();
        error.code = Error::Code::Format;
        error.file = fileName;
        return error;
    }
    return set;
}

Result<CriteriaSet> CriteriaJson::readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(Error::Code::Io, tr("Cannot read %1: %2").arg(path, file.errorString()), path);
    if (file.size() > MaxFileBytes)
        return Error(Error::Code::TooLarge, tr("A criteria set file is at most 4 MB."), path);
    return parse(file.read(MaxFileBytes + 1), path);
}

QByteArray CriteriaJson::write(const CriteriaSet& set)
{
    QJsonObject root { { QStringLiteral("format"), QStringLiteral("thidua-criteria") },
        { QStringLiteral("format_version"), FormatVersion },
        { QStringLiteral("key"), set.key },
        { QStringLiteral("version"), set.version },
        { QStringLiteral("name"), set.name },
        { QStringLiteral("target"), CriteriaSet::targetKey(set.target) } };
    if (!set.collectiveKind.isEmpty())
        root.insert(QStringLiteral("collective_kind"), set.collectiveKind);
    if (!set.legalBasis.isEmpty())
        root.insert(QStringLiteral("legal_basis"), set.legalBasis);
    if (!set.note.isEmpty())
        root.insert(QStringLiteral("note"), set.note);
    if (set.statusOnly)
        root.insert(QStringLiteral("status_only"), true);
    root.insert(QStringLiteral("rule"), writeRule(set.rule));
    root.insert(QStringLiteral("items"), writeItems(set, -1));
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Status CriteriaJson::writeFile(const CriteriaSet& set, const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(Error::Code::Io, tr("Cannot write %1: %2").arg(path, file.errorString()), path);
    file.write(write(set));
    if (!file.commit())
        return Error(Error::Code::Io, tr("Cannot write %1: %2").arg(path, file.errorString()), path);
    return {};
}

} // namespace thidua

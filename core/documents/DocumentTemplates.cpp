#include "core/documents/DocumentTemplates.h"

#include "core/documents/DocumentSpec.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace thidua {

namespace {

using Replacements = QList<std::pair<QString, QString>>;

QJsonValue replaced(const QJsonValue& value, const Replacements& replacements)
{
    if (value.isString()) {
        // One pass, the longest match first, so that a replacement is never replaced again.
        const QString text = value.toString();
        QString result;
        qsizetype i = 0;
        while (i < text.size()) {
            const auto match = std::find_if(replacements.cbegin(), replacements.cend(), [&](const auto& r) {
                return QStringView(text).mid(i).startsWith(r.first);
            });
            if (match == replacements.cend()) {
                result += text.at(i++);
            } else {
                result += match->second;
                i += match->first.size();
            }
        }
        return result;
    }
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            array[i] = replaced(array.at(i), replacements);
        return array;
    }
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            it.value() = replaced(it.value(), replacements);
        return object;
    }
    return value;
}

} // namespace

QStringList DocumentTemplates::ids()
{
    return { QStringLiteral("to_trinh"),
        QStringLiteral("bien_ban"),
        QStringLiteral("quyet_dinh"),
        QStringLiteral("bao_cao_thanh_tich_ca_nhan"),
        QStringLiteral("bao_cao_thanh_tich_tap_the"),
        QStringLiteral("giay_khen"),
        QStringLiteral("giay_khen_phoi") };
}

QString DocumentTemplates::displayName(const QString& id)
{
    if (id == QStringLiteral("to_trinh"))
        return tr("&Proposal for commendation (tờ trình)…");
    if (id == QStringLiteral("bien_ban"))
        return tr("&Minutes of the council meeting (biên bản)…");
    if (id == QStringLiteral("quyet_dinh"))
        return tr("&Decision on commendation (quyết định)…");
    if (id == QStringLiteral("bao_cao_thanh_tich_ca_nhan"))
        return tr("Achievement report of an &individual…");
    if (id == QStringLiteral("bao_cao_thanh_tich_tap_the"))
        return tr("Achievement report of a &collective…");
    if (id == QStringLiteral("giay_khen"))
        return tr("&Certificates of merit (giấy khen) on plain paper…");
    if (id == QStringLiteral("giay_khen_phoi"))
        return tr("Certificates of merit on pre-printed &blanks…");
    return id;
}

QJsonObject DocumentTemplates::example(const QString& id)
{
    if (!ids().contains(id))
        return {};
    QFile file(QStringLiteral(":/thidua/documents/examples/%1.json").arg(id));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QJsonObject DocumentTemplates::adapt(QJsonObject example, const SchoolProfile& profile)
{
    const QString kind = example.value(QStringLiteral("kind")).toString();
    example.remove(QStringLiteral("$schema"));
    example.remove(QStringLiteral("key")); // derived from the content, so that printing again keeps the number
    example.remove(QStringLiteral("date")); // today (a biên bản: the day of its meeting)
    if (kind != QStringLiteral("bien_ban")) // the minutes are signed by the meeting's secretary and chair
        example.remove(QStringLiteral("signers")); // the head of the school
    if (profile.fullName.trimmed().isEmpty()) {
        // The example school's header: shown, but no number of its sequence goes into this school's register.
        example.insert(QStringLiteral("number"), QStringLiteral("blank"));
        return example;
    }
    if (example.value(QStringLiteral("number")).isDouble())
        example.insert(QStringLiteral("number"), QStringLiteral("auto"));

    const QJsonObject given = example.value(QStringLiteral("organization")).toObject();
    Replacements replacements;
    const QList<std::pair<QString, QString>> fields { { QStringLiteral("name"), profile.fullName },
        { QStringLiteral("governing_body"), profile.governingBody },
        { QStringLiteral("place_name"), profile.placeName } };
    for (const auto& [key, own] : fields) {
        const QString theirs = given.value(key).toString();
        if (!theirs.isEmpty() && !own.trimmed().isEmpty())
            replacements.append({ theirs, own.trimmed() });
    }
    // The longest first, so that a place name inside a school's name does not break the school's.
    std::sort(replacements.begin(), replacements.end(), [](const auto& a, const auto& b) {
        return a.first.size() > b.first.size();
    });
    QJsonObject organization;
    if (given.contains(QStringLiteral("council_abbreviation")))
        organization.insert(
            QStringLiteral("council_abbreviation"), given.value(QStringLiteral("council_abbreviation")));
    example.remove(QStringLiteral("organization"));
    example = replaced(example, replacements).toObject();
    if (!organization.isEmpty())
        example.insert(QStringLiteral("organization"), organization);
    return example;
}

Result<QList<DocumentDescription>> DocumentTemplates::load(const QString& id, const SchoolProfile& profile)
{
    const QJsonObject original = example(id);
    if (original.isEmpty())
        return Error(Error::Code::NotFound, tr("There is no document template “%1”.").arg(id));
    const QJsonObject adapted = adapt(original, profile);
    return DocumentSpec::parse(QJsonDocument(adapted).toJson(), id + QStringLiteral(".json"));
}

} // namespace thidua

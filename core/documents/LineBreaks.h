#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace thidua {

// Where a line of a printed document may break, as careful typists break it. Pure rules shared by the PDF layouter
// (TextBox) and the DOCX writer (DocxXml), so that both keep the same spans together and break a name at the same
// points:
// - some spans never break: a school year or a range of years ("2024 - 2025"), a document number with its "Số:"
//   ("Số: 46/TTr-NK", "số 152/2025/NĐ-CP"), a short date ("26/5/2025"), and a number with the word it counts in a
//   date ("ngày 08", "tháng 9", "năm 2025"), a share and its sign ("86,3 %");
// - the name of a body in the header breaks at natural points: before "THÀNH PHỐ", "TỈNH", "QUẬN", "HUYỆN",
//   "THỊ XÃ", "TRƯỜNG", "PHÒNG", and after "HỘI ĐỒNG", never inside "THI ĐUA - KHEN THƯỞNG".
class LineBreaks
{
public:
    struct Span
    {
        qsizetype start = 0;
        qsizetype end = 0; // one past the last character
        bool operator==(const Span&) const = default;
    };
    using Measure = std::function<double(const QString&)>;

    // The spans of `text` that must stay on one line, in order, not overlapping.
    static QList<Span> keepTogether(const QString& text);
    // `text` with the spaces inside the spans made non-breaking (U+00A0) and the hyphens inside them that join two
    // words non-breaking hyphens (U+2011; "2024 - 2025" is held by its spaces alone, so that a font without U+2011
    // keeps its own hyphen there): for a word processor, which breaks the lines itself.
    static QString withNoBreaks(const QString& text);

    // The natural points where a body's name may break: indices of the spaces to break at.
    static QList<qsizetype> phraseBreaks(const QString& name);
    // `name` set in lines no wider than `width` (as `measure` measures them): whole phrases per line as long as they
    // fit; a phrase wider than a line breaks between words, keeping "A - B" together.
    static QStringList breakName(const QString& name, const Measure& measure, double width);
};

} // namespace thidua

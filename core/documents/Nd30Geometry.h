#pragma once

#include "core/documents/Document.h"

namespace thidua {

// Measurements of the Nghị định 30 layout that the PDF layouter and the DOCX writer share, so both put the header
// columns, the rules and the "Kính gửi" block in the same places. Text widths are measured with Liberation Serif,
// which has the advance widths of Times New Roman. Millimetres throughout. Needs a QGuiApplication.
class Nd30Geometry
{
public:
    struct Header
    {
        double leftWidth = 0; // column of ô 2–3 (chủ quản, ban hành, số)
        double leftTextWidth = 0; // the names in it: the column less a clear gutter before the quốc hiệu
        double rightWidth = 0; // column of ô 1 (quốc hiệu, tiêu ngữ); the signer uses it too
        double dateWidth = 0; // column of ô 4 (địa danh và ngày): the right column, wider for a long place name
        double dateSize = 0; // 14, or 13 when the date line would not fit the column at 14
        double bodyNameSize = 0; // chủ quản and ban hành: 13, or 12 when that keeps each on fewer lines
        double issuerRule = 0; // under the issuer: 2/5 of its longest line (1/3–1/2 allowed)
        double mottoRule = 0; // under the tiêu ngữ: as long as the tiêu ngữ
        // Chủ quản and ban hành in capitals, broken at natural points (LineBreaks::breakName), '\n' between lines.
        QString governingBody;
        QString issuer;
    };
    struct Addressees
    {
        double labelLeft = 0; // where "Kính gửi:" starts
        double itemLeft = 0; // where the recipients start (after the label on one line, or under its colon)
        bool singleLine = true;
    };

    static QString nationalTitle() { return QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"); }
    static QString motto() { return QStringLiteral("Độc lập - Tự do - Hạnh phúc"); }
    static QString kinhGuiLabel() { return QStringLiteral("Kính gửi:"); }

    static Header header(const Document& document);
    // The rule under the trích yếu (or an appendix title): 2/5 of its longest line.
    static double summaryRule(const QString& text, double size, double width);
    static Addressees addressees(const QStringList& items, double size, double width);
    // The printed recipient lines: one recipient as typed; several each as "- name;" and the last "- name.".
    static QStringList addresseeLines(const QStringList& items);
    // The printed lines of "Nơi nhận": "- Như trên;" … "- Lưu: VT, HĐTĐKT."
    static QStringList distributionLines(const QStringList& items);

    // Two signers side by side: the one with fewer lines above the name gets more room to sign, so that both names
    // share a line.
    static QList<SignatureBlock> alignedSigners(QList<SignatureBlock> signers);

    // Width of one unbroken line of text.
    static double textWidth(const QString& text, double size, bool bold = false, bool italic = false);
    // Width of the longest line when `text` is broken to fit `width`.
    static double longestLine(const QString& text, double size, bool bold, bool italic, double width);
    static constexpr double RuleFraction = 0.4;
    // Between the names of the left column and the quốc hiệu, as careful typists leave it.
    static constexpr double GutterMm = 3;
    // Names are broken a little narrower than they are set, so that a word processor measuring a hair wider keeps
    // the same lines.
    static constexpr double BreakSlackMm = 1;
    // Between a signer's place and date line (certificates) and the title under it.
    static constexpr double PlaceDateGapPt = 6;
};

} // namespace thidua

#pragma once

#include "core/common/Result.h"
#include "core/spreadsheet/WorkbookReader.h"

#include <QList>
#include <QString>

namespace thidua {

class XlsxPackage;

// One text of the shared strings table.
struct SharedString
{
    QString text;
    bool converted = false; // a run in a legacy font was converted already
};

// Reads the shared strings part (xl/sharedStrings.xml) of an .xlsx with libxml2's SAX parser. The part can hold
// millions of tiny elements (<si><t>a</t></si>), and QXmlStreamReader spends a microsecond on each: a hostile part
// that is refused only at the text limit took a second per half megabyte. The texts are what Excel shows: the <t>
// of an <si>, or of each run <r>, never the phonetic guides <rPh>; a run in a legacy font (.VnTime, VNI-Times) is
// converted unless the caller chose the encoding.
class XlsxSharedStrings
{
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)

public:
    static Result<QList<SharedString>> read(
        XlsxPackage& package, const QString& part, const WorkbookReader::Options& options);
};

} // namespace thidua

// A million of them are held; moved by memcpy when the list grows.
Q_DECLARE_TYPEINFO(thidua::SharedString, Q_RELOCATABLE_TYPE);

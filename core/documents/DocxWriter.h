#pragma once

#include "core/common/Result.h"
#include "core/documents/Document.h"

#include <QCoreApplication>

namespace thidua {

// Writes documents as a Word file (Office Open XML, .docx) that Word and LibreOffice open and edit: named paragraph
// styles, Times New Roman, the Nghị định 30 margins, the header block as a borderless table, tables with repeated
// header rows, page numbers centred in the top margin from the second page of each section (first page different).
// Written by hand with QXmlStreamWriter and zipped with libzip. Needs a QGuiApplication (text widths).
class DocxWriter
{
    Q_DECLARE_TR_FUNCTIONS(DocxWriter)

public:
    static Result<QByteArray> write(const Documents& documents);
    // Saves atomically (QSaveFile).
    static Status save(const Documents& documents, const QString& path);

    static const QString MainContentType;
};

} // namespace thidua

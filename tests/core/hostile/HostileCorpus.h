#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace thidua {

// The hostile inputs of issue 12 (and of issue 5 before it), written by code so no big file is committed: zip bombs
// of up to 3.9 GB that take a few MB on disk (a deflate block of a repeated chunk, written once and repeated), XML
// parts with millions of unclosed or nested tags, random bytes named .csv, web pages and Excel 2003 XML named .xls
// (nesting, floods, entity expansion), and the largest lists a school could really send, in every encoding. Used by
// TestHostileFiles (each file read by a child process whose peak memory is checked) and BenchHostileFiles (the
// figures).
class HostileCorpus
{
public:
    enum class Expect
    {
        Refused, // an Error naming the file
        Read, // a workbook
    };
    struct File
    {
        QString name; // file name inside the directory; its suffix is what the reader sees
        Expect expect = Expect::Refused;
        QString what; // one line for the test's and the bench's output
    };

    // Writes every file into `directory` (which must exist), ~140 MB in all, and returns them; an empty list when a
    // file could not be written.
    static QList<File> write(const QString& directory);

    // One chunk repeated: `pattern` written `count` times (the generator compresses a ~1 MB run of it once).
    struct Segment
    {
        QByteArray pattern;
        qint64 count = 1;
    };
    using Part = QPair<QString, QList<Segment>>;
    // A zip archive of deflated parts, streamed to `path`. Parts and the archive stay below 4 GB (no zip64).
    static bool writeZip(const QString& path, const QList<Part>& parts);
    // A minimal .xlsx: one sheet, shared strings; `replace` overrides or adds parts.
    static bool writeXlsx(const QString& path, const QList<Part>& replace);
};

} // namespace thidua

#pragma once

#include "core/common/Result.h"
#include "core/spreadsheet/XmlGuard.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QIODevice>
#include <QString>

#include <functional>
#include <memory>

struct zip;
struct zip_file;
class QXmlStreamReader;

namespace thidua {

// An .xlsx package opened from memory through libzip, for reading. Parts are inflated as they are read, and all of
// them together may not unpack to more than `maxUnpackedBytes`: a zip bomb is stopped by counting what inflating
// really produces, not by trusting the sizes the archive claims. libzip checks each part's CRC at its end, so a
// damaged or cut-short part is an error too. Each part is watched by an XmlGuard while it streams, so a part that
// nests too deep, holds too many elements or one endless text is refused before the parser's memory grows.
class XlsxPackage
{
    Q_DECLARE_TR_FUNCTIONS(XlsxPackage)

public:
    ~XlsxPackage();
    XlsxPackage(const XlsxPackage&) = delete;
    XlsxPackage& operator=(const XlsxPackage&) = delete;

    // `bytes` must outlive the package.
    static Result<std::unique_ptr<XlsxPackage>> open(const QByteArray& bytes,
        const QString& fileName,
        qint64 maxUnpackedBytes,
        const XmlGuard::Limits& xmlLimits = XmlGuard::Limits());

    // Besides XmlGuard::Limits::maxElements, a part holds at most this many elements plus so many per byte of its
    // compressed size, and unpacks to at most 16 MB plus 50 times its compressed size (README, "Import limits").
    static constexpr qint64 kMinElements = 250'000;
    static constexpr qint64 kElementsPerCompressedByte = 4;
    static constexpr qint64 kMinRatioBytes = 16 * 1024 * 1024;
    static constexpr qint64 kMaxRatio = 50;

    bool contains(const QString& part) const;
    // A sequential device inflating the part; nullptr with `error` set when it cannot be opened.
    std::unique_ptr<QIODevice> openPart(const QString& part, Error* error);
    // After a device reported an error: why (zip bomb, damaged data); an Error with an empty message otherwise.
    const Error& readError() const { return m_readError; }

    // Parses an XML part, calling `element` at each start element (it may read further, or return an Error to
    // stop). A part with a DTD is refused before anything in it is expanded. Errors name the part and line.
    using ElementHandler = std::function<Status(QXmlStreamReader&)>;
    Status parseXml(const QString& part, const ElementHandler& element);
    // The error a reader stopped on: the inflating error when there was one, else the XML error.
    Error xmlError(const QString& part, const QXmlStreamReader& xml) const;
    // Hands the part's bytes to `chunk` as they are inflated (already counted and guarded), for a parser of its own
    // (libxml2's SAX, for the parts that hold millions of elements); `chunk` may return an Error to stop. Reads the
    // part to its end, so that libzip checks its CRC.
    using ChunkHandler = std::function<Status(const char* data, qint64 size)>;
    Status streamPart(const QString& part, const ChunkHandler& chunk);
    // The refusal of a part that declares a DTD, and the error of a part that is not well-formed at `line` (the
    // inflating error when there was one).
    Error dtdError(const QString& part) const;
    Error damagedAt(const QString& part, int line) const;
    const QString& fileName() const { return m_fileName; }

private:
    class PartDevice;
    XlsxPackage() = default;

    QString m_fileName;
    zip* m_archive = nullptr;
    qint64 m_budget = 0; // bytes that may still be unpacked
    qint64 m_maxUnpacked = 0;
    XmlGuard::Limits m_xmlLimits;
    qint64 m_archiveBytes = 0;
    Error m_readError;
};

} // namespace thidua

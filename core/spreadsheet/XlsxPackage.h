#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QIODevice>
#include <QString>

#include <memory>

struct zip;
struct zip_file;

namespace thidua {

// An .xlsx package opened from memory through libzip, for reading. Parts are inflated as they are read, and all of
// them together may not unpack to more than `maxUnpackedBytes`: a zip bomb is stopped by counting what inflating
// really produces, not by trusting the sizes the archive claims. libzip checks each part's CRC at its end, so a
// damaged or cut-short part is an error too.
class XlsxPackage
{
    Q_DECLARE_TR_FUNCTIONS(XlsxPackage)

public:
    ~XlsxPackage();
    XlsxPackage(const XlsxPackage&) = delete;
    XlsxPackage& operator=(const XlsxPackage&) = delete;

    // `bytes` must outlive the package.
    static Result<std::unique_ptr<XlsxPackage>> open(
        const QByteArray& bytes, const QString& fileName, qint64 maxUnpackedBytes);

    bool contains(const QString& part) const;
    // A sequential device inflating the part; nullptr with `error` set when it cannot be opened.
    std::unique_ptr<QIODevice> openPart(const QString& part, Error* error);
    // After a device reported an error: why (zip bomb, damaged data); an Error with an empty message otherwise.
    const Error& readError() const { return m_readError; }

private:
    class PartDevice;
    XlsxPackage() = default;

    QString m_fileName;
    zip* m_archive = nullptr;
    qint64 m_budget = 0; // bytes that may still be unpacked
    qint64 m_maxUnpacked = 0;
    Error m_readError;
};

} // namespace thidua

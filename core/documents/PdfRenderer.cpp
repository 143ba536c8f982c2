#include "core/documents/PdfRenderer.h"

#include "core/documents/DocumentLayouter.h"

#include <QPdfWriter>
#include <QSaveFile>

namespace thidua {

Status PdfRenderer::write(const LaidOutDocument& pages, QIODevice& device, const QString& title)
{
    QPdfWriter writer(&device);
    writer.setResolution(Resolution);
    writer.setCreator(QStringLiteral("ThiĐua"));
    writer.setTitle(title);
    if (!pages.paintAll(writer))
        return Error(Error::Code::Io, tr("The PDF could not be drawn."));
    return {};
}

Status PdfRenderer::save(const LaidOutDocument& pages, const QString& path, const QString& title)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(Error::Code::Io, tr("Cannot write %1: %2").arg(path, file.errorString()), path);
    if (auto written = write(pages, file, title); !written)
        return Error(written.error().code, written.error().message, path);
    if (!file.commit())
        return Error(Error::Code::Io, tr("Cannot write %1: %2").arg(path, file.errorString()), path);
    return {};
}

Status PdfRenderer::save(const Documents& documents, const QString& path)
{
    auto pages = DocumentLayouter::layout(documents);
    if (!pages)
        return pages.error();
    QString title;
    if (!documents.isEmpty())
        title = documents.constFirst().title;
    return save(*pages, path, title);
}

} // namespace thidua

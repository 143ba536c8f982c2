#include "ui/meeting/MeetingPrinting.h"

#include "core/meeting/MeetingDocumentService.h"
#include "ui/common/Workspace.h"

#include <QCoreApplication>
#include <QDate>
#include <QPrintDialog>
#include <QPrinter>

namespace thidua {

Status printMeetingDocuments(Workspace& workspace, qint64 meetingId, QWidget* parent)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setFullPage(true); // the pages carry their own Nghị định 30 margins
    printer.setDocName(QCoreApplication::translate("MeetingPrinting", "Meeting minutes"));
    QPrintDialog dialog(&printer, parent);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    MeetingDocumentService service(workspace.connection(), QDate::currentDate());
    auto pages = service.print(MeetingDocumentService::printRequest(meetingId));
    if (!pages)
        return pages.error();
    if (!pages->paintAll(printer))
        return Error(Error::Code::Io,
            QCoreApplication::translate("MeetingPrinting", "The pages could not be sent to the printer."));
    return {};
}

} // namespace thidua

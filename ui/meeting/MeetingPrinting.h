#pragma once

#include "core/common/Result.h"

class QWidget;

namespace thidua {

class Workspace;

// Prints a finished meeting's biên bản and biên bản kiểm phiếu (MeetingDocumentService::printRequest) after the
// system print dialog; cancelling that dialog prints nothing, issues no number and is no error.
Status printMeetingDocuments(Workspace& workspace, qint64 meetingId, QWidget* parent);

} // namespace thidua

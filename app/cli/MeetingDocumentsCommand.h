#pragma once

#include "app/cli/CliContext.h"

#include <QStringList>

namespace thidua {

// thidua-cli --db PATH meeting documents MEETING --out DIR [--ballot-size A4|A5] [--date YYYY-MM-DD]
//     [--only bien_ban,kiem_phieu,phieu_bau,to_trinh,quyet_dinh]
// Issues the documents of a meeting (register numbers) and writes each as PDF and DOCX into DIR. `args` are those
// after "meeting documents"; MeetingCommand dispatches here.
int runMeetingDocuments(CliContext& context, const QStringList& args);

} // namespace thidua

#include "ui/common/ErrorMessage.h"

#include <QMessageBox>

namespace thidua {

void ErrorMessage::show(QWidget* parent, const QString& what, const Error& error)
{
    auto* box = new QMessageBox(QMessageBox::Critical, QStringLiteral("ThiĐua"), what, QMessageBox::Ok, parent);
    box->setObjectName(QStringLiteral("errorMessage"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(error.toString());
    box->setWindowModality(parent ? Qt::WindowModal : Qt::ApplicationModal);
    box->open();
}

} // namespace thidua

#include "ui/common/ErrorMessage.h"

#include <QMessageBox>
#include <QPushButton>

namespace thidua {

void ErrorMessage::show(QWidget* parent, const QString& what, const Error& error)
{
    show(parent, what, error, {});
}

void ErrorMessage::show(QWidget* parent, const QString& what, const Error& error, std::function<void()> retry)
{
    const bool offerRetry = retry && error.code == Error::Code::Busy;
    auto* box = new QMessageBox(offerRetry ? QMessageBox::Warning : QMessageBox::Critical,
        QStringLiteral("ThiĐua"),
        what,
        offerRetry ? QMessageBox::NoButton : QMessageBox::Ok,
        parent);
    box->setObjectName(QStringLiteral("errorMessage"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(error.toString());
    box->setWindowModality(parent ? Qt::WindowModal : Qt::ApplicationModal);
    if (offerRetry) {
        QPushButton* again = box->addButton(tr("Try again"), QMessageBox::AcceptRole);
        again->setObjectName(QStringLiteral("retryButton"));
        box->addButton(tr("Cancel"), QMessageBox::RejectRole)->setObjectName(QStringLiteral("cancelButton"));
        box->setDefaultButton(again);
        QObject::connect(box, &QMessageBox::finished, box, [box, again, retry = std::move(retry)](int) {
            if (box->clickedButton() == again)
                retry();
        });
    }
    box->open();
}

} // namespace thidua

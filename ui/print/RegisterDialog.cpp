#include "ui/print/RegisterDialog.h"

#include "core/forms/FormService.h"
#include "ui/print/FormPreviewDialog.h"
#include "ui/widgets/MessageBar.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QPushButton>
#include <QVBoxLayout>

namespace motcua::ui {

RegisterDialog::RegisterDialog(const Session& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
{
    setWindowTitle(forms::formTitle(forms::FormKind::Register));
    auto* layout = new QVBoxLayout(this);
    m_messageBar = new MessageBar(this);
    layout->addWidget(m_messageBar);
    auto* form = new QFormLayout;
    const QDate today = session.clock.now().date();
    for (auto [edit, label, name, date] :
         {std::tuple{&m_from, tr("&From:"), "from", QDate(today.year(), today.month(), 1)},
          std::tuple{&m_to, tr("&To:"), "to", today}}) {
        *edit = new QDateEdit(date, this);
        (*edit)->setObjectName(QString::fromLatin1(name));
        (*edit)->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
        (*edit)->setCalendarPopup(true);
        form->addRow(label, *edit);
    }
    layout->addLayout(form);
    auto* buttons = new QDialogButtonBox(this);
    QPushButton* previewButton = buttons->addButton(tr("&Preview"), QDialogButtonBox::AcceptRole);
    previewButton->setObjectName(QStringLiteral("previewButton"));
    previewButton->setDefault(true);
    buttons->addButton(tr("Close"), QDialogButtonBox::RejectRole);
    connect(previewButton, &QPushButton::clicked, this, &RegisterDialog::preview);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void RegisterDialog::setPeriod(const QDate& from, const QDate& to)
{
    m_from->setDate(from);
    m_to->setDate(to);
}

void RegisterDialog::preview()
{
    m_messageBar->clear();
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const forms::FormService service(m_session.database, m_session.clock, m_session.user);
    auto form = service.registerForm(m_from->date(), m_to->date());
    auto document =
        form ? print::FormDocument::build(std::move(form).value()) : Result<print::FormDocument>(form.error());
    if (document) {
        document->layOut(document->pageLayout()); // the long part of a long register, under the wait cursor
    }
    QGuiApplication::restoreOverrideCursor();
    if (!document) {
        m_messageBar->showError(document.error().message);
        (document.error().field == QLatin1String("to") ? m_to : m_from)->setFocus(Qt::OtherFocusReason);
        return;
    }
    FormPreviewDialog::showPreview(std::move(document).value(), this);
}

} // namespace motcua::ui

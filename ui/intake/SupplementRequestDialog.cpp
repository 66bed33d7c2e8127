#include "ui/intake/SupplementRequestDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextCursor>
#include <QVBoxLayout>

namespace motcua::ui {

SupplementRequestDialog::SupplementRequestDialog(const QString& applicant, const QString& procedure,
                                                 const QStringList& missing, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("supplementRequestDialog"));
    setWindowTitle(tr("Supplement request (Form 02)"));
    auto* who = new QLabel(tr("For %1 — %2").arg(applicant, procedure), this);
    who->setTextFormat(Qt::PlainText);
    who->setWordWrap(true);
    auto* documents = new QListWidget(this);
    documents->setObjectName(QStringLiteral("missingList"));
    documents->addItems(missing);
    // Long document names wrap: the clerk reads each one whole, without scrolling sideways.
    documents->setWordWrap(true);
    documents->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    documents->setResizeMode(QListView::Adjust);
    m_guidance = new QPlainTextEdit(this);
    m_guidance->setObjectName(QStringLiteral("guidanceEdit"));
    m_guidance->setPlainText(
        tr("Please bring the documents above; the dossier is received as soon as it is complete."));
    m_guidance->setTabChangesFocus(true);
    m_guidance->setMaximumHeight(m_guidance->fontMetrics().lineSpacing() * 5);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Record the request"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(who);
    layout->addWidget(new QLabel(tr("Documents to bring (%1):").arg(missing.size()), this));
    layout->addWidget(documents);
    auto* guidanceLabel = new QLabel(tr("&Guidance for the applicant (printed on the form):"), this);
    guidanceLabel->setBuddy(m_guidance);
    layout->addWidget(guidanceLabel);
    layout->addWidget(m_guidance);
    layout->addWidget(buttons);
    setMinimumWidth(520);
    // The suggested text stays; the clerk adds to it (Enter makes a new line; Alt and the button's letter records).
    m_guidance->setFocus();
    m_guidance->moveCursor(QTextCursor::End);
}

QString SupplementRequestDialog::guidance() const
{
    return m_guidance->toPlainText().trimmed();
}

} // namespace motcua::ui

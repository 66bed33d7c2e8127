#include "ui/mainwindow/AboutDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace motcua::ui {

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About MotCua"));
    setObjectName(QStringLiteral("aboutDialog"));

    auto* title = new QLabel(QStringLiteral("<h2>MotCua %1</h2>").arg(QStringLiteral(MOTCUA_VERSION)), this);
    auto* text = new QLabel(tr("One-stop shop software for state agencies: receiving dossiers, process control, "
                               "deadlines in working days and periodic statistics."),
                            this);
    text->setWordWrap(true);
    auto* licence = new QLabel(
        tr("Licence: Apache License, Version 2.0.\nBuilt with Qt %1.").arg(QString::fromLatin1(qVersion())), this);
    licence->setObjectName(QStringLiteral("licenceLabel"));
    title->setObjectName(QStringLiteral("versionLabel"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(text);
    layout->addWidget(licence);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

} // namespace motcua::ui

#include "ui/widgets/FileErrorsDialog.h"

#include "ui/widgets/PlainText.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace motcua::ui {

FileErrorsDialog::FileErrorsDialog(const QString& title, const QList<Error>& errors, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("fileErrorsDialog"));
    setWindowTitle(title);
    auto* tree = new QTreeWidget(this);
    tree->setObjectName(QStringLiteral("fileErrorsTree"));
    tree->setHeaderLabels({tr("Field"), tr("Problem")});
    tree->setRootIsDecorated(false);
    tree->setAlternatingRowColors(true);
    for (const Error& error : errors) {
        auto* item = new QTreeWidgetItem(tree, {error.field, error.message});
        item->setToolTip(1, plainToolTip(error.message));
    }
    tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    tree->header()->setStretchLastSection(true);
    QLabel* summary = plainLabel(
        tr("The file cannot be imported: %n error(s). Nothing was changed.", nullptr, static_cast<int>(errors.size())),
        this);
    summary->setObjectName(QStringLiteral("fileErrorsSummary"));
    summary->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(tr("Close"), QDialogButtonBox::RejectRole)->setObjectName(QStringLiteral("fileErrorsClose"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(tree, 1);
    layout->addWidget(buttons);
    resize(900, 480);
}

} // namespace motcua::ui

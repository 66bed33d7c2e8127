#include "ui/catalogue/CatalogueImportDialog.h"

#include "ui/widgets/PlainText.h"

#include <QColor>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace motcua::ui {

using catalogue::ImportChange;

namespace {

QColor actionColour(ImportChange::Action action)
{
    switch (action) {
    case ImportChange::Action::Add:
        return QColor(0x1b, 0x6e, 0x20);
    case ImportChange::Action::Change:
        return QColor(0x0d, 0x47, 0xa1);
    case ImportChange::Action::Keep:
        return QColor(0x60, 0x60, 0x60);
    case ImportChange::Action::Refuse:
        return QColor(0xb0, 0x1c, 0x1c);
    }
    return {};
}

} // namespace

CatalogueImportDialog::CatalogueImportDialog(const QString& file, const catalogue::ImportPreview& preview,
                                             const QList<Error>& unknownKeys, QWidget* parent)
    : QDialog(parent)
{
    m_tree = new QTreeWidget(this);
    m_tree->setHeaderLabels({tr("What"), tr("Import does"), tr("Detail")});
    for (const Error& warning : unknownKeys) {
        auto* item = new QTreeWidgetItem(m_tree, {warning.field, tr("Ignored"), warning.message});
        item->setForeground(1, QColor(0xa0, 0x52, 0x00));
        item->setToolTip(2, plainToolTip(warning.message));
    }
    QTreeWidgetItem* procedure = nullptr;
    for (const ImportChange& change : preview.changes) {
        QTreeWidgetItem* parentItem = change.subject == ImportChange::Subject::Process ? procedure : nullptr;
        auto* item = parentItem ? new QTreeWidgetItem(parentItem) : new QTreeWidgetItem(m_tree);
        item->setText(0, change.subjectText());
        item->setText(1, ImportChange::actionName(change.action));
        item->setForeground(1, actionColour(change.action));
        item->setText(2, change.detail);
        item->setToolTip(2, plainToolTip(change.detail));
        item->setData(0, Qt::UserRole, static_cast<int>(change.action));
        if (change.subject == ImportChange::Subject::Procedure) {
            procedure = item;
        }
    }
    m_tree->expandAll();
    build(file,
          preview.summary() +
              (unknownKeys.isEmpty()
                   ? QString()
                   : QStringLiteral(" ") +
                         tr("%n unknown key(s) of the file are ignored.", nullptr, static_cast<int>(unknownKeys.size()))),
          preview.applicable());
}

void CatalogueImportDialog::build(const QString& file, const QString& summary, bool applicable)
{
    setObjectName(QStringLiteral("catalogueImportDialog"));
    setWindowTitle(tr("Import the catalogue from %1").arg(QFileInfo(file).fileName()));
    m_tree->setObjectName(QStringLiteral("importPreviewTree"));
    m_tree->setRootIsDecorated(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_tree->header()->resizeSection(0, 520);
    m_tree->header()->setStretchLastSection(true);
    QLabel* summaryLabel = plainLabel(summary, this);
    summaryLabel->setObjectName(QStringLiteral("importSummary"));
    summaryLabel->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(this);
    if (applicable) {
        QPushButton* apply = buttons->addButton(tr("&Apply the import"), QDialogButtonBox::AcceptRole);
        apply->setObjectName(QStringLiteral("importApplyButton"));
        buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole)->setObjectName(QStringLiteral("importCancelButton"));
    } else {
        buttons->addButton(tr("Close"), QDialogButtonBox::RejectRole)->setObjectName(QStringLiteral("importCancelButton"));
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(summaryLabel);
    layout->addWidget(m_tree, 1);
    layout->addWidget(buttons);
    resize(1100, 600);
}

} // namespace motcua::ui

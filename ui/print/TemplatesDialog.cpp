#include "ui/print/TemplatesDialog.h"

#include "core/calendar/Explanation.h"
#include "core/forms/FormTemplates.h"
#include "ui/widgets/FileDialog.h"
#include "ui/widgets/MessageBar.h"
#include "ui/widgets/MessageBox.h"
#include "ui/widgets/ReadOnlyTable.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace motcua::ui {

using forms::FormKind;

TemplatesDialog::TemplatesDialog(const Session& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
{
    setWindowTitle(tr("Templates of the printed forms"));
    auto* layout = new QVBoxLayout(this);
    m_messageBar = new MessageBar(this);
    layout->addWidget(m_messageBar);
    m_table = new QTableWidget(0, 2, this);
    m_table->setObjectName(QStringLiteral("templatesTable"));
    m_table->setHorizontalHeaderLabels({tr("Form"), tr("Template in use")});
    makeReadOnlyTable(m_table, {.oneRow = true});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    layout->addWidget(m_table, 1);

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* exportButton = buttons->addButton(tr("&Export…"), QDialogButtonBox::ActionRole);
    exportButton->setObjectName(QStringLiteral("exportButton"));
    QPushButton* loadButton = buttons->addButton(tr("&Load…"), QDialogButtonBox::ActionRole);
    loadButton->setObjectName(QStringLiteral("loadButton"));
    m_resetButton = buttons->addButton(tr("&Restore the shipped template"), QDialogButtonBox::ActionRole);
    m_resetButton->setObjectName(QStringLiteral("resetButton"));
    buttons->addButton(tr("Close"), QDialogButtonBox::RejectRole);
    connect(exportButton, &QPushButton::clicked, this, &TemplatesDialog::exportSelected);
    connect(loadButton, &QPushButton::clicked, this, &TemplatesDialog::loadSelected);
    connect(m_resetButton, &QPushButton::clicked, this, &TemplatesDialog::resetSelected);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const QTableWidgetItem* origin = m_table->item(m_table->currentRow(), 1);
        m_resetButton->setEnabled(origin && origin->data(Qt::UserRole).toBool());
    });

    refresh();
    m_table->selectRow(0);
    resize(760, 360);
}

void TemplatesDialog::refresh()
{
    const int row = std::max(0, m_table->currentRow());
    const forms::FormTemplates templates(m_session.database, m_session.clock);
    m_table->setRowCount(0);
    for (FormKind kind : forms::allForms()) {
        const int at = m_table->rowCount();
        m_table->insertRow(at);
        auto* title = new QTableWidgetItem(forms::formTitle(kind));
        title->setData(Qt::UserRole, static_cast<int>(kind));
        m_table->setItem(at, 0, title);
        auto inUse = templates.inUse(kind);
        QString origin;
        if (!inUse) {
            origin = inUse.error().message;
        } else if (inUse->custom) {
            origin =
                tr("The agency's, loaded %1 by %2").arg(calendar::formatShortMoment(inUse->loadedAt), inUse->loadedBy);
        } else if (!inUse->customProblem.isEmpty() && kind == FormKind::Register) {
            // The register is not printed with the shipped one in its place: it is refused until this is mended.
            origin = tr("The agency's, which cannot print the register: %1 Load a corrected one or go back to the "
                        "shipped one.")
                         .arg(inUse->customProblem);
        } else if (!inUse->customProblem.isEmpty()) {
            origin = tr("Shipped (the agency's does not fit this version: %1)").arg(inUse->customProblem);
        } else {
            origin = tr("Shipped");
        }
        auto* item = new QTableWidgetItem(origin);
        item->setData(Qt::UserRole, inUse && inUse->custom);
        m_table->setItem(at, 1, item);
    }
    m_table->selectRow(std::min(row, m_table->rowCount() - 1));
}

FormKind TemplatesDialog::selected() const
{
    const QTableWidgetItem* item = m_table->item(std::max(0, m_table->currentRow()), 0);
    return item ? FormKind(item->data(Qt::UserRole).toInt()) : FormKind::Receipt;
}

void TemplatesDialog::exportSelected()
{
    m_messageBar->clear();
    const FormKind kind = selected();
    const QString path = FileDialog::saveFileName(this, tr("Export the template"),
                                                  QDir::home().filePath(forms::formKey(kind) + QStringLiteral(".html")),
                                                  tr("Form templates (*.html)"), QStringLiteral("html"));
    if (path.isEmpty()) {
        return;
    }
    if (Status exported = forms::FormTemplates(m_session.database, m_session.clock).exportTo(kind, path); !exported) {
        m_messageBar->showError(exported.error().message);
        return;
    }
    m_messageBar->showInfo(
        tr("%1: template written to %2.").arg(forms::formTitle(kind), QDir::toNativeSeparators(path)));
}

void TemplatesDialog::loadSelected()
{
    m_messageBar->clear();
    const FormKind kind = selected();
    const QString path =
        FileDialog::openFileName(this, tr("Load a template"), QDir::homePath(), tr("Form templates (*.html)"));
    if (path.isEmpty()) {
        return;
    }
    forms::FormTemplates templates(m_session.database, m_session.clock);
    if (Status loaded = templates.loadFrom(m_session.user, kind, path); !loaded) {
        m_messageBar->showError(tr("%1 is not used: %2 The template in use has not changed.")
                                    .arg(QDir::toNativeSeparators(path), loaded.error().message));
        return;
    }
    refresh();
    m_messageBar->showInfo(tr("%1 now prints with %2.").arg(forms::formTitle(kind), QDir::toNativeSeparators(path)));
}

void TemplatesDialog::resetSelected()
{
    m_messageBar->clear();
    const FormKind kind = selected();
    if (MessageBox::question(this, windowTitle(),
                             tr("Print %1 with the shipped template again? The agency's template is removed.")
                                 .arg(forms::formTitle(kind))) != QMessageBox::Yes) {
        return;
    }
    forms::FormTemplates templates(m_session.database, m_session.clock);
    if (Status reset = templates.reset(m_session.user, kind); !reset) {
        m_messageBar->showError(reset.error().message);
        return;
    }
    refresh();
    m_messageBar->showInfo(tr("%1 prints with the shipped template again.").arg(forms::formTitle(kind)));
}

} // namespace motcua::ui

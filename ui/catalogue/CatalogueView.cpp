#include "ui/catalogue/CatalogueView.h"

#include "core/calendar/Deadline.h"
#include "core/calendar/Explanation.h"
#include "core/common/TextFold.h"
#include "core/storage/CatalogueRepository.h"
#include "ui/widgets/PlainText.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace motcua::ui {

CatalogueView::CatalogueView(const Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("catalogueView"));
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("catalogueFilter"));
    m_filter->setPlaceholderText(tr("Find a procedure by code or name (accents optional)…"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, this, &CatalogueView::applyFilter);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("catalogueTree"));
    m_tree->setHeaderLabels({tr("Procedure"), tr("Time limit"), tr("Fee")});
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_tree->setAlternatingRowColors(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_tree);
    reload();
}

void CatalogueView::reload()
{
    m_tree->clear();
    auto catalogue = storage::CatalogueRepository(m_session.database).load();
    if (!catalogue) {
        return;
    }
    const QLocale locale;
    for (const catalogue::Procedure& procedure : catalogue->procedures) {
        auto* item = new QTreeWidgetItem(
            m_tree,
            {procedure.code + QStringLiteral(" — ") + procedure.name, calendar::formatTimeLimit(procedure.limit),
             procedure.fee > 0 ? locale.toString(procedure.fee) + QStringLiteral(" đ") : tr("none")});
        item->setData(0, Qt::UserRole, foldForSearch(procedure.code + QLatin1Char(' ') + procedure.name));
        item->setToolTip(0, plainToolTip(procedure.name));
        auto* documents = new QTreeWidgetItem(item, {tr("Documents")});
        for (const catalogue::RequiredDocument& document : procedure.documents) {
            new QTreeWidgetItem(documents, {QStringLiteral("%1 (%2 × %3)%4")
                                                .arg(document.name, catalogue::documentKindName(document.kind))
                                                .arg(document.count)
                                                .arg(document.mandatory ? QString() : tr(" — optional"))});
        }
        for (const catalogue::ProcessVersion& version : procedure.processes) {
            auto* process =
                new QTreeWidgetItem(item, {tr("Process %1, issue %2 of %3")
                                               .arg(version.code)
                                               .arg(version.issue)
                                               .arg(version.issuedOn.toString(QStringLiteral("dd/MM/yyyy")))});
            for (const catalogue::ProcessStep& step : version.steps) {
                new QTreeWidgetItem(process,
                                    {QStringLiteral("B%1. %2 (%3, %4)")
                                         .arg(step.position)
                                         .arg(step.content, step.departmentCode, identity::roleName(step.role)),
                                     calendar::formatTimeLimit(step.time)});
            }
        }
    }
    applyFilter(m_filter->text());
}

void CatalogueView::applyFilter(const QString& text)
{
    const QString folded = foldForSearch(text);
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_tree->topLevelItem(i);
        item->setHidden(!folded.isEmpty() && !item->data(0, Qt::UserRole).toString().contains(folded));
    }
}

} // namespace motcua::ui

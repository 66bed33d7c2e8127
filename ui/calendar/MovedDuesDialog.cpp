#include "ui/calendar/MovedDuesDialog.h"

#include "ui/calendar/MovedDueModel.h"
#include "ui/widgets/MessageBox.h"
#include "ui/widgets/WeightedColumns.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace motcua::ui {

MovedDuesDialog::MovedDuesDialog(const QString& summary, const QList<workflow::MovedDue>& moved, QWidget* parent)
    : QDialog(parent)
    , m_model(new MovedDueModel(this))
{
    setObjectName(QStringLiteral("movedDuesDialog"));
    setWindowTitle(tr("Preview of the calendar change"));
    m_model->setMoved(moved);

    auto* what = new QLabel(tr("Change: %1").arg(summary), this);
    what->setObjectName(QStringLiteral("changeSummary"));
    what->setWordWrap(true);
    auto* effect = new QLabel(moved.isEmpty()
                                  ? tr("No open dossier's due moment moves.")
                                  : tr("The due moments of %n open dossier(s) move as below. Each moved dossier "
                                       "gets an event in its history saying why.",
                                       nullptr, static_cast<int>(moved.size())),
                              this);
    effect->setObjectName(QStringLiteral("changeEffect"));
    effect->setWordWrap(true);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("movedDuesView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    new WeightedColumns(m_view, {{MovedDueModel::Applicant, 1}});
    m_view->setVisible(!moved.isEmpty());

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* apply = buttons->addButton(tr("&Apply"), QDialogButtonBox::AcceptRole);
    apply->setObjectName(QStringLiteral("applyButton"));
    QPushButton* cancel = buttons->addButton(MessageBox::buttonText(QMessageBox::Cancel), QDialogButtonBox::RejectRole);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    cancel->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(what);
    layout->addWidget(effect);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(moved.isEmpty() ? QSize(520, 160) : QSize(960, 480));
}

} // namespace motcua::ui

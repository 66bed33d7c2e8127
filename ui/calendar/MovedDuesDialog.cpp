#include "ui/calendar/MovedDuesDialog.h"

#include "ui/calendar/MovedDueModel.h"
#include "ui/widgets/MessageBox.h"
#include "ui/widgets/WeightedColumns.h"
#include "ui/widgets/ReadOnlyTable.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace motcua::ui {

MovedDuesDialog::MovedDuesDialog(const QString& summary, const QList<workflow::MovedDue>& moved,
                                 const QStringList& warnings, QWidget* parent)
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
    auto* ignored = new QLabel(this);
    ignored->setObjectName(QStringLiteral("importWarnings"));
    ignored->setTextFormat(Qt::PlainText);
    ignored->setWordWrap(true);
    ignored->setText(tr("Ignored, not read by this version (%n key(s)):", nullptr, static_cast<int>(warnings.size())) +
                     QLatin1Char('\n') + warnings.join(QLatin1Char('\n')));
    ignored->setVisible(!warnings.isEmpty());

    m_view = readOnlyTable(QStringLiteral("movedDuesView"), m_model, this, {.stretchLast = false});
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
    layout->addWidget(ignored);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(moved.isEmpty() ? QSize(520, 160) : QSize(960, 480));
}

} // namespace motcua::ui

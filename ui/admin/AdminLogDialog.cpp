#include "ui/admin/AdminLogDialog.h"

#include "core/identity/Accounts.h"
#include "ui/admin/AdminLogModel.h"
#include "ui/widgets/FilterDateEdit.h"
#include "ui/widgets/MessageBar.h"
#include "ui/widgets/MessageBox.h"
#include "ui/widgets/ReadOnlyTable.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <climits>

namespace motcua::ui {

AdminLogDialog::AdminLogDialog(const Session& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_model(new AdminLogModel(session.database, session.clock, this))
{
    setObjectName(QStringLiteral("adminLogDialog"));
    setWindowTitle(tr("Administration log"));
    m_messageBar = new MessageBar(this);
    const QDate today = session.clock.now().date();
    m_fromCheck = new QCheckBox(tr("&From"), this);
    m_fromCheck->setObjectName(QStringLiteral("fromCheck"));
    m_from = filterDateEdit(QStringLiteral("fromEdit"), today.addMonths(-1), this);
    m_toCheck = new QCheckBox(tr("&to"), this);
    m_toCheck->setObjectName(QStringLiteral("toCheck"));
    m_to = filterDateEdit(QStringLiteral("toEdit"), today, this);
    m_user = new QComboBox(this);
    m_user->setObjectName(QStringLiteral("userFilter"));
    m_user->addItem(tr("Everybody"), qint64(-1));
    m_user->addItem(tr("The program (automatic backups)"), qint64(0));
    if (const auto users = identity::Accounts(session.database, session.clock).list()) {
        for (const identity::User& user : *users) {
            m_user->addItem(QStringLiteral("%1 — %2").arg(user.login, user.fullName), user.id);
        }
    }
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kindFilter"));
    m_kind->addItem(tr("Every kind"), QString());
    if (const auto kinds = storage::AdminLog(session.database, session.clock).kinds()) {
        for (const QString& kind : *kinds) {
            m_kind->addItem(AdminLogModel::kindName(kind), kind);
        }
    } else {
        m_messageBar->showError(kinds.error().message);
    }

    m_table = readOnlyTable(QStringLiteral("adminLogTable"), m_model, this);
    m_table->setColumnWidth(AdminLogModel::Time, 150);
    m_table->setColumnWidth(AdminLogModel::User, 130);
    m_table->setColumnWidth(AdminLogModel::Kind, 200);
    m_total = new QLabel(this);
    m_total->setObjectName(QStringLiteral("totalLabel"));

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_fromCheck);
    filters->addWidget(m_from);
    filters->addWidget(m_toCheck);
    filters->addWidget(m_to);
    filters->addSpacing(12);
    auto* who = new QLabel(tr("&Who:"), this);
    who->setBuddy(m_user);
    filters->addWidget(who);
    filters->addWidget(m_user, 1);
    auto* kind = new QLabel(tr("&Kind:"), this);
    kind->setBuddy(m_kind);
    filters->addWidget(kind);
    filters->addWidget(m_kind, 1);
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(MessageBox::buttonText(QMessageBox::Close), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_messageBar);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_total, 1);
    bottom->addWidget(buttons);
    layout->addLayout(bottom);

    for (auto [check, edit] : {std::pair{m_fromCheck, m_from}, std::pair{m_toCheck, m_to}}) {
        connect(check, &QCheckBox::toggled, edit, &QWidget::setEnabled);
        connect(check, &QCheckBox::toggled, this, &AdminLogDialog::applyFilter);
        connect(edit, &QDateEdit::dateChanged, this, &AdminLogDialog::applyFilter);
    }
    connect(m_user, &QComboBox::currentIndexChanged, this, &AdminLogDialog::applyFilter);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &AdminLogDialog::applyFilter);
    connect(m_model, &AdminLogModel::loadFailed, m_messageBar, &MessageBar::showError);
    applyFilter();
    resize(1000, 600);
}

void AdminLogDialog::applyFilter()
{
    storage::AdminLogFilter filter;
    if (m_fromCheck->isChecked()) {
        filter.from = m_from->date();
    }
    if (m_toCheck->isChecked()) {
        filter.to = m_to->date();
    }
    filter.userId = m_user->currentData().toLongLong();
    filter.kind = m_kind->currentData().toString();
    m_model->setFilter(filter);
    m_total->setText(tr("%Ln entry(ies)", nullptr, static_cast<int>(std::min<qint64>(m_model->totalCount(), INT_MAX))));
}

} // namespace motcua::ui

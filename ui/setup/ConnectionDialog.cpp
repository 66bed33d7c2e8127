#include "ui/setup/ConnectionDialog.h"

#include "ui/setup/ConnectionChoice.h"
#include "ui/setup/ConnectionEditor.h"
#include "ui/widgets/MessageBox.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace motcua::ui {

ConnectionDialog::ConnectionDialog(const storage::DatabaseLocation& current, QWidget* parent)
    : QDialog(parent)
    , m_editor(new ConnectionEditor(this))
{
    setObjectName(QStringLiteral("connectionDialog"));
    setWindowTitle(tr("Database connection"));
    m_editor->setLocation(current);
    m_buttons = new QDialogButtonBox(this);
    QPushButton* ok = m_buttons->addButton(MessageBox::buttonText(QMessageBox::Ok), QDialogButtonBox::AcceptRole);
    ok->setObjectName(QStringLiteral("okButton"));
    ok->setDefault(true);
    m_buttons->addButton(MessageBox::buttonText(QMessageBox::Cancel), QDialogButtonBox::RejectRole);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectionDialog::tryAccept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_editor);
    layout->addWidget(m_buttons);
    resize(620, 420);
}

storage::DatabaseLocation ConnectionDialog::location() const
{
    return m_editor->location();
}

void ConnectionDialog::tryAccept()
{
    m_buttons->setEnabled(false);
    // Once: the editor may be asked again after a failure.
    connect(
        m_editor, &ConnectionEditor::tested, this,
        [this](bool ok) {
            m_buttons->setEnabled(true);
            if (!ok) {
                return;
            }
            const auto note = ConnectionChoice::store(location());
            if (!note) {
                m_editor->showError(note.error());
                return;
            }
            if (!note->isEmpty()) {
                MessageBox::information(this, windowTitle(), *note);
            }
            accept();
        },
        Qt::SingleShotConnection);
    m_editor->testConnection();
}

} // namespace motcua::ui

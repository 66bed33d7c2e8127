#pragma once

#include <QDialog>
#include <QStringList>

class QPlainTextEdit;

namespace motcua::ui {

// Before Mẫu 02 is recorded at the counter: who, for which procedure, the documents to bring, and the guidance the
// clerk gives (printed on the form as the reason). Nothing is recorded until the clerk confirms.
class SupplementRequestDialog : public QDialog {
    Q_OBJECT

public:
    SupplementRequestDialog(const QString& applicant, const QString& procedure, const QStringList& missing,
                            QWidget* parent = nullptr);

    QString guidance() const;

private:
    QPlainTextEdit* m_guidance = nullptr;
};

} // namespace motcua::ui

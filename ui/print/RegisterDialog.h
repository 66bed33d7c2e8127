#pragma once

#include "print/FormDocument.h"
#include "ui/common/Session.h"

#include <QDialog>
#include <QFutureWatcher>

#include <memory>

class QDateEdit;
class QProgressBar;
class QPushButton;

namespace motcua::ui {

class MessageBar;

// Mẫu 07 for a period: the clerk picks the first and last day (this month so far by default), then previews,
// prints or saves the register. A long register is laid out in a worker thread, part by part, under a progress
// bar with Cancel: the window stays responsive and Cancel stops the layout.
class RegisterDialog : public QDialog {
    Q_OBJECT
public:
    explicit RegisterDialog(const Session& session, QWidget* parent = nullptr);
    ~RegisterDialog() override;

    void setPeriod(const QDate& from, const QDate& to);
    // The register's rows laid out at a time (print::FormDocument::kRowsPerPart); tests take fewer.
    void setRowsPerPart(int rows) { m_rowsPerPart = rows; }
    bool isLayingOut() const { return m_layout.isRunning(); }

public slots:
    // Builds the register and lays it out in the background, then opens its preview; a bad period or too long a
    // register is said in the dialog.
    void preview();
    // Stops the layout under way; no preview opens.
    void cancel();

private:
    void laidOut();
    void setLayingOut(bool layingOut);

    const Session& m_session;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    MessageBar* m_messageBar = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_previewButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QFutureWatcher<std::shared_ptr<print::FormDocument>> m_layout;
    int m_rowsPerPart = print::FormDocument::kRowsPerPart;
};

} // namespace motcua::ui

#pragma once

#include "core/catalogue/Procedure.h"
#include "core/common/Result.h"
#include "core/dossier/Dossier.h"
#include "core/forms/FormService.h"
#include "core/workflow/IntakeService.h"
#include "ui/common/Session.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTimer;

namespace motcua::ui {

class ApplicantFields;
class DocumentChecklist;
class DuePreview;
class MessageBar;
class ProcedurePicker;

// The one-stop counter's intake form (Mẫu 01): the procedure, the applicant, the documents received and how the
// result is delivered, with the due moment computed live and explained. "Receive" (Enter, Ctrl+Return) stores the
// dossier through IntakeService; when mandatory documents are missing it says which and offers the supplement
// request (Mẫu 02) instead. Errors show beside their field or in the message bar, never in a dialog.
class IntakeForm : public QWidget {
    Q_OBJECT
public:
    explicit IntakeForm(const Session& session, QWidget* parent = nullptr);
    ~IntakeForm() override;

    // A dossier is being typed and not received yet: leaving would lose it.
    bool hasUnsavedInput() const;

signals:
    void dossierReceived(const motcua::dossier::Dossier& dossier);

public slots:
    // Stores the dossier as filled in; on success the applicant part is cleared for the next citizen.
    void receive();
    // Records the supplement request at intake (Mẫu 02) for the missing mandatory documents.
    void recordSupplementRequest();
    // Previews the receipt of the dossier just received, or the supplement request just recorded (Ctrl+P).
    void printLast();
    // Empties the applicant, documents and delivery parts; keeps the procedure.
    void clearApplicant();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    // The clerk starts typing the procedure as soon as the screen shows.
    void showEvent(QShowEvent* event) override;

private:
    QWidget* createProcedurePart();
    QWidget* createDeliveryPart();
    void setUpTabOrder();
    void setUpShortcuts();

    const catalogue::Procedure* procedure() const; // the one the picker names, if any
    const catalogue::Procedure* findProcedure(const QString& code) const;
    void showProcedure(const QString& code);
    void fillDocuments();
    void onDocumentsChanged();
    void refreshDue();

    workflow::ReceiveRequest request(const catalogue::Procedure& procedure) const;
    void showError(const Error& error);
    void offerSupplementRequest(const QStringList& missing);
    void hideSupplementRequest();

    Session m_session;
    QList<catalogue::Procedure> m_procedures;
    QString m_shownProcedure; // whose documents the table lists

    ProcedurePicker* m_picker = nullptr;
    QLabel* m_procedureInfo = nullptr;
    ApplicantFields* m_applicant = nullptr;
    DocumentChecklist* m_documents = nullptr;
    QComboBox* m_channel = nullptr;
    QComboBox* m_delivery = nullptr;
    QSpinBox* m_sets = nullptr;
    QSpinBox* m_fee = nullptr;
    DuePreview* m_due = nullptr;
    QTimer* m_dueTimer = nullptr;
    MessageBar* m_messageBar = nullptr;
    QPushButton* m_supplementButton = nullptr;
    QPushButton* m_receiveButton = nullptr;
    QPushButton* m_printButton = nullptr;
    QString m_lastReceived;                               // the code of the dossier just received
    std::optional<forms::PrintableForm> m_lastSupplement; // Mẫu 02 of the last incomplete dossier, to print
};

} // namespace motcua::ui

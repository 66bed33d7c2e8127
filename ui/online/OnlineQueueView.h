#pragma once

#include "core/online/OnlineInbox.h"
#include "core/storage/OnlineSubmissionRepository.h"
#include "ui/common/Session.h"

#include <QWidget>

#include <optional>

class QFileSystemWatcher;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QTabWidget;
class QTimer;

namespace motcua::ui {

class MessageBar;

// "Hồ sơ trực tuyến chờ tiếp nhận": the online submissions waiting for a clerk, oldest first with the time they
// have waited; the chosen one's applicant and documents; accept (the receipt follows), ask for a supplement
// (Mẫu 02) or refuse (Mẫu 03). The inbox folder is read when the page opens, when a file appears in it and on
// "Nhận hồ sơ mới"; the import log shows every file read, with the reason for those set aside.
class OnlineQueueView : public QWidget {
    Q_OBJECT

public:
    explicit OnlineQueueView(const Session& session, QWidget* parent = nullptr);

    // Reads the inbox folder (if one is set), then the queue and the log.
    void importAndRefresh();
    void refresh();
    int waitingCount() const { return static_cast<int>(m_entries.size()); }
    // The chosen submission's row; 0 when none.
    qint64 selectedDossier() const;
    void selectDossier(qint64 dossierId);

    void acceptSelected();
    void requestSupplementForSelected();
    void refuseSelected();
    void printLast();
    void chooseInboxFolder();

Q_SIGNALS:
    // A submission was accepted (a new dossier in the lists) or the queue changed.
    void dossiersChanged();
    void waitingCountChanged(int count);

protected:
    void showEvent(QShowEvent* event) override;

private:
    // The chosen submission with its procedure; nullopt (the error said) when none or unreadable.
    struct Selected {
        dossier::Dossier dossier;
        catalogue::Procedure procedure;
    };
    std::optional<Selected> loadSelected();
    void showSelected();
    void watchFolder();
    void showError(const Error& error);
    // What the print button prints next, with its label.
    enum class Last { None, Receipt, Refusal, Supplement };
    void offerPrint(Last form, const QString& buttonText);

    const Session& m_session;
    QList<storage::OnlineQueueEntry> m_entries;
    QLabel* m_folderLabel = nullptr;
    QPushButton* m_chooseFolder = nullptr;
    QPushButton* m_importButton = nullptr;
    QTabWidget* m_tabs = nullptr;
    QTableWidget* m_queue = nullptr;
    QLabel* m_details = nullptr;
    QTableWidget* m_documents = nullptr;
    QPushButton* m_acceptButton = nullptr;
    QPushButton* m_supplementButton = nullptr;
    QPushButton* m_refuseButton = nullptr;
    QPushButton* m_printButton = nullptr;
    QTableWidget* m_log = nullptr;
    MessageBar* m_messageBar = nullptr;
    QFileSystemWatcher* m_watcher = nullptr;
    QTimer* m_debounce = nullptr;
    QString m_folder;
    // What the print button prints: the receipt of the dossier accepted, Mẫu 03 of the one refused, or the
    // supplement request recorded.
    Last m_last = Last::None;
    QString m_lastCode;
    qint64 m_lastId = 0;
};

} // namespace motcua::ui

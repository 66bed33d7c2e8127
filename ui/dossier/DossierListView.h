#pragma once

#include "core/storage/DossierQueries.h"
#include "ui/common/Session.h"

#include <QSet>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QModelIndex;
class QPushButton;
class QTableView;
class QTimer;

namespace motcua::ui {

class DossierTableModel;

// A worklist of dossiers: all of them, or the signed-in user's own ("my work"). A filter bar (status, department,
// procedure, received between, overdue, due within one working day), a search as you type (accent-insensitive,
// over applicant, code, identity number and phone), a box for a typed or scanned dossier code, the table and the
// number of dossiers found. Enter or a double click on a row, or Enter on an existing code, asks to open it.
class DossierListView : public QWidget {
    Q_OBJECT

public:
    static constexpr int kSearchDelayMs = 300;

    explicit DossierListView(const Session& session, QWidget* parent = nullptr);

    void setMyWorkOnly(bool myWorkOnly);
    bool isMyWorkOnly() const { return m_myWorkOnly; }
    DossierTableModel* model() const { return m_model; }
    // The filter the bar describes now (time-dependent parts computed from the clock's now).
    storage::DossierFilter currentFilter() const;
    // Live updates: these dossiers changed on another workstation. The list is read again (the pages loaded now, not
    // the whole table); those of them that were not in it before and are now count as new until the user clicks the
    // "3 new dossiers" badge, which selects them.
    void noteChangedElsewhere(const QSet<qint64>& dossierIds);
    int unseenCount() const;
    // The badge's click: selects the new dossiers, scrolls to the first, forgets them.
    void showUnseen();

signals:
    void openDossierRequested(const QString& code);
    // Dossiers received elsewhere appeared in the list.
    void newDossiersArrived(int count);

public slots:
    // Reads the dossiers again with the same filter; the overdue and due-soon limits move with the clock.
    void refresh();

private:
    void createWidgets();
    void loadChoices();
    void connectFilters();
    void applyFilter();
    void openTypedCode(QLineEdit* edit, bool showMissing);
    void openRow(const QModelIndex& index);
    void showTotal(qint64 total);
    void showMessage(const QString& message);
    QSet<qint64> loadedIds() const;
    void checkArrivals();
    void updateBadge();

    const Session& m_session;
    bool m_myWorkOnly = false;
    DossierTableModel* m_model = nullptr;
    QComboBox* m_statusFilter = nullptr;
    QComboBox* m_departmentFilter = nullptr;
    QComboBox* m_procedureFilter = nullptr;
    QCheckBox* m_receivedFromCheck = nullptr;
    QDateEdit* m_receivedFromEdit = nullptr;
    QCheckBox* m_receivedToCheck = nullptr;
    QDateEdit* m_receivedToEdit = nullptr;
    QCheckBox* m_overdueCheck = nullptr;
    QCheckBox* m_dueSoonCheck = nullptr;
    QLineEdit* m_searchEdit = nullptr;
    QLineEdit* m_codeEdit = nullptr;
    QLabel* m_codeMessage = nullptr;
    QLabel* m_messageLabel = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_totalLabel = nullptr;
    QPushButton* m_newBadge = nullptr;
    QSet<qint64> m_loadedBefore; // the ids in the list before the last live refresh
    QSet<qint64> m_arriving;     // the ids that change announced
    QSet<qint64> m_unseen;       // new in the list, not yet shown to the user
    QTimer* m_searchTimer = nullptr;
    QTimer* m_countdownTimer = nullptr;
};

} // namespace motcua::ui

#pragma once

#include "core/catalogue/Procedure.h"

#include <QGroupBox>
#include <QList>
#include <QPair>

#include <memory>

class QItemEditorFactory;
class QLabel;
class QPushButton;
class QTableWidget;
class QTableWidgetItem;

namespace motcua::ui {

// The intake form's "Documents received": a row per document the procedure requires, with a check box (bold and
// marked * when mandatory) and the count received, a summary of what is checked and what mandatory is missing, and
// "Check all". Space checks a document; typing a count checks it too.
class DocumentChecklist : public QGroupBox {
    Q_OBJECT
public:
    explicit DocumentChecklist(QWidget* parent = nullptr);
    ~DocumentChecklist() override;

    // Lists the documents of the procedure, none checked, each with its usual count; nullptr empties the list.
    void setProcedure(const catalogue::Procedure* procedure);
    // Unchecks every document and puts the usual counts back.
    void reset();
    // The documents checked: their positions in the procedure's list (1-based) with the counts received.
    QList<QPair<int, int>> checkedDocuments() const;
    // Makes the first mandatory document not yet checked the current one, and moves the focus to the table.
    void focusFirstMissing();
    void focusTable();
    // Whether the focus is inside the table without being the table itself: a count is being edited.
    bool isEditing(const QWidget* focus) const;
    // The table and the "Check all" button, in tab order.
    QList<QWidget*> tabChain() const;

signals:
    // A document was checked or unchecked or its count changed, by hand or by checkAll(); not by setProcedure() or
    // reset().
    void documentsChanged();

public slots:
    void checkAll();

private:
    enum Column { NameColumn, KindColumn, CountColumn, ColumnCount };
    enum DocumentRole { PositionRole = Qt::UserRole + 1, MandatoryRole };

    void onItemChanged(QTableWidgetItem* item);
    void updateSummary();

    QList<catalogue::RequiredDocument> m_required; // those of the procedure listed
    QTableWidget* m_table = nullptr;
    std::unique_ptr<QItemEditorFactory> m_countEditors;
    QLabel* m_summary = nullptr;
    QPushButton* m_allButton = nullptr;
};

} // namespace motcua::ui

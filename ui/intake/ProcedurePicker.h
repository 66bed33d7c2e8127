#pragma once

#include "core/catalogue/Procedure.h"

#include <QLineEdit>

class QCompleter;
class QModelIndex;
class QSortFilterProxyModel;
class QStandardItemModel;

namespace motcua::ui {

// Chooses a procedure by typing part of its code or name: every typed word must occur in "code name", compared
// without accents and case ("cap phep xuat ban" finds "Cấp giấy phép xuất bản bản tin"). The matches drop down
// as they are typed; Enter or Tab takes the highlighted one (the first by default), Down shows them all.
class ProcedurePicker : public QLineEdit {
    Q_OBJECT
public:
    enum Role { CodeRole = Qt::UserRole + 1, SearchRole };

    explicit ProcedurePicker(QWidget* parent = nullptr);

    // The procedures to choose from, in the order they are offered.
    void setProcedures(const QList<catalogue::Procedure>& procedures);
    // The chosen procedure's code; empty while the text names none.
    QString code() const { return m_code; }
    // Chooses a procedure by code (empty or unknown: none) and shows it.
    void choose(const QString& code);
    // The codes of the procedures the current text matches, in catalogue order.
    QStringList matchingCodes() const;

signals:
    // A procedure was chosen, or (empty code) the text no longer names the chosen one.
    void procedureChosen(const QString& code);

protected:
    bool event(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void onTextEdited(const QString& text);
    void filter(const QString& text);
    void showMatches();
    bool chooseHighlighted();

    QStandardItemModel* m_procedures = nullptr;
    QSortFilterProxyModel* m_matches = nullptr;
    QCompleter* m_completer = nullptr;
    QString m_code;
};

} // namespace motcua::ui

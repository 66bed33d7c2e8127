#include "ui/intake/ProcedurePicker.h"

#include "core/common/TextFold.h"
#include "ui/widgets/PlainText.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>

namespace motcua::ui {

namespace {

QString listedText(const catalogue::Procedure& procedure)
{
    return procedure.code + QStringLiteral(" \u2013 ") + procedure.name;
}

// "^(?=.*\bcap)(?=.*\bphep)": every typed word begins a word of the text, in any order.
QRegularExpression wordsPattern(const QString& text)
{
    QString pattern = QStringLiteral("^");
    const QStringList words = foldForSearch(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString& word : words) {
        pattern += QStringLiteral("(?=.*\\b") + QRegularExpression::escape(word) + QLatin1Char(')');
    }
    return QRegularExpression(pattern);
}

} // namespace

ProcedurePicker::ProcedurePicker(QWidget* parent)
    : QLineEdit(parent)
    , m_procedures(new QStandardItemModel(this))
    , m_matches(new QSortFilterProxyModel(this))
    , m_completer(new QCompleter(this))
{
    setObjectName(QStringLiteral("procedurePicker"));
    setPlaceholderText(tr("Type part of the procedure's name or code, e.g. \"cap phep xuat ban\""));
    setClearButtonEnabled(true);

    m_matches->setSourceModel(m_procedures);
    m_matches->setFilterRole(SearchRole);

    m_completer->setObjectName(QStringLiteral("procedureCompleter"));
    m_completer->setModel(m_matches);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setMaxVisibleItems(12);
    m_completer->setWidget(this);
    m_completer->popup()->setObjectName(QStringLiteral("procedurePopup"));

    connect(m_completer, QOverload<const QModelIndex&>::of(&QCompleter::activated), this,
            [this](const QModelIndex& index) { choose(index.data(CodeRole).toString()); });
    connect(this, &QLineEdit::textEdited, this, &ProcedurePicker::onTextEdited);
    connect(this, &QLineEdit::editingFinished, this, [this] {
        // Leaving the field with a text that names exactly one procedure chooses it.
        if (m_code.isEmpty() && !text().trimmed().isEmpty()) {
            const QStringList codes = matchingCodes();
            if (codes.size() == 1) {
                choose(codes.constFirst());
            }
        }
    });
}

void ProcedurePicker::setProcedures(const QList<catalogue::Procedure>& procedures)
{
    m_procedures->clear();
    for (const catalogue::Procedure& procedure : procedures) {
        auto* item = new QStandardItem(listedText(procedure));
        item->setData(procedure.code, CodeRole);
        item->setData(foldForSearch(procedure.code + QLatin1Char(' ') + procedure.name), SearchRole);
        item->setToolTip(plainToolTip(procedure.name));
        item->setEditable(false);
        m_procedures->appendRow(item);
    }
    if (!m_code.isEmpty()) {
        choose(m_code);
    }
}

void ProcedurePicker::choose(const QString& code)
{
    m_completer->popup()->hide();
    const QModelIndexList found =
        code.isEmpty() ? QModelIndexList()
                       : m_procedures->match(m_procedures->index(0, 0), CodeRole, code, 1, Qt::MatchExactly);
    if (found.isEmpty()) {
        const bool changed = !m_code.isEmpty();
        m_code.clear();
        if (changed) {
            emit procedureChosen(QString());
        }
        return;
    }
    m_code = code;
    setText(found.constFirst().data(Qt::DisplayRole).toString());
    setCursorPosition(0);
    setToolTip(plainToolTip(text()));
    emit procedureChosen(m_code);
}

QStringList ProcedurePicker::matchingCodes() const
{
    QStringList codes;
    const QRegularExpression pattern = wordsPattern(text());
    for (int row = 0; row < m_procedures->rowCount(); ++row) {
        const QModelIndex index = m_procedures->index(row, 0);
        if (pattern.match(index.data(SearchRole).toString()).hasMatch()) {
            codes << index.data(CodeRole).toString();
        }
    }
    return codes;
}

bool ProcedurePicker::event(QEvent* event)
{
    // Tab moves the focus before keyPressEvent sees it: take the highlighted match first, as Enter does.
    if (event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Tab && key->modifiers() == Qt::NoModifier && m_completer->popup()->isVisible()) {
            chooseHighlighted();
        }
    }
    return QLineEdit::event(event);
}

void ProcedurePicker::keyPressEvent(QKeyEvent* event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && event->modifiers() == Qt::NoModifier && m_code.isEmpty() && !text().trimmed().isEmpty()) {
        if (chooseHighlighted()) {
            event->accept();
            focusNextChild();
            return;
        }
    }
    if (event->key() == Qt::Key_Down && !m_completer->popup()->isVisible()) {
        filter(m_code.isEmpty() ? text() : QString());
        showMatches();
        event->accept();
        return;
    }
    if (event->key() == Qt::Key_Escape && m_completer->popup()->isVisible()) {
        m_completer->popup()->hide();
        event->accept();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

void ProcedurePicker::onTextEdited(const QString& text)
{
    if (!m_code.isEmpty()) {
        m_code.clear();
        setToolTip(QString());
        emit procedureChosen(QString());
    }
    filter(text);
    if (text.trimmed().isEmpty()) {
        m_completer->popup()->hide();
    } else {
        showMatches();
    }
}

void ProcedurePicker::filter(const QString& text)
{
    m_matches->setFilterRegularExpression(wordsPattern(text));
}

void ProcedurePicker::showMatches()
{
    if (m_matches->rowCount() == 0) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->complete();
    QAbstractItemView* popup = m_completer->popup();
    popup->setCurrentIndex(popup->model()->index(0, 0));
}

bool ProcedurePicker::chooseHighlighted()
{
    QString code;
    const QAbstractItemView* popup = m_completer->popup();
    if (popup->isVisible() && popup->currentIndex().isValid()) {
        code = popup->currentIndex().data(CodeRole).toString();
    }
    if (code.isEmpty()) {
        filter(text());
        const QStringList codes = matchingCodes();
        code = codes.isEmpty() ? QString() : codes.constFirst();
    }
    if (code.isEmpty()) {
        return false;
    }
    choose(code);
    return true;
}

} // namespace motcua::ui

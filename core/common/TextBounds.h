#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <initializer_list>

namespace motcua {

// The kinds of text a person or a file gives, each with its longest length (docs/input-bounds.md).
enum class TextKind {
    Code,    // 40: a catalogue or process code, a department or agency code: letters, digits and . _ - /
    Contact, // 254: a phone number, an e-mail address, an identity number or tax code as typed, a place, a field
    Name,    // 300: the name of a person, an organisation, a procedure, a document or a day off; one line
    Address, // 500: an address, a legal source, a file name; one line
    Note,    // 4000: a note, a reason, guidance, a step's content; line breaks and tabs allowed
    Template, // 524,288: a printed form's HTML template; line breaks and tabs allowed
};

// Bounded, clean input from one place: the intake form, the command line, every importer and the administrators'
// services check text, amounts and codes here. Each error names the field it is given ("procedures[3].name",
// "applicant.address") and says what is wrong in the user's language, without repeating the field: a form shows it
// under the field, a file's reader puts the field's path before it (prefixed()).
class TextBounds {
    Q_DECLARE_TR_FUNCTIONS(motcua::TextBounds)

public:
    static constexpr double kMaxAmount = 1e12; // đồng: far above any fee, well inside a double's whole numbers

    static int maxLength(TextKind kind);
    // Whether the kind may hold line breaks and tabs (a note, a template).
    static bool multiLine(TextKind kind) { return kind == TextKind::Note || kind == TextKind::Template; }
    // No control character (NUL, U+0001–U+001F, U+007F–U+009F; a Note or Template may hold line breaks and tabs), no more
    // than maxLength(kind) characters; a Code also keeps to its pattern (no space). Empty text passes: whether a
    // field is required is the caller's rule.
    static Status check(const QString& text, TextKind kind, const QString& field);
    // Several texts of one form or request, in order: the first out of bounds gives the error.
    struct Field {
        const QString& text;
        TextKind kind;
        const char* name;
    };
    static Status check(std::initializer_list<Field> fields);
    // A national procedure code: one or two digits, a dot and six digits (1.011442).
    static Status checkProcedureCode(const QString& code, const QString& field);
    // An amount in whole đồng from 0 to kMaxAmount: a fee of 1.5 is refused.
    static Status checkAmount(double amount, const QString& field);
    // "procedures[3].fee: An amount is …": the error of a file, its message led by the field's path.
    static Error prefixed(Error error);
    // The first control character of `text`, or -1.
    static qsizetype controlCharacter(const QString& text, bool multiLine);

    // One warning per key of `object` not among `known`, each naming its path ("procedures[3].colour"): the key
    // is ignored, the rest of the file is read.
    static QList<Error> unknownKeys(const QJsonObject& object, const QStringList& known, const QString& path);
};

} // namespace motcua

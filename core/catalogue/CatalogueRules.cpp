#include "core/catalogue/CatalogueRules.h"

#include "core/common/TextBounds.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace motcua::catalogue {

namespace {

// For Rules::tr(): the context of these messages.
struct Rules {
    Q_DECLARE_TR_FUNCTIONS(motcua::CatalogueRules)
};

bool knownDepartment(const QList<Department>& departments, const QString& code)
{
    return std::any_of(departments.cbegin(), departments.cend(),
                       [&code](const Department& department) { return department.code == code; });
}

void requireText(QList<Error>& errors, const QString& field, const QString& text)
{
    if (text.trimmed().isEmpty()) {
        errors.append(Error::invalid(field, Rules::tr("Required: fill in this field.")));
    }
}

// Each text held to its bounds (core/common/TextBounds), an error for every one out of them.
void checkBounds(QList<Error>& errors, std::initializer_list<TextBounds::Field> fields)
{
    for (const TextBounds::Field& field : fields) {
        if (Status bounded = TextBounds::check({field}); !bounded) {
            errors.append(bounded.error());
        }
    }
}

void checkLimit(QList<Error>& errors, const QString& field, const calendar::TimeLimit& limit, bool zeroDays)
{
    if (Status valid = limit.validate(field); !valid) {
        errors.append(valid.error());
    } else if (limit.amount == 0 && !zeroDays) {
        errors.append(Error::invalid(field, Rules::tr("The time of a step must be more than 0.")));
    } else if (std::round(limit.amount * 4) != limit.amount * 4) {
        errors.append(Error::invalid(field, Rules::tr("Use quarters at most: 0.25, 0.5, 1.75 …")));
    }
}

// "9,5" in Vietnamese, "9.5" in English; no trailing zeros.
QString amount(double value)
{
    return QLocale().toString(value, 'g', 6);
}

} // namespace

QList<Error> checkProcedure(const Procedure& procedure, const QList<Department>& departments)
{
    QList<Error> errors;
    static const QRegularExpression nationalCode(QStringLiteral("^[0-9]{1,2}\\.[0-9]{6}$"));
    if (procedure.code.trimmed().isEmpty()) {
        requireText(errors, QStringLiteral("code"), procedure.code);
    } else if (!nationalCode.match(procedure.code).hasMatch()) {
        errors.append(Error::invalid(QStringLiteral("code"),
                                     Rules::tr("A national procedure code is a digit, a dot and six digits: 1.011442.")));
    }
    requireText(errors, QStringLiteral("name"), procedure.name);
    checkBounds(errors, {{procedure.name, TextKind::Name, "name"},
                         {procedure.field, TextKind::Contact, "field"},
                         {procedure.level, TextKind::Contact, "level"},
                         {procedure.feeNote, TextKind::Note, "fee_note"},
                         {procedure.result, TextKind::Note, "result"}});
    checkLimit(errors, QStringLiteral("limit"), procedure.limit, true);
    if (procedure.rule == calendar::CountingRule::SameSession &&
        (procedure.limit.unit != calendar::TimeLimit::Unit::WorkingDays ||
         procedure.limit.amount != std::floor(procedure.limit.amount)) &&
        !errorFor(errors, QStringLiteral("limit"))) {
        errors.append(Error::invalid(QStringLiteral("limit"),
                                     Rules::tr("The morning-to-morning rule needs a whole number of working days.")));
    }
    if (procedure.fee < 0) {
        errors.append(Error::invalid(QStringLiteral("fee"), Rules::tr("The fee cannot be negative.")));
    } else if (Status whole = TextBounds::checkAmount(static_cast<double>(procedure.fee), QStringLiteral("fee"));
               !whole) {
        errors.append(whole.error());
    }
    if (procedure.departmentCode.isEmpty()) {
        errors.append(Error::invalid(QStringLiteral("department"), Rules::tr("Choose the department that handles it.")));
    } else if (!knownDepartment(departments, procedure.departmentCode)) {
        errors.append(Error::invalid(QStringLiteral("department"),
                                     Rules::tr("There is no department %1.").arg(procedure.departmentCode)));
    }
    for (qsizetype i = 0; i < procedure.documents.size(); ++i) {
        const RequiredDocument& document = procedure.documents.at(i);
        const QString path = QStringLiteral("documents[%1]").arg(i);
        if (document.name.trimmed().isEmpty()) {
            errors.append(Error::invalid(path + QStringLiteral(".name"),
                                         Rules::tr("Document %1: the name is empty.").arg(i + 1)));
        } else if (Status bounded = TextBounds::check(document.name, TextKind::Name, path + QStringLiteral(".name"));
                   !bounded) {
            errors.append(bounded.error());
        }
        if (document.count < 1 || document.count > 100) {
            errors.append(Error::invalid(path + QStringLiteral(".count"),
                                         Rules::tr("Document %1: the count must be from 1 to 100.").arg(i + 1)));
        }
    }
    return errors;
}

QList<Error> checkProcessVersion(const ProcessVersion& version, const QList<Department>& departments)
{
    QList<Error> errors;
    requireText(errors, QStringLiteral("code"), version.code);
    checkBounds(errors, {{version.code, TextKind::Code, "code"},
                         {version.preparedBy, TextKind::Name, "prepared_by"},
                         {version.reviewedBy, TextKind::Name, "reviewed_by"},
                         {version.approvedBy, TextKind::Name, "approved_by"},
                         {version.changeNote, TextKind::Note, "change_note"}});
    if (version.issue < 1 || version.issue > 1000) {
        errors.append(Error::invalid(QStringLiteral("issue"), Rules::tr("The issue number must be from 1 to 1000.")));
    }
    if (!version.issuedOn.isValid()) {
        errors.append(Error::invalid(QStringLiteral("issued_on"), Rules::tr("Give the issue date.")));
    }
    if (version.steps.isEmpty()) {
        errors.append(Error::invalid(QStringLiteral("steps"), Rules::tr("A process needs at least one step.")));
    }
    for (qsizetype i = 0; i < version.steps.size(); ++i) {
        const ProcessStep& step = version.steps.at(i);
        const QString path = QStringLiteral("steps[%1]").arg(i);
        if (step.content.trimmed().isEmpty()) {
            errors.append(
                Error::invalid(path + QStringLiteral(".content"), Rules::tr("Step %1: say what is done.").arg(i + 1)));
        } else if (Status bounded = TextBounds::check(step.content, TextKind::Note, path + QStringLiteral(".content"));
                   !bounded) {
            errors.append(bounded.error());
        }
        if (Status bounded = TextBounds::check(step.output, TextKind::Name, path + QStringLiteral(".output")); !bounded) {
            errors.append(bounded.error());
        }
        if (!knownDepartment(departments, step.departmentCode)) {
            errors.append(Error::invalid(path + QStringLiteral(".department"),
                                         Rules::tr("Step %1: choose the department.").arg(i + 1)));
        }
        if (step.role == identity::Role::Admin) {
            errors.append(Error::invalid(path + QStringLiteral(".role"),
                                         Rules::tr("Step %1: an administrator does not handle dossiers.").arg(i + 1)));
        }
        QList<Error> time;
        checkLimit(time, path + QStringLiteral(".time"), step.time, false);
        for (Error& error : time) {
            error.message = Rules::tr("Step %1: %2").arg(i + 1).arg(error.message);
            errors.append(error);
        }
    }
    return errors;
}

std::optional<Error> errorFor(const QList<Error>& errors, const QString& field)
{
    for (const Error& error : errors) {
        if (error.field == field) {
            return error;
        }
    }
    return std::nullopt;
}

StepBudget stepBudget(const calendar::TimeLimit& limit, const QList<ProcessStep>& steps, int dayMinutes)
{
    StepBudget budget;
    budget.limit = limit;
    budget.dayMinutes = dayMinutes;
    budget.limitMinutes = limit.workingMinutes(dayMinutes);
    for (const ProcessStep& step : steps) {
        budget.stepMinutes += step.time.workingMinutes(dayMinutes);
    }
    return budget;
}

bool StepBudget::fits() const
{
    if (limit.isSameDay()) {
        return stepMinutes <= dayMinutes;
    }
    return stepMinutes == limitMinutes;
}

QString StepBudget::text() const
{
    const bool inDays = limit.unit == calendar::TimeLimit::Unit::WorkingDays && !limit.isSameDay();
    const double unitMinutes = inDays ? dayMinutes : 60.0;
    const QString steps = amount(stepMinutes / unitMinutes);
    if (limit.isSameDay()) {
        return fits() ? Rules::tr("Steps add up to %1 working hours: within the same day").arg(steps)
                      : Rules::tr("Steps add up to %1 working hours: more than the one working day of a same-day procedure")
                            .arg(steps);
    }
    const QString total = amount(limitMinutes / unitMinutes);
    const QString gap = amount(std::abs(limitMinutes - stepMinutes) / unitMinutes);
    if (stepMinutes == limitMinutes) {
        return inDays ? Rules::tr("Steps add up to %1/%2 working days — equal to the legal limit").arg(steps, total)
                      : Rules::tr("Steps add up to %1/%2 working hours — equal to the legal limit").arg(steps, total);
    }
    if (stepMinutes < limitMinutes) {
        return inDays ? Rules::tr("Steps add up to %1/%2 working days — %3 days short").arg(steps, total, gap)
                      : Rules::tr("Steps add up to %1/%2 working hours — %3 hours short").arg(steps, total, gap);
    }
    return inDays ? Rules::tr("Steps add up to %1/%2 working days — %3 days over the limit").arg(steps, total, gap)
                  : Rules::tr("Steps add up to %1/%2 working hours — %3 hours over the limit").arg(steps, total, gap);
}

} // namespace motcua::catalogue

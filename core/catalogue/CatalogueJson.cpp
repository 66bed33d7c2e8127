#include "core/catalogue/CatalogueJson.h"

#include "core/common/ErrorList.h"
#include "core/common/TextBounds.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace motcua::catalogue {

namespace {

// Reads fields of one JSON object, keeping each error with the path of its field.
class Reader {
public:
    Reader(QJsonObject object, QString path, QList<Error>& errors)
        : m_object(std::move(object))
        , m_path(std::move(path))
        , m_errors(errors)
    {}

    QString field(const QString& key) const { return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key; }

    // A text within the bounds of its kind (core/common/TextBounds).
    QString text(const QString& key, TextKind kind, bool required = true)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() && !required) {
            return {};
        }
        if (!value.isString() || (required && value.toString().trimmed().isEmpty())) {
            fail(key,
                 QCoreApplication::translate("motcua::CatalogueJson", "%1 must be a non-empty text.").arg(field(key)));
            return {};
        }
        const QString text = value.toString().trimmed();
        if (Status bounded = TextBounds::check(text, kind, field(key)); !bounded) {
            fail(key, TextBounds::prefixed(bounded.error()).message);
            return {};
        }
        return text;
    }

    // An amount in whole đồng.
    qint64 amount(const QString& key)
    {
        const QJsonValue value = m_object.value(key);
        if (!value.isDouble()) {
            fail(key, QCoreApplication::translate("motcua::CatalogueJson", "%1 must be a number.").arg(field(key)));
            return 0;
        }
        if (Status whole = TextBounds::checkAmount(value.toDouble(), field(key)); !whole) {
            fail(key, TextBounds::prefixed(whole.error()).message);
            return 0;
        }
        return static_cast<qint64>(value.toDouble());
    }

    // Warnings for the keys of this object that the format does not know.
    void known(const QStringList& keys, QList<Error>& warnings) const
    {
        warnings << TextBounds::unknownKeys(m_object, keys, m_path);
    }

    double number(const QString& key, double min, double max)
    {
        const QJsonValue value = m_object.value(key);
        if (!value.isDouble() || value.toDouble() < min || value.toDouble() > max) {
            fail(key, QCoreApplication::translate("motcua::CatalogueJson", "%1 must be a number from %2 to %3.")
                          .arg(field(key))
                          .arg(min)
                          .arg(max));
            return min;
        }
        return value.toDouble();
    }

    int integer(const QString& key, int min, int max)
    {
        const double value = number(key, min, max);
        if (value != std::floor(value)) {
            fail(key,
                 QCoreApplication::translate("motcua::CatalogueJson", "%1 must be a whole number.").arg(field(key)));
        }
        return static_cast<int>(value);
    }

    bool boolean(const QString& key, bool fallback)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined()) {
            return fallback;
        }
        if (!value.isBool()) {
            fail(key,
                 QCoreApplication::translate("motcua::CatalogueJson", "%1 must be true or false.").arg(field(key)));
        }
        return value.toBool();
    }

    QJsonArray list(const QString& key)
    {
        const QJsonValue value = m_object.value(key);
        if (!value.isArray()) {
            fail(key, QCoreApplication::translate("motcua::CatalogueJson", "%1 must be a list.").arg(field(key)));
        }
        return value.toArray();
    }

    QJsonObject object(const QString& key)
    {
        const QJsonValue value = m_object.value(key);
        if (!value.isObject()) {
            fail(key, QCoreApplication::translate("motcua::CatalogueJson", "%1 must be an object.").arg(field(key)));
        }
        return value.toObject();
    }

    // {"days": N} or {"hours": N}; any other key of it is a warning ("procedures[0].limit.weeks").
    // zeroDays: 0 working days (the same-day rule) is allowed; hours and step times must be above 0.
    calendar::TimeLimit limit(const QString& key, bool zeroDays, QList<Error>& warnings)
    {
        const QJsonObject value = object(key);
        Reader inner(value, field(key), m_errors);
        inner.known({QStringLiteral("days"), QStringLiteral("hours")}, warnings);
        if (value.contains(QStringLiteral("days")) == value.contains(QStringLiteral("hours"))) {
            fail(key,
                 QCoreApplication::translate("motcua::CatalogueJson", "%1 must be {\"days\": N} or {\"hours\": N}.")
                     .arg(field(key)));
            return {};
        }
        const QString unit = value.contains(QStringLiteral("days")) ? QStringLiteral("days") : QStringLiteral("hours");
        const double amount = inner.number(unit, 0, unit == QLatin1String("days") ? 3650 : 29200);
        if (amount == 0 && (unit == QLatin1String("hours") || !zeroDays)) {
            inner.fail(
                unit,
                QCoreApplication::translate("motcua::CatalogueJson", "%1 must be more than 0.").arg(inner.field(unit)));
        }
        return unit == QLatin1String("days") ? calendar::TimeLimit::days(amount) : calendar::TimeLimit::hours(amount);
    }

    template <typename T> T choice(const QString& key, std::optional<T> (*fromKey)(const QString&), const char* allowed)
    {
        const auto chosen = fromKey(m_object.value(key).toString());
        if (!chosen) {
            fail(key, QCoreApplication::translate("motcua::CatalogueJson", "%1 must be one of: %2.")
                          .arg(field(key), QString::fromLatin1(allowed)));
            return T{};
        }
        return *chosen;
    }

    // One error a field (the first found), at most ErrorList::kMaxErrors in all.
    void fail(const QString& key, const QString& message) { ErrorList::add(m_errors, Error::invalid(field(key), message)); }
    bool failed(const QString& key) const { return ErrorList::has(m_errors, field(key)); }

private:
    QJsonObject m_object;
    QString m_path;
    QList<Error>& m_errors;
};

std::optional<calendar::CountingRule> ruleFromKey(const QString& key)
{
    return calendar::countingRuleFromKey(key);
}

std::optional<SupplementBehaviour> supplementFromKey(const QString& key)
{
    if (key == QLatin1String("pause")) {
        return SupplementBehaviour::Pause;
    }
    if (key == QLatin1String("restart")) {
        return SupplementBehaviour::Restart;
    }
    return std::nullopt;
}

std::optional<identity::Role> stepRoleFromKey(const QString& key)
{
    const auto role = identity::roleFromKey(key);
    return role == identity::Role::Admin ? std::nullopt : role;
}

QJsonObject limitJson(const calendar::TimeLimit& limit)
{
    return {{limit.unit == calendar::TimeLimit::Unit::WorkingDays ? QStringLiteral("days") : QStringLiteral("hours"),
             limit.amount}};
}

} // namespace

Result<Catalogue> CatalogueJson::parse(const QByteArray& data)
{
    QList<Error> errors;
    return parse(data, errors);
}

Result<Catalogue> CatalogueJson::parse(const QByteArray& data, QList<Error>& errors, QList<Error>* warningsOut)
{
    errors.clear();
    QList<Error> ignored;
    QList<Error>& warnings = warningsOut ? *warningsOut : ignored;
    warnings.clear();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const int line = static_cast<int>(data.left(parseError.offset).count('\n')) + 1;
        errors.append(Error::invalid(
            QStringLiteral("line %1").arg(line),
            QCoreApplication::translate("motcua::CatalogueJson", "Line %1: the file is not valid JSON (%2).")
                .arg(line)
                .arg(parseError.errorString())));
        return errors.constFirst();
    }
    QList<Error> header;
    Reader head(document.object(), {}, header);
    if (head.text(QStringLiteral("format"), TextKind::Code) != QLatin1String("motcua-catalogue")) {
        errors.append(Error::invalid(
            QStringLiteral("format"),
            QCoreApplication::translate("motcua::CatalogueJson", "\"format\" must be \"motcua-catalogue\".")));
        return errors.constFirst();
    }
    if (head.integer(QStringLiteral("version"), 1, 1) != 1 || !header.isEmpty()) {
        errors.append(Error::invalid(QStringLiteral("version"),
                                     QCoreApplication::translate("motcua::CatalogueJson", "\"version\" must be 1.")));
        return errors.constFirst();
    }
    QList<Error>& error = errors;
    Reader root(document.object(), {}, error);

    root.known({QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("notes"), QStringLiteral("agency"),
                QStringLiteral("departments"), QStringLiteral("procedures")},
               warnings);
    Catalogue catalogue;
    const QJsonArray notes = document.object().value(QStringLiteral("notes")).toArray();
    for (qsizetype i = 0; i < notes.size(); ++i) {
        const QString note = notes.at(i).toString();
        if (Status bounded = TextBounds::check(note, TextKind::Note, QStringLiteral("notes[%1]").arg(i)); !bounded) {
            root.fail(QStringLiteral("notes[%1]").arg(i), TextBounds::prefixed(bounded.error()).message);
        }
        catalogue.notes << note;
    }
    Reader agency(root.object(QStringLiteral("agency")), QStringLiteral("agency"), error);
    catalogue.agency = {agency.text(QStringLiteral("code"), TextKind::Code),
                        agency.text(QStringLiteral("name"), TextKind::Name),
                        agency.text(QStringLiteral("parent"), TextKind::Name, false),
                        agency.text(QStringLiteral("address"), TextKind::Address, false),
                        agency.text(QStringLiteral("place"), TextKind::Contact, false),
                        agency.text(QStringLiteral("phone"), TextKind::Contact, false),
                        agency.text(QStringLiteral("hotline"), TextKind::Contact, false),
                        agency.text(QStringLiteral("email"), TextKind::Contact, false)};
    agency.known({QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("parent"), QStringLiteral("address"),
                  QStringLiteral("place"), QStringLiteral("phone"), QStringLiteral("hotline"), QStringLiteral("email")},
                 warnings);

    const QJsonArray departments = root.list(QStringLiteral("departments"));
    for (qsizetype i = 0; i < departments.size(); ++i) {
        const QString path = QStringLiteral("departments[%1]").arg(i);
        Reader department(departments.at(i).toObject(), path, error);
        department.known({QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("one_stop")}, warnings);
        const Department parsed{0, department.text(QStringLiteral("code"), TextKind::Code),
                                department.text(QStringLiteral("name"), TextKind::Name),
                                department.boolean(QStringLiteral("one_stop"), false)};
        if (!parsed.code.isEmpty() && catalogue.department(parsed.code)) {
            department.fail(
                QStringLiteral("code"),
                QCoreApplication::translate("motcua::CatalogueJson", "%1: the department code is used twice.")
                    .arg(department.field(QStringLiteral("code"))));
        }
        catalogue.departments.append(parsed);
    }
    const auto knownDepartment = [&](Reader& reader, const QString& key) {
        const QString code = reader.text(key, TextKind::Code);
        if (!reader.failed(key) && !catalogue.department(code)) {
            reader.fail(key, QCoreApplication::translate("motcua::CatalogueJson", "%1: no department has this code.")
                                 .arg(reader.field(key)));
        }
        return code;
    };

    const QJsonArray procedures = root.list(QStringLiteral("procedures"));
    for (qsizetype i = 0; i < procedures.size(); ++i) {
        const QString path = QStringLiteral("procedures[%1]").arg(i);
        Reader reader(procedures.at(i).toObject(), path, error);
        Procedure procedure;
        reader.known({QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("field"), QStringLiteral("level"),
                      QStringLiteral("limit"), QStringLiteral("rule"), QStringLiteral("on_supplement"),
                      QStringLiteral("fee"), QStringLiteral("fee_note"), QStringLiteral("result"),
                      QStringLiteral("department"), QStringLiteral("documents"), QStringLiteral("processes")},
                     warnings);
        procedure.code = reader.text(QStringLiteral("code"), TextKind::Code);
        if (!reader.failed(QStringLiteral("code"))) {
            if (Status national = TextBounds::checkProcedureCode(procedure.code, reader.field(QStringLiteral("code")));
                !national) {
                reader.fail(QStringLiteral("code"), TextBounds::prefixed(national.error()).message);
            }
        }
        procedure.name = reader.text(QStringLiteral("name"), TextKind::Name);
        procedure.field = reader.text(QStringLiteral("field"), TextKind::Contact, false);
        procedure.level = reader.text(QStringLiteral("level"), TextKind::Contact, false);
        procedure.limit = reader.limit(QStringLiteral("limit"), true, warnings);
        procedure.rule = reader.choice<calendar::CountingRule>(QStringLiteral("rule"), ruleFromKey, "default, session");
        procedure.onSupplement =
            reader.choice<SupplementBehaviour>(QStringLiteral("on_supplement"), supplementFromKey, "pause, restart");
        procedure.fee = reader.amount(QStringLiteral("fee"));
        procedure.feeNote = reader.text(QStringLiteral("fee_note"), TextKind::Note, false);
        procedure.result = reader.text(QStringLiteral("result"), TextKind::Note, false);
        procedure.departmentCode = knownDepartment(reader, QStringLiteral("department"));
        if (!procedure.code.isEmpty() && catalogue.procedure(procedure.code)) {
            reader.fail(QStringLiteral("code"),
                        QCoreApplication::translate("motcua::CatalogueJson", "%1: the procedure code is used twice.")
                            .arg(reader.field(QStringLiteral("code"))));
        }
        if (!reader.failed(QStringLiteral("limit")) && procedure.rule == calendar::CountingRule::SameSession &&
            (procedure.limit.unit != calendar::TimeLimit::Unit::WorkingDays ||
             procedure.limit.amount != std::floor(procedure.limit.amount))) {
            reader.fail(QStringLiteral("limit"),
                        QCoreApplication::translate("motcua::CatalogueJson",
                                                    "%1: the session rule needs a whole number of working days.")
                            .arg(reader.field(QStringLiteral("limit"))));
        }

        const QJsonArray documents = reader.list(QStringLiteral("documents"));
        for (qsizetype d = 0; d < documents.size(); ++d) {
            Reader item(documents.at(d).toObject(), path + QStringLiteral(".documents[%1]").arg(d), error);
            item.known({QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("count"),
                        QStringLiteral("mandatory")},
                       warnings);
            procedure.documents.append({item.text(QStringLiteral("name"), TextKind::Name),
                                        item.choice<DocumentKind>(QStringLiteral("kind"), documentKindFromKey,
                                                                  "original, certified-copy, copy"),
                                        item.integer(QStringLiteral("count"), 1, 100),
                                        item.boolean(QStringLiteral("mandatory"), true)});
        }

        const QJsonArray processes = reader.list(QStringLiteral("processes"));
        if (processes.isEmpty() && !reader.failed(QStringLiteral("processes"))) {
            reader.fail(
                QStringLiteral("processes"),
                QCoreApplication::translate("motcua::CatalogueJson", "%1 must hold at least one process version.")
                    .arg(reader.field(QStringLiteral("processes"))));
        }
        QSet<int> issues;
        for (qsizetype p = 0; p < processes.size(); ++p) {
            const QString processPath = path + QStringLiteral(".processes[%1]").arg(p);
            Reader process(processes.at(p).toObject(), processPath, error);
            ProcessVersion version;
            process.known({QStringLiteral("code"), QStringLiteral("issue"), QStringLiteral("issued_on"),
                           QStringLiteral("prepared_by"), QStringLiteral("reviewed_by"), QStringLiteral("approved_by"),
                           QStringLiteral("change_note"), QStringLiteral("steps")},
                          warnings);
            version.code = process.text(QStringLiteral("code"), TextKind::Code);
            version.issue = process.integer(QStringLiteral("issue"), 1, 1000);
            version.issuedOn = QDate::fromString(process.text(QStringLiteral("issued_on"), TextKind::Code), Qt::ISODate);
            if (!process.failed(QStringLiteral("issued_on")) && !version.issuedOn.isValid()) {
                process.fail(QStringLiteral("issued_on"),
                             QCoreApplication::translate("motcua::CatalogueJson", "%1 must be a date YYYY-MM-DD.")
                                 .arg(process.field(QStringLiteral("issued_on"))));
            }
            if (!process.failed(QStringLiteral("issue")) && issues.contains(version.issue)) {
                process.fail(
                    QStringLiteral("issue"),
                    QCoreApplication::translate("motcua::CatalogueJson", "%1: this issue number is used twice.")
                        .arg(process.field(QStringLiteral("issue"))));
            }
            issues.insert(version.issue);
            version.preparedBy = process.text(QStringLiteral("prepared_by"), TextKind::Name, false);
            version.reviewedBy = process.text(QStringLiteral("reviewed_by"), TextKind::Name, false);
            version.approvedBy = process.text(QStringLiteral("approved_by"), TextKind::Name, false);
            version.changeNote = process.text(QStringLiteral("change_note"), TextKind::Note, false);
            const QJsonArray steps = process.list(QStringLiteral("steps"));
            if (steps.isEmpty() && !process.failed(QStringLiteral("steps"))) {
                process.fail(QStringLiteral("steps"),
                             QCoreApplication::translate("motcua::CatalogueJson", "%1 must hold at least one step.")
                                 .arg(process.field(QStringLiteral("steps"))));
            }
            for (qsizetype s = 0; s < steps.size(); ++s) {
                Reader step(steps.at(s).toObject(), processPath + QStringLiteral(".steps[%1]").arg(s), error);
                ProcessStep parsed;
                parsed.position = static_cast<int>(s) + 1;
                step.known({QStringLiteral("content"), QStringLiteral("department"), QStringLiteral("role"),
                            QStringLiteral("time"), QStringLiteral("output")},
                           warnings);
                parsed.content = step.text(QStringLiteral("content"), TextKind::Note);
                parsed.departmentCode = knownDepartment(step, QStringLiteral("department"));
                parsed.role = step.choice<identity::Role>(QStringLiteral("role"), stepRoleFromKey,
                                                          "clerk, specialist, head, leader");
                parsed.time = step.limit(QStringLiteral("time"), false, warnings);
                parsed.output = step.text(QStringLiteral("output"), TextKind::Name, false);
                version.steps.append(parsed);
            }
            procedure.processes.append(version);
        }
        catalogue.procedures.append(procedure);
    }
    if (!errors.isEmpty()) {
        return errors.constFirst();
    }
    return catalogue;
}

QByteArray CatalogueJson::write(const Catalogue& catalogue)
{
    QJsonArray departments;
    for (const Department& department : catalogue.departments) {
        departments.append(QJsonObject{{QStringLiteral("code"), department.code},
                                       {QStringLiteral("name"), department.name},
                                       {QStringLiteral("one_stop"), department.oneStop}});
    }
    QJsonArray procedures;
    for (const Procedure& procedure : catalogue.procedures) {
        QJsonArray documents;
        for (const RequiredDocument& document : procedure.documents) {
            documents.append(QJsonObject{{QStringLiteral("name"), document.name},
                                         {QStringLiteral("kind"), documentKindKey(document.kind)},
                                         {QStringLiteral("count"), document.count},
                                         {QStringLiteral("mandatory"), document.mandatory}});
        }
        QJsonArray processes;
        for (const ProcessVersion& version : procedure.processes) {
            QJsonArray steps;
            for (const ProcessStep& step : version.steps) {
                steps.append(QJsonObject{{QStringLiteral("content"), step.content},
                                         {QStringLiteral("department"), step.departmentCode},
                                         {QStringLiteral("role"), identity::roleKey(step.role)},
                                         {QStringLiteral("time"), limitJson(step.time)},
                                         {QStringLiteral("output"), step.output}});
            }
            processes.append(QJsonObject{{QStringLiteral("code"), version.code},
                                         {QStringLiteral("issue"), version.issue},
                                         {QStringLiteral("issued_on"), version.issuedOn.toString(Qt::ISODate)},
                                         {QStringLiteral("prepared_by"), version.preparedBy},
                                         {QStringLiteral("reviewed_by"), version.reviewedBy},
                                         {QStringLiteral("approved_by"), version.approvedBy},
                                         {QStringLiteral("change_note"), version.changeNote},
                                         {QStringLiteral("steps"), steps}});
        }
        procedures.append(
            QJsonObject{{QStringLiteral("code"), procedure.code},
                        {QStringLiteral("name"), procedure.name},
                        {QStringLiteral("field"), procedure.field},
                        {QStringLiteral("level"), procedure.level},
                        {QStringLiteral("limit"), limitJson(procedure.limit)},
                        {QStringLiteral("rule"), calendar::countingRuleKey(procedure.rule)},
                        {QStringLiteral("on_supplement"), procedure.onSupplement == SupplementBehaviour::Restart
                                                              ? QStringLiteral("restart")
                                                              : QStringLiteral("pause")},
                        {QStringLiteral("fee"), static_cast<double>(procedure.fee)},
                        {QStringLiteral("fee_note"), procedure.feeNote},
                        {QStringLiteral("result"), procedure.result},
                        {QStringLiteral("department"), procedure.departmentCode},
                        {QStringLiteral("documents"), documents},
                        {QStringLiteral("processes"), processes}});
    }
    const Agency& agency = catalogue.agency;
    const QJsonObject root{{QStringLiteral("format"), QStringLiteral("motcua-catalogue")},
                           {QStringLiteral("version"), 1},
                           {QStringLiteral("notes"), QJsonArray::fromStringList(catalogue.notes)},
                           {QStringLiteral("agency"), QJsonObject{{QStringLiteral("code"), agency.code},
                                                                  {QStringLiteral("name"), agency.name},
                                                                  {QStringLiteral("parent"), agency.parent},
                                                                  {QStringLiteral("address"), agency.address},
                                                                  {QStringLiteral("place"), agency.place},
                                                                  {QStringLiteral("phone"), agency.phone},
                                                                  {QStringLiteral("hotline"), agency.hotline},
                                                                  {QStringLiteral("email"), agency.email}}},
                           {QStringLiteral("departments"), departments},
                           {QStringLiteral("procedures"), procedures}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Catalogue CatalogueJson::shipped()
{
    QFile file(QStringLiteral(":/catalogue/so-tttt-kien-giang.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("The shipped catalogue resource is missing from the build");
    }
    auto catalogue = parse(file.readAll());
    if (!catalogue) {
        qFatal("The shipped catalogue resource is invalid: %s", catalogue.error().message.toUtf8().constData());
    }
    return std::move(catalogue).value();
}

} // namespace motcua::catalogue

#include "core/forms/FormKind.h"

#include <QCoreApplication>
#include <QFile>

namespace motcua::forms {

namespace {

QSet<QString> names(std::initializer_list<const char*> list)
{
    QSet<QString> result;
    for (const char* name : list) {
        result.insert(QString::fromLatin1(name));
    }
    return result;
}

const QSet<QString>& agencyFields()
{
    static const QSet<QString> fields =
        names({"agency_code", "agency_name", "agency_parent", "agency_address", "agency_phone", "agency_hotline",
               "agency_email", "place_date", "printed_at"});
    return fields;
}

const QSet<QString>& dossierFields()
{
    static const QSet<QString> fields = agencyFields() | names({"code",
                                                                "applicant_name",
                                                                "applicant_address",
                                                                "applicant_phone",
                                                                "applicant_email",
                                                                "applicant_id",
                                                                "applicant_representative",
                                                                "procedure_code",
                                                                "procedure_name",
                                                                "procedure_field",
                                                                "result",
                                                                "received_at",
                                                                "received_time",
                                                                "received_date",
                                                                "due_at",
                                                                "due_time",
                                                                "due_date",
                                                                "legal_due_at",
                                                                "limit",
                                                                "sets",
                                                                "register_book",
                                                                "register_entry",
                                                                "delivery",
                                                                "fee",
                                                                "fee_paid",
                                                                "received_by",
                                                                "department",
                                                                "process_code",
                                                                "status"});
    return fields;
}

const QSet<QString>& documentColumns()
{
    static const QSet<QString> columns = names({"no", "name", "kind", "count"});
    return columns;
}

FormSchema makeSchema(FormKind kind)
{
    const QStringList codes{QStringLiteral("motcua:barcode"), QStringLiteral("motcua:qrcode")};
    FormSchema schema;
    schema.fields = dossierFields();
    switch (kind) {
    case FormKind::Receipt:
        schema.fields |= names({"copy_label"});
        schema.tables.insert(QStringLiteral("documents"), documentColumns());
        schema.requiredFields = {QStringLiteral("code"),           QStringLiteral("applicant_name"),
                                 QStringLiteral("procedure_name"), QStringLiteral("received_at"),
                                 QStringLiteral("due_at"),         QStringLiteral("documents"),
                                 QStringLiteral("copy_label")};
        schema.requiredImages = codes;
        break;
    case FormKind::Supplement:
        schema.fields |= names({"reason", "supplement_number", "requested_at", "requested_by", "contact_phone"});
        schema.tables.insert(QStringLiteral("missing"), documentColumns());
        schema.requiredFields = {QStringLiteral("applicant_name"), QStringLiteral("procedure_name"),
                                 QStringLiteral("missing")};
        break;
    case FormKind::Refusal:
        schema.fields |= names({"reason", "refused_at", "refused_by"});
        schema.requiredFields = {QStringLiteral("code"), QStringLiteral("applicant_name"), QStringLiteral("reason")};
        break;
    case FormKind::Apology:
        schema.fields |= names({"reason", "old_due_at", "new_due_at", "apology_at", "apology_by"});
        schema.requiredFields = {QStringLiteral("code"), QStringLiteral("applicant_name"), QStringLiteral("old_due_at"),
                                 QStringLiteral("new_due_at"), QStringLiteral("reason")};
        break;
    case FormKind::Stop:
        schema.fields |= names({"reason", "stopped_at", "stopped_by"});
        schema.requiredFields = {QStringLiteral("code"), QStringLiteral("applicant_name"), QStringLiteral("reason")};
        break;
    case FormKind::ControlSlip:
        schema.tables.insert(QStringLiteral("handovers"),
                             names({"no", "from_unit", "to_unit", "handed_at", "result", "note", "giver", "taker"}));
        schema.requiredFields = {QStringLiteral("code"), QStringLiteral("handovers")};
        schema.requiredImages = codes;
        break;
    case FormKind::Register:
        schema.fields = agencyFields() | names({"from_date", "to_date", "count"});
        schema.tables.insert(QStringLiteral("rows"),
                             names({"no", "code", "procedure", "applicant", "address_phone", "department",
                                    "received_at", "due_at", "returned_at", "returned_how", "status"}));
        schema.requiredFields = {QStringLiteral("rows")};
        break;
    }
    return schema;
}

} // namespace

QList<FormKind> allForms()
{
    return {FormKind::Receipt, FormKind::Supplement,  FormKind::Refusal, FormKind::Apology,
            FormKind::Stop,    FormKind::ControlSlip, FormKind::Register};
}

QString formKey(FormKind kind)
{
    switch (kind) {
    case FormKind::Receipt:
        return QStringLiteral("receipt");
    case FormKind::Supplement:
        return QStringLiteral("supplement");
    case FormKind::Refusal:
        return QStringLiteral("refusal");
    case FormKind::Apology:
        return QStringLiteral("apology");
    case FormKind::Stop:
        return QStringLiteral("stop");
    case FormKind::ControlSlip:
        return QStringLiteral("control-slip");
    case FormKind::Register:
        return QStringLiteral("register");
    }
    return {};
}

std::optional<FormKind> formFromKey(const QString& key)
{
    for (FormKind kind : allForms()) {
        if (formKey(kind) == key) {
            return kind;
        }
    }
    return std::nullopt;
}

QString formTitle(FormKind kind)
{
    switch (kind) {
    case FormKind::Receipt:
        return QCoreApplication::translate("motcua::forms", "Form 01 – Receipt and appointment");
    case FormKind::Supplement:
        return QCoreApplication::translate("motcua::forms", "Form 02 – Supplement request");
    case FormKind::Refusal:
        return QCoreApplication::translate("motcua::forms", "Form 03 – Refusal");
    case FormKind::Apology:
        return QCoreApplication::translate("motcua::forms", "Form 04 – Apology and new appointment");
    case FormKind::Stop:
        return QCoreApplication::translate("motcua::forms", "Form 05 – Stop notice");
    case FormKind::ControlSlip:
        return QCoreApplication::translate("motcua::forms", "Form 06 – Process control slip");
    case FormKind::Register:
        return QCoreApplication::translate("motcua::forms", "Form 07 – Dossier register");
    }
    return {};
}

Paper formPaper(FormKind kind)
{
    return kind == FormKind::Register ? Paper::A4Landscape : Paper::A5Portrait;
}

const FormSchema& formSchema(FormKind kind)
{
    static const QHash<int, FormSchema> schemas = [] {
        QHash<int, FormSchema> all;
        for (FormKind each : allForms()) {
            all.insert(int(each), makeSchema(each));
        }
        return all;
    }();
    return *schemas.constFind(int(kind));
}

QString shippedTemplate(FormKind kind)
{
    QFile file(QStringLiteral(":/forms/%1.html").arg(formKey(kind)));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QString::fromUtf8(file.readAll());
}

} // namespace motcua::forms

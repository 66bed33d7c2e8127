#include "core/online/SubmissionFile.h"

#include "core/common/AgencyTime.h"
#include "core/common/TextBounds.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <tuple>

namespace motcua::online {

namespace {

using dossier::Applicant;

// Reads the members of one JSON object, naming each by its path in the errors.
class Reader {
public:
    Reader(QJsonObject object, QString path)
        : m_object(std::move(object))
        , m_path(std::move(path))
    {}

    QString name(const QString& key) const { return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key; }

    // A text within the bounds of its kind (core/common/TextBounds), at most `maxLength` characters when given.
    Result<QString> text(const QString& key, bool required, TextKind kind = TextKind::Name, int maxLength = 0) const
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() || value.isNull()) {
            if (required) {
                return Error::invalid(name(key), SubmissionFile::tr("The value is missing."));
            }
            return QString();
        }
        if (!value.isString()) {
            return Error::invalid(name(key), SubmissionFile::tr("The value must be a text."));
        }
        if (Status bounded = TextBounds::check(value.toString(), kind, name(key)); !bounded) {
            return bounded.error();
        }
        const QString text = value.toString().simplified();
        if (required && text.isEmpty()) {
            return Error::invalid(name(key), SubmissionFile::tr("The value is empty."));
        }
        if (maxLength > 0 && text.size() > maxLength) {
            return Error::invalid(name(key), SubmissionFile::tr("The text is longer than %1 characters.").arg(maxLength));
        }
        return text;
    }

    Result<int> number(const QString& key, int fallback, int low, int high) const
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined()) {
            return fallback;
        }
        const double number = value.toDouble(-1);
        if (!value.isDouble() || number != static_cast<int>(number) || number < low || number > high) {
            return Error::invalid(name(key), SubmissionFile::tr("The value must be a whole number from %1 to %2.")
                                                 .arg(low)
                                                 .arg(high));
        }
        return static_cast<int>(number);
    }

private:
    QJsonObject m_object;
    QString m_path;
};

Result<Applicant> readApplicant(const QJsonValue& value, QList<Error>& warnings)
{
    const QString path = QStringLiteral("applicant");
    if (!value.isObject()) {
        return Error::invalid(path, SubmissionFile::tr("The applicant must be an object with a name and an address."));
    }
    warnings << TextBounds::unknownKeys(value.toObject(),
                                        {QStringLiteral("kind"), QStringLiteral("name"),
                                         QStringLiteral("identity_number"), QStringLiteral("tax_code"),
                                         QStringLiteral("representative"), QStringLiteral("address"),
                                         QStringLiteral("phone"), QStringLiteral("email"), QStringLiteral("birth_date")},
                                        path);
    const Reader reader(value.toObject(), path);
    Applicant applicant;
    auto kind = reader.text(QStringLiteral("kind"), false, TextKind::Code);
    if (!kind) {
        return kind.error();
    }
    if (kind->isEmpty() || *kind == QLatin1String("person")) {
        applicant.kind = Applicant::Kind::Person;
    } else if (*kind == QLatin1String("organisation")) {
        applicant.kind = Applicant::Kind::Organisation;
    } else {
        return Error::invalid(reader.name(QStringLiteral("kind")),
                              SubmissionFile::tr("\"%1\" is not a kind of applicant (person or organisation).")
                                  .arg(*kind));
    }
    const std::tuple<const char*, QString*, TextKind> texts[] = {
        {"name", &applicant.name, TextKind::Name},
        {"identity_number", &applicant.identityNumber, TextKind::Contact},
        {"tax_code", &applicant.taxCode, TextKind::Contact},
        {"representative", &applicant.representative, TextKind::Name},
        {"address", &applicant.address, TextKind::Address},
        {"phone", &applicant.phone, TextKind::Contact},
        {"email", &applicant.email, TextKind::Contact},
    };
    for (const auto& [key, target, textKind] : texts) {
        auto text = reader.text(QLatin1String(key), false, textKind);
        if (!text) {
            return text.error();
        }
        *target = *text;
    }
    auto birth = reader.text(QStringLiteral("birth_date"), false, TextKind::Contact);
    if (!birth) {
        return birth.error();
    }
    if (!birth->isEmpty()) {
        applicant.birthDate = QDate::fromString(*birth, Qt::ISODate);
        if (!applicant.birthDate.isValid()) {
            return Error::invalid(reader.name(QStringLiteral("birth_date")),
                                  SubmissionFile::tr("\"%1\" is not a date written YYYY-MM-DD.").arg(*birth));
        }
    }
    return applicant;
}

Result<QList<SubmittedDocument>> readDocuments(const QJsonValue& value, QList<Error>& warnings)
{
    if (value.isUndefined()) {
        return QList<SubmittedDocument>();
    }
    if (!value.isArray()) {
        return Error::invalid(QStringLiteral("documents"), SubmissionFile::tr("The documents must be a list."));
    }
    QList<SubmittedDocument> documents;
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = QStringLiteral("documents[%1]").arg(i + 1);
        if (!array.at(i).isObject()) {
            return Error::invalid(path, SubmissionFile::tr("Each document must be an object with its position."));
        }
        warnings << TextBounds::unknownKeys(
            array.at(i).toObject(), {QStringLiteral("position"), QStringLiteral("count"), QStringLiteral("file")}, path);
        const Reader reader(array.at(i).toObject(), path);
        auto position = reader.number(QStringLiteral("position"), 0, 1, 100);
        if (!position) {
            return position.error();
        }
        if (*position == 0) {
            return Error::invalid(reader.name(QStringLiteral("position")),
                                  SubmissionFile::tr("The position of the document in the procedure's list is "
                                                     "missing."));
        }
        auto count = reader.number(QStringLiteral("count"), 1, 1, 100);
        if (!count) {
            return count.error();
        }
        auto file = reader.text(QStringLiteral("file"), false, TextKind::Address, 255);
        if (!file) {
            return file.error();
        }
        for (const SubmittedDocument& earlier : documents) {
            if (earlier.position == *position) {
                return Error::invalid(reader.name(QStringLiteral("position")),
                                      SubmissionFile::tr("Document %1 is listed twice.").arg(*position));
            }
        }
        documents.append({*position, *count, *file});
    }
    return documents;
}

} // namespace

QString SubmissionFile::digest(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

Result<Submission> SubmissionFile::parse(const QByteArray& bytes, QList<Error>* warningsOut)
{
    QList<Error> ignored;
    QList<Error>& warnings = warningsOut ? *warningsOut : ignored;
    warnings.clear();
    if (bytes.size() > kMaxBytes) {
        return Error::invalid(QStringLiteral("file"),
                              tr("The file is larger than %1 KB: it is not a submission.").arg(kMaxBytes / 1024));
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Error::invalid(QStringLiteral("file"), tr("The file is not valid JSON (at character %1: %2).")
                                                          .arg(parseError.offset)
                                                          .arg(parseError.errorString()));
    }
    if (!document.isObject()) {
        return Error::invalid(QStringLiteral("file"), tr("The file must hold one JSON object."));
    }
    const QJsonObject object = document.object();
    const Reader reader(object, {});
    auto format = reader.number(QStringLiteral("format"), 0, 0, 1000);
    if (!format) {
        return format.error();
    }
    if (*format != kFormat) {
        return Error::invalid(QStringLiteral("format"),
                              tr("This is not an online submission of format %1 (\"format\": %1).").arg(kFormat));
    }
    warnings << TextBounds::unknownKeys(object,
                                        {QStringLiteral("format"), QStringLiteral("reference"),
                                         QStringLiteral("submitted_at"), QStringLiteral("procedure"),
                                         QStringLiteral("applicant"), QStringLiteral("documents"),
                                         QStringLiteral("delivery"), QStringLiteral("sets")},
                                        {});
    Submission submission;
    auto reference = reader.text(QStringLiteral("reference"), true, TextKind::Name, 60);
    if (!reference) {
        return reference.error();
    }
    submission.reference = *reference;
    auto submitted = reader.text(QStringLiteral("submitted_at"), true, TextKind::Contact);
    if (!submitted) {
        return submitted.error();
    }
    const QDateTime moment = QDateTime::fromString(*submitted, Qt::ISODate);
    if (!moment.isValid() || moment.timeSpec() == Qt::LocalTime) {
        return Error::invalid(QStringLiteral("submitted_at"),
                              tr("\"%1\" is not a moment with its offset, such as 2026-11-30T21:14:00+07:00.")
                                  .arg(*submitted));
    }
    submission.submittedAt = toAgencyTime(moment);
    auto procedure = reader.text(QStringLiteral("procedure"), true, TextKind::Code);
    if (!procedure) {
        return procedure.error();
    }
    submission.procedureCode = *procedure;
    auto applicant = readApplicant(object.value(QStringLiteral("applicant")), warnings);
    if (!applicant) {
        return applicant.error();
    }
    submission.applicant = *applicant;
    auto documents = readDocuments(object.value(QStringLiteral("documents")), warnings);
    if (!documents) {
        return documents.error();
    }
    submission.documents = *documents;
    auto delivery = reader.text(QStringLiteral("delivery"), false, TextKind::Code);
    if (!delivery) {
        return delivery.error();
    }
    if (!delivery->isEmpty()) {
        const auto key = dossier::deliveryFromKey(*delivery);
        if (!key) {
            return Error::invalid(QStringLiteral("delivery"),
                                  tr("\"%1\" is not a way to collect the result (counter or post).").arg(*delivery));
        }
        submission.delivery = *key;
    }
    auto sets = reader.number(QStringLiteral("sets"), 1, 1, 100);
    if (!sets) {
        return sets.error();
    }
    submission.sets = *sets;
    return submission;
}

} // namespace motcua::online

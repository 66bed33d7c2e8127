#include "core/forms/FormTemplates.h"

#include "core/common/Logging.h"
#include "core/forms/RegisterTemplate.h"
#include "core/storage/FormTemplateRepository.h"
#include "core/storage/UserRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace motcua::forms {

namespace {

// `text` checked against `kind`; the register's also taken apart as it is printed (RegisterTemplate).
Result<FormTemplate> parseFor(FormKind kind, const QString& text)
{
    if (kind == FormKind::Register) {
        if (auto parts = RegisterTemplate::parse(text); !parts) {
            return parts.error();
        }
    }
    return FormTemplate::parse(text, formSchema(kind));
}

} // namespace

Result<FormTemplates::InUse> FormTemplates::inUse(FormKind kind) const
{
    InUse result;
    auto stored = storage::FormTemplateRepository(m_database).find(formKey(kind));
    if (!stored) {
        return stored.error();
    }
    if (stored->has_value()) {
        const storage::StoredFormTemplate& custom = **stored;
        if (auto parsed = parseFor(kind, custom.body)) {
            result.form = std::move(parsed).value();
            result.custom = true;
            result.loadedAt = custom.loadedAt;
            if (auto user = storage::UserRepository(m_database).byId(custom.loadedBy)) {
                result.loadedBy = user->fullName;
            }
            return result;
        } else {
            result.customProblem = parsed.error().message;
            qCWarning(lcForms) << "stored template" << formKey(kind) << "is not used:" << result.customProblem;
        }
    }
    auto shipped = parseFor(kind, shippedTemplate(kind));
    if (!shipped) {
        // A shipped template is checked by the tests; this only happens to a broken build.
        return Error::storage(QStringLiteral("shipped template %1: %2").arg(formKey(kind), shipped.error().message));
    }
    result.form = std::move(shipped).value();
    return result;
}

Status FormTemplates::requireAdmin(const identity::User& actor) const
{
    if (!actor.has(identity::Role::Admin)) {
        return Error{ErrorCode::Forbidden,
                     QCoreApplication::translate("motcua::forms",
                                                 "Only an administrator may change the templates of the forms."),
                     QStringLiteral("actor")};
    }
    return {};
}

Status FormTemplates::load(const identity::User& actor, FormKind kind, const QString& text)
{
    if (Status allowed = requireAdmin(actor); !allowed) {
        return allowed;
    }
    auto parsed = parseFor(kind, text);
    if (!parsed) {
        return parsed.error();
    }
    return storage::FormTemplateRepository(m_database).save(formKey(kind), {text, m_clock.now(), actor.id});
}

Status FormTemplates::loadFrom(const identity::User& actor, FormKind kind, const QString& path)
{
    auto text = readChecked(kind, path);
    if (!text) {
        return text.error();
    }
    return load(actor, kind, *text);
}

Result<QString> FormTemplates::readChecked(FormKind kind, const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::invalid(QStringLiteral("file"),
                              QCoreApplication::translate("motcua::forms", "Cannot read %1: %2.")
                                  .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    if (file.size() > FormTemplate::kMaxSize * 4) { // UTF-8: up to four bytes a character
        return Error::invalid(QStringLiteral("file"),
                              QCoreApplication::translate("motcua::forms", "%1 is too large for a template.")
                                  .arg(QDir::toNativeSeparators(path)));
    }
    const QString text = QString::fromUtf8(file.readAll());
    auto parsed = parseFor(kind, text);
    if (!parsed) {
        return parsed.error();
    }
    return text;
}

Status FormTemplates::exportTo(FormKind kind, const QString& path) const
{
    auto used = inUse(kind);
    if (!used) {
        return used.error();
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(used->form.text().toUtf8()) < 0) {
        return Error::invalid(QStringLiteral("file"),
                              QCoreApplication::translate("motcua::forms", "Cannot write %1: %2.")
                                  .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    return {};
}

Status FormTemplates::reset(const identity::User& actor, FormKind kind)
{
    if (Status allowed = requireAdmin(actor); !allowed) {
        return allowed;
    }
    return storage::FormTemplateRepository(m_database).remove(formKey(kind));
}

} // namespace motcua::forms

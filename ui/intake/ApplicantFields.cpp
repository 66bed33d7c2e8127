#include "ui/intake/ApplicantFields.h"

#include "ui/widgets/ElidedLabel.h"
#include "ui/widgets/FieldErrors.h"

#include "core/common/AgencyTime.h"
#include "core/common/TextBounds.h"
#include "core/identity/BirthDate.h"
#include "core/identity/EmailAddress.h"
#include "core/identity/IdentityNumber.h"
#include "core/identity/PhoneNumber.h"
#include "core/identity/TaxCode.h"

#include <QButtonGroup>
#include <QFocusEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QVBoxLayout>

#include <algorithm>

namespace motcua::ui {

using dossier::Applicant;

namespace {

// The field names of the core's errors, which also key the applicant's fields.
const QString kName = QStringLiteral("applicant.name");
const QString kIdentity = QStringLiteral("applicant.identity_number");
const QString kBirthDate = QStringLiteral("applicant.birth_date");
const QString kTaxCode = QStringLiteral("applicant.tax_code");
const QString kRepresentative = QStringLiteral("applicant.representative");
const QString kAddress = QStringLiteral("applicant.address");
const QString kPhone = QStringLiteral("applicant.phone");
const QString kEmail = QStringLiteral("applicant.email");

bool isRequired(const QString& key)
{
    return key == kName || key == kIdentity || key == kTaxCode || key == kRepresentative || key == kAddress;
}

// The bounds of each field's text (core/common/TextBounds), the same as the intake service's.
TextKind kindOf(const QString& key)
{
    if (key == kName || key == kRepresentative) {
        return TextKind::Name;
    }
    return key == kAddress ? TextKind::Address : TextKind::Contact;
}

} // namespace

ApplicantFields::ApplicantFields(const Clock& clock, QWidget* parent)
    : QGroupBox(tr("Applicant"), parent)
    , m_clock(clock)
{
    auto* grid = new QGridLayout(this);

    auto* person = new QRadioButton(tr("Per&son"), this);
    person->setObjectName(QStringLiteral("personRadio"));
    auto* organisation = new QRadioButton(tr("Or&ganisation"), this);
    organisation->setObjectName(QStringLiteral("organisationRadio"));
    m_kind = new QButtonGroup(this);
    m_kind->addButton(person, static_cast<int>(Applicant::Kind::Person));
    m_kind->addButton(organisation, static_cast<int>(Applicant::Kind::Organisation));
    person->setChecked(true);
    person->installEventFilter(this);
    organisation->installEventFilter(this);
    connect(m_kind, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked) {
            showKind();
        }
    });
    auto* kinds = new QHBoxLayout;
    kinds->addWidget(person);
    kinds->addWidget(organisation);
    kinds->addStretch(1);
    grid->addLayout(kinds, 0, 0, 1, 3);

    addField(grid, 1, kName, tr("Full &name"), QStringLiteral("name"));
    addField(grid, 2, kIdentity, tr("&Identity number"), QStringLiteral("identity"));
    addField(grid, 3, kBirthDate, tr("Date of &birth"), QStringLiteral("birthDate"));
    addField(grid, 4, kTaxCode, tr("&Tax code"), QStringLiteral("taxCode"));
    addField(grid, 5, kRepresentative, tr("Legal re&presentative"), QStringLiteral("representative"));
    addField(grid, 6, kAddress, tr("&Address"), QStringLiteral("address"));
    addField(grid, 7, kPhone, tr("P&hone"), QStringLiteral("phone"));
    addField(grid, 8, kEmail, tr("&Email"), QStringLiteral("email"));
    grid->setColumnStretch(1, 3);
    grid->setColumnStretch(2, 2);

    m_fields[kIdentity].edit->setPlaceholderText(tr("12 digits (9 for an old ID card)"));
    m_fields[kBirthDate].edit->setPlaceholderText(tr("dd/mm/yyyy"));
    m_fields[kTaxCode].edit->setPlaceholderText(tr("10 digits, or 10-3 for a branch"));
    m_fields[kPhone].edit->setPlaceholderText(tr("e.g. 0912 345 678"));

    // A date of birth typed without separators is shown as dd/MM/yyyy; the identity number must agree with it.
    QLineEdit* birthDateEdit = m_fields.value(kBirthDate).edit;
    connect(birthDateEdit, &QLineEdit::editingFinished, this, [this, birthDateEdit] {
        const QDate date = birthDate();
        if (date.isValid()) {
            birthDateEdit->setText(date.toString(QStringLiteral("dd/MM/yyyy")));
        }
        if (!m_fields.value(kIdentity).edit->text().trimmed().isEmpty()) {
            validateField(kIdentity);
        }
    });
    showKind();
}

ApplicantFields::~ApplicantFields()
{
    // Closing the window moves the focus out of a field, which would validate it after the members are gone.
    disconnectChildren(this);
}

void ApplicantFields::addField(QGridLayout* grid, int row, const QString& key, const QString& label,
                               const QString& name)
{
    Field field;
    field.label = new QLabel(label);
    field.edit = new QLineEdit;
    field.edit->setObjectName(name + QStringLiteral("Edit"));
    field.edit->setMaxLength(TextBounds::maxLength(kindOf(key)));
    field.edit->setMinimumWidth(field.edit->fontMetrics().averageCharWidth() * 24);
    field.label->setBuddy(field.edit);
    // The error goes under its field, on one line whose room is always kept: nothing moves while the clerk types
    // (a longer message ends with "…" and shows whole in the tooltip).
    field.error = fieldErrorLabel(name + QStringLiteral("Error"));
    auto* cell = new QVBoxLayout;
    cell->setSpacing(1);
    cell->addWidget(field.edit);
    cell->addWidget(field.error);
    // The label stands level with its edit, above the error's line.
    field.label->setMinimumHeight(field.edit->sizeHint().height());
    field.label->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    grid->addWidget(field.label, row, 0, Qt::AlignTop);
    grid->addLayout(cell, row, 1, 1, 2);
    m_fields.insert(key, field);
    m_fieldOrder << key;

    connect(field.edit, &QLineEdit::editingFinished, this, [this, key] { validateField(key); });
    // While an error is shown, it follows the typing, so that it goes away as soon as the value is right.
    connect(field.edit, &QLineEdit::textEdited, this, [this, key] {
        if (!m_fields.value(key).error->text().isEmpty()) {
            validateField(key);
        }
    });
}

QList<QWidget*> ApplicantFields::tabChain() const
{
    QList<QWidget*> chain{m_kind->button(static_cast<int>(Applicant::Kind::Person)),
                          m_kind->button(static_cast<int>(Applicant::Kind::Organisation))};
    for (const QString& key : std::as_const(m_fieldOrder)) {
        chain << m_fields.value(key).edit;
    }
    return chain;
}

bool ApplicantFields::eventFilter(QObject* watched, QEvent* event)
{
    // Tab into the person / organisation choice lands on the chosen one, as in other toolkits.
    if (event->type() == QEvent::FocusIn && m_kind && watched != m_kind->checkedButton()) {
        const auto reason = static_cast<QFocusEvent*>(event)->reason();
        if ((reason == Qt::TabFocusReason || reason == Qt::BacktabFocusReason) && m_kind->checkedButton()) {
            m_kind->checkedButton()->setFocus(reason);
        }
    }
    return QGroupBox::eventFilter(watched, event);
}

bool ApplicantFields::isPerson() const
{
    return m_kind->checkedId() == static_cast<int>(Applicant::Kind::Person);
}

void ApplicantFields::showKind()
{
    const bool person = isPerson();
    for (const QString& key : {kIdentity, kBirthDate}) {
        const Field field = m_fields.value(key);
        field.label->setVisible(person);
        field.edit->setVisible(person);
        field.error->setVisible(person);
    }
    for (const QString& key : {kTaxCode, kRepresentative}) {
        const Field field = m_fields.value(key);
        field.label->setVisible(!person);
        field.edit->setVisible(!person);
        field.error->setVisible(!person);
    }
    const Field name = m_fields.value(kName);
    name.label->setText(person ? tr("Full &name") : tr("Organisation's &name"));
}

QString ApplicantFields::fieldText(const QString& key) const
{
    const QString text = m_fields.value(key).edit->text();
    if (key == kIdentity) {
        return text.simplified().remove(QLatin1Char(' '));
    }
    return text.simplified();
}

QDate ApplicantFields::birthDate() const
{
    return identity::BirthDate::parse(fieldText(kBirthDate));
}

Applicant ApplicantFields::applicant() const
{
    Applicant applicant;
    applicant.kind = isPerson() ? Applicant::Kind::Person : Applicant::Kind::Organisation;
    applicant.name = fieldText(kName);
    if (isPerson()) {
        applicant.identityNumber = fieldText(kIdentity);
        applicant.birthDate = birthDate();
    } else {
        applicant.taxCode = fieldText(kTaxCode);
        applicant.representative = fieldText(kRepresentative);
    }
    applicant.address = fieldText(kAddress);
    applicant.phone = fieldText(kPhone);
    applicant.email = fieldText(kEmail);
    return applicant;
}

Status ApplicantFields::checkField(const QString& key) const
{
    const QString text = fieldText(key);
    if (text.isEmpty()) {
        return {};
    }
    if (Status bounded = TextBounds::check(text, kindOf(key), key); !bounded) {
        return bounded;
    }
    if (key == kIdentity) {
        return identity::IdentityNumber::validate(text, key, birthDate(), true);
    }
    if (key == kBirthDate) {
        return identity::BirthDate::validate(text, toAgencyTime(m_clock.now()).date(), key);
    }
    if (key == kPhone) {
        return identity::PhoneNumber::validate(text, key);
    }
    if (key == kEmail) {
        return identity::EmailAddress::validate(text, key);
    }
    if (key == kTaxCode) {
        return identity::TaxCode::validate(text, key);
    }
    return {};
}

bool ApplicantFields::validateField(const QString& key)
{
    if (fieldText(key).isEmpty()) {
        // "Missing" is said on Receive, and stays until something is typed.
        if (!isRequired(key)) {
            setFieldError(key, QString());
        }
        return true;
    }
    const Status status = checkField(key);
    setFieldError(key, status ? QString() : status.error().message);
    return status.ok();
}

bool ApplicantFields::validate()
{
    // What the core cannot see (a date that does not parse), and every format error at once.
    QString firstInvalid;
    for (const QString& key : std::as_const(m_fieldOrder)) {
        if (!m_fields.value(key).edit->isVisibleTo(this)) {
            continue;
        }
        bool valid = validateField(key);
        if (valid && isRequired(key) && fieldText(key).isEmpty()) {
            setFieldError(key, tr("Required: fill in this field."));
            valid = false;
        }
        if (!valid && firstInvalid.isEmpty()) {
            firstInvalid = key;
        }
    }
    if (!firstInvalid.isEmpty()) {
        focusField(firstInvalid);
        return false;
    }
    return true;
}

bool ApplicantFields::showError(const Error& error)
{
    const auto field = m_fields.constFind(error.field);
    if (field == m_fields.cend() || !field->edit->isVisibleTo(this)) {
        return false;
    }
    setFieldError(error.field, error.message);
    focusField(error.field);
    return true;
}

void ApplicantFields::setFieldError(const QString& key, const QString& message)
{
    const Field field = m_fields.value(key);
    showFieldError(field.edit, field.error, message);
}

int ApplicantFields::errorCount() const
{
    int count = 0;
    for (const QString& key : std::as_const(m_fieldOrder)) {
        const Field& field = m_fields[key];
        if (field.edit->isVisibleTo(this) && !field.error->text().isEmpty()) {
            ++count;
        }
    }
    return count;
}

bool ApplicantFields::isEmpty() const
{
    return std::all_of(m_fieldOrder.cbegin(), m_fieldOrder.cend(),
                       [this](const QString& key) { return m_fields[key].edit->text().trimmed().isEmpty(); });
}

void ApplicantFields::clearErrors()
{
    for (const QString& key : std::as_const(m_fieldOrder)) {
        setFieldError(key, QString());
    }
}

void ApplicantFields::focusField(const QString& key)
{
    QLineEdit* edit = m_fields.value(key).edit;
    edit->setFocus(Qt::OtherFocusReason);
    edit->selectAll();
}

void ApplicantFields::clear()
{
    for (const QString& key : std::as_const(m_fieldOrder)) {
        m_fields.value(key).edit->clear();
    }
    clearErrors();
    m_kind->button(static_cast<int>(Applicant::Kind::Person))->setChecked(true);
}

} // namespace motcua::ui

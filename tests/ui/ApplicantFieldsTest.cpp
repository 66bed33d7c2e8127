#include "tests/support/CatchQt.h"

#include <catch2/catch.hpp>

#include "core/common/TextBounds.h"
#include "tests/support/MockClock.h"
#include "ui/intake/ApplicantFields.h"
#include "ui/widgets/ElidedLabel.h"

#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>

using namespace motcua;
using motcua::ui::ApplicantFields;

namespace {

QLineEdit* edit(ApplicantFields& fields, const char* name)
{
    auto* widget = fields.findChild<QLineEdit*>(QString::fromLatin1(name));
    REQUIRE(widget);
    return widget;
}

QLabel* label(ApplicantFields& fields, const char* name)
{
    auto* widget = fields.findChild<QLabel*>(QString::fromLatin1(name));
    REQUIRE(widget);
    return widget;
}

} // namespace

TEST_CASE("Applicant fields: the applicant of the chosen kind, errors beside their field", "[ui][intake]")
{
    test::MockClock clock;
    ApplicantFields fields(clock);
    fields.show();

    edit(fields, "nameEdit")->setText(QStringLiteral("  Công ty  TNHH Ánh Dương "));
    edit(fields, "identityEdit")->setText(QStringLiteral("0911 9000 1234"));
    edit(fields, "taxCodeEdit")->setText(QStringLiteral("0100109106"));
    edit(fields, "representativeEdit")->setText(QStringLiteral("Trần Văn Nam"));
    edit(fields, "addressEdit")->setText(QStringLiteral("Rạch Giá"));

    SECTION("a person: identity number without spaces, no tax code")
    {
        const dossier::Applicant person = fields.applicant();
        CHECK(person.kind == dossier::Applicant::Kind::Person);
        CHECK(person.name == QStringLiteral("Công ty TNHH Ánh Dương"));
        CHECK(person.identityNumber == QStringLiteral("091190001234"));
        CHECK(person.taxCode.isEmpty());
    }
    SECTION("an organisation: tax code and representative, no identity number")
    {
        fields.findChild<QRadioButton*>(QStringLiteral("organisationRadio"))->setChecked(true);
        CHECK_FALSE(edit(fields, "identityEdit")->isVisibleTo(&fields));
        const dossier::Applicant organisation = fields.applicant();
        CHECK(organisation.kind == dossier::Applicant::Kind::Organisation);
        CHECK(organisation.taxCode == QStringLiteral("0100109106"));
        CHECK(organisation.representative == QStringLiteral("Trần Văn Nam"));
        CHECK(organisation.identityNumber.isEmpty());
    }
    SECTION("a core error lands beside its field, as the plain message; others are not the fields' business")
    {
        CHECK(fields.showError(Error::invalid(QStringLiteral("applicant.phone"), QStringLiteral("Sai số."))));
        CHECK(label(fields, "phoneError")->text() == QStringLiteral("Sai số."));
        CHECK_FALSE(fields.showError(Error::invalid(QStringLiteral("fee_paid"), QStringLiteral("Âm."))));
        // The tax code is hidden for a person: its error goes to the message bar instead.
        CHECK_FALSE(fields.showError(Error::invalid(QStringLiteral("applicant.tax_code"), QStringLiteral("Sai."))));
        fields.clear();
        CHECK(label(fields, "phoneError")->text().isEmpty());
        CHECK(edit(fields, "nameEdit")->text().isEmpty());
    }
    SECTION("validate says every format error at once")
    {
        edit(fields, "phoneEdit")->setText(QStringLiteral("0123"));
        edit(fields, "birthDateEdit")->setText(QStringLiteral("31/02/1990"));
        CHECK_FALSE(fields.validate());
        CHECK_FALSE(label(fields, "phoneError")->text().isEmpty());
        CHECK_FALSE(label(fields, "birthDateError")->text().isEmpty());
        CHECK_FALSE(label(fields, "phoneError")->text().startsWith(QStringLiteral("applicant.")));
        // The date is in the right form: the message says the day does not exist, not how to write it.
        CHECK(label(fields, "birthDateError")->text() ==
              QStringLiteral("Tháng 02/1990 không có ngày 31: không có ngày 31/02/1990."));
    }
    SECTION("a message longer than its line ends with an ellipsis and shows whole in the tooltip")
    {
        fields.resize(420, fields.sizeHint().height());
        fields.show();
        edit(fields, "phoneEdit")->setText(QStringLiteral("0123"));
        CHECK_FALSE(fields.validate());
        auto* error = fields.findChild<ui::ElidedLabel*>(QStringLiteral("phoneError"));
        REQUIRE(error);
        REQUIRE(error->fontMetrics().horizontalAdvance(error->text()) > error->contentsRect().width());
        CHECK(error->displayedText().endsWith(QChar(0x2026)));
        CHECK(error->toolTip() == error->text());
    }
    SECTION("a date of birth after today says so")
    {
        edit(fields, "birthDateEdit")->setText(QStringLiteral("01/01/2030"));
        CHECK_FALSE(fields.validate());
        CHECK(label(fields, "birthDateError")
                  ->text()
                  .startsWith(QStringLiteral("Ngày sinh 01/01/2030 sau ngày hôm nay")));
    }
}

TEST_CASE("Applicant fields: the core's bounds, a pasted control character said under its field", "[ui][intake][bounds]")
{
    test::MockClock clock;
    ApplicantFields fields(clock);
    fields.show();
    CHECK(edit(fields, "nameEdit")->maxLength() == TextBounds::maxLength(TextKind::Name));
    CHECK(edit(fields, "addressEdit")->maxLength() == TextBounds::maxLength(TextKind::Address));
    edit(fields, "nameEdit")->setText(QString(100000, QLatin1Char('a')));
    CHECK(edit(fields, "nameEdit")->text().size() == 300);

    edit(fields, "nameEdit")->setText(QStringLiteral("Nguyễn") + QChar(u'\x07') + QStringLiteral("Văn An"));
    edit(fields, "identityEdit")->setText(QStringLiteral("091190001234"));
    edit(fields, "addressEdit")->setText(QStringLiteral("Rạch Giá"));
    CHECK_FALSE(fields.validate());
    CHECK(label(fields, "nameError")->text().contains(QStringLiteral("U+0007")));
    CHECK(label(fields, "addressError")->text().isEmpty());
}

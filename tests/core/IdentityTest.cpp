#include "core/identity/BirthDate.h"
#include "core/identity/EmailAddress.h"
#include "core/identity/IdentityNumber.h"
#include "core/identity/PhoneNumber.h"
#include "core/identity/TaxCode.h"

#include "tests/support/CatchQt.h"

#include <catch2/catch.hpp>

using namespace motcua;
using namespace motcua::identity;

namespace {

// A rejected value: an InvalidInput error about `field`, with a plain message: the field travels beside it, the
// message does not repeat it (the form shows it beside the field, the command line prefixes it).
void checkRejected(const Status& status, const QString& field)
{
    REQUIRE_FALSE(status.ok());
    CHECK(status.error().code == ErrorCode::InvalidInput);
    CHECK(status.error().field == field);
    CHECK_FALSE(status.error().message.isEmpty());
    CHECK_FALSE(status.error().message.startsWith(field + QStringLiteral(": ")));
    CHECK_FALSE(status.error().message.at(0).isLower());
}

QDate date(const char* iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

} // namespace

TEST_CASE("Identity number: valid numbers", "[identity]")
{
    struct Case {
        const char* value;
        const char* birthDate; // "" = not known
        int birthYear;
    };
    const auto c = GENERATE(Case{"091203001234", "2003-07-14", 2003}, // woman born 2003, registered in Kiên Giang
                            Case{"001085012345", "1985-01-01", 1985}, // man born 1985, Hà Nội
                            Case{"079190001234", "1990-12-31", 1990}, // woman born 1990, Hồ Chí Minh City
                            Case{"096200000001", "2000-02-29", 2000}, // man born 2000, Cà Mau
                            Case{"048099123456", "", 1999},           // man born 1999, Đà Nẵng
                            Case{"001401000000", "", 2101},           // the 2100s
                            Case{"  091203001234 ", "2003-07-14", 2003});
    const QString value = QString::fromLatin1(c.value);
    CAPTURE(value);
    CHECK(IdentityNumber::validate(value, QStringLiteral("Số CCCD")).ok());
    CHECK(IdentityNumber::validate(value, QStringLiteral("Số CCCD"), date(c.birthDate)).ok());
    CHECK(IdentityNumber::validate(value, QStringLiteral("Số CCCD"), date(c.birthDate), true).ok());
    CHECK(IdentityNumber::birthYear(value) == c.birthYear);
}

TEST_CASE("Identity number: bad numbers", "[identity]")
{
    struct Case {
        const char* value;
        const char* birthDate;
    };
    const auto c = GENERATE(Case{"097203001234", ""},                          // province 097 does not exist
                            Case{"000203001234", ""},                          // nor 000
                            Case{"091603001234", ""},                          // G = 6
                            Case{"091903001234", ""},                          // G = 9
                            Case{"091203001234", "2002-04-15"},                // born 2003 according to the number
                            Case{"001085012345", "2085-01-01"},                // G = 0: 1900s
                            Case{"091203001234", "1903-07-14"},                // G = 3: 2000s, not 1900s
                            Case{"09120300123", ""},                           // 11 digits
                            Case{"0912030012345", ""},                         // 13 digits
                            Case{"09120300123A", ""},                          // a letter
                            Case{"091 203 001 234", ""},                       // inner spaces
                            Case{"091-203-001234", ""}, Case{"273456789", ""}, // an old ID card, not allowed here
                            Case{"", ""}, Case{"   ", ""});
    const QString value = QString::fromUtf8(c.value);
    const QString field = QStringLiteral("identityNumber");
    CAPTURE(value, c.birthDate);
    checkRejected(IdentityNumber::validate(value, field, date(c.birthDate)), field);
}

TEST_CASE("Identity number: the birth date mismatch is explained", "[identity]")
{
    const Status status =
        IdentityNumber::validate(QStringLiteral("091203001234"), QStringLiteral("cccd"), date("2002-04-15"));
    REQUIRE_FALSE(status.ok());
    CHECK(status.error().message.contains(QLatin1String("2003")));
    CHECK(status.error().message.contains(QLatin1String("2002")));
}

TEST_CASE("Identity number: non-ASCII digits are rejected", "[identity]")
{
    // Full-width and Arabic-Indic digits look like digits but are not what the registry holds.
    const auto value = GENERATE(QStringLiteral("０９１２０３００１２３４"), QStringLiteral("٠٩١٢٠٣٠٠١٢٣٤"));
    checkRejected(IdentityNumber::validate(value, QStringLiteral("cccd")), QStringLiteral("cccd"));
}

TEST_CASE("Identity number: old ID cards when allowed", "[identity]")
{
    const QString field = QStringLiteral("oldCard");
    CHECK(IdentityNumber::validate(QStringLiteral("273456789"), field, {}, true).ok());
    CHECK(IdentityNumber::validate(QStringLiteral(" 371234567 "), field, date("1970-01-01"), true).ok());
    CHECK(IdentityNumber::validate(QStringLiteral("091203001234"), field, {}, true).ok());
    CHECK_FALSE(IdentityNumber::birthYear(QStringLiteral("273456789")).has_value());

    const auto bad = GENERATE(as<const char*>{}, "27345678", "2734567890", "27345678X", "097203001234");
    checkRejected(IdentityNumber::validate(QString::fromLatin1(bad), field, {}, true), field);
}

TEST_CASE("Identity number: no birth year from bad numbers", "[identity]")
{
    const auto bad = GENERATE(as<const char*>{}, "", "091603001234", "097203001234", "09120300123", "09120300123A");
    CHECK_FALSE(IdentityNumber::birthYear(QString::fromLatin1(bad)).has_value());
}

TEST_CASE("Phone number: valid numbers and their normalized form", "[identity][phone]")
{
    struct Case {
        const char* value;
        const char* normalized;
    };
    const auto c = GENERATE(
        Case{"0912345678", "0912345678"}, Case{"+84912345678", "0912345678"}, Case{"84 912 345 678", "0912345678"},
        Case{"84912345678", "0912345678"}, Case{"+84 912 345 678", "0912345678"}, Case{"0368-123-456", "0368123456"},
        Case{"0583.123.456", "0583123456"}, Case{"0789 123 456", "0789123456"}, Case{"0869123456", "0869123456"},
        Case{" 0912345678  ", "0912345678"}, Case{"0297.3862.222", "02973862222"}, // landline, Kiên Giang
        Case{"024 3825 2222", "02438252222"},                                      // landline, Hà Nội
        Case{"028-3829-6052", "02838296052"},                                      // landline, Hồ Chí Minh City
        Case{"+84 297 386 2222", "02973862222"});                                  // landline, international form
    const QString value = QString::fromLatin1(c.value);
    CAPTURE(value);
    CHECK(PhoneNumber::validate(value, QStringLiteral("phone")).ok());
    CHECK(PhoneNumber::normalized(value) == QString::fromLatin1(c.normalized));
}

TEST_CASE("Phone number: bad numbers", "[identity][phone]")
{
    const auto bad = GENERATE(as<const char*>{}, "0123456789", // 01x is no mobile prefix
                              "01234567890",                   // the old 11-digit mobile numbers (012x)
                              "091234567",                     // too short
                              "09123456789",                   // too long
                              "0612345678",                    // 06 is no mobile prefix
                              "0412345678", "0297386222",      // a landline one digit short
                              "029738622221",                  // one digit long
                              "+0912345678", "+85912345678", "0912 345 67a", "0912..345.678", "0912345678.",
                              "-0912345678", "(0297) 3862222", "0912/345678", "", "  ");
    const QString value = QString::fromLatin1(bad);
    CAPTURE(value);
    checkRejected(PhoneNumber::validate(value, QStringLiteral("Điện thoại")), QStringLiteral("Điện thoại"));
}

TEST_CASE("Phone number: an invalid number is only compacted", "[identity][phone]")
{
    CHECK(PhoneNumber::normalized(QStringLiteral(" 0123-456.789 ")) == QStringLiteral("0123456789"));
    CHECK(PhoneNumber::normalized(QString()).isEmpty());
}

TEST_CASE("Tax code: valid codes", "[identity][taxcode]")
{
    const auto good = GENERATE(as<const char*>{}, "0100109106", // the example of the circular
                               "0300588569",                    // check digit 9 (S mod 11 = 1)
                               "0100109106-001", "0100109106-999", " 0100109106 ",
                               "091203001234"); // a person: the identity number
    const QString value = QString::fromLatin1(good);
    CAPTURE(value);
    CHECK(TaxCode::validate(value, QStringLiteral("taxCode")).ok());
}

TEST_CASE("Tax code: bad codes", "[identity][taxcode]")
{
    const auto bad = GENERATE(as<const char*>{}, "0100109107", // wrong check digit
                              "0100109105", "0000000000",      // S mod 11 = 0: never issued
                              "0000000009", "0100109106-000",  // branch 000
                              "0100109107-001",                // a branch of an invalid code
                              "0100109106001",                 // a branch without its dash
                              "0100109106-01", "0100109106-0001", "010010910", "01001091066",
                              "01001O9106",                   // letter O for zero
                              "0100 109 106", "097203001234", // 12 digits but no identity number
                              "091603001234", "", " ");
    const QString value = QString::fromLatin1(bad);
    CAPTURE(value);
    checkRejected(TaxCode::validate(value, QStringLiteral("Mã số thuế")), QStringLiteral("Mã số thuế"));
}

TEST_CASE("E-mail address: valid addresses", "[identity][email]")
{
    const auto good = GENERATE(as<const char*>{}, "nguyen.van.a@gmail.com", "motcua@kiengiang.gov.vn", " a@b.vn ",
                               "x+tag@sub.example.org", "van_thu-01@so-tu-phap.hanoi.gov.vn");
    const QString value = QString::fromLatin1(good);
    CAPTURE(value);
    CHECK(EmailAddress::validate(value, QStringLiteral("email")).ok());
}

TEST_CASE("E-mail address: bad addresses", "[identity][email]")
{
    const QString tooLong = QString(250, QLatin1Char('a')) + QStringLiteral("@b.vn");
    const auto value = GENERATE_COPY(
        QStringLiteral(""), QStringLiteral("   "), QStringLiteral("nguyen van a@gmail.com"),
        QStringLiteral("a@gmail .com"), QStringLiteral("a\t@gmail.com"), QStringLiteral("nguyenvana.gmail.com"),
        QStringLiteral("a@@gmail.com"), QStringLiteral("a@b@gmail.com"), QStringLiteral("@gmail.com"),
        QStringLiteral("a@"), QStringLiteral("a@localhost"), QStringLiteral("a@.vn"), QStringLiteral("a@gmail."),
        QStringLiteral("a@gmail..com"), tooLong);
    CAPTURE(value);
    checkRejected(EmailAddress::validate(value, QStringLiteral("Thư điện tử")), QStringLiteral("Thư điện tử"));
}

TEST_CASE("Date of birth: each mistake said for what it is", "[identity]")
{
    using motcua::identity::BirthDate;
    const QDate today(2026, 11, 23);
    const auto message = [&](const char* text) {
        const Status status = BirthDate::validate(QString::fromUtf8(text), today, QStringLiteral("birth"));
        return status ? QString() : status.error().message;
    };
    CHECK(BirthDate::parse(QStringLiteral("12/05/1990")) == QDate(1990, 5, 12));
    CHECK(BirthDate::parse(QStringLiteral("12051990")) == QDate(1990, 5, 12));
    CHECK(BirthDate::parse(QStringLiteral("1.5.1990")) == QDate(1990, 5, 1));
    CHECK(message("12/05/1990").isEmpty());
    CHECK(message("").isEmpty());
    // In that form, but no such day: not "write it as dd/mm/yyyy".
    CHECK(message("31/02/1990") == QStringLiteral("Tháng 02/1990 không có ngày 31: không có ngày 31/02/1990."));
    CHECK(message("29/02/2023").startsWith(QStringLiteral("Tháng 02/2023 không có ngày 29")));
    CHECK(message("29/02/2024").isEmpty());
    CHECK(message("12/13/1990") == QStringLiteral("Không có tháng 13: tháng chỉ từ 1 đến 12."));
    CHECK(message("01/01/2030") == QStringLiteral("Ngày sinh 01/01/2030 sau ngày hôm nay (23/11/2026)."));
    CHECK(message("01/01/1890") == QStringLiteral("Ngày sinh 01/01/1890 trước năm 1900."));
    CHECK(message("ngày 12") == QStringLiteral("Hãy ghi ngày sinh theo ngày/tháng/năm, ví dụ 12/05/1990."));
}

#include "core/calendar/CalendarJson.h"
#include "core/catalogue/CatalogueAdmin.h"
#include "core/catalogue/CatalogueJson.h"
#include "core/catalogue/CatalogueRules.h"
#include "core/common/TextBounds.h"
#include "core/forms/FormKind.h"
#include "core/forms/FormTemplates.h"
#include "core/identity/Accounts.h"
#include "core/online/OnlineQueueService.h"
#include "core/online/SubmissionFile.h"
#include "core/storage/CatalogueRepository.h"
#include "core/workflow/CalendarChangeService.h"
#include "core/workflow/IntakeService.h"
#include "tests/support/CatchQt.h"
#include "tests/support/TableDigests.h"
#include "tests/support/WorkflowFixture.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace motcua;

namespace {

// The odd values a new user tried (issue #15): each is refused with the field named.
const QString kNul = QStringLiteral("Cấp giấy phép") + QChar(u'\0') + QStringLiteral("xuất bản");
const QString kLong = QString(100000, QLatin1Char('a'));

QJsonObject shippedCatalogue()
{
    return QJsonDocument::fromJson(catalogue::CatalogueJson::write(catalogue::CatalogueJson::shipped())).object();
}

// The shipped catalogue with procedures[3].key set to `value`.
QByteArray catalogueWith(const QString& key, const QJsonValue& value)
{
    QJsonObject root = shippedCatalogue();
    QJsonArray procedures = root.value(QStringLiteral("procedures")).toArray();
    QJsonObject procedure = procedures.at(3).toObject();
    procedure.insert(key, value);
    procedures.replace(3, procedure);
    root.insert(QStringLiteral("procedures"), procedures);
    return QJsonDocument(root).toJson();
}

QString refusedField(const QByteArray& data)
{
    auto parsed = catalogue::CatalogueJson::parse(data);
    return parsed ? QString() : parsed.error().field;
}

QByteArray calendarWith(const QString& key, const QJsonValue& value)
{
    QJsonObject entry{{QStringLiteral("date"), QStringLiteral("2026-11-24")},
                      {QStringLiteral("kind"), QStringLiteral("day-off")},
                      {QStringLiteral("name"), QStringLiteral("Ngày Văn hóa Việt Nam")}};
    entry.insert(key, value);
    return QJsonDocument(QJsonObject{{QStringLiteral("format"), QStringLiteral("motcua-calendar")},
                                     {QStringLiteral("version"), 1},
                                     {QStringLiteral("entries"), QJsonArray{entry}}})
        .toJson();
}

QByteArray submissionWith(const QString& key, const QString& value)
{
    QJsonObject applicant{{QStringLiteral("name"), QStringLiteral("Trần Văn Bình")},
                          {QStringLiteral("identity_number"), QStringLiteral("091190001234")},
                          {QStringLiteral("birth_date"), QStringLiteral("1990-05-12")},
                          {QStringLiteral("address"), QStringLiteral("Số 3, đường Lê Lợi, Rạch Giá")}};
    applicant.insert(key, value);
    return QJsonDocument(QJsonObject{{QStringLiteral("format"), 1},
                                     {QStringLiteral("reference"), QStringLiteral("G22.99-261122-000123")},
                                     {QStringLiteral("submitted_at"), QStringLiteral("2026-11-22T21:14:00+07:00")},
                                     {QStringLiteral("procedure"), QStringLiteral("1.009374")},
                                     {QStringLiteral("applicant"), applicant}})
        .toJson();
}

} // namespace

TEST_CASE("Input bounds: lengths, control characters, codes and amounts from one place", "[bounds]")
{
    CHECK(TextBounds::check(QStringLiteral("Nguyễn Thị Hương Giang"), TextKind::Name, QStringLiteral("name")).ok());
    CHECK(TextBounds::check(QString(300, QLatin1Char('a')), TextKind::Name, QStringLiteral("name")).ok());
    const Status tooLong = TextBounds::check(QString(301, QLatin1Char('a')), TextKind::Name, QStringLiteral("name"));
    REQUIRE_FALSE(tooLong.ok());
    CHECK(tooLong.error().field == QStringLiteral("name"));
    CHECK(tooLong.error().message.contains(QStringLiteral("301")));
    CHECK_FALSE(TextBounds::check(kNul, TextKind::Name, QStringLiteral("name")).ok());
    CHECK_FALSE(TextBounds::check(QStringLiteral("a\u0085b"), TextKind::Address, QStringLiteral("address")).ok());
    // A note may hold line breaks; a name may not.
    CHECK(TextBounds::check(QStringLiteral("Dòng 1\nDòng 2\tcột"), TextKind::Note, QStringLiteral("note")).ok());
    CHECK_FALSE(TextBounds::check(QStringLiteral("Dòng 1\nDòng 2"), TextKind::Name, QStringLiteral("name")).ok());
    CHECK_FALSE(TextBounds::check(kNul, TextKind::Note, QStringLiteral("note")).ok());
    CHECK(TextBounds::check(QStringLiteral("QT_35/BC/SoTTTT"), TextKind::Code, QStringLiteral("code")).ok());
    CHECK_FALSE(TextBounds::check(QStringLiteral("QT 35"), TextKind::Code, QStringLiteral("code")).ok());
    CHECK(TextBounds::checkProcedureCode(QStringLiteral("1.011442"), QStringLiteral("code")).ok());
    CHECK_FALSE(TextBounds::checkProcedureCode(QStringLiteral("1.011 442"), QStringLiteral("code")).ok());
    CHECK(TextBounds::checkAmount(50000, QStringLiteral("fee")).ok());
    CHECK_FALSE(TextBounds::checkAmount(1.5, QStringLiteral("fee")).ok());
    CHECK_FALSE(TextBounds::checkAmount(-1, QStringLiteral("fee")).ok());
    CHECK_FALSE(TextBounds::checkAmount(1e13, QStringLiteral("fee")).ok());

    const QList<Error> unknown = TextBounds::unknownKeys(
        QJsonObject{{QStringLiteral("code"), 1}, {QStringLiteral("colour"), 2}}, {QStringLiteral("code")},
        QStringLiteral("procedures[3]"));
    REQUIRE(unknown.size() == 1);
    CHECK(unknown.at(0).field == QStringLiteral("procedures[3].colour"));
    CHECK(unknown.at(0).message.contains(QStringLiteral("procedures[3].colour")));
}

TEST_CASE("Catalogue file: a fee of 1.5, a name of 100000 characters or with a NUL, a code with a space are refused "
          "by their field, an unknown key is a warning",
          "[bounds][catalogue]")
{
    CHECK(refusedField(catalogueWith(QStringLiteral("fee"), 1.5)) == QStringLiteral("procedures[3].fee"));
    CHECK(refusedField(catalogueWith(QStringLiteral("fee"), -1)) == QStringLiteral("procedures[3].fee"));
    CHECK(refusedField(catalogueWith(QStringLiteral("name"), kLong)) == QStringLiteral("procedures[3].name"));
    CHECK(refusedField(catalogueWith(QStringLiteral("name"), kNul)) == QStringLiteral("procedures[3].name"));
    CHECK(refusedField(catalogueWith(QStringLiteral("code"), QStringLiteral("2.001 594"))) ==
          QStringLiteral("procedures[3].code"));
    CHECK(refusedField(catalogueWith(QStringLiteral("code"), QStringLiteral("QT-1"))) ==
          QStringLiteral("procedures[3].code"));
    CHECK(refusedField(catalogueWith(QStringLiteral("fee_note"), QString(4001, QLatin1Char('x')))) ==
          QStringLiteral("procedures[3].fee_note"));

    QJsonObject root = shippedCatalogue();
    QJsonObject agency = root.value(QStringLiteral("agency")).toObject();
    agency.insert(QStringLiteral("address"), QStringLiteral("Số 1\u0007 Trần Phú"));
    root.insert(QStringLiteral("agency"), agency);
    CHECK(refusedField(QJsonDocument(root).toJson()) == QStringLiteral("agency.address"));

    QList<Error> errors;
    QList<Error> warnings;
    const QByteArray unknown = catalogueWith(QStringLiteral("colour"), QStringLiteral("đỏ"));
    auto parsed = catalogue::CatalogueJson::parse(unknown, errors, &warnings);
    REQUIRE(parsed.ok());
    REQUIRE(warnings.size() == 1);
    CHECK(warnings.at(0).field == QStringLiteral("procedures[3].colour"));
    CHECK(parsed->procedures == catalogue::CatalogueJson::shipped().procedures);
}

TEST_CASE("Calendar file: a name with a NUL or too long is refused by its field, an unknown key is a warning",
          "[bounds][calendarjson]")
{
    const auto field = [](const QByteArray& data) {
        auto parsed = calendar::CalendarJson::parse(data);
        return parsed ? QString() : parsed.error().field;
    };
    CHECK(field(calendarWith(QStringLiteral("name"), kNul)) == QStringLiteral("entries[0].name"));
    CHECK(field(calendarWith(QStringLiteral("name"), kLong)) == QStringLiteral("entries[0].name"));
    CHECK(field(calendarWith(QStringLiteral("source"), QString(501, QLatin1Char('x')))) ==
          QStringLiteral("entries[0].source"));
    QList<Error> warnings;
    REQUIRE(calendar::CalendarJson::parse(calendarWith(QStringLiteral("colour"), 1), &warnings).ok());
    REQUIRE(warnings.size() == 1);
    CHECK(warnings.at(0).field == QStringLiteral("entries[0].colour"));
}

TEST_CASE("Online submission file: control characters and overlong texts are refused by their field", "[bounds][online]")
{
    const auto field = [](const QByteArray& data) {
        auto parsed = online::SubmissionFile::parse(data);
        return parsed ? QString() : parsed.error().field;
    };
    CHECK(field(submissionWith(QStringLiteral("phone"), QStringLiteral("0912 345 678"))).isEmpty());
    CHECK(field(submissionWith(QStringLiteral("name"), kNul)) == QStringLiteral("applicant.name"));
    CHECK(field(submissionWith(QStringLiteral("name"), kLong)) == QStringLiteral("applicant.name"));
    CHECK(field(submissionWith(QStringLiteral("address"), QStringLiteral("Số 3\tLê Lợi"))) ==
          QStringLiteral("applicant.address"));
    CHECK(field(submissionWith(QStringLiteral("email"), QString(255, QLatin1Char('e')))) ==
          QStringLiteral("applicant.email"));
}

TEST_CASE("Intake: the applicant's texts are bounded, refused by their field with nothing stored", "[bounds][intake]")
{
    test::WorkflowFixture f;
    auto clerk = f.as(QStringLiteral("clerk"));
    const QStringList before = test::tableDigests(f.db.database());
    const auto refused = [&](const workflow::ReceiveRequest& request) {
        auto received = workflow::IntakeService(clerk).receive(request);
        return received ? QString() : received.error().field;
    };
    auto request = test::WorkflowFixture::bulletinRequest();
    request.applicant.name = kNul;
    CHECK(refused(request) == QStringLiteral("applicant.name"));
    request = test::WorkflowFixture::bulletinRequest();
    request.applicant.name = kLong;
    CHECK(refused(request) == QStringLiteral("applicant.name"));
    request = test::WorkflowFixture::bulletinRequest();
    request.applicant.address = QString(501, QLatin1Char('x'));
    CHECK(refused(request) == QStringLiteral("applicant.address"));
    request = test::WorkflowFixture::bulletinRequest();
    request.applicant.email = QStringLiteral("a@b.vn") + QChar(u'\x1b');
    CHECK(refused(request) == QStringLiteral("applicant.email"));
    request = test::WorkflowFixture::bulletinRequest();
    auto supplement = workflow::IntakeService(clerk).recordSupplementRequest(request, {QStringLiteral("Tờ khai")},
                                                                             QString(4001, QLatin1Char('g')));
    REQUIRE_FALSE(supplement.ok());
    CHECK(supplement.error().field == QStringLiteral("guidance"));
    CHECK(test::tableDigests(f.db.database()) == before);
}

TEST_CASE("Rejected imports and edits leave every table of the database as it was", "[bounds][admin]")
{
    test::WorkflowFixture f;
    f.receive();
    const identity::User admin = f.users.value(QStringLiteral("admin"));
    const QStringList before = test::tableDigests(f.db.database());

    SECTION("the catalogue: a version in use would change")
    {
        catalogue::Catalogue file = catalogue::CatalogueJson::shipped();
        file.procedures[0].processes[1].steps[0].content = QStringLiteral("Nội dung khác");
        CHECK_FALSE(catalogue::CatalogueAdmin(f.db.database(), f.db.clock()).applyImport(admin, file).ok());
    }
    SECTION("the catalogue editor: a procedure named with a NUL")
    {
        catalogue::Procedure procedure = *storage::CatalogueRepository(f.db.database()).procedure(
            QStringLiteral("1.009374"));
        procedure.name = kNul;
        auto saved = catalogue::CatalogueAdmin(f.db.database(), f.db.clock()).saveProcedure(admin, procedure, false);
        REQUIRE_FALSE(saved.ok());
        CHECK(saved.error().field == QStringLiteral("name"));
    }
    SECTION("the calendar: a file without entries, an entry named with a NUL")
    {
        auto context = f.as(QStringLiteral("admin"));
        CHECK_FALSE(workflow::CalendarChangeService(context).apply(workflow::CalendarChange::importBook({})).ok());
        auto change = workflow::CalendarChange::setRange(QDate(2026, 12, 10), QDate(2026, 12, 10),
                                                         calendar::DayKind::DayOff, kNul, {}, {});
        REQUIRE(change.ok());
        auto applied = workflow::CalendarChangeService(context).apply(*change);
        REQUIRE_FALSE(applied.ok());
        CHECK(applied.error().field.endsWith(QStringLiteral(".name")));
    }
    SECTION("a printed form's template that does not parse")
    {
        QString broken = forms::shippedTemplate(forms::FormKind::Receipt);
        broken.replace(QStringLiteral("{{"), QStringLiteral("{{#"));
        CHECK_FALSE(
            forms::FormTemplates(f.db.database(), f.db.clock()).load(admin, forms::FormKind::Receipt, broken).ok());
    }
    SECTION("an online submission whose applicant's name holds a NUL")
    {
        auto parsed = online::SubmissionFile::parse(submissionWith(QStringLiteral("phone"), QStringLiteral("0912345678")));
        REQUIRE(parsed.ok());
        online::Submission submission = *parsed;
        submission.applicant.name = kNul;
        auto clerk = f.as(QStringLiteral("clerk"));
        auto submitted = online::OnlineQueueService(clerk).submit(submission, QStringLiteral("x.json"),
                                                                  QStringLiteral("digest"));
        REQUIRE_FALSE(submitted.ok());
        CHECK(submitted.error().field == QStringLiteral("applicant.name"));
    }
    SECTION("a user named with a control character")
    {
        identity::User user;
        user.login = QStringLiteral("new.clerk");
        user.fullName = QStringLiteral("Lê\u0001Thị");
        user.roles = {identity::Role::Clerk};
        identity::Accounts accounts(f.db.database(), f.db.clock());
        auto added = accounts.addUser(admin, user, QStringLiteral("clerk-pass-1"));
        REQUIRE_FALSE(added.ok());
        CHECK(added.error().field == QStringLiteral("full_name"));
    }
    CHECK(test::tableDigests(f.db.database()) == before);
}

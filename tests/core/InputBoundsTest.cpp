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
#include "core/storage/Settings.h"
#include "core/storage/CatalogueRepository.h"
#include "core/workflow/CalendarChangeService.h"
#include "core/workflow/IntakeService.h"
#include "tests/support/CatchQt.h"
#include "tests/support/TableDigests.h"
#include "tests/support/WorkflowFixture.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace motcua;

namespace {

// The field paths of the warnings, sorted; each warning's message starts with its path.
QStringList warnedFields(const QList<Error>& warnings)
{
    QStringList fields;
    for (const Error& warning : warnings) {
        fields << warning.field;
        CHECK(warning.message.startsWith(warning.field + QStringLiteral(": ")));
    }
    fields.sort();
    return fields;
}

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

TEST_CASE("Catalogue file: an unknown key inside any nested object is a warning naming its full path",
          "[bounds][catalogue]")
{
    // One unknown key in each kind of object the format nests: the root, the agency, a department, a procedure, its
    // limit, a document, a process version, a step and its time.
    QJsonObject root = shippedCatalogue();
    const auto with = [](QJsonObject object, const char* key) {
        object.insert(QLatin1String(key), true);
        return object;
    };
    root = with(root, "author");
    root.insert(QStringLiteral("agency"), with(root.value(QStringLiteral("agency")).toObject(), "logo"));
    QJsonArray departments = root.value(QStringLiteral("departments")).toArray();
    departments.replace(1, with(departments.at(1).toObject(), "floor"));
    root.insert(QStringLiteral("departments"), departments);
    QJsonArray procedures = root.value(QStringLiteral("procedures")).toArray();
    QJsonObject procedure = with(procedures.at(2).toObject(), "colour");
    procedure.insert(QStringLiteral("limit"), with(procedure.value(QStringLiteral("limit")).toObject(), "weeks"));
    QJsonArray documents = procedure.value(QStringLiteral("documents")).toArray();
    documents.replace(0, with(documents.at(0).toObject(), "pages"));
    procedure.insert(QStringLiteral("documents"), documents);
    QJsonArray processes = procedure.value(QStringLiteral("processes")).toArray();
    QJsonObject process = with(processes.at(0).toObject(), "signed");
    QJsonArray steps = process.value(QStringLiteral("steps")).toArray();
    QJsonObject step = with(steps.at(1).toObject(), "owner");
    step.insert(QStringLiteral("time"), with(step.value(QStringLiteral("time")).toObject(), "minutes"));
    steps.replace(1, step);
    process.insert(QStringLiteral("steps"), steps);
    processes.replace(0, process);
    procedure.insert(QStringLiteral("processes"), processes);
    procedures.replace(2, procedure);
    root.insert(QStringLiteral("procedures"), procedures);

    QList<Error> errors;
    QList<Error> warnings;
    auto parsed = catalogue::CatalogueJson::parse(QJsonDocument(root).toJson(), errors, &warnings);
    REQUIRE(parsed.ok());
    const QStringList fields = warnedFields(warnings);
    CHECK(fields == QStringList{QStringLiteral("agency.logo"), QStringLiteral("author"),
                                QStringLiteral("departments[1].floor"), QStringLiteral("procedures[2].colour"),
                                QStringLiteral("procedures[2].documents[0].pages"),
                                QStringLiteral("procedures[2].limit.weeks"),
                                QStringLiteral("procedures[2].processes[0].signed"),
                                QStringLiteral("procedures[2].processes[0].steps[1].owner"),
                                QStringLiteral("procedures[2].processes[0].steps[1].time.minutes")});
    // The unknown keys are ignored: what is read is the shipped catalogue.
    CHECK(parsed->procedures == catalogue::CatalogueJson::shipped().procedures);
}

TEST_CASE("Online submission file: an unknown key at the top, in the applicant or in a document is a warning",
          "[bounds][online]")
{
    QJsonObject root = QJsonDocument::fromJson(submissionWith(QStringLiteral("nickname"), QStringLiteral("Bình")))
                           .object();
    root.insert(QStringLiteral("channel"), QStringLiteral("portal"));
    root.insert(QStringLiteral("documents"),
                QJsonArray{QJsonObject{{QStringLiteral("position"), 1}},
                           QJsonObject{{QStringLiteral("position"), 2}, {QStringLiteral("colour"), QStringLiteral("đỏ")}}});
    QList<Error> warnings;
    auto parsed = online::SubmissionFile::parse(QJsonDocument(root).toJson(), &warnings);
    REQUIRE(parsed.ok());
    const QStringList fields = warnedFields(warnings);
    // Documents are numbered from 1 in this format's errors (documents[2] is the second).
    CHECK(fields == QStringList{QStringLiteral("applicant.nickname"), QStringLiteral("channel"),
                                QStringLiteral("documents[2].colour")});
    CHECK(parsed->applicant.name == QStringLiteral("Trần Văn Bình"));
    CHECK(parsed->documents.size() == 2);
    // A file of known keys only gives none, and a warning list is cleared before it is filled.
    REQUIRE(online::SubmissionFile::parse(submissionWith(QStringLiteral("phone"), QStringLiteral("0912345678")),
                                          &warnings)
                .ok());
    CHECK(warnings.isEmpty());
}

TEST_CASE("Settings: values held to the text bounds, refused by their key with nothing written", "[bounds][settings]")
{
    using Key = storage::Settings::Key;
    test::WorkflowFixture f;
    const qint64 admin = f.users.value(QStringLiteral("admin")).id;
    storage::Settings settings(f.db.database(), f.db.clock());
    // A folder that exists but whose name holds a control character, and one whose path is over 500 characters.
    QTemporaryDir dir;
    const QString tabbed = dir.filePath(QStringLiteral("sao\tlưu"));
    REQUIRE(QDir().mkpath(tabbed));
    const Status tab = settings.set(admin, Key::BackupFolder, tabbed);
    REQUIRE_FALSE(tab.ok());
    CHECK(tab.error().field == QStringLiteral("backup.folder"));
    CHECK(tab.error().message.contains(QStringLiteral("U+0009")));
    CHECK(tab.error().message.contains(QStringLiteral("backup.folder")));
    const Status longPath = storage::Settings::validate(Key::OnlineInbox, QString(501, QLatin1Char('d')));
    REQUIRE_FALSE(longPath.ok());
    CHECK(longPath.error().field == QStringLiteral("online.inbox"));
    CHECK(longPath.error().message.contains(QStringLiteral("501")));
    const Status nul = settings.setAll(admin, {{Key::LockoutMinutes, 20},
                                               {Key::LockoutAttempts, QStringLiteral("5") + QChar(u'\0')}});
    REQUIRE_FALSE(nul.ok());
    CHECK(nul.error().field == QStringLiteral("lockout.attempts"));
    CHECK(nul.error().message.contains(QStringLiteral("U+0000")));
    const Status cutoff = storage::Settings::validate(Key::SameDayCutoff, QStringLiteral("15:00\n"));
    REQUIRE_FALSE(cutoff.ok());
    CHECK(cutoff.error().field == QStringLiteral("calendar.same_day_cutoff"));
    CHECK(settings.backupFolder().isEmpty());
    CHECK(settings.lockoutMinutes() == 15);
    // A folder of ordinary characters is taken.
    const QString plain = dir.filePath(QStringLiteral("sao-lưu"));
    REQUIRE(QDir().mkpath(plain));
    CHECK(settings.set(admin, Key::BackupFolder, plain).ok());
    CHECK(settings.backupFolder() == plain);
}

TEST_CASE("Form template: a control character is refused with its line, the length bound is the text bounds' one",
          "[bounds][forms]")
{
    const forms::FormSchema schema = forms::formSchema(forms::FormKind::Receipt);
    const QString receipt = forms::shippedTemplate(forms::FormKind::Receipt);
    REQUIRE(forms::FormTemplate::parse(receipt, schema).ok());
    // A NUL on the third line, then a vertical tab: each refused with the line; line breaks and tabs are kept.
    const qsizetype third = receipt.indexOf(QLatin1Char('\n'), receipt.indexOf(QLatin1Char('\n')) + 1) + 1;
    QString nul = receipt;
    nul.insert(third, QChar(u'\0'));
    auto refused = forms::FormTemplate::parse(nul, schema);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field == QStringLiteral("template"));
    CHECK(refused.error().message.startsWith(QStringLiteral("dòng 3: ")));
    CHECK(refused.error().message.contains(QStringLiteral("U+0000")));
    QString vertical = receipt;
    vertical.insert(third, QChar(u'\v'));
    CHECK(forms::FormTemplate::parse(vertical, schema).error().message.contains(QStringLiteral("U+000b")));
    QString tabbed = receipt;
    tabbed.insert(third, QStringLiteral("\t\r\n"));
    CHECK(forms::FormTemplate::parse(tabbed, schema).ok());
    CHECK(forms::FormTemplate::kMaxSize == TextBounds::maxLength(TextKind::Template));

    // Through the import: a file with the NUL is refused by the same error, and nothing is stored.
    test::WorkflowFixture f;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("receipt.html"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(nul.toUtf8());
    file.close();
    forms::FormTemplates templates(f.db.database(), f.db.clock());
    const Status loaded = templates.loadFrom(f.users.value(QStringLiteral("admin")), forms::FormKind::Receipt, path);
    REQUIRE_FALSE(loaded.ok());
    CHECK(loaded.error().message.startsWith(QStringLiteral("dòng 3: ")));
    CHECK_FALSE(templates.inUse(forms::FormKind::Receipt)->custom);
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

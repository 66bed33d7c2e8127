#include "core/forms/FormService.h"
#include "core/online/OnlineInbox.h"
#include "core/storage/DossierQueries.h"
#include "core/storage/IntakeSupplementRepository.h"
#include "core/storage/UserRepository.h"
#include "tests/support/CatchQt.h"
#include "tests/support/WorkflowFixture.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace motcua;
using namespace motcua::dossier;
using namespace motcua::online;
using test::count;

namespace {

// A complete submission of the bulletin licence (its four mandatory documents), as the portal sends it.
QJsonObject submissionJson(const QString& reference = QStringLiteral("G22.99-261122-000123"))
{
    QJsonArray documents;
    for (int position = 1; position <= 4; ++position) {
        documents.append(QJsonObject{{QStringLiteral("position"), position},
                                     {QStringLiteral("file"), QStringLiteral("tep-%1.pdf").arg(position)}});
    }
    return {{QStringLiteral("format"), 1},
            {QStringLiteral("reference"), reference},
            {QStringLiteral("submitted_at"), QStringLiteral("2026-11-22T21:14:00+07:00")},
            {QStringLiteral("procedure"), QStringLiteral("1.009374")},
            {QStringLiteral("applicant"),
             QJsonObject{{QStringLiteral("name"), QStringLiteral("Trần Văn Bình")},
                         {QStringLiteral("identity_number"), QStringLiteral("091190001234")},
                         {QStringLiteral("birth_date"), QStringLiteral("1990-05-12")},
                         {QStringLiteral("address"), QStringLiteral("Số 3, đường Lê Lợi, Rạch Giá")},
                         {QStringLiteral("phone"), QStringLiteral("0912 345 678")}}},
            {QStringLiteral("documents"), documents},
            {QStringLiteral("delivery"), QStringLiteral("post")}};
}

QByteArray bytesOf(const QJsonObject& object)
{
    return QJsonDocument(object).toJson();
}

Submission parsed(const QJsonObject& object)
{
    auto submission = SubmissionFile::parse(bytesOf(object));
    if (!submission) {
        throw std::runtime_error(submission.error().message.toStdString());
    }
    return *submission;
}

// Submits as the clerk; the dossier's row.
qint64 submitted(test::WorkflowFixture& f, const QJsonObject& object, const QString& file = QStringLiteral("a.json"))
{
    auto clerk = f.as(QStringLiteral("clerk"));
    const QByteArray bytes = bytesOf(object);
    auto result = OnlineQueueService(clerk).submit(parsed(object), file, SubmissionFile::digest(bytes));
    if (!result) {
        throw std::runtime_error(result.error().message.toStdString());
    }
    return result->dossierId;
}

Dossier byId(test::WorkflowFixture& f, qint64 id)
{
    return *storage::DossierRepository(f.db.database()).byId(id);
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

} // namespace

TEST_CASE("Online: the submission file's errors name the member at fault", "[online][format]")
{
    CHECK(SubmissionFile::parse(bytesOf(submissionJson())).ok());
    const auto fieldOf = [](const QByteArray& bytes) {
        auto result = SubmissionFile::parse(bytes);
        return result ? QStringLiteral("ok") : result.error().field;
    };
    CHECK(fieldOf("{ not json") == QStringLiteral("file"));
    CHECK(fieldOf("[1, 2]") == QStringLiteral("file"));
    CHECK(fieldOf(QByteArray(SubmissionFile::kMaxBytes + 1, ' ')) == QStringLiteral("file"));

    const auto with = [&](const QString& key, const QJsonValue& value) {
        QJsonObject object = submissionJson();
        if (value.isUndefined()) {
            object.remove(key);
        } else {
            object.insert(key, value);
        }
        return fieldOf(bytesOf(object));
    };
    CHECK(with(QStringLiteral("format"), 2) == QStringLiteral("format"));
    CHECK(with(QStringLiteral("format"), QJsonValue::Undefined) == QStringLiteral("format"));
    CHECK(with(QStringLiteral("reference"), QStringLiteral("  ")) == QStringLiteral("reference"));
    CHECK(with(QStringLiteral("submitted_at"), QStringLiteral("2026-11-22 21:14")) == QStringLiteral("submitted_at"));
    // Without its offset a moment is ambiguous.
    CHECK(with(QStringLiteral("submitted_at"), QStringLiteral("2026-11-22T21:14:00")) ==
          QStringLiteral("submitted_at"));
    CHECK(with(QStringLiteral("procedure"), 7) == QStringLiteral("procedure"));
    CHECK(with(QStringLiteral("delivery"), QStringLiteral("drone")) == QStringLiteral("delivery"));
    CHECK(with(QStringLiteral("sets"), 0) == QStringLiteral("sets"));
    CHECK(with(QStringLiteral("applicant"), QStringLiteral("x")) == QStringLiteral("applicant"));

    QJsonObject applicant = submissionJson().value(QStringLiteral("applicant")).toObject();
    applicant.insert(QStringLiteral("birth_date"), QStringLiteral("12/05/1990"));
    CHECK(with(QStringLiteral("applicant"), applicant) == QStringLiteral("applicant.birth_date"));
    applicant.insert(QStringLiteral("birth_date"), QStringLiteral("1990-05-12"));
    applicant.insert(QStringLiteral("kind"), QStringLiteral("company"));
    CHECK(with(QStringLiteral("applicant"), applicant) == QStringLiteral("applicant.kind"));

    QJsonArray documents = submissionJson().value(QStringLiteral("documents")).toArray();
    documents.replace(1, QJsonObject{{QStringLiteral("position"), 2}, {QStringLiteral("count"), 1.5}});
    CHECK(with(QStringLiteral("documents"), documents) == QStringLiteral("documents[2].count"));
    documents.replace(1, QJsonObject{{QStringLiteral("position"), 1}});
    CHECK(with(QStringLiteral("documents"), documents) == QStringLiteral("documents[2].position"));
    documents.replace(1, QJsonObject{{QStringLiteral("count"), 1}});
    CHECK(with(QStringLiteral("documents"), documents) == QStringLiteral("documents[2].position"));
}

TEST_CASE("Online: a submission waits in status 1 with no code, entry nor clock", "[online][workflow]")
{
    test::WorkflowFixture f;
    const qint64 id = submitted(f, submissionJson());
    const Dossier dossier = byId(f, id);
    CHECK(dossier.status == DossierStatus::SubmittedOnline);
    CHECK(dossier.channel == Channel::Online);
    CHECK(dossier.code.isEmpty());
    CHECK(!dossier.receivedAt.isValid());
    CHECK(!dossier.dueAt.isValid());
    CHECK(dossier.registerEntry == 0);
    CHECK(dossier.receivedBy == 0);
    CHECK(dossier.steps.isEmpty());
    CHECK(dossier.documents.size() == 4);
    CHECK(dossier.delivery == Delivery::Post);
    REQUIRE(dossier.events.size() == 1);
    CHECK(dossier.events.at(0).action == QStringLiteral("submit_online"));
    CHECK(dossier.events.at(0).details.contains(QStringLiteral("G22.99-261122-000123")));

    auto waiting = storage::OnlineSubmissionRepository(f.db.database()).waiting();
    REQUIRE(waiting);
    REQUIRE(waiting->size() == 1);
    CHECK(waiting->at(0).dossierId == id);
    CHECK(waiting->at(0).submittedAt == f.at(2026, 11, 22, 21, 14));
    CHECK(waiting->at(0).documents == 4);
    // Lists and counts are of received dossiers; the queue is where a submission waits.
    storage::DossierFilter all;
    CHECK(storage::DossierQueries(f.db.database()).count(all).value_or(-1) == 0);
    CHECK(count(f, QStringLiteral("code_sequence")) == 0);
}

TEST_CASE("Online: the same file twice is one submission, and a new file under its reference replaces it",
          "[online][workflow]")
{
    test::WorkflowFixture f;
    auto clerk = f.as(QStringLiteral("clerk"));
    OnlineQueueService service(clerk);
    const QJsonObject object = submissionJson();
    const QByteArray bytes = bytesOf(object);
    auto first = service.submit(parsed(object), QStringLiteral("a.json"), SubmissionFile::digest(bytes));
    REQUIRE(first);
    CHECK(first->outcome == SubmitResult::Outcome::Created);
    auto again = service.submit(parsed(object), QStringLiteral("a-copy.json"), SubmissionFile::digest(bytes));
    REQUIRE(again);
    CHECK(again->outcome == SubmitResult::Outcome::Duplicate);
    CHECK(again->dossierId == first->dossierId);
    CHECK(count(f, QStringLiteral("dossier")) == 1);
    CHECK(byId(f, first->dossierId).events.size() == 1);

    QJsonObject changed = object;
    changed.insert(QStringLiteral("documents"),
                   QJsonArray{QJsonObject{{QStringLiteral("position"), 1}}, QJsonObject{{QStringLiteral("position"), 2}},
                              QJsonObject{{QStringLiteral("position"), 4}, {QStringLiteral("count"), 2}}});
    changed.insert(QStringLiteral("submitted_at"), QStringLiteral("2026-11-23T07:30:00+07:00"));
    auto replaced = service.submit(parsed(changed), QStringLiteral("b.json"), SubmissionFile::digest(bytesOf(changed)));
    REQUIRE(replaced);
    CHECK(replaced->outcome == SubmitResult::Outcome::Updated);
    CHECK(replaced->dossierId == first->dossierId);
    const Dossier dossier = byId(f, first->dossierId);
    CHECK(dossier.documents.size() == 3);
    CHECK(dossier.documents.at(2).count == 2);
    CHECK(dossier.events.constLast().action == QStringLiteral("resubmit_online"));
    auto row = storage::OnlineSubmissionRepository(f.db.database()).byDossier(dossier.id);
    REQUIRE(row);
    REQUIRE(row->has_value());
    CHECK((*row)->submittedAt == f.at(2026, 11, 23, 7, 30));

    auto log = storage::OnlineSubmissionRepository(f.db.database()).recentLog();
    REQUIRE(log);
    REQUIRE(log->size() == 3);
    CHECK(log->at(0).outcome == storage::ImportLogEntry::Outcome::Imported);
    CHECK(log->at(1).outcome == storage::ImportLogEntry::Outcome::Duplicate);
    CHECK(log->at(1).fileName == QStringLiteral("a-copy.json"));
}

TEST_CASE("Online: a submission that does not hold is refused whole", "[online][workflow]")
{
    test::WorkflowFixture f;
    auto clerk = f.as(QStringLiteral("clerk"));
    OnlineQueueService service(clerk);
    const auto fieldOf = [&](const QJsonObject& object) {
        auto result = service.submit(parsed(object), QStringLiteral("x.json"), SubmissionFile::digest(bytesOf(object)));
        return result ? QStringLiteral("ok") : result.error().field;
    };
    QJsonObject object = submissionJson();
    object.insert(QStringLiteral("procedure"), QStringLiteral("9.999999"));
    CHECK(fieldOf(object) == QStringLiteral("procedure"));
    object = submissionJson();
    QJsonObject applicant = object.value(QStringLiteral("applicant")).toObject();
    applicant.insert(QStringLiteral("identity_number"), QStringLiteral("12345"));
    object.insert(QStringLiteral("applicant"), applicant);
    CHECK(fieldOf(object) == QStringLiteral("applicant.identity_number"));
    object = submissionJson();
    object.insert(QStringLiteral("documents"),
                  QJsonArray{QJsonObject{{QStringLiteral("position"), 42}, {QStringLiteral("count"), 1}}});
    CHECK(fieldOf(object) == QStringLiteral("documents"));
    object = submissionJson();
    object.insert(QStringLiteral("submitted_at"), QStringLiteral("2026-11-23T09:00:00+07:00")); // an hour ahead
    CHECK(fieldOf(object) == QStringLiteral("submitted_at"));
    CHECK(count(f, QStringLiteral("dossier")) == 0);
    CHECK(count(f, QStringLiteral("online_submission")) == 0);
    CHECK(count(f, QStringLiteral("online_import_log")) == 0);

    // A specialist neither imports nor works the queue.
    auto specialist = f.as(QStringLiteral("cv.bcxb"));
    object = submissionJson();
    auto refused = OnlineQueueService(specialist)
                       .submit(parsed(object), QStringLiteral("x.json"), SubmissionFile::digest(bytesOf(object)));
    REQUIRE(!refused);
    CHECK(refused.error().code == ErrorCode::Forbidden);
}

TEST_CASE("Online: accepting gives the code, the entry and the due moment counted from the acceptance",
          "[online][workflow]")
{
    test::WorkflowFixture f;
    const qint64 id = submitted(f, submissionJson());
    f.db.clock().set(f.at(2026, 11, 23, 9, 30));
    auto clerk = f.as(QStringLiteral("clerk"));
    OnlineQueueService service(clerk);
    const int version = byId(f, id).version;

    auto specialist = f.as(QStringLiteral("cv.bcxb"));
    CHECK(OnlineQueueService(specialist).accept(id, 0, version).error().code == ErrorCode::Forbidden);
    CHECK(service.accept(id, 0, version + 1).error().code == ErrorCode::Conflict);

    auto accepted = service.accept(id, 50'000, version);
    REQUIRE(accepted);
    CHECK(accepted->status == DossierStatus::Accepted);
    CHECK(accepted->code == QStringLiteral("000.00.16.H33-261123-0001"));
    CHECK(accepted->registerEntry == 1);
    CHECK(accepted->receivedAt == f.at(2026, 11, 23, 9, 30));
    CHECK(accepted->receivedBy == f.users.value(QStringLiteral("clerk")).id);
    CHECK(accepted->feePaid == 50'000);
    CHECK(accepted->channel == Channel::Online);
    const auto expected = calendar::DeadlineCalculator(*f.calendar)
                              .due(accepted->receivedAt, calendar::TimeLimit::days(20),
                                   calendar::CountingRule::WorkingTime);
    CHECK(accepted->dueAt == *expected);
    REQUIRE(accepted->steps.size() == 1);

    const Dossier stored = test::load(f, accepted->code);
    CHECK(stored.id == id);
    CHECK(stored.documents.size() == 4);
    REQUIRE(stored.events.size() == 2);
    CHECK(stored.events.at(0).action == QStringLiteral("submit_online"));
    CHECK(stored.events.at(1).action == QStringLiteral("receive"));
    // The next dossier received at the counter takes the next number of the day.
    CHECK(f.receive().code == QStringLiteral("000.00.16.H33-261123-0002"));
    // The receipt prints as for the counter's dossiers.
    auto receipt = forms::FormService(f.db.database(), f.db.clock(), f.users.value(QStringLiteral("clerk")))
                       .dossierForm(forms::FormKind::Receipt, accepted->code);
    REQUIRE(receipt);
    CHECK(receipt->data.fields.value(QStringLiteral("code")) == accepted->code);

    CHECK(storage::OnlineSubmissionRepository(f.db.database()).waiting()->isEmpty());
    auto twice = service.accept(id, 0, 0);
    REQUIRE(!twice);
    CHECK(twice.error().code == ErrorCode::IllegalState);
}

TEST_CASE("Online: an incomplete submission cannot be accepted, and Mẫu 02 numbers it while it waits on",
          "[online][workflow]")
{
    test::WorkflowFixture f;
    QJsonObject object = submissionJson();
    object.insert(QStringLiteral("documents"), QJsonArray{QJsonObject{{QStringLiteral("position"), 1}}});
    const qint64 id = submitted(f, object);
    auto clerk = f.as(QStringLiteral("clerk"));
    OnlineQueueService service(clerk);
    auto accepted = service.accept(id, 0);
    REQUIRE(!accepted);
    CHECK(accepted.error().field == QStringLiteral("documents"));
    const Dossier before = byId(f, id);
    CHECK(before.status == DossierStatus::SubmittedOnline);
    CHECK(before.events.size() == 1);
    CHECK(count(f, QStringLiteral("code_sequence")) == 0);

    auto missing = service.requestSupplement(id, {QStringLiteral("Sơ yếu lý lịch")}, QStringLiteral("Gửi bổ sung"),
                                             before.version);
    REQUIRE(missing);
    CHECK(missing->numberText() == QStringLiteral("1/2026"));
    CHECK(missing->applicantName == QStringLiteral("Trần Văn Bình"));
    const Dossier after = byId(f, id);
    CHECK(after.status == DossierStatus::SubmittedOnline);
    CHECK(after.events.constLast().action == QStringLiteral("request_supplement_online"));
    CHECK(after.events.constLast().details.contains(QStringLiteral("1/2026")));
    auto waiting = storage::OnlineSubmissionRepository(f.db.database()).waiting();
    REQUIRE(waiting->size() == 1);
    CHECK(waiting->at(0).supplementRequestedAt == f.at(2026, 11, 23, 8, 0));
    auto counter = storage::IntakeSupplementRepository(f.db.database()).list({});
    REQUIRE(counter);
    CHECK(counter->size() == 1);
}

TEST_CASE("Online: refused before acceptance, status 3 with the reason and Mẫu 03 by its reference",
          "[online][workflow]")
{
    test::WorkflowFixture f;
    const qint64 id = submitted(f, submissionJson());
    auto clerk = f.as(QStringLiteral("clerk"));
    OnlineQueueService service(clerk);
    CHECK(service.refuse(id, QStringLiteral("  ")).error().field == QStringLiteral("reason"));
    auto refused = service.refuse(id, QStringLiteral("Thủ tục không thuộc thẩm quyền"));
    REQUIRE(refused);
    CHECK(refused->status == DossierStatus::Refused);
    CHECK(refused->code.isEmpty());
    CHECK(!refused->receivedAt.isValid());
    CHECK(refused->finishedAt == f.at(2026, 11, 23, 8, 0));
    CHECK(refused->resultNote == QStringLiteral("Thủ tục không thuộc thẩm quyền"));
    auto form = forms::FormService(f.db.database(), f.db.clock(), f.users.value(QStringLiteral("clerk")))
                    .dossierForm(forms::FormKind::Refusal, id);
    REQUIRE(form);
    CHECK(form->data.fields.value(QStringLiteral("code")).contains(QStringLiteral("G22.99-261122-000123")));
    CHECK(form->data.fields.value(QStringLiteral("reason")) == QStringLiteral("Thủ tục không thuộc thẩm quyền"));
    CHECK(service.accept(id, 0).error().code == ErrorCode::IllegalState);

    // The reference is spent: the portal sends a new submission under a new one.
    QJsonObject again = submissionJson();
    again.insert(QStringLiteral("sets"), 2);
    auto resent = service.submit(parsed(again), QStringLiteral("c.json"), SubmissionFile::digest(bytesOf(again)));
    REQUIRE(!resent);
    CHECK(resent.error().field == QStringLiteral("reference"));
}

TEST_CASE("Online: the schema holds a dossier without code only while it was never accepted", "[online][storage]")
{
    test::WorkflowFixture f;
    const Dossier received = f.receive();
    QSqlQuery query(f.db.database().connection());
    CHECK(!query.exec(QStringLiteral("UPDATE dossier SET code = NULL WHERE id = %1").arg(received.id)));
    CHECK(!query.exec(QStringLiteral("UPDATE dossier SET received_at = NULL, code = NULL, due_at = NULL, "
                                     "legal_due_at = NULL, register_entry = NULL, received_by = NULL WHERE id = %1")
                          .arg(received.id)));
    CHECK(test::load(f, received.code).code == received.code);
    const qint64 id = submitted(f, submissionJson());
    CHECK(!query.exec(QStringLiteral("UPDATE dossier SET status = 4 WHERE id = %1").arg(id)));
}

TEST_CASE("Online: the inbox folder moves each file aside once read, and logs the reason", "[online][inbox]")
{
    test::WorkflowFixture f;
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    const QDir dir(folder.path());
    writeFile(dir.filePath(QStringLiteral("01-good.json")), bytesOf(submissionJson()));
    writeFile(dir.filePath(QStringLiteral("02-broken.json")), "{ \"format\": 1, ");
    QJsonObject otherProcedure = submissionJson(QStringLiteral("G22.99-261122-000124"));
    otherProcedure.insert(QStringLiteral("procedure"), QStringLiteral("9.999999"));
    writeFile(dir.filePath(QStringLiteral("03-unknown.json")), bytesOf(otherProcedure));
    writeFile(dir.filePath(QStringLiteral("04-same.json")), bytesOf(submissionJson()));
    writeFile(dir.filePath(QStringLiteral("notes.txt")), "not a submission");

    // A specialist's workstation reads nothing and moves nothing.
    auto specialist = f.as(QStringLiteral("cv.bcxb"));
    auto refused = OnlineInbox(specialist).scan(folder.path());
    REQUIRE(!refused);
    CHECK(refused.error().code == ErrorCode::Forbidden);
    CHECK(dir.entryList({QStringLiteral("*.json")}, QDir::Files).size() == 4);
    CHECK(count(f, QStringLiteral("online_import_log")) == 0);

    auto clerk = f.as(QStringLiteral("clerk"));
    OnlineInbox inbox(clerk);
    auto outcomes = inbox.scan(folder.path());
    REQUIRE(outcomes);
    REQUIRE(outcomes->size() == 4);
    CHECK(outcomes->at(0).kind == FileOutcome::Kind::Imported);
    CHECK(outcomes->at(1).kind == FileOutcome::Kind::Rejected);
    CHECK(outcomes->at(1).reason.startsWith(QStringLiteral("file: ")));
    CHECK(outcomes->at(2).kind == FileOutcome::Kind::Rejected);
    CHECK(outcomes->at(2).reason.startsWith(QStringLiteral("procedure: ")));
    CHECK(outcomes->at(3).kind == FileOutcome::Kind::Duplicate);
    CHECK(summary(*outcomes).contains(QStringLiteral("1")));

    CHECK(dir.entryList({QStringLiteral("*.json")}, QDir::Files).isEmpty());
    CHECK(QFile::exists(dir.filePath(QStringLiteral("notes.txt"))));
    CHECK(QFile::exists(dir.filePath(QStringLiteral("imported/01-good.json"))));
    CHECK(QFile::exists(dir.filePath(QStringLiteral("imported/04-same.json"))));
    CHECK(QFile::exists(dir.filePath(QStringLiteral("rejected/02-broken.json"))));
    QFile reason(dir.filePath(QStringLiteral("rejected/03-unknown.json.reason.txt")));
    REQUIRE(reason.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(reason.readAll()).startsWith(QStringLiteral("procedure: ")));
    CHECK(count(f, QStringLiteral("dossier")) == 1);

    auto log = storage::OnlineSubmissionRepository(f.db.database()).recentLog();
    REQUIRE(log);
    REQUIRE(log->size() == 4);
    CHECK(log->at(0).outcome == storage::ImportLogEntry::Outcome::Duplicate);
    CHECK(log->at(1).outcome == storage::ImportLogEntry::Outcome::Rejected);
    CHECK(log->at(1).fileName == QStringLiteral("03-unknown.json"));
    CHECK(!log->at(1).reason.isEmpty());

    // A file the program stopped before moving (read again after a restart) is found known and changes nothing.
    REQUIRE(QFile::copy(dir.filePath(QStringLiteral("imported/01-good.json")),
                        dir.filePath(QStringLiteral("01-good.json"))));
    auto again = inbox.scan(folder.path());
    REQUIRE(again);
    REQUIRE(again->size() == 1);
    CHECK(again->at(0).kind == FileOutcome::Kind::Duplicate);
    CHECK(QFile::exists(dir.filePath(QStringLiteral("imported/01-good-2.json"))));
    CHECK(count(f, QStringLiteral("dossier")) == 1);

    auto missing = inbox.scan(dir.filePath(QStringLiteral("nowhere")));
    REQUIRE(!missing);
    CHECK(missing.error().field == QStringLiteral("online.inbox"));
}

TEST_CASE("Online: administrators set the inbox folder the workstations share", "[online][inbox]")
{
    test::WorkflowFixture f;
    QTemporaryDir folder;
    auto clerk = f.as(QStringLiteral("clerk"));
    CHECK(OnlineQueueService(clerk).setInboxFolder(folder.path()).error().code == ErrorCode::Forbidden);
    auto admin = f.as(QStringLiteral("admin"));
    OnlineQueueService service(admin);
    CHECK(service.setInboxFolder(folder.path() + QStringLiteral("/none")).error().field ==
          QStringLiteral("online.inbox"));
    REQUIRE(service.setInboxFolder(folder.path()).ok());
    CHECK(OnlineQueueService(clerk).inboxFolder().value_or({}) == QDir(folder.path()).absolutePath());
}

// SQLite only: PostgreSQL drops the NOT NULL constraints in place (postgresql/007); SQLite rebuilds the table.
TEST_CASE("Online: migration 7 rebuilds the dossier table over the dossiers before it and loses nothing",
          "[online][storage][migration][sqlite-only]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("v6.sqlite"));
    test::MockClock clock;
    QList<Dossier> before;
    QHash<QString, qint64> rows;
    const QStringList tables{QStringLiteral("dossier"),       QStringLiteral("dossier_document"),
                             QStringLiteral("step_instance"), QStringLiteral("dossier_pause"),
                             QStringLiteral("dossier_event"), QStringLiteral("code_sequence")};
    const auto countRows = [&](storage::Database& database) {
        QHash<QString, qint64> counts;
        for (const QString& table : tables) {
            QSqlQuery query(database.connection());
            REQUIRE(query.exec(QStringLiteral("SELECT count(*) FROM ") + table));
            REQUIRE(query.next());
            counts.insert(table, query.value(0).toLongLong());
        }
        return counts;
    };
    {
        auto opened = storage::Database::openAtVersion(path, clock, 6);
        REQUIRE(opened);
        storage::Database& database = **opened;
        REQUIRE(database.schemaVersion() == 6);
        calendar::CalendarService calendarService(database, clock);
        REQUIRE(calendarService.installShippedData().ok());
        const auto calendar = *calendarService.workCalendar();
        storage::CatalogueRepository catalogue(database);
        REQUIRE(catalogue.import(catalogue::CatalogueJson::shipped()).ok());
        identity::User clerk;
        clerk.login = QStringLiteral("clerk");
        clerk.fullName = QStringLiteral("Cán bộ một cửa");
        clerk.roles = {identity::Role::Clerk};
        // Written as schema 6 had it: today's UserRepository reads columns of later migrations.
        QSqlQuery insert(database.connection());
        REQUIRE(insert.exec(QStringLiteral("INSERT INTO user_account (login, full_name, password_hash, created_at) "
                                           "VALUES ('clerk', 'Cán bộ một cửa', 'x', '2026-11-23T08:00:00')")));
        clerk.id = insert.lastInsertId().toLongLong();
        REQUIRE(insert.exec(QStringLiteral("INSERT INTO user_role (user_id, role) VALUES (%1, 'clerk')").arg(clerk.id)));
        auto context = workflow::WorkflowContext::forDatabase(database, clock, *calendar, clerk);
        for (int i = 0; i < 3; ++i) {
            auto received = workflow::IntakeService(context).receive(test::WorkflowFixture::bulletinRequest());
            REQUIRE(received);
            before.append(*received);
            clock.advanceMinutes(7);
        }
        rows = countRows(database);
    }
    auto migrated = storage::Database::open(path, clock);
    REQUIRE(migrated);
    storage::Database& database = **migrated;
    CHECK(database.schemaVersion() == storage::Database::latestSchemaVersion());
    CHECK(countRows(database) == rows);
    QSqlQuery query(database.connection());
    REQUIRE(query.exec(QStringLiteral("PRAGMA foreign_keys")));
    REQUIRE(query.next());
    CHECK(query.value(0).toInt() == 1);
    REQUIRE(query.exec(QStringLiteral("PRAGMA foreign_key_check")));
    CHECK(!query.next());
    REQUIRE(query.exec(QStringLiteral("PRAGMA integrity_check")));
    REQUIRE(query.next());
    CHECK(query.value(0).toString() == QStringLiteral("ok"));
    for (const Dossier& old : before) {
        auto loaded = storage::DossierRepository(database).byCode(old.code);
        REQUIRE(loaded);
        CHECK(loaded->id == old.id);
        CHECK(loaded->dueAt == old.dueAt);
        CHECK(loaded->registerEntry == old.registerEntry);
        CHECK(loaded->documents.size() == old.documents.size());
        CHECK(loaded->steps.size() == old.steps.size());
        CHECK(loaded->events.size() == old.events.size());
        CHECK(loaded->version == old.version);
    }
    // The events stay append-only, and the rebuilt table keeps its indexes.
    CHECK(!query.exec(QStringLiteral("DELETE FROM dossier_event")));
    REQUIRE(query.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND tbl_name = "
                                      "'dossier' AND name IN ('dossier_by_status_due', 'dossier_by_department', "
                                      "'dossier_by_assignee', 'dossier_by_received', 'dossier_by_procedure', "
                                      "'dossier_by_status_received')")));
    REQUIRE(query.next());
    CHECK(query.value(0).toInt() == 6);
}

#include "core/catalogue/CatalogueAdmin.h"
#include "core/catalogue/CatalogueJson.h"
#include "core/catalogue/CatalogueRules.h"
#include "core/storage/AdminLog.h"
#include "tests/support/CatchQt.h"
#include "tests/support/WorkflowFixture.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

using namespace motcua;
using namespace motcua::catalogue;

namespace {

Procedure newProcedure()
{
    Procedure procedure;
    procedure.code = QStringLiteral("1.099001");
    procedure.name = QStringLiteral("Cấp giấy phép thử nghiệm");
    procedure.field = QStringLiteral("Báo chí");
    procedure.level = QStringLiteral("province");
    procedure.limit = calendar::TimeLimit::days(10);
    procedure.fee = 50000;
    procedure.departmentCode = QStringLiteral("BCXB");
    procedure.documents = {{QStringLiteral("Tờ khai"), DocumentKind::Original, 1, true},
                           {QStringLiteral("Bản sao giấy phép cũ"), DocumentKind::CertifiedCopy, 2, false}};
    return procedure;
}

// Issue `issue` of the bulletin licence's process, dated `day`, with its specialist's step one day shorter.
ProcessVersion bulletinIssue(const Procedure& procedure, int issue, const QDate& day)
{
    ProcessVersion version = procedure.processes.constLast();
    version.id = 0;
    version.issue = issue;
    version.issuedOn = day;
    version.changeNote = QStringLiteral("Rút ngắn bước thẩm định");
    version.steps[2].time = calendar::TimeLimit::days(13);
    version.steps[4].time = calendar::TimeLimit::days(3);
    return version;
}

} // namespace

TEST_CASE("Catalogue editor: a procedure is added with its documents and logged, a bad field refused by name",
          "[catalogue][admin]")
{
    test::WorkflowFixture f;
    CatalogueAdmin admin(f.db.database(), f.db.clock());
    const identity::User actor = f.users.value(QStringLiteral("admin"));
    const qint64 procedures = test::count(f, QStringLiteral("procedure"));

    Procedure bad = newProcedure();
    bad.name = QStringLiteral("  ");
    auto refused = admin.saveProcedure(actor, bad, true);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field == QStringLiteral("name"));
    bad = newProcedure();
    bad.documents[1].name.clear();
    refused = admin.saveProcedure(actor, bad, true);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field == QStringLiteral("documents[1].name"));
    bad = newProcedure();
    bad.code = QStringLiteral("1.0990");
    CHECK(admin.saveProcedure(actor, bad, true).error().field == QStringLiteral("code"));
    CHECK(test::count(f, QStringLiteral("procedure")) == procedures);
    CHECK(test::adminActions(f).isEmpty());

    auto saved = admin.saveProcedure(actor, newProcedure(), true);
    REQUIRE(saved.ok());
    CHECK(test::count(f, QStringLiteral("procedure")) == procedures + 1);
    const auto stored = *storage::CatalogueRepository(f.db.database()).procedure(QStringLiteral("1.099001"));
    CHECK(stored == newProcedure());
    CHECK(stored.documents.at(1).kind == DocumentKind::CertifiedCopy);
    CHECK_FALSE(stored.documents.at(1).mandatory);
    CHECK(test::adminActions(f) == QStringList{QStringLiteral("catalogue.procedure.added")});

    // The same code again is refused; an edit names what changed.
    CHECK(admin.saveProcedure(actor, newProcedure(), true).error().field == QStringLiteral("code"));
    Procedure changed = stored;
    changed.fee = 70000;
    changed.limit = calendar::TimeLimit::hours(16);
    REQUIRE(admin.saveProcedure(actor, changed, false).ok());
    const auto entries = *storage::AdminLog(f.db.database(), f.db.clock()).entries();
    CHECK(entries.first().action == QStringLiteral("catalogue.procedure.changed"));
    CHECK(entries.first().details.value(QStringLiteral("changed")).toArray() ==
          QJsonArray{QStringLiteral("limit"), QStringLiteral("fee")});
    CHECK(storage::CatalogueRepository(f.db.database()).procedure(QStringLiteral("1.099001"))->fee == 70000);
}

TEST_CASE("Catalogue editor: only an administrator changes the catalogue", "[catalogue][admin]")
{
    test::WorkflowFixture f;
    CatalogueAdmin admin(f.db.database(), f.db.clock());
    auto refused = admin.saveProcedure(f.users.value(QStringLiteral("clerk")), newProcedure(), true);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Forbidden);
    CHECK_FALSE(storage::CatalogueRepository(f.db.database()).procedure(QStringLiteral("1.099001")).ok());
}

TEST_CASE("A new process version leaves a dossier in flight on its own version and due moment",
          "[catalogue][admin]")
{
    test::WorkflowFixture f;
    CatalogueAdmin admin(f.db.database(), f.db.clock());
    const identity::User actor = f.users.value(QStringLiteral("admin"));
    const dossier::Dossier inFlight = f.receive();
    storage::CatalogueRepository repository(f.db.database());
    const Procedure bulletin = *repository.procedure(QStringLiteral("1.009374"));
    const qint64 oldProcess = inFlight.processId;
    CHECK(oldProcess == bulletin.processes.constLast().id);

    // Issue 2 runs a dossier: it is never edited in place.
    ProcessVersion edited = bulletin.processes.constLast();
    edited.steps[0].content = QStringLiteral("Tiếp nhận");
    auto refused = admin.editProcess(actor, bulletin.code, edited);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::IllegalState);
    CHECK(repository.procedure(bulletin.code)->processes.constLast() == bulletin.processes.constLast());

    // Numbered below or dated before the last issue: refused by field.
    CHECK(admin.issueProcess(actor, bulletin.code, bulletinIssue(bulletin, 2, QDate(2026, 11, 24))).error().field ==
          QStringLiteral("issue"));
    CHECK(admin.issueProcess(actor, bulletin.code, bulletinIssue(bulletin, 3, QDate(2025, 1, 1))).error().field ==
          QStringLiteral("issued_on"));

    auto issued = admin.issueProcess(actor, bulletin.code, bulletinIssue(bulletin, 3, QDate(2026, 11, 24)));
    REQUIRE(issued.ok());
    REQUIRE(issued->processes.size() == 3);
    CHECK(test::adminActions(f) == QStringList{QStringLiteral("catalogue.process.issued")});

    const dossier::Dossier after = test::load(f, inFlight.code);
    CHECK(after.processId == oldProcess);
    CHECK(after.dueAt == inFlight.dueAt);
    CHECK(after.legalDueAt == inFlight.legalDueAt);

    // From its issue date on, new dossiers run on issue 3.
    f.db.clock().set(f.at(2026, 11, 24, 9, 0));
    const dossier::Dossier next = f.receive();
    CHECK(next.processId == issued->processes.constLast().id);
    CHECK(test::load(f, inFlight.code).processId == oldProcess);
}

TEST_CASE("A process version no dossier runs on yet is corrected in place", "[catalogue][admin]")
{
    test::WorkflowFixture f;
    CatalogueAdmin admin(f.db.database(), f.db.clock());
    const identity::User actor = f.users.value(QStringLiteral("admin"));
    storage::CatalogueRepository repository(f.db.database());
    const Procedure bulletin = *repository.procedure(QStringLiteral("1.009374"));
    auto issued = admin.issueProcess(actor, bulletin.code, bulletinIssue(bulletin, 3, QDate(2027, 1, 4)));
    REQUIRE(issued.ok());
    ProcessVersion draft = issued->processes.constLast();
    CHECK(*admin.dossiersOn(draft.id) == 0);
    draft.steps[0].output = QStringLiteral("Mẫu 01");
    draft.approvedBy = QStringLiteral("Giám đốc Sở");
    auto corrected = admin.editProcess(actor, bulletin.code, draft);
    REQUIRE(corrected.ok());
    CHECK(corrected->processes.constLast().id == draft.id);
    CHECK(corrected->processes.constLast().steps.at(0).output == QStringLiteral("Mẫu 01"));
    CHECK(test::adminActions(f).constLast() == QStringLiteral("catalogue.process.changed"));
    // The number of a version stays.
    draft.issue = 4;
    CHECK(admin.editProcess(actor, bulletin.code, draft).error().field == QStringLiteral("issue"));
}

TEST_CASE("Step budgets: the steps' working time against the legal limit", "[catalogue][admin]")
{
    const auto step = [](calendar::TimeLimit time) {
        ProcessStep s;
        s.time = time;
        return s;
    };
    const QList<ProcessStep> steps{step(calendar::TimeLimit::hours(4)), step(calendar::TimeLimit::days(9))};
    const StepBudget shortBudget = stepBudget(calendar::TimeLimit::days(10), steps, 480);
    CHECK(shortBudget.stepMinutes == 9 * 480 + 240);
    CHECK_FALSE(shortBudget.fits());
    const QLocale locale;
    CHECK(shortBudget.text().contains(locale.toString(9.5) + QStringLiteral("/10")));
    CHECK(shortBudget.text().contains(locale.toString(0.5)));
    CHECK(stepBudget(calendar::TimeLimit::days(9.5), steps, 480).fits());
    CHECK(stepBudget(calendar::TimeLimit::hours(76), steps, 480).fits());
    CHECK_FALSE(stepBudget(calendar::TimeLimit::days(9), steps, 480).fits());
    CHECK(stepBudget(calendar::TimeLimit::days(0), {step(calendar::TimeLimit::hours(4))}, 480).fits());
}

TEST_CASE("Catalogue import: the preview says what is added, changed, left and refused, and a refused import changes "
          "nothing",
          "[catalogue][admin]")
{
    test::WorkflowFixture f;
    CatalogueAdmin admin(f.db.database(), f.db.clock());
    const identity::User actor = f.users.value(QStringLiteral("admin"));
    const dossier::Dossier inFlight = f.receive(); // runs on issue 2 of 1.009374
    storage::CatalogueRepository repository(f.db.database());

    Catalogue file = CatalogueJson::shipped();
    file.procedures[1].name += QStringLiteral(" (sửa đổi)");
    Procedure added = newProcedure();
    ProcessVersion first = file.procedures[1].processes.constFirst();
    first.code = QStringLiteral("QT-THU-01");
    added.processes = {first};
    file.procedures.append(added);
    file.procedures[0].processes[1].steps[0].content = QStringLiteral("Nội dung khác"); // issue 2, in use

    auto preview = admin.previewImport(file);
    REQUIRE(preview.ok());
    CHECK(preview->count(ImportChange::Action::Refuse) == 1);
    CHECK_FALSE(preview->applicable());
    CHECK(preview->count(ImportChange::Action::Add) == 2); // the procedure and its process
    CHECK(preview->count(ImportChange::Action::Change) == 1);
    const auto changedName = std::find_if(preview->changes.cbegin(), preview->changes.cend(), [](const auto& c) {
        return c.action == ImportChange::Action::Change;
    });
    CHECK(changedName->code == file.procedures[1].code);
    CHECK(changedName->detail.contains(QCoreApplication::translate("motcua::catalogue", "name")));

    const Catalogue before = *repository.load();
    auto refused = admin.applyImport(actor, file);
    REQUIRE_FALSE(refused.ok());
    CHECK(repository.load()->procedures == before.procedures);
    CHECK(test::adminActions(f).isEmpty());

    file.procedures[0].processes[1] = before.procedures[0].processes[1];
    preview = admin.previewImport(file);
    REQUIRE(preview.ok());
    CHECK(preview->applicable());
    auto applied = admin.applyImport(actor, file);
    REQUIRE(applied.ok());
    CHECK(repository.procedure(file.procedures[1].code)->name == file.procedures[1].name);
    CHECK(repository.procedure(QStringLiteral("1.099001"))->processes.size() == 1);
    CHECK(test::adminActions(f) == QStringList{QStringLiteral("catalogue.imported")});
    CHECK(test::load(f, inFlight.code).processId == inFlight.processId);

    // The same file again: everything is left as it is.
    preview = admin.previewImport(file);
    CHECK(preview->count(ImportChange::Action::Add) + preview->count(ImportChange::Action::Change) == 0);
    // Export gives the file back.
    auto exported = admin.exportCatalogue();
    REQUIRE(exported.ok());
    CHECK(CatalogueJson::parse(*exported)->procedures == repository.load()->procedures);
}

TEST_CASE("Catalogue file: every error is listed by its field path", "[catalogue][admin]")
{
    const QByteArray data = R"({"format": "motcua-catalogue", "version": 1,
        "agency": {"code": "X", "name": "Sở"},
        "departments": [{"code": "VP", "name": "Văn phòng"}],
        "procedures": [
          {"code": "1.000001", "name": "", "limit": {"days": 5}, "rule": "default", "on_supplement": "pause",
           "fee": 0, "department": "VP", "documents": [{"name": "Tờ khai", "kind": "paper", "count": 1}],
           "processes": [{"code": "QT", "issue": 1, "issued_on": "2024-01-01",
                          "steps": [{"content": "B1", "department": "XX", "role": "clerk", "time": {"days": 5}}]}]}
        ]})";
    QList<Error> errors;
    auto parsed = CatalogueJson::parse(data, errors);
    REQUIRE_FALSE(parsed.ok());
    QStringList fields;
    for (const Error& error : errors) {
        fields << error.field;
    }
    CHECK(fields == QStringList{QStringLiteral("procedures[0].name"), QStringLiteral("procedures[0].documents[0].kind"),
                                QStringLiteral("procedures[0].processes[0].steps[0].department")});
    CHECK(parsed.error().field == QStringLiteral("procedures[0].name"));
}

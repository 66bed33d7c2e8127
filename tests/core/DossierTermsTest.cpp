#include "core/storage/CatalogueRepository.h"
#include "core/storage/DossierRepository.h"
#include "core/workflow/HandoverService.h"
#include "core/workflow/PauseService.h"
#include "tests/support/CatchQt.h"
#include "tests/support/WorkflowFixture.h"

#include <catch2/catch.hpp>

using namespace motcua;
using namespace motcua::dossier;
using namespace motcua::workflow;
using test::load;

TEST_CASE("Workflow: a dossier pins the process version in force at receipt", "[workflow][versions]")
{
    test::WorkflowFixture f;
    auto clerkAdmin = f.as(QStringLiteral("clerk.admin"));
    auto request = test::WorkflowFixture::bulletinRequest();
    request.receivedAt = f.at(2025, 6, 30, 9, 0);
    const Dossier before = *IntakeService(clerkAdmin).receive(request);
    request.receivedAt = f.at(2025, 7, 1, 9, 0);
    const Dossier after = *IntakeService(clerkAdmin).receive(request);

    storage::CatalogueRepository catalogue(f.db.database());
    const catalogue::Procedure procedure = *catalogue.procedure(QStringLiteral("1.009374"));
    REQUIRE(procedure.processes.size() == 2);
    CHECK(before.processId == procedure.processes[0].id);
    CHECK(after.processId == procedure.processes[1].id);

    // A new issue does not move received dossiers; changing an issue in use is refused, nothing changes.
    catalogue::Catalogue edited = catalogue::CatalogueJson::shipped();
    for (catalogue::Procedure& p : edited.procedures) {
        if (p.code == QStringLiteral("1.009374")) {
            catalogue::ProcessVersion third = p.processes.last();
            third.issue = 3;
            third.issuedOn = QDate(2026, 1, 1);
            third.changeNote = QStringLiteral("Lần 3");
            p.processes.append(third);
        }
    }
    REQUIRE(catalogue.import(edited).ok());
    CHECK(load(f, before.code).processId == before.processId);
    CHECK(load(f, after.code).processId == after.processId);
    CHECK(catalogue.procedure(QStringLiteral("1.009374"))->processes.size() == 3);

    for (catalogue::Procedure& p : edited.procedures) {
        if (p.code == QStringLiteral("1.009374")) {
            p.processes[0].steps[2].content = QStringLiteral("Nội dung đã sửa");
        }
    }
    const Status changed = catalogue.import(edited);
    REQUIRE_FALSE(changed.ok());
    CHECK(changed.error().field == QStringLiteral("procedures[0].processes[0]"));
    CHECK(catalogue.procedure(QStringLiteral("1.009374"))->processes[0].steps[2].content !=
          QStringLiteral("Nội dung đã sửa"));
}

TEST_CASE("Workflow: a catalogue edit does not change the terms of dossiers already received", "[workflow][versions]")
{
    test::WorkflowFixture f;
    auto request = test::WorkflowFixture::bulletinRequest();
    request.procedureCode = QStringLiteral("1.003868"); // restart, 15 working days
    const QString code = f.receive(request).code;
    catalogue::Catalogue edited = catalogue::CatalogueJson::shipped();
    for (catalogue::Procedure& procedure : edited.procedures) {
        if (procedure.code == QStringLiteral("1.003868")) {
            procedure.limit = calendar::TimeLimit::days(30);
        }
    }
    REQUIRE(storage::CatalogueRepository(f.db.database()).import(edited).ok());
    auto clerk = f.as(QStringLiteral("clerk"));
    auto head = f.as(QStringLiteral("head.bcxb"));
    REQUIRE(HandoverService(clerk).handover(code, {}).ok());
    REQUIRE(PauseService(head).pause(code, PauseReason::Supplement, {}).ok());
    f.db.clock().set(f.at(2026, 12, 7, 9, 0));
    auto resumed = PauseService(clerk).resume(code, {});
    REQUIRE(resumed.ok());
    CHECK(resumed->limit.amount == 15);
    CHECK(resumed->dueAt ==
          *calendar::DeadlineCalculator(*f.calendar)
               .due(f.at(2026, 12, 7, 9, 0), calendar::TimeLimit::days(15), calendar::CountingRule::WorkingTime));
}

#include "core/catalogue/CatalogueJson.h"
#include "core/storage/CatalogueRepository.h"
#include "tests/support/CatchQt.h"
#include "tests/support/TempDatabase.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace motcua;
using namespace motcua::catalogue;

namespace {

// The shipped catalogue as JSON, changed by `edit` at a path.
QByteArray shippedWith(const std::function<void(QJsonObject&)>& edit)
{
    QJsonObject root = QJsonDocument::fromJson(CatalogueJson::write(CatalogueJson::shipped())).object();
    edit(root);
    return QJsonDocument(root).toJson();
}

QJsonObject procedureAt(const QJsonObject& root, int index)
{
    return root.value(QStringLiteral("procedures")).toArray().at(index).toObject();
}

void setProcedure(QJsonObject& root, int index, const QJsonObject& procedure)
{
    QJsonArray procedures = root.value(QStringLiteral("procedures")).toArray();
    procedures.replace(index, procedure);
    root.insert(QStringLiteral("procedures"), procedures);
}

} // namespace

TEST_CASE("Catalogue: the shipped starter catalogue", "[catalogue]")
{
    const Catalogue catalogue = CatalogueJson::shipped();
    CHECK(catalogue.agency.code == QStringLiteral("000.00.16.H33"));
    CHECK(catalogue.agency.place == QStringLiteral("Rạch Giá"));
    CHECK(catalogue.procedures.size() >= 8);
    CHECK(catalogue.department(QStringLiteral("VP"))->oneStop);
    for (const Procedure& procedure : catalogue.procedures) {
        INFO(procedure.code.toStdString());
        CHECK_FALSE(procedure.documents.isEmpty());
        CHECK_FALSE(procedure.processes.isEmpty());
        CHECK(procedure.processInForce(QDate(2026, 11, 23)) != nullptr);
    }
    // The one process whose step budgets exceed the legal limit is reported (a warning, not a refusal).
    const QList<StepBudgetWarning> warnings = checkStepBudgets(catalogue, 480);
    REQUIRE(warnings.size() == 1);
    CHECK(warnings[0].procedureCode == QStringLiteral("2.001594"));
    CHECK(warnings[0].stepMinutes == warnings[0].limitMinutes + 240);
}

TEST_CASE("Catalogue: write and parse give back the same catalogue", "[catalogue]")
{
    const Catalogue shipped = CatalogueJson::shipped();
    const auto again = CatalogueJson::parse(CatalogueJson::write(shipped));
    REQUIRE(again.ok());
    CHECK(again->agency == shipped.agency);
    CHECK(again->procedures == shipped.procedures);
}

TEST_CASE("Catalogue: bad files are refused with the path of the field", "[catalogue]")
{
    struct Case {
        const char* path;
        std::function<void(QJsonObject&)> edit;
    };
    const auto c = GENERATE(Case{"format",
                                 [](QJsonObject& r) {
                                     r.insert(QStringLiteral("format"), QStringLiteral("x"));
                                 }},
                            Case{"agency.code",
                                 [](QJsonObject& r) {
                                     QJsonObject agency = r.value(QStringLiteral("agency")).toObject();
                                     agency.remove(QStringLiteral("code"));
                                     r.insert(QStringLiteral("agency"), agency);
                                 }},
                            Case{"departments[1].code",
                                 [](QJsonObject& r) {
                                     QJsonArray departments = r.value(QStringLiteral("departments")).toArray();
                                     QJsonObject second = departments.at(1).toObject();
                                     second.insert(QStringLiteral("code"),
                                                   departments.at(0).toObject().value(QStringLiteral("code")));
                                     departments.replace(1, second);
                                     r.insert(QStringLiteral("departments"), departments);
                                 }},
                            Case{"procedures[2].limit",
                                 [](QJsonObject& r) {
                                     QJsonObject p = procedureAt(r, 2);
                                     p.insert(QStringLiteral("limit"), QJsonObject{{QStringLiteral("weeks"), 2}});
                                     setProcedure(r, 2, p);
                                 }},
                            Case{"procedures[0].limit.days",
                                 [](QJsonObject& r) {
                                     QJsonObject p = procedureAt(r, 0);
                                     p.insert(QStringLiteral("limit"), QJsonObject{{QStringLiteral("days"), -1}});
                                     setProcedure(r, 0, p);
                                 }},
                            Case{"procedures[0].processes[0].steps[0].time.hours",
                                 [](QJsonObject& r) {
                                     QJsonObject p = procedureAt(r, 0);
                                     QJsonArray processes = p.value(QStringLiteral("processes")).toArray();
                                     QJsonObject process = processes.at(0).toObject();
                                     QJsonArray steps = process.value(QStringLiteral("steps")).toArray();
                                     QJsonObject step = steps.at(0).toObject();
                                     step.insert(QStringLiteral("time"), QJsonObject{{QStringLiteral("hours"), 0}});
                                     steps.replace(0, step);
                                     process.insert(QStringLiteral("steps"), steps);
                                     processes.replace(0, process);
                                     p.insert(QStringLiteral("processes"), processes);
                                     setProcedure(r, 0, p);
                                 }},
                            Case{"procedures[4].limit.hours",
                                 [](QJsonObject& r) {
                                     QJsonObject p = procedureAt(r, 4);
                                     p.insert(QStringLiteral("limit"), QJsonObject{{QStringLiteral("hours"), 0}});
                                     setProcedure(r, 4, p);
                                 }},
                            Case{"procedures[1].rule",
                                 [](QJsonObject& r) {
                                     QJsonObject p = procedureAt(r, 1);
                                     p.insert(QStringLiteral("rule"), QStringLiteral("weekly"));
                                     setProcedure(r, 1, p);
                                 }},
                            Case{"procedures[3].department",
                                 [](QJsonObject& r) {
                                     QJsonObject p = procedureAt(r, 3);
                                     p.insert(QStringLiteral("department"), QStringLiteral("NOPE"));
                                     setProcedure(r, 3, p);
                                 }},
                            Case{"procedures[1].code",
                                 [](QJsonObject& r) {
                                     QJsonObject p = procedureAt(r, 1);
                                     p.insert(QStringLiteral("code"), procedureAt(r, 0).value(QStringLiteral("code")));
                                     setProcedure(r, 1, p);
                                 }},
                            Case{"procedures[0].documents[0].count",
                                 [](QJsonObject& r) {
                                     QJsonObject p = procedureAt(r, 0);
                                     QJsonArray documents = p.value(QStringLiteral("documents")).toArray();
                                     QJsonObject d = documents.at(0).toObject();
                                     d.insert(QStringLiteral("count"), 0);
                                     documents.replace(0, d);
                                     p.insert(QStringLiteral("documents"), documents);
                                     setProcedure(r, 0, p);
                                 }},
                            Case{"procedures[0].processes[0].steps[1].role",
                                 [](QJsonObject& r) {
                                     QJsonObject p = procedureAt(r, 0);
                                     QJsonArray processes = p.value(QStringLiteral("processes")).toArray();
                                     QJsonObject process = processes.at(0).toObject();
                                     QJsonArray steps = process.value(QStringLiteral("steps")).toArray();
                                     QJsonObject step = steps.at(1).toObject();
                                     step.insert(QStringLiteral("role"), QStringLiteral("admin"));
                                     steps.replace(1, step);
                                     process.insert(QStringLiteral("steps"), steps);
                                     processes.replace(0, process);
                                     p.insert(QStringLiteral("processes"), processes);
                                     setProcedure(r, 0, p);
                                 }},
                            Case{"procedures[0].processes[1].issued_on", [](QJsonObject& r) {
                                     QJsonObject p = procedureAt(r, 0);
                                     QJsonArray processes = p.value(QStringLiteral("processes")).toArray();
                                     QJsonObject process = processes.at(1).toObject();
                                     process.insert(QStringLiteral("issued_on"), QStringLiteral("2025-13-01"));
                                     processes.replace(1, process);
                                     p.insert(QStringLiteral("processes"), processes);
                                     setProcedure(r, 0, p);
                                 }});
    const auto parsed = CatalogueJson::parse(shippedWith(c.edit));
    REQUIRE_FALSE(parsed.ok());
    CHECK(parsed.error().field == QString::fromLatin1(c.path));
    CHECK(parsed.error().message.contains(QString::fromLatin1(c.path)));

    const auto syntax = CatalogueJson::parse(QByteArray("{\n\"format\": \"motcua-catalogue\",\n\"version\": 1,\n]"));
    CHECK(syntax.error().field == QStringLiteral("line 4"));
}

TEST_CASE("Catalogue repository: import, load, re-import", "[catalogue][storage]")
{
    test::TempDatabase temp;
    storage::CatalogueRepository repository(temp.database());
    CHECK(repository.agency().error().code == ErrorCode::NotFound);
    const Catalogue shipped = CatalogueJson::shipped();
    REQUIRE(repository.import(shipped).ok());
    REQUIRE(repository.import(shipped).ok()); // idempotent
    const auto loaded = repository.load();
    REQUIRE(loaded.ok());
    CHECK(loaded->agency == shipped.agency);
    CHECK(loaded->procedures == shipped.procedures);
    CHECK(repository.departments()->size() == shipped.departments.size());
    CHECK(repository.procedure(QStringLiteral("nope")).error().code == ErrorCode::NotFound);
}

// Random life cycles through the real services: at every step the stored due moments of the dossier and of
// its steps are what core/calendar computes from the stored terms, pauses and extensions.
#include "core/calendar/CalendarEntry.h"
#include "core/calendar/DeadlineCalculator.h"
#include "core/catalogue/CatalogueJson.h"
#include "core/storage/CatalogueRepository.h"
#include "core/storage/DossierRepository.h"
#include "core/workflow/ExtensionService.h"
#include "core/workflow/HandoverService.h"
#include "core/workflow/PauseService.h"
#include "tests/support/CatchQt.h"
#include "tests/support/LifeCycle.h"
#include "tests/support/WorkflowFixture.h"

#include <catch2/catch.hpp>

#include <random>

using namespace motcua;
using namespace motcua::dossier;
using namespace motcua::workflow;
using calendar::CountingRule;
using calendar::TimeLimit;

namespace {

struct Terms {
    QString code;
    TimeLimit limit;
    CountingRule rule = CountingRule::WorkingTime;
    catalogue::SupplementBehaviour onSupplement = catalogue::SupplementBehaviour::Pause;
};

// Copies of the bulletin procedure (six steps: clerk, head, specialist, head, leader, clerk) under every
// combination of limit, counting rule and supplement behaviour the calculator distinguishes.
QList<Terms> importVariants(test::WorkflowFixture& f)
{
    catalogue::Catalogue catalogue = catalogue::CatalogueJson::shipped();
    catalogue::Procedure bulletin;
    for (const catalogue::Procedure& procedure : catalogue.procedures) {
        if (procedure.code == QStringLiteral("1.009374")) {
            bulletin = procedure;
        }
    }
    QList<Terms> variants;
    const QList<TimeLimit> wholeDays{TimeLimit::days(0), TimeLimit::days(3), TimeLimit::days(20)};
    const QList<TimeLimit> partDays{TimeLimit::days(0.5), TimeLimit::hours(4), TimeLimit::hours(12)};
    for (auto behaviour : {catalogue::SupplementBehaviour::Pause, catalogue::SupplementBehaviour::Restart}) {
        for (const TimeLimit& limit : wholeDays) {
            for (CountingRule rule : {CountingRule::WorkingTime, CountingRule::SameSession}) {
                variants.append({{}, limit, rule, behaviour});
            }
        }
        for (const TimeLimit& limit : partDays) {
            variants.append({{}, limit, CountingRule::WorkingTime, behaviour});
        }
    }
    for (qsizetype i = 0; i < variants.size(); ++i) {
        Terms& terms = variants[i];
        terms.code = QStringLiteral("9.%1").arg(i + 1, 6, 10, QLatin1Char('0'));
        catalogue::Procedure copy = bulletin;
        copy.code = terms.code;
        copy.limit = terms.limit;
        copy.rule = terms.rule;
        copy.onSupplement = terms.onSupplement;
        for (catalogue::ProcessVersion& version : copy.processes) {
            version.code += QStringLiteral("-") + terms.code;
        }
        catalogue.procedures.append(copy);
    }
    const Status imported = storage::CatalogueRepository(f.db.database()).import(catalogue);
    INFO((imported.ok() ? QString() : imported.error().message).toStdString());
    REQUIRE(imported.ok());
    return variants;
}

// The stored due moments equal the recomputation from what is stored, as of the last change.
void requireStoredEqualsComputed(test::WorkflowFixture& f, const QString& code, const QDateTime& now)
{
    const Dossier stored = test::load(f, code);
    const calendar::DeadlineCalculator calculator(*f.calendar);
    const calendar::DeadlineRequest request = stored.deadlineRequest(now);
    auto computed = calculator.compute(request);
    REQUIRE(computed.ok());
    CHECK(stored.dueAt == computed->due);
    CHECK(stored.legalDueAt == computed->legalDue);

    auto procedure = storage::CatalogueRepository(f.db.database()).procedureById(stored.procedureId);
    REQUIRE(procedure.ok());
    const catalogue::ProcessVersion* process = nullptr;
    for (const catalogue::ProcessVersion& version : procedure->processes) {
        if (version.id == stored.processId) {
            process = &version;
        }
    }
    REQUIRE(process);
    for (const StepInstance& step : stored.steps) {
        INFO("step " << step.position);
        auto due = calculator.stepDue(request, step.startedAt, process->steps.at(step.position - 1).time,
                                      step.finishedAt);
        REQUIRE(due.ok());
        CHECK(step.dueAt == *due);
    }
}

} // namespace

TEST_CASE("Due moments: random life cycles store what the calendar computes", "[workflow][deadline][property]")
{
    test::WorkflowFixture f;
    const QList<Terms> variants = importVariants(f);

    // Tết and the make-up Saturdays of 2021–2027, to receive and pause around them often.
    QList<QDate> specialDays;
    for (int year = 2021; year <= 2027; ++year) {
        for (QDate day(year, 1, 1); day.year() == year; day = day.addDays(1)) {
            const auto entry = f.calendar->entryOn(day);
            if (entry && (entry->kind == calendar::DayKind::Workday || day.month() <= 2)) {
                specialDays.append(day);
            }
        }
    }
    REQUIRE_FALSE(specialDays.isEmpty());

    const auto seed = static_cast<std::uint32_t>(GENERATE(range(1, 13)));
    std::mt19937 random(seed);
    const auto pick = [&](int from, int to) { return std::uniform_int_distribution<int>(from, to)(random); };
    const auto chance = [&](int percent) { return pick(1, 100) <= percent; };
    const QList<PauseReason> reasons{PauseReason::Supplement, PauseReason::Financial, PauseReason::Verification,
                                     PauseReason::Other};

    for (int cycle = 0; cycle < 6; ++cycle) {
        const Terms& terms = variants.at(pick(0, static_cast<int>(variants.size()) - 1));
        QDate day = chance(40) ? specialDays.at(pick(0, static_cast<int>(specialDays.size()) - 1)).addDays(pick(-2, 1))
                               : QDate(2021, 1, 1).addDays(pick(0, QDate(2021, 1, 1).daysTo(QDate(2027, 12, 31))));
        QDateTime now = f.at(day.year(), day.month(), day.day(), pick(6, 19), pick(0, 59));
        INFO("seed " << seed << ", cycle " << cycle << ", procedure " << terms.code.toStdString() << ", received "
                     << now.toString(Qt::ISODate).toStdString());
        f.db.clock().set(now);
        auto request = test::WorkflowFixture::bulletinRequest();
        request.procedureCode = terms.code;
        const QString code = f.receive(request).code;
        requireStoredEqualsComputed(f, code, now);

        const int pauses = pick(1, 4);
        int paused = 0;
        for (int action = 0; action < 40 && paused < pauses; ++action) {
            // Minutes to days later: within a session, overnight, over a weekend or a holiday.
            now = now.addSecs(60 * (chance(50) ? pick(1, 600) : pick(600, 14 * 1440)));
            f.db.clock().set(now);
            const Dossier dossier = test::load(f, code);
            if (dossier.status == DossierStatus::ResultReady) {
                break;
            }
            INFO("action " << action << " at " << now.toString(Qt::ISODate).toStdString());
            const QString actor = test::LifeCycle::actorOfStep(dossier.currentStep);
            Result<Dossier> changed = Error::invalid(QStringLiteral("action"), QStringLiteral("none"));
            if (dossier.paused) {
                auto context = f.as(QStringLiteral("clerk"));
                changed = PauseService(context).resume(code, {});
                ++paused;
            } else if (chance(45)) {
                auto context = f.as(actor);
                const PauseReason reason = reasons.at(pick(0, 3));
                changed = PauseService(context).pause(code, reason, QStringLiteral("Lần %1").arg(paused + 1));
            } else if (chance(20)) {
                auto context = f.as(QStringLiteral("leader"));
                const QDateTime newDue = dossier.dueAt.addDays(pick(1, 20)).addSecs(60 * pick(0, 600));
                changed = ExtensionService(context).extend(code, newDue, QStringLiteral("Cần xác minh thêm"));
            } else if (dossier.currentStep < 5) {
                auto context = f.as(actor);
                changed = HandoverService(context).handover(code, {});
            } else {
                continue;
            }
            INFO((changed.ok() ? QString() : changed.error().message).toStdString());
            REQUIRE(changed.ok());
            requireStoredEqualsComputed(f, code, now);
        }
    }
}

TEST_CASE("Due moments: a step counts under the procedure's rule", "[workflow][deadline]")
{
    test::WorkflowFixture f;
    const calendar::DeadlineCalculator calculator(*f.calendar);
    calendar::DeadlineRequest sessionRule{f.at(2026, 11, 23, 9, 0), TimeLimit::days(3), CountingRule::SameSession,
                                          {}, {}};
    // Started Monday morning, two whole days (Tuesday 24/11 is Culture Day): due at the end of Thursday's
    // morning session, not at 09:00.
    CHECK(*calculator.stepDue(sessionRule, f.at(2026, 11, 23, 9, 0), TimeLimit::days(2)) ==
          f.at(2026, 11, 26, 11, 30));
    // A budget in hours counts in working time under either rule.
    CHECK(*calculator.stepDue(sessionRule, f.at(2026, 11, 23, 9, 0), TimeLimit::hours(4)) ==
          f.at(2026, 11, 23, 15, 0));
    // Pauses that began while the step was open move it; those after its finish do not.
    sessionRule.rule = CountingRule::WorkingTime;
    sessionRule.pauses = {{f.at(2026, 11, 23, 10, 0), f.at(2026, 11, 23, 11, 0), QStringLiteral("x"), false}};
    CHECK(*calculator.stepDue(sessionRule, f.at(2026, 11, 23, 9, 0), TimeLimit::hours(4)) ==
          f.at(2026, 11, 23, 16, 0));
    CHECK(*calculator.stepDue(sessionRule, f.at(2026, 11, 23, 9, 0), TimeLimit::hours(4), f.at(2026, 11, 23, 9, 30)) ==
          f.at(2026, 11, 23, 15, 0));
}

TEST_CASE("Due within N working hours: one window for the lists, the dashboard and the command line",
          "[calendar][deadline]")
{
    test::WorkflowFixture f;
    const calendar::DeadlineCalculator calculator(*f.calendar);
    // Friday 27/11/2026 16:00: one working day later is Monday 16:00 (1.5 h on Friday, 6.5 h on Monday).
    CHECK(calculator.dueSoonEnd(f.at(2026, 11, 27, 16, 0)) == f.at(2026, 11, 30, 16, 0));
    CHECK(calculator.dueWithinEnd(f.at(2026, 11, 27, 16, 0), 2) == f.at(2026, 11, 30, 8, 0));
    CHECK(calculator.dueWithinEnd(f.at(2026, 11, 27, 16, 0), 0) == f.at(2026, 11, 27, 16, 0));
}

TEST_CASE("A time limit in words, the same for every screen", "[calendar]")
{
    CHECK(calendar::formatTimeLimit(TimeLimit::days(0)) == QStringLiteral("trong ngày"));
    CHECK(calendar::formatTimeLimit(TimeLimit::days(20)) == QStringLiteral("20 ngày làm việc"));
    CHECK(calendar::formatTimeLimit(TimeLimit::hours(4)) == QStringLiteral("4 giờ làm việc"));
}

TEST_CASE("Status groups: built once from the statuses", "[dossier]")
{
    using enum DossierStatus;
    CHECK(statusesIn(StatusGroup::InProgress) == QList<DossierStatus>{Accepted, Processing});
    CHECK(statusesIn(StatusGroup::Paused) == QList<DossierStatus>{SupplementRequested, FinancialObligation});
    CHECK(statusesIn(StatusGroup::Open).size() == 4);
    CHECK(isIn(StatusGroup::Finished, ResultReady));
    CHECK_FALSE(isIn(StatusGroup::Open, SubmittedOnline));
    // Every status but "submitted online" is either open or finished, never both.
    for (int code = 2; code <= 10; ++code) {
        const auto status = static_cast<DossierStatus>(code);
        CHECK(isIn(StatusGroup::Open, status) != isIn(StatusGroup::Finished, status));
    }
}

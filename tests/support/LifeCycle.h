#pragma once

#include "core/catalogue/CatalogueJson.h"
#include "core/storage/CatalogueRepository.h"
#include "core/workflow/ClosureService.h"
#include "core/workflow/ExtensionService.h"
#include "core/workflow/HandoverService.h"
#include "core/workflow/PauseService.h"
#include "tests/support/BulletinProcess.h"
#include "tests/support/WorkflowFixture.h"

#include <stdexcept>

namespace motcua::test {

// Drives dossiers of the bulletin process (six steps: clerk, head, specialist, head, leader, clerk) through the
// real workflow services at given moments, for the report tests. Every action that fails throws.
class LifeCycle {
public:
    explicit LifeCycle(WorkflowFixture& fixture)
        : f(fixture)
    {}

    // Adds a copy of the bulletin procedure under `code` with another field and limit.
    void addProcedure(const QString& code, const QString& field, const calendar::TimeLimit& limit)
    {
        catalogue::Catalogue catalogue = catalogue::CatalogueJson::shipped();
        catalogue::Procedure copy;
        for (const catalogue::Procedure& procedure : catalogue.procedures) {
            if (procedure.code == QStringLiteral("1.009374")) {
                copy = procedure;
            }
        }
        copy.code = code;
        copy.field = field;
        copy.limit = limit;
        for (catalogue::ProcessVersion& version : copy.processes) {
            version.code += QStringLiteral("-") + code;
        }
        catalogue.procedures.append(copy);
        check(storage::CatalogueRepository(f.db.database()).import(catalogue));
    }

    QString receive(const QDateTime& at, const QString& procedure = QStringLiteral("1.009374"),
                    dossier::Channel channel = dossier::Channel::Counter)
    {
        f.db.clock().set(at);
        auto request = WorkflowFixture::bulletinRequest();
        request.procedureCode = procedure;
        request.channel = channel;
        return f.receive(request).code;
    }

    // One step forward at `at`: a hand-over before step 5, the result ready at step 5.
    void advance(const QString& code, const QDateTime& at)
    {
        f.db.clock().set(at);
        const int step = load(f, code).currentStep;
        auto context = f.as(actorOfStep(step));
        if (step < 5) {
            check(workflow::HandoverService(context).handover(code, {}));
        } else {
            check(workflow::HandoverService(context).markResultReady(code, {}));
        }
    }
    // Hands over from the current step up to step 5, then marks the result ready, all at `at`.
    void ready(const QString& code, const QDateTime& at)
    {
        while (load(f, code).status != dossier::DossierStatus::ResultReady) {
            advance(code, at);
        }
    }
    void returnResult(const QString& code, const QDateTime& at)
    {
        f.db.clock().set(at);
        auto clerk = f.as(QStringLiteral("clerk"));
        check(workflow::ClosureService(clerk).returnResult(code, {}));
    }
    void pause(const QString& code, const QDateTime& at, dossier::PauseReason reason = dossier::PauseReason::Supplement)
    {
        f.db.clock().set(at);
        auto context = f.as(actorOfStep(load(f, code).currentStep));
        check(workflow::PauseService(context).pause(code, reason, QStringLiteral("Bổ sung giấy tờ")));
    }
    void resume(const QString& code, const QDateTime& at)
    {
        f.db.clock().set(at);
        auto clerk = f.as(QStringLiteral("clerk"));
        check(workflow::PauseService(clerk).resume(code, {}));
    }
    void extend(const QString& code, const QDateTime& at, const QDateTime& newDue)
    {
        f.db.clock().set(at);
        auto leader = f.as(QStringLiteral("leader"));
        check(workflow::ExtensionService(leader).extend(code, newDue, QStringLiteral("Cần xác minh thêm")));
    }
    void refuse(const QString& code, const QDateTime& at)
    {
        f.db.clock().set(at);
        auto head = f.as(QStringLiteral("head.bcxb"));
        check(workflow::ClosureService(head).refuse(code, QStringLiteral("Không đủ điều kiện")));
    }
    void withdraw(const QString& code, const QDateTime& at)
    {
        f.db.clock().set(at);
        auto clerk = f.as(QStringLiteral("clerk"));
        check(workflow::ClosureService(clerk).withdraw(code, QStringLiteral("Người nộp xin rút")));
    }
    void stop(const QString& code, const QDateTime& at)
    {
        f.db.clock().set(at);
        auto leader = f.as(QStringLiteral("leader"));
        check(workflow::ClosureService(leader).stop(code, QStringLiteral("Theo đề nghị")));
    }

    // Who works on each step of the bulletin process.
    static QString actorOfStep(int position) { return actorOfBulletinStep(position); }

private:
    template <typename T> static void check(const T& result)
    {
        if (!result.ok()) {
            throw std::runtime_error(result.error().message.toStdString());
        }
    }

    WorkflowFixture& f;
};

} // namespace motcua::test

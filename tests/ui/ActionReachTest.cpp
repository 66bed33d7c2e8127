#include "tests/support/CatchQt.h"

#include <catch2/catch.hpp>

#include "core/workflow/AvailableActions.h"
#include "core/workflow/DossierDetails.h"
#include "core/workflow/HandoverService.h"
#include "core/workflow/PauseService.h"
#include "tests/support/WorkflowFixture.h"
#include "ui/dossier/DossierDetailsDialog.h"

#include <QApplication>
#include <QPushButton>
#include <QSet>
#include <QTimer>

using namespace motcua;
using workflow::Action;

namespace {

// The action buttons the dossier window shows to `login`.
QSet<QString> buttonsFor(test::WorkflowFixture& f, const QString& login, const QString& code)
{
    const ui::Session session{f.db.database(), f.db.clock(), f.calendar, f.users.value(login)};
    ui::DossierDetailsDialog dialog(session, code);
    REQUIRE(dialog.loaded());
    QSet<QString> keys;
    for (const QPushButton* button : dialog.findChildren<QPushButton*>()) {
        if (button->objectName().startsWith(QStringLiteral("action_"))) {
            keys << button->objectName().mid(7);
        }
    }
    return keys;
}

QSet<QString> allowedFor(test::WorkflowFixture& f, const QString& login, const QString& code)
{
    auto context = f.as(login);
    const auto details = workflow::DossierDetails::load(context, code);
    REQUIRE(details.ok());
    const workflow::DossierInWork work{details->dossier, details->procedure, details->process};
    QSet<QString> keys;
    for (Action action : workflow::availableActions(context, work)) {
        keys << workflow::actionKey(action);
    }
    return keys;
}

} // namespace

TEST_CASE("Every action of the command line is a button in the dossier window for the roles that may take it",
          "[ui][dossier][actions]")
{
    test::WorkflowFixture f;
    auto clerk = f.as(QStringLiteral("clerk"));
    auto head = f.as(QStringLiteral("head.bcxb"));
    auto specialist = f.as(QStringLiteral("cv.bcxb"));
    const QStringList logins{QStringLiteral("clerk"), QStringLiteral("head.bcxb"), QStringLiteral("cv.bcxb"),
                             QStringLiteral("leader"), QStringLiteral("admin")};

    // One dossier at each kind of moment: at the desk, at the head's step, at the specialist's, paused, at the
    // leader's, with the result ready.
    QStringList codes;
    codes << f.receive().code;
    codes << f.receive().code;
    REQUIRE(workflow::HandoverService(clerk).handover(codes.last(), {}).ok());
    codes << f.receive().code;
    REQUIRE(workflow::HandoverService(clerk).handover(codes.last(), {}).ok());
    REQUIRE(workflow::HandoverService(head).handover(codes.last(), {}, QStringLiteral("cv.bcxb")).ok());
    codes << f.receive().code;
    REQUIRE(workflow::HandoverService(clerk).handover(codes.last(), {}).ok());
    REQUIRE(workflow::HandoverService(head).handover(codes.last(), {}, QStringLiteral("cv.bcxb")).ok());
    REQUIRE(workflow::PauseService(specialist).pause(codes.last(), dossier::PauseReason::Supplement, {}).ok());
    codes << f.receive().code;
    REQUIRE(workflow::HandoverService(clerk).handover(codes.last(), {}).ok());
    REQUIRE(workflow::HandoverService(head).handover(codes.last(), {}, QStringLiteral("cv.bcxb")).ok());
    REQUIRE(workflow::HandoverService(specialist).handover(codes.last(), {}).ok());
    REQUIRE(workflow::HandoverService(head).handover(codes.last(), {}).ok());
    codes << f.receive().code;
    for (const QString& login : {QStringLiteral("clerk"), QStringLiteral("head.bcxb"), QStringLiteral("cv.bcxb"),
                                 QStringLiteral("head.bcxb")}) {
        auto actor = f.as(login);
        REQUIRE(
            workflow::HandoverService(actor)
                .handover(codes.last(), {}, login == QStringLiteral("clerk") ? QStringLiteral("head.bcxb") : QString())
                .ok());
    }
    auto leader = f.as(QStringLiteral("leader"));
    REQUIRE(workflow::HandoverService(leader).markResultReady(codes.last(), {}).ok());

    QSet<QString> reached;
    for (const QString& code : std::as_const(codes)) {
        for (const QString& login : logins) {
            INFO(login.toStdString() << " on " << code.toStdString());
            const QSet<QString> buttons = buttonsFor(f, login, code);
            CHECK(buttons == allowedFor(f, login, code));
            reached += buttons;
        }
    }
    // assign, handover, ready, pause, resume, extend, refuse, stop, withdraw, return: each reachable somewhere.
    for (int action = 0; action <= static_cast<int>(Action::Return); ++action) {
        const QString key = workflow::actionKey(static_cast<Action>(action));
        INFO(key.toStdString());
        CHECK(reached.contains(key));
    }
}

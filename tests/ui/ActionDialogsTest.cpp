#include "tests/support/CatchQt.h"

#include <catch2/catch.hpp>

#include "core/dossier/EventText.h"
#include "core/workflow/DossierDetails.h"
#include "core/workflow/HandoverService.h"
#include "tests/support/WorkflowFixture.h"
#include "ui/dossier/ActionDialog.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QTest>

using namespace motcua;
using workflow::Action;

namespace {

// Runs one action through its dialog as `login`: `fill` sets the fields, then OK. The history line of the event
// it wrote, or the dialog's error.
QString throughDialog(test::WorkflowFixture& f, const QString& login, const QString& code, Action action,
                      const QString& note, const std::function<void(ui::ActionDialog&)>& fill = {})
{
    const ui::Session session{f.db.database(), f.db.clock(), f.calendar, f.users.value(login)};
    const auto details = workflow::DossierDetails::load(session.workflow(), code);
    REQUIRE(details.ok());
    ui::ActionDialog dialog(session, *details, action);
    if (fill) {
        fill(dialog);
    }
    auto* text = dialog.findChild<QLineEdit*>(QStringLiteral("textEdit"));
    REQUIRE(text);
    text->setFocus();
    for (const QChar ch : note) {
        QTest::sendKeyEvent(QTest::Click, text, Qt::Key_unknown, ch, Qt::NoModifier);
    }
    dialog.accept();
    if (dialog.result() != QDialog::Accepted) {
        return QStringLiteral("refused: ") + dialog.findChild<QLabel*>(QStringLiteral("actionError"))->text();
    }
    const dossier::Dossier after = test::load(f, code);
    return dossier::eventName(after.events.constLast().action) + QStringLiteral(" · ") +
           dossier::eventDetails(after.events.constLast().details);
}

void choose(ui::ActionDialog& dialog, const char* combo, const QString& data)
{
    auto* box = dialog.findChild<QComboBox*>(QString::fromLatin1(combo));
    REQUIRE(box);
    const int index = box->findData(data);
    REQUIRE(index >= 0);
    box->setCurrentIndex(index);
}

} // namespace

TEST_CASE("Action dialogs: every field typed or chosen reaches the event and the history", "[ui][dossier][actions]")
{
    test::WorkflowFixture f;
    const QString code = f.receive().code;

    CHECK(throughDialog(f, QStringLiteral("clerk"), code, Action::Handover, QStringLiteral("Chuyển phòng Báo chí"),
                        [](ui::ActionDialog& d) { choose(d, "personCombo", QStringLiteral("head.bcxb")); }) ==
          QStringLiteral("Chuyển bước · Bước 1 → 2 · Đến: Cán bộ head.bcxb · Kết quả của bước: đúng hạn · Ghi chú: "
                         "Chuyển phòng Báo chí"));

    // B2, the head's assignment step: the dialog offers the specialists of B3 and says what will happen.
    QString outcome;
    CHECK(throughDialog(f, QStringLiteral("head.bcxb"), code, Action::Assign, QStringLiteral("Xử lý gấp, đã quá hạn"),
                        [&](ui::ActionDialog& d) {
                            choose(d, "personCombo", QStringLiteral("cv.bcxb"));
                            auto* label = d.findChild<QLabel*>(QStringLiteral("assignOutcome"));
                            outcome = label ? label->text() : QString();
                        }) == QStringLiteral("Phân công · Bước 2 → 3 · Đến: Cán bộ cv.bcxb · Kết quả của bước: đúng "
                                             "hạn · Ghi chú: Xử lý gấp, đã quá hạn"));
    CHECK(outcome.startsWith(QStringLiteral("Kết thúc bước 2, chuyển sang bước 3 – ")));
    CHECK(outcome.endsWith(QStringLiteral(", giao cho Cán bộ cv.bcxb.")));

    CHECK(throughDialog(f, QStringLiteral("cv.bcxb"), code, Action::Pause, QStringLiteral("Chờ Sở Công an trả lời"),
                        [](ui::ActionDialog& d) {
                            choose(d, "reasonCombo", QString::number(static_cast<int>(dossier::PauseReason::Verification)));
                        }) == QStringLiteral("Tạm dừng · Lý do: xác minh · Ghi chú: Chờ Sở Công an trả lời"));
    f.db.clock().set(f.at(2026, 11, 23, 14, 0));
    const QString resumed = throughDialog(f, QStringLiteral("clerk"), code, Action::Resume, QStringLiteral("Đã có trả lời"));
    CHECK(resumed.startsWith(QStringLiteral("Tiếp tục")));
    INFO(resumed.toStdString());
    CHECK(resumed.contains(QStringLiteral("Ghi chú: Đã có trả lời")));

    const QString extended = throughDialog(f, QStringLiteral("leader"), code, Action::Extend,
                                           QStringLiteral("Cần xác minh thêm"), [&](ui::ActionDialog& d) {
                                               auto* due = d.findChild<QDateTimeEdit*>(QStringLiteral("newDueEdit"));
                                               REQUIRE(due);
                                               due->setDateTime(QDateTime(QDate(2027, 1, 8), QTime(16, 0)));
                                           });
    CHECK(extended.contains(QStringLiteral("Lý do: Cần xác minh thêm")));
    CHECK(extended.contains(QStringLiteral("Hạn mới: 08/01/2027 16:00")));

    // To B5, where the leader marks the result ready; then the clerk returns it.
    auto specialist = f.as(QStringLiteral("cv.bcxb"));
    auto head = f.as(QStringLiteral("head.bcxb"));
    REQUIRE(workflow::HandoverService(specialist).handover(code, {}).ok());
    REQUIRE(workflow::HandoverService(head).handover(code, {}).ok());
    CHECK(throughDialog(f, QStringLiteral("leader"), code, Action::Ready, QStringLiteral("Đã ký giấy phép"))
              .endsWith(QStringLiteral("Ghi chú: Đã ký giấy phép")));
    CHECK(throughDialog(f, QStringLiteral("clerk"), code, Action::Return, QStringLiteral("Trả tận tay"))
              .contains(QStringLiteral("Trả tận tay")));

    // Closing without a result: the reason typed is the reason kept.
    const QString refused = f.receive().code;
    CHECK(throughDialog(f, QStringLiteral("leader"), refused, Action::Refuse, QStringLiteral("Không thuộc thẩm quyền"))
              .endsWith(QStringLiteral("Lý do: Không thuộc thẩm quyền")));
    const QString withdrawn = f.receive().code;
    CHECK(throughDialog(f, QStringLiteral("clerk"), withdrawn, Action::Withdraw, QStringLiteral("Người nộp xin rút"))
              .endsWith(QStringLiteral("Lý do: Người nộp xin rút")));
    const QString stopped = f.receive().code;
    CHECK(throughDialog(f, QStringLiteral("leader"), stopped, Action::Stop, QStringLiteral("Tổ chức đề nghị dừng"))
              .endsWith(QStringLiteral("Lý do: Tổ chức đề nghị dừng")));
}

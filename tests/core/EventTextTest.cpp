#include "core/dossier/EventText.h"
#include "tests/support/CatchQt.h"

#include <catch2/catch.hpp>

using namespace motcua::dossier;

TEST_CASE("Event text: the history in words, not keys and JSON", "[dossier]")
{
    // The tests run in Vietnamese, as the application does by default.
    CHECK(eventName(QStringLiteral("handover")) == QStringLiteral("Chuyển bước"));
    CHECK(eventName(QStringLiteral("receive")) == QStringLiteral("Tiếp nhận"));
    CHECK(eventName(QStringLiteral("future-action")) == QStringLiteral("future-action"));
    CHECK(outcomeName(QStringLiteral("late")) == QStringLiteral("quá hạn"));

    CHECK(
        eventDetails(QStringLiteral(R"({"from_step":1,"to_step":2,"outcome":"on-time","to":"cv.bcxb","note":"Đủ"})")) ==
        QStringLiteral("Bước 1 → 2 · Đến: cv.bcxb · Kết quả của bước: đúng hạn · Ghi chú: Đủ"));
    CHECK(eventDetails(QStringLiteral(R"({"reason":"supplement","note":"Thiếu bản sao"})")) ==
          QStringLiteral("Lý do: yêu cầu bổ sung · Ghi chú: Thiếu bản sao"));
    CHECK(eventDetails(QStringLiteral(R"({"reason":"Không thuộc thẩm quyền"})")) ==
          QStringLiteral("Lý do: Không thuộc thẩm quyền"));
    CHECK(eventDetails(QStringLiteral(
              R"({"old_due_at":"2026-12-22T17:30:00+07:00","new_due_at":"2026-12-29T17:30:00+07:00"})")) ==
          QStringLiteral("Hạn cũ: 22/12/2026 17:30 · Hạn mới: 29/12/2026 17:30"));
    CHECK(eventDetails(QStringLiteral(R"({"paused_minutes":150,"restart":true})")) ==
          QStringLiteral("Thời gian làm việc tạm dừng: 2 giờ 30 phút · đếm lại thời hạn từ đầu"));
    CHECK(eventDetails(QStringLiteral("not json")).isEmpty());
}

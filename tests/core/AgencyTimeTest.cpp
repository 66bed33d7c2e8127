#include "core/common/AgencyTime.h"

#include <catch2/catch.hpp>

#include <random>

using namespace motcua;

TEST_CASE("Agency time: a moment is written as Qt writes it in ISO 8601 at the agency offset", "[calendar]")
{
    std::mt19937 random(20261202);
    std::uniform_int_distribution<qint64> seconds(-2'000'000'000LL, 8'000'000'000LL); // 1906 … 2223
    const QList<QDateTime> fixed{
        agencyTime(QDate(2026, 12, 31), QTime(23, 59, 59)),
        agencyTime(QDate(1, 1, 1), QTime(0, 0)),
        agencyTime(QDate(9999, 12, 31), QTime(23, 59, 59)),
        QDateTime(QDate(2026, 12, 31), QTime(17, 0, 0, 999), Qt::UTC), // the next day at the agency, no milliseconds
        QDateTime(QDate(2027, 2, 17), QTime(1, 30), Qt::OffsetFromUTC, -5 * 3600)};
    QList<QDateTime> moments = fixed;
    for (int i = 0; i < 2000; ++i) {
        moments << QDateTime::fromSecsSinceEpoch(seconds(random), Qt::UTC);
    }
    for (const QDateTime& moment : moments) {
        INFO(moment.toString(Qt::ISODateWithMs).toStdString());
        CHECK(isoMoment(moment) == toAgencyTime(moment).toString(Qt::ISODate));
        CHECK(momentFromIso(isoMoment(moment)).toSecsSinceEpoch() == moment.toSecsSinceEpoch());
    }
    CHECK(isoMoment(agencyTime(QDate(2026, 3, 5), QTime(8, 7, 6))) == QStringLiteral("2026-03-05T08:07:06+07:00"));
    CHECK(isoMoment(QDateTime()).isNull());
}

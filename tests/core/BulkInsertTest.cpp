#include "core/demo/DemoSeeder.h"
#include "core/storage/BulkInsert.h"
#include "tests/support/WorkflowFixture.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace motcua;

namespace {

// Every row of the tables a batch of dossiers fills, in key order: equal digests are equal data.
QByteArray dossierRows(storage::Database& database)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QSqlQuery query(database.connection());
    for (const char* table : {"dossier", "dossier_document", "step_instance", "dossier_pause", "dossier_extension",
                              "dossier_event", "history_head"}) {
        REQUIRE(query.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(QLatin1String(table))));
        while (query.next()) {
            for (int column = 0; column < query.record().count(); ++column) {
                const QVariant value = query.value(column);
                hash.addData(value.isNull() ? QByteArrayView("\x1e") : QByteArrayView(value.toString().toUtf8()));
                hash.addData(QByteArrayView("\x1f"));
            }
            hash.addData(QByteArrayView("\n"));
        }
    }
    return hash.result().toHex();
}

// The seeded dossiers of `from`, complete, as new ones (no ids) to write elsewhere.
QList<dossier::Dossier> reloaded(test::WorkflowFixture& from)
{
    QList<dossier::Dossier> dossiers;
    QSqlQuery query(from.db.database().connection());
    REQUIRE(query.exec(QStringLiteral("SELECT code FROM dossier WHERE code IS NOT NULL ORDER BY id")));
    storage::DossierRepository repository(from.db.database());
    while (query.next()) {
        auto loaded = repository.byCode(query.value(0).toString());
        REQUIRE(loaded);
        dossier::Dossier d = *loaded;
        d.id = 0;
        for (auto& step : d.steps) {
            step.id = 0;
        }
        for (auto& pause : d.pauses) {
            pause.id = 0;
        }
        for (auto& extension : d.extensions) {
            extension.id = 0;
        }
        for (auto& event : d.events) {
            event.id = 0;
        }
        dossiers.append(d);
    }
    return dossiers;
}

// The accounts the seeder added to `from` (its staff), with their ids, into the fresh fixture `to`.
void copyStaff(test::WorkflowFixture& from, test::WorkflowFixture& to)
{
    QSqlQuery read(from.db.database().connection());
    REQUIRE(read.exec(QStringLiteral("SELECT id, login, full_name, department_id, password_hash, created_at FROM "
                                     "user_account WHERE id > %1 ORDER BY id")
                          .arg(test::count(to, QStringLiteral("user_account")))));
    QSqlQuery write(to.db.database().connection());
    REQUIRE(write.prepare(QStringLiteral("INSERT INTO user_account (id, login, full_name, department_id, "
                                         "password_hash, created_at) VALUES (?, ?, ?, ?, ?, ?)")));
    while (read.next()) {
        for (int column = 0; column < 6; ++column) {
            write.bindValue(column, read.value(column));
        }
        REQUIRE(write.exec());
    }
}

QByteArray writtenThrough(const std::function<std::unique_ptr<storage::BulkInsert>(storage::Database&)>& writer,
                          test::WorkflowFixture& seeded, QList<dossier::Dossier> dossiers)
{
    test::WorkflowFixture f;
    copyStaff(seeded, f);
    auto bulk = writer(f.db.database());
    storage::DossierRepository repository(f.db.database(), *bulk);
    const Status written = f.db.database().transaction([&] { return repository.insertMany(dossiers); });
    INFO((written ? QString() : written.error().message).toStdString());
    REQUIRE(written);
    for (const dossier::Dossier& d : std::as_const(dossiers)) {
        REQUIRE(d.id > 0);
    }
    return dossierRows(f.db.database());
}

} // namespace

TEST_CASE("Bulk insert: seeded dossiers written through the engine's bulk writer or through Qt give the same rows",
          "[demo][bulk]")
{
    test::WorkflowFixture seeded;
    demo::SeedOptions options;
    options.dossiers = 700; // more rows a table than one statement of either writer takes
    REQUIRE(demo::DemoSeeder(seeded.db.database(), *seeded.calendar, seeded.db.clock()).seed(options));
    const QList<dossier::Dossier> dossiers = reloaded(seeded);
    REQUIRE(dossiers.size() > 600);

    const QByteArray fastest = writtenThrough(&storage::BulkInsert::forDatabase, seeded, dossiers);
    const QByteArray throughQt = writtenThrough(&storage::BulkInsert::throughQt, seeded, dossiers);
    CHECK(fastest == throughQt);
}

// SQLite only: there the engine's bulk writer is the sqlite3 C API, checked here against Qt's SQLite driver, value
// type by value type; on PostgreSQL both writers are Qt's.
TEST_CASE("Bulk insert: the sqlite3 C API stores each value with the type and text Qt's driver gives it",
          "[bulk][sqlite-only]")
{
    test::TempDatabase db;
    QSqlQuery query(db.database().connection());
    for (const char* table : {"bulk_c", "bulk_qt"}) {
        REQUIRE(query.exec(QStringLiteral("CREATE TABLE %1 (id INTEGER PRIMARY KEY, a, b, c, d, e, f, g, h, i)")
                               .arg(QLatin1String(table))));
    }
    QList<QVariantList> rows;
    for (int i = 0; i < 1234; ++i) {
        rows.append({i, i % 2 == 0, QStringLiteral("Nguyễn Thị Hương Giang %1").arg(i), QVariant(),
                     QByteArray("\0\1\xff", 3), 1.5 * i, (qint64(1) << 40) + i, QString(QLatin1String("")),
                     QString()});
    }
    const QString columns = QStringLiteral("a, b, c, d, e, f, g, h, i");
    QList<qint64> cIds;
    QList<qint64> qtIds;
    REQUIRE(db.database().transaction([&]() -> Status {
        auto c = storage::BulkInsert::forDatabase(db.database())
                     ->insert(QStringLiteral("bulk_c"), columns, rows, storage::BulkInsert::Ids::Returned);
        auto qt = storage::BulkInsert::throughQt(db.database())
                      ->insert(QStringLiteral("bulk_qt"), columns, rows, storage::BulkInsert::Ids::Returned);
        if (!c) {
            return c.error();
        }
        if (!qt) {
            return qt.error();
        }
        cIds = *c;
        qtIds = *qt;
        return {};
    }));
    REQUIRE(cIds.size() == rows.size());
    CHECK(cIds == qtIds);
    // The ids in the order of the rows: row i holds a = i.
    REQUIRE(query.exec(QStringLiteral("SELECT id, a FROM bulk_c ORDER BY id")));
    for (qsizetype i = 0; i < cIds.size() && query.next(); ++i) {
        CHECK(query.value(0).toLongLong() == cIds.at(i));
        CHECK(query.value(1).toLongLong() == i);
    }
    const QString typed = QStringLiteral(
        "SELECT id, typeof(a), a, typeof(b), b, typeof(c), c, typeof(d), typeof(e), hex(e), typeof(f), f, typeof(g), "
        "g, typeof(h), h, typeof(i) FROM %1 ORDER BY id");
    QSqlQuery qtRows(db.database().connection());
    REQUIRE(query.exec(typed.arg(QStringLiteral("bulk_c"))));
    REQUIRE(qtRows.exec(typed.arg(QStringLiteral("bulk_qt"))));
    int compared = 0;
    while (query.next()) {
        REQUIRE(qtRows.next());
        for (int column = 0; column < query.record().count(); ++column) {
            INFO("row " << compared << " column " << column);
            CHECK(query.value(column).toString() == qtRows.value(column).toString());
        }
        ++compared;
    }
    CHECK_FALSE(qtRows.next());
    CHECK(compared == rows.size());
}

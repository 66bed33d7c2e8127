#pragma once

#include "tests/support/WorkflowFixture.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

#include <atomic>
#include <future>
#include <stdexcept>
#include <string>
#include <thread>

// What a SQLite backup taken while another workstation writes must hold: the rows of every table, the writer, and
// the state of the database at the moment of the backup. SQLite only: the rows are read in rowid order and the backup
// is opened as a file.
namespace motcua::test {

using TableDump = QMap<QString, QStringList>; // table → its rows in rowid order

// The rows of a table in rowid order, each value with its type.
inline QStringList rowsOf(const QSqlDatabase& db, const QString& table)
{
    QSqlQuery rows(db);
    rows.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY rowid").arg(table));
    QStringList all;
    while (rows.next()) {
        QStringList values;
        for (int i = 0; i < rows.record().count(); ++i) {
            const QVariant value = rows.value(i);
            values << (value.isNull() ? QStringLiteral("NULL")
                                      : QString::fromLatin1(value.typeName()) + QLatin1Char(':') + value.toString());
        }
        all << values.join(QLatin1Char('|'));
    }
    return all;
}

// Every row of every table but SQLite's own, the search index and the backup manifest.
inline TableDump dump(const QSqlDatabase& db)
{
    TableDump tables;
    QSqlQuery names(db);
    names.exec(QStringLiteral("SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name "
                              "NOT LIKE 'sqlite_%' AND name <> 'backup_manifest' ORDER BY name"));
    while (names.next()) {
        tables.insert(names.value(0).toString(), rowsOf(db, names.value(0).toString()));
    }
    return tables;
}

// The same of the SQLite file at `path`, opened read-only.
inline TableDump dumpFile(const QString& path)
{
    TableDump result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("dump"));
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            result = dump(db);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("dump"));
    return result;
}

// The second workstation: its own connection on its own thread, the clerk receiving 1,000 dossiers. It pauses once
// at the 500th until backupDone(), so that a backup started after waitForHundred() has its moment between the 100th
// and the 500th intake. It records the tables intake updates in place after each intake, so that the state at the
// backup's moment can be told (expectedAt).
class WritingWorkstation {
public:
    static constexpr int kIntakes = 1000;
    static constexpr int kStartAfter = 100;
    static constexpr int kPauseAt = 500;

    explicit WritingWorkstation(WorkflowFixture& f)
        : m_done(m_backupDone.get_future().share())
        , m_thread([this, &f] { write(f); })
    {}
    // A test that stops early still lets the writer end.
    ~WritingWorkstation()
    {
        backupDone();
        if (m_thread.joinable()) {
            m_thread.join();
        }
    }
    WritingWorkstation(const WritingWorkstation&) = delete;
    WritingWorkstation& operator=(const WritingWorkstation&) = delete;

    // Returns once the 100th dossier is received (or the writer failed before).
    void waitForHundred() { m_hundred.get_future().wait(); }
    void backupDone()
    {
        if (!m_released.exchange(true)) {
            m_backupDone.set_value();
        }
    }
    // Waits for the writer's end; what went wrong, empty when all 1,000 were received.
    std::string finish()
    {
        backupDone();
        m_thread.join();
        return m_error;
    }
    int written() const { return m_written; }

    // The state at the moment of a backup holding `moment` dossiers whose rows are `copy`, `now` being the database
    // after the writer's end: each table's first rows as they are now (the intakes only add rows), the tables
    // updated in place as they were after the moment-th intake. Only after finish().
    TableDump expectedAt(qint64 moment, const TableDump& now, const TableDump& copy) const
    {
        const QHash<QString, const QList<QStringList>*> inPlace{{QStringLiteral("code_sequence"), &m_sequencesAfter},
                                                                {QStringLiteral("history_head"), &m_headsAfter},
                                                                {QStringLiteral("dossier_count"), &m_countsAfter}};
        TableDump expected;
        for (auto it = copy.cbegin(); it != copy.cend(); ++it) {
            const auto* after = inPlace.value(it.key());
            expected.insert(it.key(), after != nullptr ? after->at(static_cast<int>(moment) - 1)
                                                       : now.value(it.key()).mid(0, it.value().size()));
        }
        return expected;
    }

private:
    void write(WorkflowFixture& f)
    {
        try {
            auto second = f.db.openAgain();
            auto context = workflow::WorkflowContext::forDatabase(*second, f.db.clock(), *f.calendar,
                                                                  f.users.value(QStringLiteral("clerk")));
            workflow::IntakeService intake(context);
            for (int i = 1; i <= kIntakes; ++i) {
                auto request = WorkflowFixture::bulletinRequest();
                request.applicant.name = QStringLiteral("Người nộp số %1").arg(i);
                if (auto received = intake.receive(request); !received) {
                    throw std::runtime_error(received.error().message.toStdString());
                }
                m_sequencesAfter.append(rowsOf(second->connection(), QStringLiteral("code_sequence")));
                m_headsAfter.append(rowsOf(second->connection(), QStringLiteral("history_head")));
                m_countsAfter.append(rowsOf(second->connection(), QStringLiteral("dossier_count")));
                m_written = i;
                if (i == kStartAfter) {
                    m_hundred.set_value();
                }
                if (i == kPauseAt) {
                    m_done.wait();
                }
            }
        } catch (const std::exception& error) {
            m_error = error.what();
            if (m_written < kStartAfter) {
                m_hundred.set_value();
            }
        }
    }

    std::promise<void> m_hundred;
    std::promise<void> m_backupDone;
    std::atomic<bool> m_released{false};
    std::shared_future<void> m_done;
    QList<QStringList> m_sequencesAfter;
    QList<QStringList> m_headsAfter;
    QList<QStringList> m_countsAfter;
    std::atomic<int> m_written{0};
    std::string m_error;
    std::thread m_thread; // last: started once everything it uses is made
};

} // namespace motcua::test

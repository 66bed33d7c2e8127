#pragma once

#include "core/calendar/CalendarService.h"
#include "core/calendar/DeadlineCalculator.h"
#include "core/catalogue/CatalogueJson.h"
#include "core/identity/PasswordHasher.h"
#include "core/storage/AdminLog.h"
#include "core/storage/CatalogueRepository.h"
#include "core/storage/DossierRepository.h"
#include "core/storage/UserRepository.h"
#include "core/workflow/IntakeService.h"
#include "core/workflow/WorkflowContext.h"
#include "tests/support/TempDatabase.h"

#include <QHash>
#include <QSqlQuery>

#include <memory>
#include <stdexcept>

namespace motcua::test {

// A fresh database with the shipped calendar and catalogue and one person for each part of the processes:
// clerk (VP), head.bcxb / cv.bcxb / cv2.bcxb (BCXB), head.bcvt (BCVTCNTT), leader (BGD), admin.
// The clock stands at Monday 23/11/2026 08:00.
class WorkflowFixture {
public:
    WorkflowFixture()
    {
        setUp();
    }
    // SQLite at `file`, a place the test prepared (a small disk).
    explicit WorkflowFixture(const QString& file)
        : db(file)
    {
        setUp();
    }

    // A workflow context acting as `login`.
    workflow::WorkflowContext as(const QString& login)
    {
        return workflow::WorkflowContext::forDatabase(db.database(), db.clock(), *calendar, users.value(login));
    }

    static workflow::ReceiveRequest bulletinRequest()
    {
        workflow::ReceiveRequest request;
        request.procedureCode = QStringLiteral("1.009374"); // bulletin licence, 20 working days
        request.applicant.name = QStringLiteral("Nguyễn Thị Hương Giang");
        request.applicant.identityNumber = QStringLiteral("091190001234");
        request.applicant.birthDate = QDate(1990, 5, 12);
        request.applicant.address = QStringLiteral("Số 12, đường Trần Phú, phường Vĩnh Thanh, Rạch Giá, Kiên Giang");
        request.applicant.phone = QStringLiteral("0912 345 678");
        request.documents = {{1, 1}, {2, 1}, {3, 1}, {4, 1}};
        return request;
    }

    dossier::Dossier receive(workflow::ReceiveRequest request = bulletinRequest())
    {
        auto context = as(QStringLiteral("clerk"));
        auto received = workflow::IntakeService(context).receive(request);
        if (!received) {
            throw std::runtime_error(received.error().message.toStdString());
        }
        return *received;
    }

    QDateTime at(int y, int m, int d, int h, int min) const { return agencyTime(QDate(y, m, d), QTime(h, min)); }

    TempDatabase db;
    std::shared_ptr<const calendar::WorkCalendar> calendar;
    QHash<QString, identity::User> users;
    QHash<QString, qint64> departmentIds;

private:
    // The shipped calendar and catalogue, and the people.
    void setUp()
    {
        calendar::CalendarService calendarService(db.database(), db.clock());
        require(calendarService.installShippedData());
        calendar = *calendarService.workCalendar();
        storage::CatalogueRepository catalogue(db.database());
        require(catalogue.import(catalogue::CatalogueJson::shipped()));
        const auto departments = *catalogue.departments();
        for (const auto& department : departments) {
            departmentIds.insert(department.code, department.id);
        }
        const QString hash = identity::PasswordHasher::hash(QStringLiteral("password-1"));
        addUser(QStringLiteral("admin"), {}, {identity::Role::Admin}, hash);
        addUser(QStringLiteral("clerk"), QStringLiteral("VP"), {identity::Role::Clerk}, hash);
        addUser(QStringLiteral("clerk.admin"), QStringLiteral("VP"), {identity::Role::Clerk, identity::Role::Admin},
                hash);
        addUser(QStringLiteral("head.bcxb"), QStringLiteral("BCXB"), {identity::Role::Head}, hash);
        addUser(QStringLiteral("cv.bcxb"), QStringLiteral("BCXB"), {identity::Role::Specialist}, hash);
        addUser(QStringLiteral("cv2.bcxb"), QStringLiteral("BCXB"), {identity::Role::Specialist}, hash);
        addUser(QStringLiteral("head.bcvt"), QStringLiteral("BCVTCNTT"), {identity::Role::Head}, hash);
        addUser(QStringLiteral("leader"), QStringLiteral("BGD"), {identity::Role::Leader}, hash);
    }

    static void require(const Status& status)
    {
        if (!status) {
            throw std::runtime_error(status.error().message.toStdString());
        }
    }

    void addUser(const QString& login, const QString& department, QList<identity::Role> roles, const QString& hash)
    {
        identity::User user;
        user.login = login;
        user.fullName = QStringLiteral("Cán bộ ") + login;
        user.departmentId = departmentIds.value(department);
        user.roles = std::move(roles);
        auto added = storage::UserRepository(db.database()).add(user, hash, db.clock().now());
        if (!added) {
            throw std::runtime_error(added.error().message.toStdString());
        }
        users.insert(login, *added);
    }
};

// Rows in a table of the fixture's database.
inline qint64 count(WorkflowFixture& f, const QString& table)
{
    QSqlQuery query(f.db.database().connection());
    query.exec(QStringLiteral("SELECT count(*) FROM ") + table);
    query.next();
    return query.value(0).toLongLong();
}

// The actions of the administration log, oldest first.
inline QStringList adminActions(WorkflowFixture& f)
{
    QStringList list;
    const auto entries = storage::AdminLog(f.db.database(), f.db.clock()).entries();
    for (const storage::AdminLogEntry& entry : entries.value_or({})) {
        list.prepend(entry.action);
    }
    return list;
}

// The dossier as stored now.
inline dossier::Dossier load(WorkflowFixture& f, const QString& code)
{
    return *storage::DossierRepository(f.db.database()).byCode(code);
}

} // namespace motcua::test

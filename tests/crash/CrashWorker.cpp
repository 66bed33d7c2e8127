// motcua_crash_worker DATABASE LOG SEED: one of the processes of the crash rounds (tests/core/CrashRoundsTest.cpp).
// It receives bulletin dossiers and moves its own dossiers on (hand-over, result ready, pause, resume, return) until
// it is killed, and after each action whose commit returned it appends one line to LOG, synced to the disk:
//   received CODE TOKEN     (TOKEN: in the dossier's address, so that a code given twice would show)
//   ACTION CODE VERSION     (the dossier's version after the action)
// The test kills it at any moment; every line in LOG must then be found in the database.
#include "core/calendar/CalendarService.h"
#include "core/common/Clock.h"
#include "core/storage/Database.h"
#include "core/storage/DossierRepository.h"
#include "core/storage/UserRepository.h"
#include "core/workflow/ClosureService.h"
#include "core/workflow/HandoverService.h"
#include "core/workflow/IntakeService.h"
#include "core/workflow/PauseService.h"
#include "tests/support/BulletinProcess.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTextStream>

#include <cstdio>
#include <map>

#include <fcntl.h>
#include <unistd.h>

using namespace motcua;
using dossier::DossierStatus;

namespace {

// The acknowledgements, one line each, written and synced only after the action returned.
class AckLog {
public:
    explicit AckLog(const QString& path)
        : m_fd(::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_APPEND, 0600))
    {}
    ~AckLog() { ::close(m_fd); }
    AckLog(const AckLog&) = delete;
    AckLog& operator=(const AckLog&) = delete;

    bool ok() const { return m_fd >= 0; }
    void write(const QString& line)
    {
        const QByteArray bytes = line.toUtf8() + '\n';
        if (::write(m_fd, bytes.constData(), static_cast<size_t>(bytes.size())) != bytes.size() ||
            ::fdatasync(m_fd) != 0) {
            std::fprintf(stderr, "cannot write the log\n");
            std::_Exit(3);
        }
    }

private:
    int m_fd;
};

// The codes this worker received in its earlier lives, from its log.
QStringList receivedBefore(const QString& path)
{
    QStringList codes;
    QFile file(path);
    if (file.open(QIODevice::ReadOnly)) {
        for (const QByteArray& line : file.readAll().split('\n')) {
            const QList<QByteArray> words = line.split(' ');
            if (words.size() == 3 && words.at(0) == "received") {
                codes << QString::fromUtf8(words.at(1));
            }
        }
    }
    return codes;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 4) {
        std::fprintf(stderr, "usage: motcua_crash_worker DATABASE LOG SEED\n");
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    const QString logPath = QString::fromLocal8Bit(argv[2]);
    QRandomGenerator random(static_cast<quint32>(QByteArray(argv[3]).toUInt()));
    const ManualClock clock(agencyTime(QDate(2026, 11, 23), QTime(8, 0)));

    auto opened = storage::Database::open(path, clock);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 1;
    }
    storage::Database& db = **opened;
    auto calendar = calendar::CalendarService(db, clock).workCalendar();
    if (!calendar) {
        std::fprintf(stderr, "%s\n", qPrintable(calendar.error().message));
        return 1;
    }
    std::map<QString, workflow::WorkflowContext> as;
    for (const QString& login : {QStringLiteral("clerk"), QStringLiteral("head.bcxb"), QStringLiteral("leader")}) {
        auto user = storage::UserRepository(db).byLogin(login);
        if (!user) {
            std::fprintf(stderr, "%s\n", qPrintable(user.error().message));
            return 1;
        }
        as.emplace(login, workflow::WorkflowContext::forDatabase(db, clock, **calendar, *user));
    }
    AckLog log(logPath);
    if (!log.ok()) {
        return 1;
    }
    QStringList mine = receivedBefore(logPath);
    const QString life = QString::number(random.generate() % 100000);
    const storage::DossierRepository dossiers(db);
    for (int sequence = 1;; ++sequence) {
        if (mine.isEmpty() || random.bounded(100) < 35) {
            workflow::ReceiveRequest request;
            request.procedureCode = QStringLiteral("1.009374");
            request.applicant.name = QStringLiteral("Nguyễn Thị Hương Giang");
            request.applicant.identityNumber = QStringLiteral("091190001234");
            request.applicant.birthDate = QDate(1990, 5, 12);
            const QString token = QStringLiteral("%1.%2.%3").arg(QFileInfo(logPath).baseName(), life).arg(sequence);
            request.applicant.address = QStringLiteral("Số 12, đường Trần Phú, Rạch Giá (%1)").arg(token);
            request.applicant.phone = QStringLiteral("0912 345 678");
            request.documents = {{1, 1}, {2, 1}, {3, 1}, {4, 1}};
            auto received = workflow::IntakeService(as.at(QStringLiteral("clerk"))).receive(request);
            if (received) {
                log.write(QStringLiteral("received %1 %2").arg(received->code, token));
                mine << received->code;
            } else {
                std::fprintf(stderr, "receive: %s\n", qPrintable(received.error().message));
            }
            continue;
        }
        const QString code = mine.at(static_cast<int>(random.bounded(static_cast<quint32>(mine.size()))));
        auto loaded = dossiers.byCode(code);
        if (!loaded) {
            std::fprintf(stderr, "%s\n", qPrintable(loaded.error().message));
            return 1; // an acknowledged dossier missing: the test reports it
        }
        const dossier::Dossier& current = *loaded;
        QString action;
        Result<dossier::Dossier> done = Error::invalid({}, {});
        workflow::WorkflowContext& handler = as.at(test::actorOfBulletinStep(current.currentStep));
        if (dossier::isClosed(current.status)) {
            mine.removeAll(code);
            continue;
        }
        if (current.paused) {
            action = QStringLiteral("resume");
            done = workflow::PauseService(as.at(QStringLiteral("clerk"))).resume(code, {});
        } else if (current.status == DossierStatus::ResultReady) {
            action = QStringLiteral("return");
            done = workflow::ClosureService(as.at(QStringLiteral("clerk"))).returnResult(code, {});
        } else if (random.bounded(100) < 20) {
            action = QStringLiteral("pause");
            done = workflow::PauseService(handler).pause(code, dossier::PauseReason::Supplement,
                                                         QStringLiteral("Bổ sung giấy tờ"));
        } else if (current.currentStep >= 5) {
            action = QStringLiteral("ready");
            done = workflow::HandoverService(handler).markResultReady(code, {});
        } else {
            action = QStringLiteral("handover");
            done = workflow::HandoverService(handler).handover(code, {});
        }
        if (done) {
            log.write(QStringLiteral("%1 %2 %3").arg(action, code).arg(done->version));
        } else {
            std::fprintf(stderr, "%s %s: %s\n", qPrintable(action), qPrintable(code), qPrintable(done.error().message));
        }
    }
}

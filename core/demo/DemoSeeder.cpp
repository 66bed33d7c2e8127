#include "core/demo/DemoSeeder.h"

#include "core/demo/ReplayStore.h"
#include "core/online/OnlineQueueService.h"
#include "core/identity/PasswordHasher.h"
#include "core/storage/BulkInsert.h"
#include "core/storage/CatalogueRepository.h"
#include "core/storage/DossierRepository.h"
#include "core/storage/UserRepository.h"
#include "core/workflow/ClosureService.h"
#include "core/workflow/ExtensionService.h"
#include "core/workflow/HandoverService.h"
#include "core/workflow/IntakeService.h"
#include "core/workflow/PauseService.h"

#include <QHash>
#include <QScopeGuard>

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <random>
#include <thread>

namespace motcua::demo {

using calendar::WorkCalendar;
using identity::Role;
using identity::User;

namespace {

const QStringList kFamilies{QStringLiteral("Nguyễn"), QStringLiteral("Trần"),  QStringLiteral("Lê"),
                            QStringLiteral("Phạm"),   QStringLiteral("Huỳnh"), QStringLiteral("Hoàng"),
                            QStringLiteral("Phan"),   QStringLiteral("Võ"),    QStringLiteral("Đặng"),
                            QStringLiteral("Bùi"),    QStringLiteral("Đỗ"),    QStringLiteral("Hồ"),
                            QStringLiteral("Ngô"),    QStringLiteral("Dương"), QStringLiteral("Lý")};
const QStringList kMiddles{QStringLiteral("Văn"),  QStringLiteral("Thị"),  QStringLiteral("Hữu"),
                           QStringLiteral("Minh"), QStringLiteral("Ngọc"), QStringLiteral("Thanh"),
                           QStringLiteral("Quốc"), QStringLiteral("Gia"),  QStringLiteral("Thu")};
const QStringList kGivens{
    QStringLiteral("An"),    QStringLiteral("Bình"),  QStringLiteral("Châu"),  QStringLiteral("Dũng"),
    QStringLiteral("Giang"), QStringLiteral("Hà"),    QStringLiteral("Hải"),   QStringLiteral("Hạnh"),
    QStringLiteral("Hương"), QStringLiteral("Khánh"), QStringLiteral("Lan"),   QStringLiteral("Long"),
    QStringLiteral("Mai"),   QStringLiteral("Nam"),   QStringLiteral("Phúc"),  QStringLiteral("Quân"),
    QStringLiteral("Sơn"),   QStringLiteral("Thảo"),  QStringLiteral("Trang"), QStringLiteral("Tuấn"),
    QStringLiteral("Vy"),    QStringLiteral("Yến")};
const QStringList kStreets{
    QStringLiteral("Nguyễn Trung Trực"), QStringLiteral("Trần Phú"), QStringLiteral("Lê Lợi"),
    QStringLiteral("Mạc Cửu"),           QStringLiteral("Lạc Hồng"), QStringLiteral("Nguyễn Hùng Sơn"),
    QStringLiteral("Ngô Quyền")};
const QStringList kWards{QStringLiteral("Vĩnh Thanh"), QStringLiteral("Vĩnh Lạc"), QStringLiteral("Rạch Sỏi"),
                         QStringLiteral("An Hòa"), QStringLiteral("Vĩnh Hiệp")};
const QStringList kCompanies{
    QStringLiteral("Công ty TNHH In ấn Phương Nam"), QStringLiteral("Công ty Cổ phần Truyền thông Biển Tây"),
    QStringLiteral("Hợp tác xã Dịch vụ Rạch Giá"), QStringLiteral("Công ty TNHH Bưu chính Kiên Hải"),
    QStringLiteral("Hội Doanh nghiệp tỉnh Kiên Giang")};

class Random {
public:
    explicit Random(quint32 seed)
        : m_engine(seed)
    {}
    int between(int low, int high) { return std::uniform_int_distribution<int>(low, high)(m_engine); }
    double unit() { return std::uniform_real_distribution<double>(0, 1)(m_engine); }
    bool chance(double p) { return unit() < p; }
    const QString& pick(const QStringList& list) { return list.at(between(0, static_cast<int>(list.size()) - 1)); }
    std::mt19937& engine() { return m_engine; }

private:
    std::mt19937 m_engine;
};

QString digits(Random& random, int count)
{
    QString text;
    for (int i = 0; i < count; ++i) {
        text += QChar(u'0' + random.between(0, 9));
    }
    return text;
}

dossier::Applicant person(Random& random)
{
    dossier::Applicant applicant;
    const bool female = random.chance(0.5);
    applicant.name = random.pick(kFamilies) + QLatin1Char(' ') +
                     (female ? QStringLiteral("Thị") : random.pick(kMiddles)) + QLatin1Char(' ') + random.pick(kGivens);
    applicant.birthDate = QDate(random.between(1950, 2004), random.between(1, 12), random.between(1, 28));
    const int century = applicant.birthDate.year() >= 2000 ? 2 : 0;
    applicant.identityNumber = QStringLiteral("091") + QString::number(century + (female ? 1 : 0)) +
                               QStringLiteral("%1").arg(applicant.birthDate.year() % 100, 2, 10, QLatin1Char('0')) +
                               digits(random, 6);
    applicant.address = QStringLiteral("Số %1, đường %2, phường %3, Rạch Giá, Kiên Giang")
                            .arg(random.between(1, 300))
                            .arg(random.pick(kStreets), random.pick(kWards));
    applicant.phone = QStringLiteral("09") + digits(random, 8);
    return applicant;
}

QString taxCode(Random& random)
{
    static const int weights[] = {31, 29, 23, 19, 17, 13, 7, 5, 3};
    for (;;) {
        const QString first = QStringLiteral("0") + digits(random, 8);
        int sum = 0;
        for (int i = 0; i < 9; ++i) {
            sum += first.at(i).digitValue() * weights[i];
        }
        const int check = 10 - sum % 11;
        if (sum % 11 != 0 && check < 10) {
            return first + QString::number(check);
        }
    }
}

dossier::Applicant organisation(Random& random)
{
    dossier::Applicant applicant;
    applicant.kind = dossier::Applicant::Kind::Organisation;
    applicant.name = random.pick(kCompanies);
    applicant.taxCode = taxCode(random);
    applicant.representative = person(random).name;
    applicant.address =
        QStringLiteral("Số %1, đường %2, Rạch Giá, Kiên Giang").arg(random.between(1, 300)).arg(random.pick(kStreets));
    applicant.phone = QStringLiteral("02973") + digits(random, 6);
    return applicant;
}

void add(SeedReport& total, const SeedReport& part)
{
    total.dossiers += part.dossiers;
    total.returned += part.returned;
    total.inProgress += part.inProgress;
    total.slow += part.slow;
    total.paused += part.paused;
    total.extended += part.extended;
    total.refused += part.refused;
    total.withdrawn += part.withdrawn;
    total.stopped += part.stopped;
    total.online += part.online;
}

// The batches the replay hands to the writer: at most a few wait, so memory stays flat however many are seeded.
class BatchQueue {
public:
    struct Item {
        ReplayStore::Batch batch;
        SeedReport counted; // what the batch's dossiers were
        int done = 0;       // dossiers replayed with this batch
        std::optional<Error> error; // the replay failed: nothing of this batch is written
        bool last = false;
    };

    // False when the writer stopped (closed), and the item is dropped.
    bool push(Item item)
    {
        std::unique_lock lock(m_mutex);
        m_notFull.wait(lock, [&] { return m_closed || m_items.size() < kCapacity; });
        if (m_closed) {
            return false;
        }
        m_items.push_back(std::move(item));
        m_notEmpty.notify_one();
        return true;
    }
    Item pop()
    {
        std::unique_lock lock(m_mutex);
        m_notEmpty.wait(lock, [&] { return !m_items.empty(); });
        Item item = std::move(m_items.front());
        m_items.pop_front();
        m_notFull.notify_one();
        return item;
    }
    void close()
    {
        const std::lock_guard lock(m_mutex);
        m_closed = true;
        m_notFull.notify_all();
    }

private:
    static constexpr std::size_t kCapacity = 3;
    std::mutex m_mutex;
    std::condition_variable m_notFull;
    std::condition_variable m_notEmpty;
    std::deque<Item> m_items;
    bool m_closed = false;
};

} // namespace

DemoSeeder::DemoSeeder(storage::Database& database, const WorkCalendar& calendar, const Clock& clock)
    : m_database(database)
    , m_calendar(calendar)
    , m_clock(clock)
{}

Result<SeedReport> DemoSeeder::seed(const SeedOptions& options, const std::function<bool(int, int)>& progress)
{
    auto catalogue = storage::CatalogueRepository(m_database).load();
    if (!catalogue) {
        return catalogue.error();
    }
    QList<catalogue::Procedure> procedures;
    for (const catalogue::Procedure& procedure : catalogue->procedures) {
        auto loaded = storage::CatalogueRepository(m_database).procedure(procedure.code);
        if (!loaded) {
            return loaded.error();
        }
        procedures.append(*loaded);
    }
    if (procedures.isEmpty()) {
        return Error{ErrorCode::IllegalState, QStringLiteral("The catalogue has no procedures."),
                     QStringLiteral("catalogue")};
    }

    // Staff: for every (department, role) that a process step needs, people who can do it.
    storage::UserRepository users(m_database);
    QHash<QString, User> staff; // "departmentId/role" → user
    Random random(options.seed);
    for (const catalogue::Procedure& procedure : procedures) {
        for (const catalogue::ProcessVersion& version : procedure.processes) {
            for (const catalogue::ProcessStep& step : version.steps) {
                const QString key = QStringLiteral("%1/%2").arg(step.departmentId).arg(identity::roleKey(step.role));
                if (staff.contains(key)) {
                    continue;
                }
                const QString login =
                    QStringLiteral("%1.%2").arg(identity::roleKey(step.role), step.departmentCode.toLower());
                auto existing = users.byLogin(login);
                if (existing) {
                    staff.insert(key, *existing);
                    continue;
                }
                User user;
                user.login = login;
                user.fullName = person(random).name;
                user.departmentId = step.departmentId;
                user.roles = {step.role};
                // Each account its own salt, as if each person had chosen the same password.
                auto added = users.add(user, identity::PasswordHasher::hash(options.password), m_clock.now());
                if (!added) {
                    return added.error();
                }
                staff.insert(key, *added);
            }
        }
    }
    const auto actorFor = [&](const catalogue::ProcessStep& step) {
        return staff.value(QStringLiteral("%1/%2").arg(step.departmentId).arg(identity::roleKey(step.role)));
    };
    User clerk;
    User leader;
    for (const User& user : staff) {
        if (user.has(Role::Clerk) && clerk.id == 0) {
            clerk = user;
        }
        if (user.has(Role::Leader) && leader.id == 0) {
            leader = user;
        }
    }
    if (clerk.id == 0) {
        return Error{ErrorCode::IllegalState, QStringLiteral("No process step is done by a clerk."),
                     QStringLiteral("catalogue")};
    }

    // Receipts spread over working time in the past years, in order.
    const QDateTime now = m_clock.now();
    const qint64 first = m_calendar.position(WorkCalendar::stamp(now.addYears(-options.years)));
    const qint64 last = m_calendar.position(WorkCalendar::stamp(now));
    std::vector<qint64> receipts(static_cast<std::size_t>(options.dossiers));
    std::uniform_int_distribution<qint64> spread(first + 1, std::max(first + 1, last - 1));
    for (qint64& receipt : receipts) {
        receipt = m_calendar.stampAt(spread(random.engine()));
    }
    std::sort(receipts.begin(), receipts.end());

    auto snapshot = storage::CatalogueRepository(m_database).snapshot();
    if (!snapshot) {
        return snapshot.error();
    }
    // The accounts the replay acts as, read once; the sequences' values when it starts.
    QHash<QString, User> accounts;
    for (const User& user : std::as_const(staff)) {
        auto stored = users.byLogin(user.login);
        if (!stored) {
            return stored.error();
        }
        accounts.insert(user.login, *stored);
    }
    auto sequences = storage::DossierRepository(m_database).sequences();
    if (!sequences) {
        return sequences.error();
    }

    // The replay runs on a thread of its own and touches no database but a private scratch one in memory, where the
    // services open their transactions (their dossiers live in the replay store); this thread writes each batch of
    // dossiers it finished in one transaction, in the order they finished, while it replays the next ones.
    const int batch = 1000;
    SeedReport report;
    BatchQueue batches;
    std::jthread replay([&] {
        auto opened = storage::Database::open(QStringLiteral(":memory:"), m_clock);
        if (!opened) {
            batches.push({{}, {}, 0, opened.error(), true});
            return;
        }
        storage::Database& scratch = **opened;
        ReplayStore store(std::move(sequences).value(), accounts);
        ManualClock simulated(now);
        const qint64 nowStamp = WorkCalendar::stamp(now);
        for (int start = 0; start < options.dossiers; start += batch) {
            const int end = std::min(options.dossiers, start + batch);
            SeedReport counted;
            const auto replayed = [&]() -> Status {
                for (int i = start; i < end; ++i) {
                    qint64 t = receipts[static_cast<std::size_t>(i)];
                    const catalogue::Procedure& procedure =
                        procedures.at(random.between(0, static_cast<int>(procedures.size()) - 1));
                    workflow::ReceiveRequest request;
                    request.procedureCode = procedure.code;
                    request.applicant = random.chance(0.2) ? organisation(random) : person(random);
                    for (int d = 0; d < procedure.documents.size(); ++d) {
                        request.documents.append({d + 1, procedure.documents.at(d).count});
                    }
                    request.channel = random.chance(0.3) ? dossier::Channel::Online : dossier::Channel::Counter;
                    request.delivery = random.chance(0.15) ? dossier::Delivery::Post : dossier::Delivery::Counter;
                    request.feePaid = procedure.fee;
                    simulated.set(WorkCalendar::toDateTime(t));
                    workflow::WorkflowContext context(scratch, simulated, m_calendar, clerk, store, *snapshot);
                    auto received = workflow::IntakeService(context).receive(request);
                    if (!received) {
                        return received.error();
                    }
                    ++counted.dossiers;
                    const QString code = received->code;
                    const catalogue::ProcessVersion* process = procedure.processInForce(WorkCalendar::dateOf(t));
                    const int steps = static_cast<int>(process->steps.size());
                    // Advance the simulated clock by working minutes; false when that reaches the present.
                    const auto advance = [&](qint64 minutes) {
                        t = m_calendar.addWorkingMinutes(t, std::max<qint64>(minutes, 1));
                        simulated.set(WorkCalendar::toDateTime(t));
                        return t < nowStamp;
                    };
                    const auto act =
                        [&](const User& actor,
                            const std::function<Result<dossier::Dossier>(workflow::WorkflowContext&)>& action) {
                            workflow::WorkflowContext acting(scratch, simulated, m_calendar, actor, store, *snapshot);
                            auto done = action(acting);
                            return done ? Status() : Status(done.error());
                        };
                    const bool slow = random.chance(0.12);
                    bool open = true;
                    for (int position = 1; position <= steps && open; ++position) {
                        const catalogue::ProcessStep& step = process->steps.at(position - 1);
                        const qint64 budget = step.time.workingMinutes(m_calendar.hours().standardDayMinutes());
                        const double factor = slow ? 0.8 + random.unit() * 1.6 : 0.2 + random.unit() * 0.75;
                        if (!advance(static_cast<qint64>(static_cast<double>(budget) * factor))) {
                            open = false;
                            break;
                        }
                        const User actor = actorFor(step);
                        if (position == steps) {
                            if (Status s =
                                    act(clerk, [&](auto& c) { return workflow::ClosureService(c).returnResult(code, {}); });
                                !s) {
                                return s;
                            }
                            ++counted.returned;
                            break;
                        }
                        if (step.role == Role::Specialist && random.chance(0.12)) {
                            // Supplements mostly; for procedures with a fee, sometimes the financial obligation.
                            const bool financial = procedure.fee > 0 && random.chance(0.3);
                            const auto reason =
                                financial ? dossier::PauseReason::Financial : dossier::PauseReason::Supplement;
                            const QString note = financial ? QStringLiteral("Chờ nộp phí, lệ phí")
                                                           : QStringLiteral("Bổ sung bản sao giấy tờ");
                            if (Status s = act(
                                    actor, [&](auto& c) { return workflow::PauseService(c).pause(code, reason, note); });
                                !s) {
                                return s;
                            }
                            ++counted.paused;
                            if (!advance(random.between(1, 5) * 480)) {
                                open = false;
                                break;
                            }
                            if (Status s = act(clerk, [&](auto& c) { return workflow::PauseService(c).resume(code, {}); });
                                !s) {
                                return s;
                            }
                        }
                        if (step.role == Role::Head && random.chance(0.02)) {
                            if (Status s = act(actor,
                                               [&](auto& c) {
                                                   return workflow::ClosureService(c).refuse(
                                                       code, QStringLiteral("Hồ sơ không đủ điều kiện theo quy định"));
                                               });
                                !s) {
                                return s;
                            }
                            ++counted.refused;
                            open = false;
                            break;
                        }
                        if (random.chance(0.002)) {
                            if (Status s = act(clerk,
                                               [&](auto& c) {
                                                   return workflow::ClosureService(c).withdraw(
                                                       code, QStringLiteral("Người nộp xin rút hồ sơ"));
                                               });
                                !s) {
                                return s;
                            }
                            ++counted.withdrawn;
                            open = false;
                            break;
                        }
                        if (leader.id != 0 && slow && position == 2 && random.chance(0.25)) {
                            const QDateTime newDue = WorkCalendar::toDateTime(
                                m_calendar.addWorkingMinutes(WorkCalendar::stamp(received->dueAt), 3 * 480));
                            if (Status s = act(leader,
                                               [&](auto& c) {
                                                   return workflow::ExtensionService(c).extend(
                                                       code, newDue, QStringLiteral("Cần xác minh thêm thông tin"));
                                               });
                                !s) {
                                return s;
                            }
                            ++counted.extended;
                        }
                        if (leader.id != 0 && position == 2 && random.chance(0.001)) {
                            if (Status s = act(leader,
                                               [&](auto& c) {
                                                   return workflow::ClosureService(c).stop(
                                                       code, QStringLiteral("Tổ chức đề nghị dừng"));
                                               });
                                !s) {
                                return s;
                            }
                            ++counted.stopped;
                            open = false;
                            break;
                        }
                        // Handed to the person who does the next step, as in an office: every dossier in progress
                        // has a handler.
                        const QString next = actorFor(process->steps.at(position)).login;
                        if (Status s = act(actor,
                                           [&](auto& c) { return workflow::HandoverService(c).handover(code, {}, next); });
                            !s) {
                            return s;
                        }
                    }
                    if (open && slow) {
                        ++counted.slow;
                    }
                    if (t >= nowStamp) {
                        ++counted.inProgress;
                    }
                    store.flush(code);
                }
                return {};
            };
            if (Status status = replayed(); !status) {
                batches.push({{}, {}, start, status.error(), true});
                return;
            }
            if (!batches.push({store.take(), counted, end, std::nullopt, end == options.dossiers})) {
                return; // cancelled: the writer has stopped
            }
        }
    });
    const auto stop = qScopeGuard([&] { batches.close(); });
    auto bulk = storage::BulkInsert::forDatabase(m_database);
    storage::DossierRepository writer(m_database, *bulk);
    for (;;) {
        BatchQueue::Item item = batches.pop();
        if (item.error) {
            return *item.error;
        }
        Status status = m_database.transaction([&]() -> Status {
            if (Status stored = writer.storeSequences(item.batch.sequences); !stored) {
                return stored;
            }
            return writer.insertMany(item.batch.dossiers);
        });
        if (!status) {
            return status.error();
        }
        add(report, item.counted);
        if (progress && !progress(item.done, options.dossiers)) {
            return report;
        }
        if (item.last) {
            break;
        }
    }
    replay.join(); // the random numbers go on below
    // A few online submissions waiting for the clerk, sent over the last days, one of them lacking a document.
    auto context = workflow::WorkflowContext::forDatabase(m_database, m_clock, m_calendar, clerk);
    online::OnlineQueueService queue(context);
    const int waiting = std::min(6, options.dossiers / 100 + 1);
    for (int i = 0; i < waiting; ++i) {
        const catalogue::Procedure& procedure = procedures.at(i % procedures.size());
        online::Submission submission;
        submission.reference = QStringLiteral("G22.99-%1-%2")
                                   .arg(now.date().toString(QStringLiteral("yyMMdd")))
                                   .arg(i + 1, 6, 10, QLatin1Char('0'));
        submission.submittedAt = now.addSecs(-60 * (random.between(30, 60 * 24 * 3) + 600 * (waiting - i)));
        submission.procedureCode = procedure.code;
        submission.applicant = random.chance(0.2) ? organisation(random) : person(random);
        for (int d = 0; d < procedure.documents.size(); ++d) {
            if (i != 1 || d != procedure.documents.size() - 1) {
                submission.documents.append({d + 1, procedure.documents.at(d).count, {}});
            }
        }
        submission.delivery = random.chance(0.5) ? dossier::Delivery::Post : dossier::Delivery::Counter;
        auto stored = queue.submit(submission, QStringLiteral("demo-%1.json").arg(i + 1),
                                   QStringLiteral("demo:%1").arg(submission.reference));
        if (!stored) {
            return stored.error();
        }
        ++report.online;
    }
    return report;
}

} // namespace motcua::demo

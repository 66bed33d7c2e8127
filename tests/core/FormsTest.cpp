#include "core/forms/DossierForms.h"
#include "core/forms/FormTemplates.h"
#include "core/forms/FormText.h"
#include "core/storage/FormTemplateRepository.h"
#include "core/storage/RegisterQueries.h"
#include "core/workflow/ClosureService.h"
#include "core/workflow/ExtensionService.h"
#include "core/workflow/HandoverService.h"
#include "core/workflow/PauseService.h"
#include "tests/support/CatchQt.h"
#include "tests/support/DossierCopies.h"
#include "tests/support/WorkflowFixture.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

using namespace motcua;
using namespace motcua::forms;

namespace {

FormSchema testSchema()
{
    FormSchema schema;
    schema.fields = {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("fee")};
    schema.tables.insert(QStringLiteral("documents"), {QStringLiteral("no"), QStringLiteral("name")});
    schema.requiredFields = {QStringLiteral("code")};
    return schema;
}

QString renderText(const QString& text, const FormData& data)
{
    auto parsed = FormTemplate::parse(text, testSchema());
    REQUIRE(parsed.ok());
    return parsed->render(data);
}

QString parseError(const QString& text, const FormSchema& schema = testSchema())
{
    auto parsed = FormTemplate::parse(text, schema);
    REQUIRE_FALSE(parsed.ok());
    CHECK(parsed.error().field == QStringLiteral("template"));
    return parsed.error().message;
}

workflow::DossierDetails details(test::WorkflowFixture& f, const QString& code)
{
    auto loaded = workflow::DossierDetails::load(f.as(QStringLiteral("clerk")), code);
    REQUIRE(loaded.ok());
    return *loaded;
}

} // namespace

TEST_CASE("Form template: fields are escaped, tables repeat, sections test emptiness", "[forms]")
{
    FormData data;
    data.fields = {{QStringLiteral("code"), QStringLiteral("A<1>&\"")},
                   {QStringLiteral("name"), QStringLiteral("Lê Văn Ân")}};
    data.tables.insert(
        QStringLiteral("documents"),
        {{{QStringLiteral("no"), QStringLiteral("1")}, {QStringLiteral("name"), QStringLiteral("Đơn")}},
         {{QStringLiteral("no"), QStringLiteral("2")}, {QStringLiteral("name"), QStringLiteral("Bản sao")}}});
    CHECK(renderText(QStringLiteral("<b>{{ code }}</b>{{! note }}"), data) ==
          QStringLiteral("<b>A&lt;1&gt;&amp;&quot;</b>"));
    // Inside a table the row's columns come first, then the form's fields.
    CHECK(
        renderText(QStringLiteral("{{code}}|{{#documents}}{{no}}.{{name}}({{code}});{{/documents}}|{{name}}"), data) ==
        QStringLiteral(
            "A&lt;1&gt;&amp;&quot;|1.Đơn(A&lt;1&gt;&amp;&quot;);2.Bản sao(A&lt;1&gt;&amp;&quot;);|Lê Văn Ân"));
    CHECK(renderText(QStringLiteral("{{code}}{{#fee}}Phí {{fee}}{{/fee}}{{^fee}}Miễn phí{{/fee}}"), data) ==
          QStringLiteral("A&lt;1&gt;&amp;&quot;Miễn phí"));
    data.fields.insert(QStringLiteral("fee"), QStringLiteral("50.000 đồng"));
    CHECK(renderText(QStringLiteral("{{code}}{{#fee}}Phí {{fee}}{{/fee}}{{^fee}}Miễn phí{{/fee}}"), data) ==
          QStringLiteral("A&lt;1&gt;&amp;&quot;Phí 50.000 đồng"));
    data.tables.insert(QStringLiteral("documents"), {});
    CHECK(renderText(QStringLiteral("{{code}}{{#documents}}x{{/documents}}{{^documents}}không có{{/documents}}"),
                     data) == QStringLiteral("A&lt;1&gt;&amp;&quot;không có"));
}

TEST_CASE("Form template: a broken template is refused with the line at fault", "[forms]")
{
    CHECK(parseError(QStringLiteral("{{code}}\n<p>\n{{nmae}}</p>")) ==
          QStringLiteral("dòng 3: {{nmae}} không phải là trường của biểu mẫu này."));
    CHECK(parseError(QStringLiteral("{{code}}\n{{#documents}}\n{{no}}")) ==
          QStringLiteral("dòng 2: {{#documents}} không được đóng bằng {{/documents}}."));
    CHECK(parseError(QStringLiteral("{{code}}{{#fee}}\n{{/documents}}")) ==
          QStringLiteral("dòng 2: gặp {{/documents}} trong khi cần {{/fee}} (mở ở dòng 1)."));
    CHECK(parseError(QStringLiteral("{{code}}\n\n{{/fee}}")) ==
          QStringLiteral("dòng 3: {{/fee}} đóng một mục chưa được mở."));
    CHECK(parseError(QStringLiteral("{{code}}\n{{name")) ==
          QStringLiteral("dòng 2: thẻ mở bằng {{ nhưng không đóng bằng }}."));
    CHECK(parseError(QStringLiteral("{{code}} {{Tên}}"))
              .startsWith(QStringLiteral("dòng 1: {{Tên}} không phải là thẻ hợp lệ")));
    // Placeholders of Qt's own (%1, %2) in a bad tag are quoted, not filled in.
    CHECK(parseError(QStringLiteral("{{code}}\n{{ %2 }}"))
              .startsWith(QStringLiteral("dòng 2: {{%2}} không phải là thẻ hợp lệ")));
    // A column outside its table is unknown.
    CHECK(parseError(QStringLiteral("{{code}} {{no}}")) ==
          QStringLiteral("dòng 1: {{no}} không phải là trường của biểu mẫu này."));
    CHECK(parseError(QStringLiteral("<p>{{name}}</p>")) ==
          QStringLiteral("mẫu in không có {{code}}, là nội dung bắt buộc của biểu mẫu này."));
    CHECK(parseError(QStringLiteral("  \n ")) == QStringLiteral("mẫu in trống."));
    CHECK(parseError(QString(FormTemplate::kMaxSize + 1, QLatin1Char('x'))) ==
          QStringLiteral("mẫu in lớn hơn 512 KB."));
    // The receipt must keep its barcode and QR code.
    QString receipt = shippedTemplate(FormKind::Receipt);
    receipt.replace(QStringLiteral("\"motcua:qrcode\""), QStringLiteral("\"logo.png\""));
    CHECK(parseError(receipt, formSchema(FormKind::Receipt)) ==
          QStringLiteral("mẫu in không có hình \"motcua:qrcode\", là nội dung bắt buộc của biểu mẫu này."));
}

TEST_CASE("Form template: every shipped template fits its form", "[forms]")
{
    for (FormKind kind : allForms()) {
        INFO(formKey(kind).toStdString());
        CHECK(formFromKey(formKey(kind)) == kind);
        const QString text = shippedTemplate(kind);
        REQUIRE_FALSE(text.isEmpty());
        auto parsed = FormTemplate::parse(text, formSchema(kind));
        CHECK(parsed.ok());
        // The national header and the agency are on every form.
        CHECK(text.contains(QStringLiteral("{{agency_name}}")));
        if (kind != FormKind::Register) {
            CHECK(text.contains(QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")));
            CHECK(text.contains(QStringLiteral("Độc lập - Tự do - Hạnh phúc")));
            CHECK(text.contains(QStringLiteral("{{place_date}}")));
        }
    }
    CHECK_FALSE(formFromKey(QStringLiteral("receipts")).has_value());
    CHECK(formPaper(FormKind::Register) == Paper::A4Landscape);
    CHECK(formPaper(FormKind::Receipt) == Paper::A5Portrait);
}

TEST_CASE("Form text: Vietnamese dates, amounts and limits", "[forms]")
{
    // Decree 30/2020: a leading zero for days below 10 and for January and February only.
    CHECK(text::dateLine(QStringLiteral("Rạch Giá"), QDate(2026, 11, 23)) ==
          QStringLiteral("Rạch Giá, ngày 23 tháng 11 năm 2026"));
    CHECK(text::dateLine(QStringLiteral("Rạch Giá"), QDate(2026, 2, 5)) ==
          QStringLiteral("Rạch Giá, ngày 05 tháng 02 năm 2026"));
    CHECK(text::dateLine(QStringLiteral(" "), QDate(2026, 3, 1)) == QStringLiteral("Ngày 01 tháng 3 năm 2026"));
    CHECK(text::amount(1250000) == QStringLiteral("1.250.000 đồng"));
    CHECK(text::amount(500) == QStringLiteral("500 đồng"));
    CHECK(text::amount(100000) == QStringLiteral("100.000 đồng"));
    CHECK(text::amount(0).isEmpty());
    const QDateTime moment = agencyTime(QDate(2026, 1, 2), QTime(7, 5));
    CHECK(text::moment(moment) == QStringLiteral("07:05, ngày 02/01/2026"));
    CHECK(text::shortMoment(moment) == QStringLiteral("07:05 02/01/2026"));
    CHECK(text::moment({}).isEmpty());
    CHECK(text::timeLimit(calendar::TimeLimit::days(15)) == QStringLiteral("15 ngày làm việc"));
    CHECK(text::timeLimit(calendar::TimeLimit::days(0.5)) == QStringLiteral("0,5 ngày làm việc"));
    CHECK(text::timeLimit(calendar::TimeLimit::hours(4)) == QStringLiteral("4 giờ làm việc"));
}

TEST_CASE("Form data: each form of a dossier, once its event happened", "[forms]")
{
    test::WorkflowFixture f;
    const dossier::Dossier received = f.receive();
    const QString code = received.code;

    auto receipt = dossierFormData(FormKind::Receipt, details(f, code));
    REQUIRE(receipt.ok());
    CHECK(receipt->fields.value(QStringLiteral("code")) == code);
    CHECK(receipt->fields.value(QStringLiteral("applicant_name")) == QStringLiteral("Nguyễn Thị Hương Giang"));
    CHECK(receipt->fields.value(QStringLiteral("received_at")) == QStringLiteral("08:00, ngày 23/11/2026"));
    CHECK(receipt->fields.value(QStringLiteral("due_at")) == text::moment(received.dueAt));
    CHECK(receipt->fields.value(QStringLiteral("limit")) == QStringLiteral("20 ngày làm việc"));
    CHECK(receipt->fields.value(QStringLiteral("place_date")).endsWith(QStringLiteral("ngày 23 tháng 11 năm 2026")));
    CHECK(receipt->fields.value(QStringLiteral("received_by")) == QStringLiteral("Cán bộ clerk"));
    const QList<Row> documents = receipt->tables.value(QStringLiteral("documents"));
    REQUIRE(documents.size() == received.documents.size());
    CHECK(documents.at(0).value(QStringLiteral("name")) == received.documents.at(0).name);
    CHECK(documents.at(0).value(QStringLiteral("kind")) == text::documentKind(received.documents.at(0).kind));
    CHECK(formsFor(received) == QList<FormKind>{FormKind::Receipt, FormKind::ControlSlip});

    for (FormKind kind : {FormKind::Supplement, FormKind::Refusal, FormKind::Apology, FormKind::Stop}) {
        auto early = dossierFormData(kind, details(f, code));
        REQUIRE_FALSE(early.ok());
        CHECK(early.error().code == ErrorCode::IllegalState);
    }
    CHECK(dossierFormData(FormKind::Register, details(f, code)).error().field == QStringLiteral("form"));

    auto clerk = f.as(QStringLiteral("clerk"));
    auto head = f.as(QStringLiteral("head.bcxb"));
    REQUIRE(workflow::HandoverService(clerk).handover(code, QStringLiteral("Chuyển phòng")).ok());
    f.db.clock().set(f.at(2026, 11, 23, 14, 0));
    REQUIRE(workflow::PauseService(head)
                .pause(code, dossier::PauseReason::Supplement,
                       QStringLiteral("Bản sao giấy phép kinh doanh\nSơ yếu lý lịch của người đứng đầu"))
                .ok());
    auto supplement = dossierFormData(FormKind::Supplement, details(f, code));
    REQUIRE(supplement.ok());
    const QList<Row> missing = supplement->tables.value(QStringLiteral("missing"));
    REQUIRE(missing.size() == 2);
    CHECK(missing.at(1).value(QStringLiteral("no")) == QStringLiteral("2"));
    CHECK(missing.at(1).value(QStringLiteral("name")) == QStringLiteral("Sơ yếu lý lịch của người đứng đầu"));
    CHECK(supplement->fields.value(QStringLiteral("requested_by")) == QStringLiteral("Cán bộ head.bcxb"));
    CHECK(supplement->fields.value(QStringLiteral("requested_at")) == QStringLiteral("14:00, ngày 23/11/2026"));

    f.db.clock().set(f.at(2026, 11, 25, 9, 0));
    REQUIRE(workflow::PauseService(clerk).resume(code, QStringLiteral("Đã bổ sung")).ok());
    auto leader = f.as(QStringLiteral("leader"));
    const dossier::Dossier beforeExtension = details(f, code).dossier;
    const QDateTime later = beforeExtension.dueAt.addDays(7);
    REQUIRE(workflow::ExtensionService(leader).extend(code, later, QStringLiteral("Cần xác minh thêm")).ok());
    auto apology = dossierFormData(FormKind::Apology, details(f, code));
    REQUIRE(apology.ok());
    CHECK(apology->fields.value(QStringLiteral("old_due_at")) == text::moment(beforeExtension.dueAt));
    CHECK(apology->fields.value(QStringLiteral("new_due_at")) == text::moment(later));
    CHECK(apology->fields.value(QStringLiteral("reason")) == QStringLiteral("Cần xác minh thêm"));
    CHECK(apology->fields.value(QStringLiteral("apology_by")) == QStringLiteral("Cán bộ leader"));

    auto slip = dossierFormData(FormKind::ControlSlip, details(f, code));
    REQUIRE(slip.ok());
    const QList<Row> handovers = slip->tables.value(QStringLiteral("handovers"));
    REQUIRE(handovers.size() == 2); // at receipt to step 1, step 1 to step 2
    CHECK(handovers.at(0).value(QStringLiteral("from_unit")) == QStringLiteral("Bộ phận Một cửa"));
    CHECK(handovers.at(0).value(QStringLiteral("giver")) == QStringLiteral("Cán bộ clerk"));
    CHECK(handovers.at(1).value(QStringLiteral("handed_at")) == QStringLiteral("08:00, ngày 23/11/2026"));
    CHECK_FALSE(handovers.at(1).value(QStringLiteral("result")).isEmpty());

    REQUIRE(workflow::ClosureService(head).refuse(code, QStringLiteral("Không thuộc thẩm quyền giải quyết")).ok());
    auto refusal = dossierFormData(FormKind::Refusal, details(f, code));
    REQUIRE(refusal.ok());
    CHECK(refusal->fields.value(QStringLiteral("reason")) == QStringLiteral("Không thuộc thẩm quyền giải quyết"));
    CHECK(refusal->fields.value(QStringLiteral("refused_by")) == QStringLiteral("Cán bộ head.bcxb"));
    CHECK(formsFor(details(f, code).dossier) == QList<FormKind>{FormKind::Receipt, FormKind::ControlSlip,
                                                                FormKind::Supplement, FormKind::Refusal,
                                                                FormKind::Apology});
}

TEST_CASE("Form data: the register of a period, read page by page by receipt moment and row", "[forms]")
{
    test::WorkflowFixture f;
    const dossier::Dossier first = f.receive();
    // 1,200 more received at the same moment: the register orders them by row, across pages of 500.
    const QStringList copies = test::copyDossier(f.db.database(), first.code, 1200);
    f.db.clock().set(f.at(2026, 11, 25, 9, 30));
    const dossier::Dossier second = f.receive();

    storage::RegisterReader reader(f.db.database(), QDate(2026, 11, 23), QDate(2026, 11, 25));
    CHECK(reader.count().value_or(-1) == 1202);
    QStringList codes;
    QList<qsizetype> pages;
    for (;;) {
        auto page = reader.next();
        REQUIRE(page.ok());
        if (page->isEmpty()) {
            break;
        }
        pages << page->size();
        for (const storage::RegisterLine& line : *page) {
            codes << line.code;
        }
    }
    CHECK(pages == QList<qsizetype>{500, 500, 202});
    CHECK(codes == QStringList{first.code} + copies + QStringList{second.code});
    CHECK(reader.next()->isEmpty()); // and stays read

    // A page the size of the rest ends the period without an empty read more.
    storage::RegisterReader exact(f.db.database(), QDate(2026, 11, 25), QDate(2026, 11, 25), 2);
    auto only = exact.next();
    REQUIRE(only.ok());
    REQUIRE(only->size() == 1);
    CHECK(only->at(0).code == second.code);
    CHECK(only->at(0).receivedAt == f.at(2026, 11, 25, 9, 30));
    CHECK(exact.next()->isEmpty());

    storage::RegisterReader none(f.db.database(), QDate(2026, 11, 24), QDate(2026, 11, 24));
    CHECK(none.count().value_or(-1) == 0);
    CHECK(none.next()->isEmpty());
    storage::RegisterReader upsideDown(f.db.database(), QDate(2026, 11, 25), QDate(2026, 11, 23));
    CHECK(upsideDown.count().error().field == QStringLiteral("to"));
    CHECK(upsideDown.next().error().field == QStringLiteral("to"));

    storage::RegisterReader again(f.db.database(), QDate(2026, 11, 23), QDate(2026, 11, 23), 1);
    auto line = again.next();
    REQUIRE(line.ok());
    REQUIRE(line->size() == 1);
    const Row row = registerRow(line->at(0), 7);
    CHECK(row.value(QStringLiteral("no")) == QStringLiteral("7"));
    CHECK(row.value(QStringLiteral("code")) == first.code);
    CHECK(row.value(QStringLiteral("received_at")) == QStringLiteral("08:00 23/11/2026"));
    CHECK(row.value(QStringLiteral("address_phone")) ==
          QStringLiteral("Số 12, đường Trần Phú, phường Vĩnh Thanh, Rạch Giá, Kiên Giang; 0912345678"));
    CHECK(row.value(QStringLiteral("returned_at")).isEmpty());
    CHECK(row.value(QStringLiteral("returned_how")).isEmpty());

    const FormData heading = registerHeading({}, 1202, QDate(2026, 11, 23), QDate(2026, 11, 25), f.db.clock().now());
    CHECK(heading.fields.value(QStringLiteral("count")) == QStringLiteral("1202"));
    CHECK(heading.fields.value(QStringLiteral("from_date")) == QStringLiteral("23/11/2026"));
    CHECK(heading.fields.value(QStringLiteral("to_date")) == QStringLiteral("25/11/2026"));
    CHECK(heading.tables.isEmpty());
}

TEST_CASE("Form templates: an administrator loads, exports and resets, a broken one is refused", "[forms]")
{
    test::WorkflowFixture f;
    FormTemplates templates(f.db.database(), f.db.clock());
    const identity::User admin = f.users.value(QStringLiteral("admin"));
    const identity::User clerk = f.users.value(QStringLiteral("clerk"));

    auto shipped = templates.inUse(FormKind::Refusal);
    REQUIRE(shipped.ok());
    CHECK_FALSE(shipped->custom);
    CHECK(shipped->form.text() == shippedTemplate(FormKind::Refusal));

    QString edited = shippedTemplate(FormKind::Refusal);
    edited.replace(QStringLiteral("NGƯỜI TỪ CHỐI"), QStringLiteral("TRƯỞNG BỘ PHẬN MỘT CỬA"));
    CHECK(templates.load(clerk, FormKind::Refusal, edited).error().code == ErrorCode::Forbidden);
    CHECK_FALSE(templates.inUse(FormKind::Refusal)->custom);

    QString broken = edited;
    broken.replace(QStringLiteral("{{reason}}"), QStringLiteral("{{ly_do}}"));
    auto refused = templates.load(admin, FormKind::Refusal, broken);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("{{ly_do}} không phải là trường của biểu mẫu này")));
    CHECK(refused.error().message.startsWith(QStringLiteral("dòng ")));
    CHECK_FALSE(templates.inUse(FormKind::Refusal)->custom); // the shipped one stays in use
    CHECK_FALSE(storage::FormTemplateRepository(f.db.database()).find(QStringLiteral("refusal"))->has_value());

    f.db.clock().set(f.at(2026, 11, 23, 10, 15));
    REQUIRE(templates.load(admin, FormKind::Refusal, edited).ok());
    auto custom = templates.inUse(FormKind::Refusal);
    REQUIRE(custom.ok());
    CHECK(custom->custom);
    CHECK(custom->form.text() == edited);
    CHECK(custom->loadedBy == QStringLiteral("Cán bộ admin"));
    CHECK(custom->loadedAt == f.at(2026, 11, 23, 10, 15));
    CHECK_FALSE(templates.inUse(FormKind::Stop)->custom);

    // A stored template that no longer fits its form (after an upgrade) gives way to the shipped one.
    REQUIRE(storage::FormTemplateRepository(f.db.database())
                .save(QStringLiteral("stop"),
                      {QStringLiteral("<p>{{code}} {{old_field}}</p>"), f.db.clock().now(), admin.id})
                .ok());
    auto fallback = templates.inUse(FormKind::Stop);
    REQUIRE(fallback.ok());
    CHECK_FALSE(fallback->custom);
    CHECK(fallback->customProblem.contains(QStringLiteral("old_field")));

    CHECK(templates.reset(clerk, FormKind::Refusal).error().code == ErrorCode::Forbidden);
    REQUIRE(templates.reset(admin, FormKind::Refusal).ok());
    CHECK_FALSE(templates.inUse(FormKind::Refusal)->custom);
}

TEST_CASE("Form templates: export to a file and load from one, a file that cannot be read is refused", "[forms]")
{
    test::WorkflowFixture f;
    QTemporaryDir folder;
    FormTemplates templates(f.db.database(), f.db.clock());
    const identity::User admin = f.users.value(QStringLiteral("admin"));

    const QString exported = folder.filePath(QStringLiteral("stop.html"));
    REQUIRE(templates.exportTo(FormKind::Stop, exported).ok());
    QFile file(exported);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(file.readAll()) == shippedTemplate(FormKind::Stop));
    file.close();
    CHECK(templates.exportTo(FormKind::Stop, folder.filePath(QStringLiteral("no/such/folder.html"))).error().field ==
          QStringLiteral("file"));

    CHECK(templates.loadFrom(admin, FormKind::Stop, folder.filePath(QStringLiteral("missing.html"))).error().field ==
          QStringLiteral("file"));
    QFile large(folder.filePath(QStringLiteral("large.html")));
    REQUIRE(large.open(QIODevice::WriteOnly));
    large.write(QByteArray(FormTemplate::kMaxSize * 4 + 1, 'x'));
    large.close();
    CHECK(templates.loadFrom(admin, FormKind::Stop, large.fileName()).error().field == QStringLiteral("file"));
    CHECK_FALSE(templates.inUse(FormKind::Stop)->custom);

    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Append));
    file.write("<p>{{reason}}</p>\n");
    file.close();
    REQUIRE(templates.loadFrom(admin, FormKind::Stop, exported).ok());
    CHECK(templates.inUse(FormKind::Stop)->form.text().endsWith(QStringLiteral("<p>{{reason}}</p>\n")));
}

TEST_CASE("Forms: a header line never breaks inside a place name", "[forms]")
{
    const QChar nbsp(0x00A0);
    CHECK(motcua::forms::text::headerName(QStringLiteral("ỦY BAN NHÂN DÂN TỈNH KIÊN GIANG")) ==
          QStringLiteral("ỦY BAN NHÂN DÂN TỈNH") + nbsp + QStringLiteral("KIÊN") + nbsp + QStringLiteral("GIANG"));
    CHECK(motcua::forms::text::headerName(QStringLiteral("UBND THỊ XÃ PHÚ QUỐC")) ==
          QStringLiteral("UBND THỊ") + nbsp + QStringLiteral("XÃ") + nbsp + QStringLiteral("PHÚ") + nbsp +
              QStringLiteral("QUỐC"));
    CHECK(motcua::forms::text::headerName(QStringLiteral("BỘ PHẬN MỘT CỬA")) == QStringLiteral("BỘ PHẬN MỘT CỬA"));
    // As typed in the catalogue; the template puts it in capitals.
    CHECK(motcua::forms::text::headerName(QStringLiteral("Ủy ban nhân dân tỉnh Kiên Giang")) ==
          QStringLiteral("Ủy ban nhân dân tỉnh") + nbsp + QStringLiteral("Kiên") + nbsp + QStringLiteral("Giang"));
}

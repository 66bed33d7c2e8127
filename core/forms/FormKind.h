#pragma once

#include "core/forms/FormTemplate.h"

#include <QList>
#include <QString>

#include <optional>

namespace motcua::forms {

// The statutory forms of the one-stop shop (Circular 03/2025/TT-VPCP, Appendix I), docs/domain.md §4.
enum class FormKind {
    Receipt,     // Mẫu 01 Giấy tiếp nhận hồ sơ và hẹn trả kết quả
    Supplement,  // Mẫu 02 Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ
    Refusal,     // Mẫu 03 Phiếu từ chối tiếp nhận giải quyết hồ sơ
    Apology,     // Mẫu 04 Phiếu xin lỗi và hẹn lại ngày trả kết quả
    Stop,        // Mẫu 05 Thông báo dừng giải quyết hồ sơ
    ControlSlip, // Mẫu 06 Phiếu kiểm soát quá trình giải quyết hồ sơ
    Register,    // Mẫu 07 Sổ theo dõi hồ sơ
};

enum class Paper { A5Portrait, A4Landscape };

QList<FormKind> allForms();
QString formKey(FormKind kind); // "receipt" | "supplement" | … | "control-slip" | "register"
std::optional<FormKind> formFromKey(const QString& key);
QString formTitle(FormKind kind); // translated, with its number: "Mẫu 01 – Giấy tiếp nhận …"
Paper formPaper(FormKind kind);
const FormSchema& formSchema(FormKind kind);
// The template shipped in resources/forms/, as read from the application's resources.
QString shippedTemplate(FormKind kind);

} // namespace motcua::forms

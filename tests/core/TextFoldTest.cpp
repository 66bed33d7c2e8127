#include "core/common/TextFold.h"

#include "tests/support/CatchQt.h"

#include <catch2/catch.hpp>

using namespace motcua;

TEST_CASE("Text fold: Vietnamese text without diacritics, lower case", "[textfold]")
{
    struct Case {
        const char* text;
        const char* folded;
    };
    const auto c =
        GENERATE(Case{"Cấp phép", "cap phep"}, Case{"ĐỖ THỊ HƯƠNG", "do thi huong"},
                 Case{"Thủ tục hành chính", "thu tuc hanh chinh"},
                 Case{"Ủy ban nhân dân tỉnh Kiên Giang", "uy ban nhan dan tinh kien giang"},
                 Case{"Giấy phép xây dựng số 12/GPXD", "giay phep xay dung so 12/gpxd"},
                 Case{"Đăng ký khai sinh", "dang ky khai sinh"}, Case{"Quỹ đất", "quy dat"},
                 Case{"àáảãạăắằẳẵặâấầẩẫậèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵđ",
                      "aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyyd"},
                 Case{"ÀÁẢÃẠĂẮẰẲẴẶÂẤẦẨẪẬÈÉẺẼẸÊẾỀỂỄỆÌÍỈĨỊÒÓỎÕỌÔỐỒỔỖỘƠỚỜỞỠỢÙÚỦŨỤƯỨỪỬỮỰỲÝỶỸỴĐ",
                      "aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyyd"},
                 Case{"  Nguyễn   Văn\tAn \n", "nguyen van an"}, Case{"Hà\u00a0Nội", "ha noi"}, // no-break space
                 Case{"cap phep", "cap phep"}, Case{"", ""}, Case{" \t\n ", ""});
    const QString text = QString::fromUtf8(c.text);
    CAPTURE(text);
    CHECK(foldForSearch(text) == QString::fromUtf8(c.folded));
}

TEST_CASE("Text fold: composed and decomposed input fold alike", "[textfold]")
{
    // "Cấp phép" as typed by keyboards that send the base letter and combining marks.
    const QString decomposed = QStringLiteral("Ca\u0302\u0301p phe\u0301p");
    CHECK(foldForSearch(decomposed) == QStringLiteral("cap phep"));
    const QString composed = QStringLiteral("Đỗ Thị Hương");
    CHECK(foldForSearch(composed.normalized(QString::NormalizationForm_D)) == foldForSearch(composed));
    CHECK(foldForSearch(composed.normalized(QString::NormalizationForm_C)) == QStringLiteral("do thi huong"));
}

TEST_CASE("Text fold: a folded text contains the folded query", "[textfold]")
{
    const QString title = foldForSearch(QStringLiteral("Cấp Giấy chứng nhận quyền sử dụng đất"));
    CHECK(title.contains(foldForSearch(QStringLiteral("giay chung nhan"))));
    CHECK(title.contains(foldForSearch(QStringLiteral("QUYỀN SỬ DỤNG ĐẤT"))));
    CHECK(title.contains(foldForSearch(QStringLiteral("dat"))));
}

#pragma once

#include <QString>

namespace motcua {

// The form of a text used to compare for search, so that people may type without diacritics: lower case, every
// Vietnamese tone and vowel mark removed, đ/Đ as d, white space runs as one space, no space around.
// "Cấp phép" → "cap phep", "ĐỖ THỊ HƯƠNG" → "do thi huong". Composed and decomposed input give the same result.
QString foldForSearch(const QString& text);

} // namespace motcua

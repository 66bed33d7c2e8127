#pragma once

#include "core/reports/Ii06aReport.h"

namespace motcua::reports {

// Writes form II.06a as an XLSX workbook (libxlsxwriter): the agency's header, the title, the period and the unit,
// the statutory header with merged cells and the numbering row (1)…, one row per line and the total, numbers as
// numbers (shares as percentages, an empty cell for a share of nothing), column widths set, the header rows
// frozen, A4 landscape, and the signature block.
Status writeIi06aXlsx(const Ii06aReport& report, const QString& path);

} // namespace motcua::reports

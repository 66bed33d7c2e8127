#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace motcua {

// Rows as a CSV file that a spreadsheet opens as it is: UTF-8 with a byte-order mark (so that Excel reads the
// Vietnamese letters), comma-separated, CRLF line ends, fields quoted where needed (RFC 4180). A field that a
// spreadsheet would take for a formula (=, +, -, @ first) is prefixed with an apostrophe: a citizen's name is
// never run as a formula.
QByteArray toCsv(const QList<QStringList>& rows);

} // namespace motcua

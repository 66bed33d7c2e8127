#pragma once

#include "core/common/Result.h"

#include <QSqlError>
#include <QString>

namespace motcua::storage {

// What can go wrong with the SQLite file under the application, said in words a clerk and an administrator can act
// on: a file that is not a database (another kind of file, an empty one, a copy cut short), one that may not be
// written, a folder where SQLite may not keep its journal, a full disk, a database another program holds.
namespace sqlite_file {

// Before anything opens `file` (which SQLite would change: an empty file becomes a database, a database is switched
// to its journal): an existing file that is not a whole SQLite database, or that this program may not write, is
// refused here with the reason, and nothing touches it. A missing file needs a folder that may be written.
Status checkBeforeOpen(const QString& file);

// The error of a SQLite statement, in words: a full disk ("ổ đĩa đầy"), a read-only database, a database locked
// by another program beyond the busy timeout, a damaged file. Empty when the error is none of these (the caller
// keeps the driver's message). `file` names the database in the message.
QString explain(const QSqlError& error, const QString& file);

// The primary result code of SQLite in a Qt error (the driver may give an extended one: 778 is SQLITE_IOERR_WRITE).
int primaryCode(const QSqlError& error);

} // namespace sqlite_file

} // namespace motcua::storage

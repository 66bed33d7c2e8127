#include "core/storage/SqliteFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QThread>

#include <unistd.h>

namespace motcua::storage::sqlite_file {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("motcua::storage::sqlite_file", text);
}

// SQLite's result codes (sqlite3.h) that have words of their own here.
enum SqliteCode {
    Busy = 5,
    Locked = 6,
    ReadOnly = 8,
    IoError = 10,
    Corrupt = 11,
    Full = 13,
    CannotOpen = 14,
    NotADatabase = 26,
};

// The file's header (https://www.sqlite.org/fileformat.html): the magic text, the page size, the change counter,
// the page count and the change counter the page count is valid for.
constexpr int kHeaderSize = 100;
constexpr int kCreationWaitMs = 1500;

quint32 bigEndian(const QByteArray& bytes, int at, int size)
{
    quint32 value = 0;
    for (int i = 0; i < size; ++i) {
        value = (value << 8) | static_cast<quint8>(bytes.at(at + i));
    }
    return value;
}

// Whether this program may write `path` (the kernel's answer: a read-only mount or an immutable file stops root
// too, which a look at the permission bits would not tell).
bool writable(const QString& path)
{
    return ::access(QFile::encodeName(path).constData(), W_OK) == 0;
}

Error refused(const QString& message)
{
    return Error::storage(message);
}

} // namespace

int primaryCode(const QSqlError& error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? code & 0xff : 0;
}

Status checkBeforeOpen(const QString& file)
{
    const QFileInfo info(file);
    const QString folder = info.absolutePath();
    if (!info.exists()) {
        if (QFileInfo(folder).isDir() && !writable(folder)) {
            return refused(tr("The folder %1 may not be written by this program: the database cannot be created "
                              "there. Choose another folder, or ask the administrator for the right to write it.")
                               .arg(QDir::toNativeSeparators(folder)));
        }
        return {};
    }
    const QString shown = QDir::toNativeSeparators(file);
    // Another workstation creating the database at this moment has an empty file for a few milliseconds, until
    // SQLite writes its first page: an empty file is one only if it stays empty.
    QElapsedTimer waited;
    waited.start();
    while (QFileInfo(file).size() == 0 && waited.elapsed() < kCreationWaitMs) {
        QThread::msleep(50);
    }
    QFile handle(file);
    if (!handle.open(QIODevice::ReadOnly)) {
        return refused(tr("The database %1 cannot be read: %2").arg(shown, handle.errorString()));
    }
    const qint64 size = handle.size();
    const QByteArray header = handle.read(kHeaderSize);
    handle.close();
    if (size == 0) {
        return refused(tr("The file %1 is empty: it is not a MotCua database (perhaps a copy that did not finish). "
                          "Nothing was changed in it. Open the right file, or restore a backup.")
                           .arg(shown));
    }
    if (header.size() < kHeaderSize || !header.startsWith(QByteArrayLiteral("SQLite format 3\0"))) {
        return refused(tr("The file %1 is not a MotCua database (it is no SQLite database at all). Nothing was "
                          "changed in it. Open the right file, or restore a backup.")
                           .arg(shown));
    }
    quint32 pageSize = bigEndian(header, 16, 2);
    if (pageSize == 1) {
        pageSize = 65536;
    }
    const quint32 pages = bigEndian(header, 28, 4);
    const bool countValid = bigEndian(header, 24, 4) == bigEndian(header, 92, 4);
    // A write-ahead log with content beside the file holds pages a checkpoint had not copied yet when the program
    // stopped: SQLite completes the file from it. Without one, the file alone must hold all its pages.
    const QFileInfo journal(file + QStringLiteral("-wal"));
    const bool journalHolds = journal.exists() && journal.size() > 0;
    const qint64 expected = static_cast<qint64>(pageSize) * pages;
    if (!journalHolds && pageSize >= 512 && ((countValid && size < expected) || size % pageSize != 0)) {
        return refused(tr("The database %1 is incomplete: the file holds %2 bytes of the %3 it should (a copy cut "
                          "short?). Nothing was changed in it. Restore a backup.")
                           .arg(shown)
                           .arg(size)
                           .arg(countValid ? expected : (size / pageSize + 1) * pageSize));
    }
    if (!writable(file)) {
        return refused(tr("The database %1 may not be written by this program (the file is read-only for it). "
                          "Nothing was changed. Ask the administrator to give this computer's account the right to "
                          "write the file, or open a copy of it.")
                           .arg(shown));
    }
    if (!writable(folder)) {
        return refused(tr("The folder %1 of the database may not be written by this program: SQLite keeps its "
                          "journal files (-wal, -shm) beside the database and cannot work without them. Nothing was "
                          "changed. Ask the administrator to give this computer's account the right to write the "
                          "folder.")
                           .arg(QDir::toNativeSeparators(folder)));
    }
    return {};
}

QString explain(const QSqlError& error, const QString& file)
{
    const QString shown = QDir::toNativeSeparators(file);
    switch (primaryCode(error)) {
    case Full:
        return tr("The disk is full: nothing of this action was saved in %1. Free some space on the disk and try "
                  "again.")
            .arg(shown);
    case IoError:
        return tr("The database %1 could not be written to the disk (the disk is full, over its quota, or failing): "
                  "nothing of this action was saved. Free some space on the disk and try again; if it happens again, "
                  "have the disk checked.")
            .arg(shown);
    case ReadOnly:
        return tr("The database %1 is read-only for this program: nothing of this action was saved. Ask the "
                  "administrator to give this computer's account the right to write the file and its folder.")
            .arg(shown);
    case Busy:
    case Locked:
        return tr("The database %1 is held by another program for longer than 10 seconds: nothing of this action "
                  "was saved. Close the other program that has the file open (a database browser, a copy in "
                  "progress) and try again.")
            .arg(shown);
    case Corrupt:
    case NotADatabase:
        return tr("The database %1 is damaged or is not a database: nothing of this action was saved. Restore a "
                  "backup.")
            .arg(shown);
    case CannotOpen:
        return tr("The database %1 or its folder cannot be written (SQLite keeps its journal files -wal and -shm "
                  "beside the database): nothing was changed. Ask the administrator to give this computer's account "
                  "the right to write the folder.")
            .arg(shown);
    default:
        return {};
    }
}

} // namespace motcua::storage::sqlite_file

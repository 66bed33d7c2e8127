#pragma once

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

namespace motcua::test {

// The SHA-256 of a file's bytes (empty when it cannot be read): "never a change to the file".
QByteArray fileHash(const QString& path);

// The bytes of a file (empty when it cannot be read); a file written whole (whether it was).
QByteArray fileBytes(const QString& path);
bool writeFile(const QString& path, const QByteArray& bytes);

// A small disk of its own: a tmpfs of `bytes` mounted on a temporary folder (root only; the tests run as root in
// CI), unmounted with the object. mounted() says whether it could be.
class SmallDisk {
public:
    explicit SmallDisk(qint64 bytes);
    ~SmallDisk();
    SmallDisk(const SmallDisk&) = delete;
    SmallDisk& operator=(const SmallDisk&) = delete;

    bool mounted() const { return m_mounted; }
    QString filePath(const QString& name) const { return m_dir.filePath(name); }
    // Writes a filler file until the disk refuses (ENOSPC); removeFiller() gives the space back.
    qint64 fill();
    void removeFiller();

private:
    QTemporaryDir m_dir;
    bool m_mounted = false;
};

// Writing beyond `bytes` into any file refused for this process (RLIMIT_FSIZE, SIGXFSZ ignored so that the write
// fails with EFBIG instead of killing the process): the disk full as this program sees it. Restored with the object.
class FileSizeLimit {
public:
    explicit FileSizeLimit(qint64 bytes);
    ~FileSizeLimit();
    FileSizeLimit(const FileSizeLimit&) = delete;
    FileSizeLimit& operator=(const FileSizeLimit&) = delete;

private:
    qint64 m_soft = 0;
    void (*m_handler)(int) = nullptr;
};

// A file or folder no one may write while the object lives: immutable (chattr +i) as root, whom the permission bits
// do not stop; read-only permission bits otherwise. ok() says whether it could be done.
class ReadOnly {
public:
    explicit ReadOnly(QString path);
    ~ReadOnly();
    ReadOnly(const ReadOnly&) = delete;
    ReadOnly& operator=(const ReadOnly&) = delete;

    bool ok() const { return m_ok; }

private:
    QString m_path;
    bool m_ok = false;
    bool m_immutable = false;
    unsigned m_mode = 0;
};

} // namespace motcua::test

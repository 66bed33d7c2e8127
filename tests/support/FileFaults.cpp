#include "tests/support/FileFaults.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

#include <csignal>

#include <fcntl.h>
#include <linux/fs.h>
#include <sys/ioctl.h>
#include <sys/mount.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

namespace motcua::test {

QByteArray fileHash(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.flush();
}

SmallDisk::SmallDisk(qint64 bytes)
{
    const QByteArray options = "size=" + QByteArray::number(bytes) + ",mode=0700";
    m_mounted = geteuid() == 0 && ::mount("tmpfs", QFile::encodeName(m_dir.path()).constData(), "tmpfs",
                                          MS_NOSUID | MS_NODEV, options.constData()) == 0;
}

SmallDisk::~SmallDisk()
{
    if (m_mounted) {
        ::umount2(QFile::encodeName(m_dir.path()).constData(), MNT_DETACH);
    }
}

qint64 SmallDisk::fill()
{
    QFile filler(filePath(QStringLiteral("filler")));
    if (!filler.open(QIODevice::WriteOnly | QIODevice::Append)) {
        return 0;
    }
    const QByteArray block(4096, 'x');
    qint64 written = 0;
    while (filler.write(block) == block.size() && filler.flush()) {
        written += block.size();
    }
    return written;
}

void SmallDisk::removeFiller()
{
    QFile::remove(filePath(QStringLiteral("filler")));
}

FileSizeLimit::FileSizeLimit(qint64 bytes)
{
    m_handler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit limit{};
    getrlimit(RLIMIT_FSIZE, &limit);
    m_soft = static_cast<qint64>(limit.rlim_cur);
    limit.rlim_cur = static_cast<rlim_t>(bytes);
    setrlimit(RLIMIT_FSIZE, &limit);
}

FileSizeLimit::~FileSizeLimit()
{
    rlimit limit{};
    getrlimit(RLIMIT_FSIZE, &limit);
    limit.rlim_cur = static_cast<rlim_t>(m_soft);
    setrlimit(RLIMIT_FSIZE, &limit);
    std::signal(SIGXFSZ, m_handler);
}

namespace {

// Sets or clears the immutable attribute (FS_IOC_SETFLAGS, what chattr does); whether it worked.
bool setImmutable(const QString& path, bool immutable)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK);
    if (fd < 0) {
        return false;
    }
    int flags = 0;
    bool done = ::ioctl(fd, FS_IOC_GETFLAGS, &flags) == 0;
    if (done) {
        flags = immutable ? (flags | FS_IMMUTABLE_FL) : (flags & ~FS_IMMUTABLE_FL);
        done = ::ioctl(fd, FS_IOC_SETFLAGS, &flags) == 0;
    }
    ::close(fd);
    return done;
}

} // namespace

ReadOnly::ReadOnly(QString path)
    : m_path(std::move(path))
{
    if (geteuid() == 0) {
        m_immutable = setImmutable(m_path, true);
        m_ok = m_immutable;
        return;
    }
    struct stat info {};
    if (::stat(QFile::encodeName(m_path).constData(), &info) == 0) {
        m_mode = info.st_mode & 07777;
        m_ok = ::chmod(QFile::encodeName(m_path).constData(), m_mode & ~0222U) == 0;
    }
}

ReadOnly::~ReadOnly()
{
    if (m_immutable) {
        setImmutable(m_path, false);
    } else if (m_ok) {
        ::chmod(QFile::encodeName(m_path).constData(), m_mode);
    }
}

} // namespace motcua::test

#include "storage/StagingFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <cerrno>
#include <cstdio>
#include <cstring>

#include <fcntl.h>
#include <unistd.h>

namespace credfolio {

StagingFile::StagingFile(QString path, QString destination) : m_path(std::move(path)), m_destination(std::move(destination)) { }

StagingFile::StagingFile(StagingFile&& other) noexcept
    : m_path(std::move(other.m_path)), m_destination(std::move(other.m_destination)), m_done(other.m_done)
{
    other.m_done = true;
}

StagingFile::~StagingFile()
{
    if (!m_done)
        removeWithSideFiles(m_path);
}

Result<StagingFile> StagingFile::create(const QString& destination)
{
    const QFileInfo info(destination);
    const QString dir = info.absolutePath();
    if (!QDir().mkpath(dir))
        return Result<StagingFile>::failure(
            QCoreApplication::translate("StagingFile", "Cannot create the folder %1.").arg(QDir::toNativeSeparators(dir)));
    // A hidden name in the same folder: the final rename stays on one file system.
    QTemporaryFile temp(dir + QStringLiteral("/.") + info.fileName() + QStringLiteral(".partial-XXXXXX"));
    temp.setAutoRemove(false);
    if (!temp.open())
        return Result<StagingFile>::failure(QCoreApplication::translate("StagingFile", "Cannot write in %1: %2")
                                                .arg(QDir::toNativeSeparators(dir), temp.errorString()));
    const QString path = temp.fileName();
    temp.close();
    return StagingFile(path, info.absoluteFilePath());
}

void StagingFile::removeWithSideFiles(const QString& path)
{
    for (const char* suffix : {"", "-journal", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
}

Status StagingFile::syncToDisk(const QString& path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0 || ::fsync(fd) != 0) {
        if (fd >= 0)
            ::close(fd);
        return Status::failure(
            QCoreApplication::translate("StagingFile", "Cannot write %1 to disk.").arg(QDir::toNativeSeparators(path)));
    }
    ::close(fd);
    return {};
}

Status StagingFile::commit()
{
    if (Status status = syncToDisk(m_path); !status)
        return status;
    if (std::rename(QFile::encodeName(m_path).constData(), QFile::encodeName(m_destination).constData()) != 0)
        return Status::failure(QCoreApplication::translate("StagingFile", "Cannot replace %1: %2")
                                   .arg(QDir::toNativeSeparators(m_destination), QString::fromLocal8Bit(std::strerror(errno))));
    m_done = true;
    // The rename itself is durable once the folder is.
    syncToDisk(QFileInfo(m_destination).absolutePath());
    return {};
}

} // namespace credfolio

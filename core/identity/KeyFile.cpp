#include "identity/KeyFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryFile>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace credfolio {
namespace {

constexpr QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

Status ensureDirectory(const QString& path)
{
    const QString dirPath = QFileInfo(path).absolutePath();
    QDir dir(dirPath);
    if (dir.exists())
        return {};
    if (!dir.mkpath(QStringLiteral(".")))
        return Status::failure(
            QCoreApplication::translate("KeyFile", "The folder %1 could not be created.").arg(QDir::toNativeSeparators(dirPath)));
    // A folder we made only for keys is the user's alone.
    QFile::setPermissions(dirPath, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return {};
}

Status createNew(const QString& path, const QByteArray& contents)
{
    // Write a private temporary file beside the target, then rename it into place. Qt's rename
    // refuses to replace an existing file, so two processes cannot both create a key here.
    QTemporaryFile temp(path + QStringLiteral(".XXXXXX"));
    if (!temp.open())
        return Status::failure(QCoreApplication::translate("KeyFile", "The key file %1 could not be written: %2")
                                   .arg(QDir::toNativeSeparators(path), temp.errorString()));
    temp.setPermissions(ownerOnly);
    if (temp.write(contents) != contents.size() || !temp.flush())
        return Status::failure(QCoreApplication::translate("KeyFile", "The key file %1 could not be written: %2")
                                   .arg(QDir::toNativeSeparators(path), temp.errorString()));
#ifdef Q_OS_UNIX
    if (::fsync(temp.handle()) != 0)
        return Status::failure(QCoreApplication::translate("KeyFile", "The key file %1 could not be written to disk.")
                                   .arg(QDir::toNativeSeparators(path)));
#endif
    if (QFileInfo::exists(path))
        return Status::failure(QCoreApplication::translate("KeyFile", "A key file already exists at %1; it was left as it is.")
                                   .arg(QDir::toNativeSeparators(path)));
    if (!temp.rename(path))
        return Status::failure(QCoreApplication::translate("KeyFile", "The key file %1 could not be put in place: %2")
                                   .arg(QDir::toNativeSeparators(path), temp.errorString()));
    temp.setAutoRemove(false);
    return {};
}

Status replace(const QString& path, const QByteArray& contents)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(QCoreApplication::translate("KeyFile", "The key file %1 could not be written: %2")
                                   .arg(QDir::toNativeSeparators(path), file.errorString()));
    file.setPermissions(ownerOnly);
    if (file.write(contents) != contents.size() || !file.commit())
        return Status::failure(QCoreApplication::translate("KeyFile", "The key file %1 could not be written: %2")
                                   .arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}

} // namespace

bool KeyFile::exists(const QString& path)
{
    return QFileInfo::exists(path);
}

Result<QByteArray> KeyFile::read(const QString& path)
{
    using R = Result<QByteArray>;
    QFile file(path);
    if (!file.exists())
        return R::failure(
            QCoreApplication::translate("KeyFile", "There is no key file at %1.").arg(QDir::toNativeSeparators(path)));
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(QCoreApplication::translate("KeyFile", "The key file %1 could not be read: %2")
                              .arg(QDir::toNativeSeparators(path), file.errorString()));
    if (file.size() > maxSize)
        return R::failure(QCoreApplication::translate("KeyFile", "%1 is too large to be a Credfolio key file.")
                              .arg(QDir::toNativeSeparators(path)));
    QByteArray contents = file.read(maxSize + 1);
    if (file.error() != QFileDevice::NoError)
        return R::failure(QCoreApplication::translate("KeyFile", "The key file %1 could not be read: %2")
                              .arg(QDir::toNativeSeparators(path), file.errorString()));
    if (contents.size() > maxSize)
        return R::failure(QCoreApplication::translate("KeyFile", "%1 is too large to be a Credfolio key file.")
                              .arg(QDir::toNativeSeparators(path)));
    return contents;
}

Status KeyFile::write(const QString& path, const QByteArray& contents, Write mode)
{
    if (Status dir = ensureDirectory(path); !dir)
        return dir;
    return mode == Write::CreateNew ? createNew(path, contents) : replace(path, contents);
}

Status KeyFile::remove(const QString& path)
{
    QFile file(path);
    if (!file.exists())
        return {};
    if (!file.remove())
        return Status::failure(QCoreApplication::translate("KeyFile", "The key file %1 could not be removed: %2")
                                   .arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}

} // namespace credfolio

// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "log/LogArchiver.h"

#include <QFile>
#include <QSaveFile>

#include <archive.h>
#include <archive_entry.h>

#include <cerrno>
#include <memory>

namespace Portico {

namespace {

constexpr qint64 chunkBytes = 64 * 1024;

la_ssize_t writeToFile(archive* a, void* clientData, const void* buffer, size_t length)
{
    auto* file = static_cast<QSaveFile*>(clientData);
    const qint64 written = file->write(static_cast<const char*>(buffer), static_cast<qint64>(length));
    if (written != static_cast<qint64>(length)) {
        archive_set_error(a, EIO, "%s", qPrintable(file->errorString()));
        return -1;
    }
    return static_cast<la_ssize_t>(written);
}

bool failed(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return false;
}

QString archiveError(archive* a)
{
    const char* text = archive_error_string(a);
    return text ? QString::fromLocal8Bit(text) : QStringLiteral("libarchive error");
}

} // namespace

bool LogArchiver::gzip(const QString& source, const QString& destination, QString* error)
{
    QFile in(source);
    if (!in.open(QIODevice::ReadOnly))
        return failed(error, in.errorString());
    QSaveFile out(destination);
    if (!out.open(QIODevice::WriteOnly))
        return failed(error, out.errorString());

    const std::unique_ptr<archive, decltype(&archive_write_free)> writer(archive_write_new(), archive_write_free);
    archive* a = writer.get();
    // No padding after the gzip trailer: tools would call it trailing garbage.
    if (archive_write_add_filter_gzip(a) != ARCHIVE_OK || archive_write_set_format_raw(a) != ARCHIVE_OK ||
        archive_write_set_bytes_in_last_block(a, 1) != ARCHIVE_OK ||
        archive_write_open2(a, &out, nullptr, writeToFile, nullptr, nullptr) != ARCHIVE_OK)
        return failed(error, archiveError(a));

    const std::unique_ptr<archive_entry, decltype(&archive_entry_free)> entry(archive_entry_new(), archive_entry_free);
    archive_entry_set_filetype(entry.get(), AE_IFREG);
    archive_entry_set_size(entry.get(), in.size());
    if (archive_write_header(a, entry.get()) != ARCHIVE_OK)
        return failed(error, archiveError(a));

    QByteArray chunk(chunkBytes, Qt::Uninitialized);
    for (;;) {
        const qint64 read = in.read(chunk.data(), chunk.size());
        if (read < 0)
            return failed(error, in.errorString());
        if (read == 0)
            break;
        if (archive_write_data(a, chunk.constData(), static_cast<size_t>(read)) != static_cast<la_ssize_t>(read))
            return failed(error, archiveError(a));
    }
    if (archive_write_close(a) != ARCHIVE_OK)
        return failed(error, archiveError(a));
    if (!out.commit())
        return failed(error, out.errorString());
    return true;
}

} // namespace Portico

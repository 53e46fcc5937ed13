// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/BuildInfo.h"

#include <QtGlobal>

#include <archive.h>
#include <openssl/crypto.h>
#include <zlib.h>

namespace Portico {

QString BuildInfo::version()
{
    return QStringLiteral(PORTICO_VERSION);
}

QString BuildInfo::libraryVersions()
{
    // OpenSSL_version() reads "OpenSSL 3.0.17 1 Jul 2025"; keep name and number only.
    const QString openSsl = QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION)).section(QLatin1Char(' '), 0, 1);
    return QStringLiteral("Qt %1, %2, zlib %3, libarchive %4")
        .arg(QString::fromLatin1(qVersion()), openSsl, QString::fromLatin1(zlibVersion()),
             QString::fromLatin1(archive_version_string()).section(QLatin1Char(' '), 1, 1));
}

} // namespace Portico

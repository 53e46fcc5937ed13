// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace Portico::Test {

// The certificate inputs under tests/data/certificates/ and checks the TLS tests share.
class CertificateTestData
{
public:
    // Passphrase and password of the encrypted inputs (see generate.sh).
    static QString secret() { return QStringLiteral("portico-test"); }
    static QString path(const QString& fileName);
    static QByteArray read(const QString& fileName);
    // True when the folder is missing or holds nothing at all, hidden staging folders included.
    static bool isEmptyFolder(const QString& path);
    // The permission bits of a file or folder (e.g. 0600), straight from stat().
    static int mode(const QString& path);
    // Verifies the first certificate of leafPem (its chain after it as untrusted intermediates) against the CA
    // certificates in trustedPem at the given time, for a TLS server and the host (name or IP, if not empty),
    // with X509_verify_cert. Empty when it verifies, else OpenSSL's reason.
    static QString verify(const QByteArray& leafPem, const QByteArray& trustedPem, const QString& host,
                          const QDateTime& at);
};

} // namespace Portico::Test

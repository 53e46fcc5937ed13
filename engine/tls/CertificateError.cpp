// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tls/CertificateError.h"

namespace Portico {

namespace {

QString arg(const QStringList& args, qsizetype index)
{
    return index < args.size() ? args.at(index) : QString();
}

QString invalidData(const QStringList& args)
{
    const QString what = arg(args, 0);
    const QString position = arg(args, 1);
    if (what == QLatin1String("certificate"))
        return QStringLiteral("certificate block %1 is damaged or not a certificate").arg(position);
    if (what == QLatin1String("private-key"))
        return QStringLiteral("private key block %1 is damaged or not a private key").arg(position);
    if (what == QLatin1String("pem-block"))
        return QStringLiteral("PEM block %1 is damaged (bad base64 or a missing END line)").arg(position);
    if (what == QLatin1String("pkcs12"))
        return QStringLiteral("the file is not a PKCS#12 (.p12, .pfx) file");
    return QStringLiteral("the data is not PEM (no -----BEGIN ...----- blocks found)");
}

} // namespace

QString CertificateError::message() const
{
    switch (code) {
    case CertificateErrorCode::InvalidData:
        return invalidData(args);
    case CertificateErrorCode::NoCertificate:
        return QStringLiteral("no certificate was found");
    case CertificateErrorCode::NoPrivateKey:
        return QStringLiteral("no private key was found");
    case CertificateErrorCode::KeyMismatch:
        return QStringLiteral("the private key does not belong to any of the certificates");
    case CertificateErrorCode::CertificateExpired:
        return QStringLiteral("the certificate \"%1\" expired on %2").arg(arg(args, 0), arg(args, 1));
    case CertificateErrorCode::CertificateNotYetValid:
        return QStringLiteral("the certificate \"%1\" is not valid before %2").arg(arg(args, 0), arg(args, 1));
    case CertificateErrorCode::ChainBroken:
        return QStringLiteral("the certificate \"%1\" is not part of the chain of the server certificate")
            .arg(arg(args, 0));
    case CertificateErrorCode::UnsupportedKeyType:
        return QStringLiteral("%1 keys are not supported (use RSA, ECDSA P-256/P-384/P-521 or Ed25519)")
            .arg(arg(args, 0));
    case CertificateErrorCode::KeyTooWeak:
        return QStringLiteral("the key has %1 bits; at least %2 are needed").arg(arg(args, 0), arg(args, 1));
    case CertificateErrorCode::PassphraseRequired:
        return QStringLiteral("the private key is encrypted; a passphrase is needed");
    case CertificateErrorCode::WrongPassphrase:
        return QStringLiteral("the passphrase for the private key is wrong");
    case CertificateErrorCode::WrongPkcs12Password:
        return QStringLiteral("the password for the PKCS#12 file is wrong");
    case CertificateErrorCode::UnsupportedPkcs12:
        return QStringLiteral("the PKCS#12 file uses an encryption this system cannot read: %1").arg(arg(args, 0));
    case CertificateErrorCode::InvalidName:
        return QStringLiteral("\"%1\" is not a valid host name or IP address").arg(arg(args, 0));
    case CertificateErrorCode::NoNames:
        return QStringLiteral("at least one host name or IP address is needed");
    case CertificateErrorCode::NameNotPermitted:
        return QStringLiteral("the local CA may only sign names within %2, not \"%1\"").arg(arg(args, 0), arg(args, 1));
    case CertificateErrorCode::InvalidValidity:
        return QStringLiteral("a validity of %1 days is not possible; it must be between %2 and %3 days")
            .arg(arg(args, 0), arg(args, 1), arg(args, 2));
    case CertificateErrorCode::NotFound:
        return QStringLiteral("there is no certificate with the id \"%1\"").arg(arg(args, 0));
    case CertificateErrorCode::WrongEntryKind:
        return QStringLiteral("the entry \"%1\" is a %2, not a %3").arg(arg(args, 0), arg(args, 1), arg(args, 2));
    case CertificateErrorCode::LocalCaExists:
        return QStringLiteral("a local CA already exists (\"%1\")").arg(arg(args, 0));
    case CertificateErrorCode::NoLocalCa:
        return QStringLiteral("there is no local CA yet");
    case CertificateErrorCode::ReadFailed:
        return QStringLiteral("cannot read %1: %2").arg(arg(args, 0), arg(args, 1));
    case CertificateErrorCode::WriteFailed:
        return QStringLiteral("cannot write %1: %2").arg(arg(args, 0), arg(args, 1));
    case CertificateErrorCode::CryptoFailed:
        return QStringLiteral("%1 failed: %2").arg(arg(args, 0), arg(args, 1));
    case CertificateErrorCode::InUse:
        return QStringLiteral("the certificate is still used by %1").arg(args.join(QStringLiteral(", ")));
    }
    return QString();
}

QString CertificateError::toString() const
{
    return codeName(code) + QStringLiteral(": ") + message();
}

QString CertificateError::codeName(CertificateErrorCode code)
{
    switch (code) {
    case CertificateErrorCode::InvalidData:
        return QStringLiteral("invalid-data");
    case CertificateErrorCode::NoCertificate:
        return QStringLiteral("no-certificate");
    case CertificateErrorCode::NoPrivateKey:
        return QStringLiteral("no-private-key");
    case CertificateErrorCode::KeyMismatch:
        return QStringLiteral("key-mismatch");
    case CertificateErrorCode::CertificateExpired:
        return QStringLiteral("certificate-expired");
    case CertificateErrorCode::CertificateNotYetValid:
        return QStringLiteral("certificate-not-yet-valid");
    case CertificateErrorCode::ChainBroken:
        return QStringLiteral("chain-broken");
    case CertificateErrorCode::UnsupportedKeyType:
        return QStringLiteral("unsupported-key-type");
    case CertificateErrorCode::KeyTooWeak:
        return QStringLiteral("key-too-weak");
    case CertificateErrorCode::PassphraseRequired:
        return QStringLiteral("passphrase-required");
    case CertificateErrorCode::WrongPassphrase:
        return QStringLiteral("wrong-passphrase");
    case CertificateErrorCode::WrongPkcs12Password:
        return QStringLiteral("wrong-pkcs12-password");
    case CertificateErrorCode::UnsupportedPkcs12:
        return QStringLiteral("unsupported-pkcs12");
    case CertificateErrorCode::InvalidName:
        return QStringLiteral("invalid-name");
    case CertificateErrorCode::NoNames:
        return QStringLiteral("no-names");
    case CertificateErrorCode::NameNotPermitted:
        return QStringLiteral("name-not-permitted");
    case CertificateErrorCode::InvalidValidity:
        return QStringLiteral("invalid-validity");
    case CertificateErrorCode::NotFound:
        return QStringLiteral("not-found");
    case CertificateErrorCode::WrongEntryKind:
        return QStringLiteral("wrong-entry-kind");
    case CertificateErrorCode::LocalCaExists:
        return QStringLiteral("local-ca-exists");
    case CertificateErrorCode::NoLocalCa:
        return QStringLiteral("no-local-ca");
    case CertificateErrorCode::ReadFailed:
        return QStringLiteral("read-failed");
    case CertificateErrorCode::WriteFailed:
        return QStringLiteral("write-failed");
    case CertificateErrorCode::CryptoFailed:
        return QStringLiteral("crypto-failed");
    case CertificateErrorCode::InUse:
        return QStringLiteral("in-use");
    }
    return QString();
}

} // namespace Portico

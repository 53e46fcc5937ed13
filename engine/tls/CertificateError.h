// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Portico {

// Why the certificate store refused or failed. The UI words the code and arguments with tr();
// arguments never hold key material or passphrases.
enum class CertificateErrorCode
{
    // args: what could not be read, position (1-based) where it applies: "pem" (no PEM blocks and not DER either),
    // "pem-block" (damaged armour or base64), "certificate", "private-key", "pkcs12"
    InvalidData,
    NoCertificate,          // args: -
    NoPrivateKey,           // args: -
    KeyMismatch,            // args: -
    CertificateExpired,     // args: subject, notAfter (ISO 8601 UTC)
    CertificateNotYetValid, // args: subject, notBefore (ISO 8601 UTC)
    ChainBroken,            // args: subject of the certificate that does not link to the others
    UnsupportedKeyType,     // args: key type (e.g. "DSA", "EC secp256k1")
    KeyTooWeak,             // args: key bits, minimum bits
    PassphraseRequired,     // args: -
    WrongPassphrase,        // args: -
    WrongPkcs12Password,    // args: -
    UnsupportedPkcs12,      // args: OpenSSL's reason (e.g. an old cipher without the legacy provider)
    InvalidName,            // args: the name
    NoNames,                // args: -
    NameNotPermitted,       // args: the name, the local CA's permitted domains (comma separated)
    InvalidValidity,        // args: days asked for, minimum, maximum
    NotFound,               // args: entry id
    WrongEntryKind,         // args: entry id, kind it has, kind needed
    LocalCaExists,          // args: id of the existing local CA
    NoLocalCa,              // args: -
    ReadFailed,             // args: file name, reason
    WriteFailed,            // args: file name, reason
    CryptoFailed,           // args: operation, OpenSSL's reason
    InUse,                  // args: where it is used ("sites[2] (Intranet)", ...), one per argument
};

class CertificateError
{
public:
    CertificateErrorCode code = CertificateErrorCode::InvalidData;
    QStringList args;

    // Plain English for logs and porticod; the GUI words it itself through tr().
    QString message() const;
    // "code-name: message", for logs.
    QString toString() const;

    static QString codeName(CertificateErrorCode code);
    bool operator==(const CertificateError&) const = default;
};

} // namespace Portico

Q_DECLARE_METATYPE(Portico::CertificateError)

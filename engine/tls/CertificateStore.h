// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Clock.h"
#include "tls/CertificateEntry.h"
#include "tls/CertificateImportOptions.h"
#include "tls/CertificateResult.h"
#include "tls/NewCertificateOptions.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace Portico {

// Certificates and their private keys on disk, one folder per entry under the given directory:
//   <id>/certificate.pem   the chain, leaf first (absent while a request waits for its answer)
//   <id>/key.pem           the private key, unencrypted PKCS#8, mode 0600
//   <id>/request.csr       a pending request
//   <id>/entry.json        name, kind, source, creation time
// An entry is written whole into a private staging folder and renamed into place, so a failure or crash never
// leaves half an entry, and a refused import stores nothing. Folders are 0700. Private keys never reach the log
// or an error. Every call reads the disk afresh: there is no cache to go stale between the UI and the engine.
class CertificateStore
{
public:
    enum class ExportFormat
    {
        Pem,
        Der,
    };

    static constexpr int maxSelfSignedDays = 3650;
    // Browsers refuse server certificates that last longer (CA/Browser Forum, Apple: 398 days).
    static constexpr int maxLocalCaLeafDays = 397;
    static constexpr int localCaDays = 3652;

    explicit CertificateStore(QString directory, const Clock& clock = Clock::system());

    const QString& directory() const { return m_directory; }

    // Every entry, oldest first. Entries whose files are damaged are left out (and logged).
    QList<CertificateEntry> list() const;
    std::optional<CertificateEntry> entry(const QString& id) const;
    // Null for an unknown id or a pending request.
    CertificateInfo info(const QString& id) const;
    CertificateResult remove(const QString& id);

    // The files the TLS layer loads; empty for an unknown id or a pending request (no certificate yet).
    QString certificateFile(const QString& id) const;
    QString keyFile(const QString& id) const;
    // The server certificate to present for a host name or IP address: valid now, an exact SAN first, then a
    // wildcard SAN; among several, the one that lasts longest. Empty if none fits. It reads the disk: call it
    // when listeners are (re)configured, not for each handshake.
    QString findFor(const QString& hostname) const;

    // PEM certificates (leaf, chain in any order) and a private key, in one blob or two. The leaf is the
    // certificate matching the key; the rest must link up to it.
    CertificateResult importPem(const QByteArray& certificates, const QByteArray& key,
                                const CertificateImportOptions& options = {});
    // keyFile may be empty when certificateFile holds the key too.
    CertificateResult importPemFiles(const QString& certificateFile, const QString& keyFile,
                                     const CertificateImportOptions& options = {});
    CertificateResult importPkcs12(const QByteArray& data, const QString& password,
                                   const CertificateImportOptions& options = {});
    CertificateResult importPkcs12File(const QString& file, const QString& password,
                                       const CertificateImportOptions& options = {});
    // New certificate and key for an existing server certificate (a renewal): id, name and source stay.
    CertificateResult replacePem(const QString& id, const QByteArray& certificates, const QByteArray& key,
                                 const CertificateImportOptions& options = {});

    CertificateResult createSelfSigned(const NewCertificateOptions& options);

    // The one local CA: ECDSA P-256, ten years, "Portico Local CA – <office name>", allowed to sign server
    // certificates only. permittedDomains (e.g. "office.lan") limit the names it may sign, if given.
    CertificateResult createLocalCa(const QString& officeName, const QStringList& permittedDomains = {});
    // Empty when there is none.
    QString localCaId() const;
    // A server certificate signed by the local CA (serverAuth, at most maxLocalCaLeafDays).
    CertificateResult issueFromLocalCa(const NewCertificateOptions& options);
    // The CA certificate (never its key) for installing on client machines; data holds it.
    CertificateResult exportLocalCa(ExportFormat format) const;

    // A new key kept in the store and a request for the names, for a commercial CA; data holds the PEM request.
    CertificateResult createRequest(const NewCertificateOptions& options);
    QByteArray requestPem(const QString& id) const;
    // The CA's answer (the issued certificate, with its chain in any order) turns the pending entry into a
    // server certificate. With an empty id, the pending entry whose key matches is found.
    CertificateResult importRequestAnswer(const QString& id, const QByteArray& certificates,
                                          const CertificateImportOptions& options = {});

private:
    QString entryPath(const QString& id) const;
    std::optional<CertificateEntry> readEntry(const QString& id) const;
    // Logs the refusal (code and arguments only) and wraps it.
    CertificateResult failed(const char* operation, CertificateError error) const;

    QString m_directory;
    const Clock& m_clock;
};

} // namespace Portico

// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Portico {

// Where a stored certificate came from.
enum class CertificateSource
{
    Imported,   // PEM or PKCS#12 from elsewhere
    SelfSigned, // made here, signed by its own key
    LocalCa,    // the local CA itself, or a certificate it issued
    Acme,       // obtained from an ACME CA (Let's Encrypt, ...)
    Csr,        // a request made here and answered by a CA
};

// What an entry is: a server certificate the TLS layer can use, the local CA, or a request awaiting its answer.
enum class CertificateEntryKind
{
    Certificate,
    LocalCa,
    PendingRequest,
};

} // namespace Portico

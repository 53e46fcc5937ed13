// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Portico {

// The keys the store generates. ECDSA P-256 is the default: small, fast, accepted everywhere;
// RSA is for old clients that know nothing else.
enum class CertificateKeyType
{
    EcdsaP256,
    EcdsaP384,
    Rsa2048,
    Rsa3072,
    Rsa4096,
};

} // namespace Portico

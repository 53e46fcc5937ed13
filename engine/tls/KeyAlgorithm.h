// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Portico {

// The public-key algorithm of a certificate; the store accepts only these.
enum class KeyAlgorithm
{
    Unknown,
    Rsa,
    Ecdsa,
    Ed25519,
};

} // namespace Portico

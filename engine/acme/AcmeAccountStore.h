// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "acme/AcmeJws.h"

#include <QString>

namespace Portico {

// The ACME account key kept beside the certificates (<store>/acme/account.pem, mode 0600), so every order and
// renewal uses the same account. The key never reaches the log.
class AcmeAccountStore
{
public:
    explicit AcmeAccountStore(const QString& certificateDirectory);

    QString keyFile() const { return m_keyFile; }
    // The stored key, or a new one written first. Null on failure, with the reason (file and OS error) in error.
    AcmeJws loadOrCreate(QString* error = nullptr) const;

private:
    QString m_folder;
    QString m_keyFile;
};

} // namespace Portico

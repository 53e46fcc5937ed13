// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/Config.h"

#include <QCoreApplication>
#include <QHash>

namespace Portico {

// What a config change does, sentence by sentence, so the admin can check it before applying:
// sites (and how they use HTTPS), pools, servers, listeners and the ACME account added, removed or changed.
class ChangeText
{
    Q_DECLARE_TR_FUNCTIONS(Portico::ChangeText)

public:
    // certificateNames: store id -> entry name, to name the certificates sites use (ids otherwise).
    // localCaSites: the sites that the local CA issues a certificate for when the change is applied.
    static QStringList describe(const Config& before, const Config& after,
                                const QHash<QString, QString>& certificateNames = {},
                                const QStringList& localCaSites = {});
    // How the site is served over HTTPS, as it stands in the config.
    static QStringList describeTls(const SiteConfig& site, const AcmeConfig& acme,
                                   const QHash<QString, QString>& certificateNames = {}, bool fromLocalCa = false);
    // "Let's Encrypt", or the host of another ACME directory.
    static QString caName(const AcmeConfig& acme);

private:
    static void describeSite(const SiteConfig* before, const SiteConfig& after, const AcmeConfig& acme,
                             const QHash<QString, QString>& certificateNames, bool fromLocalCa, QStringList& lines);
    static void describePool(const PoolConfig* before, const PoolConfig& after, QStringList& lines);
    static QString server(const BackendConfig& backend);
};

} // namespace Portico

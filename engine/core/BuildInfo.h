// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Portico {

// Versions of Portico and of the libraries it runs on, for --version, the About box and bug reports.
class BuildInfo
{
public:
    static QString version();
    // "Qt 6.4.2, OpenSSL 3.0.17, zlib 1.2.13, libarchive 3.6.2": the versions loaded at run time.
    static QString libraryVersions();
};

} // namespace Portico

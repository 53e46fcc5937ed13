// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Portico::Test {

// Where the test inputs and the built programs are, as CMake told the test at build time.
class TestPaths
{
public:
    // A file under tests/data/.
    static QString data(const QString& relativePath);
    static QString sourceDir();
    static QString binaryDir();
    // An executable built by this tree (porticod, portico), with the platform's suffix.
    static QString program(const QString& name);
};

} // namespace Portico::Test

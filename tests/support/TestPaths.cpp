// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestPaths.h"

#include <QDir>

namespace Portico::Test {

QString TestPaths::data(const QString& relativePath)
{
    return QDir(QStringLiteral(PORTICO_TEST_DATA_DIR)).filePath(relativePath);
}

QString TestPaths::sourceDir()
{
    return QStringLiteral(PORTICO_SOURCE_DIR);
}

QString TestPaths::binaryDir()
{
    return QStringLiteral(PORTICO_BINARY_DIR);
}

QString TestPaths::program(const QString& name)
{
#ifdef Q_OS_WIN
    return QDir(QStringLiteral(PORTICO_RUNTIME_DIR)).filePath(name + QStringLiteral(".exe"));
#else
    return QDir(QStringLiteral(PORTICO_RUNTIME_DIR)).filePath(name);
#endif
}

} // namespace Portico::Test

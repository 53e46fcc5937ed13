// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/CommandLine.h"
#include "app/GuiApplication.h"

#include <QApplication>

int main(int argc, char* argv[])
{
    // --help and --version must work without a display (over SSH, in package checks).
    if (Portico::CommandLine::asksForHelpOrVersion(argc, argv)) {
        QCoreApplication app(argc, argv);
        Portico::GuiApplication::setApplicationInfo();
        Portico::CommandLine().parse(QCoreApplication::arguments()); // prints and exits
        return 0;
    }
    QApplication app(argc, argv);
    Portico::GuiApplication portico;
    return portico.run();
}

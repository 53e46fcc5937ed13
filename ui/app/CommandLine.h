// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Portico {

// What the portico command line asked for.
class CommandLine
{
public:
    QString configPath;       // empty: ConfigStore::defaultFilePath()
    QString screenshotPath;   // non-empty: render the window to this PNG and exit
    QString page;             // one of MainWindow::pageNames(), or empty
    QString dialog;           // one of MainWindow::dialogNames(), or empty: opened over the window
    QString wizardPage;       // with dialog add-site or edit-site: one of SiteWizard::pageNames()
    int screenshotAfterS = 0; // with screenshot: seconds to keep running (charts fill) after the first figures
    QString colorScheme;      // "light", "dark", or empty to follow the system
    bool hidden = false;      // start in the tray without showing the window (start at login)
    QString language;         // "en", "de", or empty for the system language
    bool languageGiven = false;

    // --help and --version print and end the process (QCommandLineParser's behaviour). Returns
    // an error message for anything else that is wrong, or an empty string.
    QString parse(const QStringList& arguments);

    // True for --help, -h, --version or -v: main() then answers without opening a display.
    static bool asksForHelpOrVersion(int argc, const char* const* argv);
};

} // namespace Portico

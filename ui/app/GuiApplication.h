// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/TranslationManager.h"

#include <QObject>

#include <memory>

namespace Portico {

class CommandLine;
class EngineSession;
class MainWindow;
class SingleInstance;
class TrayIcon;
class UiSettings;

// Runs the desktop app: command line, translations, single instance, config, engine, window and
// tray, and a graceful engine stop on quit. Also the --screenshot mode used for documentation.
class GuiApplication : public QObject
{
    Q_OBJECT

public:
    explicit GuiApplication(QObject* parent = nullptr);
    ~GuiApplication() override;

    // Call once, with a QApplication in place; returns the process exit code.
    int run();
    // Name, organisation and version: they decide where QSettings and QStandardPaths look.
    static void setApplicationInfo();

    // --color-scheme light|dark: Portico's own palette instead of the system's (empty: the system's).
    static void applyColorScheme(const QString& scheme);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    int takeScreenshot(const CommandLine& commandLine);
    // The traffic history file for the config at configPath (absolute).
    static QString historyPathFor(const QString& configPath);
    void quit();

    std::unique_ptr<UiSettings> m_settings;
    TranslationManager m_translations;
    std::unique_ptr<SingleInstance> m_instance;
    // Declared before the window and the tray: they refer to it, so they must go first.
    std::unique_ptr<EngineSession> m_session;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<TrayIcon> m_tray;
    bool m_quitting = false;
};

} // namespace Portico

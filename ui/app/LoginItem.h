// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace Portico {

// Starting Portico when the user logs in, the way each desktop expects it: an XDG autostart entry on Linux
// ($XDG_CONFIG_HOME/autostart/portico.desktop), a value under HKCU\...\CurrentVersion\Run on Windows, a
// launch agent (~/Library/LaunchAgents/org.portico.Portico.plist) on macOS. The system's entry is the only
// record: nothing is kept in Portico's own settings, so removing the entry by hand is respected.
class LoginItem
{
    Q_DECLARE_TR_FUNCTIONS(Portico::LoginItem)

public:
    // For the running executable (an AppImage's own path when run as one).
    LoginItem();
    explicit LoginItem(QString executablePath);

    static bool isSupported();
    // What the login entry passes to portico: start in the tray.
    static QString hiddenOption();

    bool isEnabled() const;
    // Creates or removes the entry; false (with errorString()) when the system refused.
    bool setEnabled(bool enabled);
    QString errorString() const { return m_error; }

    // The file (or registry key) that holds the entry.
    QString location() const;
    QString executablePath() const { return m_executable; }

private:
    QString m_executable;
    QString m_error;
};

} // namespace Portico

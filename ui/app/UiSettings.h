// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

class QSettings;

namespace Portico {

// The GUI's own preferences (not the proxy configuration, which lives in the config file).
class UiSettings
{
public:
    // The user's settings in the platform's usual place.
    UiSettings();
    // An INI file at filePath: lets tests keep away from the real user's settings.
    explicit UiSettings(const QString& filePath);
    ~UiSettings();

    // Empty follows the system language; otherwise a code such as "en" or "de".
    QString language() const;
    void setLanguage(const QString& code);

    bool closeToTray() const;
    void setCloseToTray(bool enabled);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);

    QString fileName() const;
    void sync();

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace Portico

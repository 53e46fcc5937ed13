// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/UiSettings.h"

#include <QSettings>

namespace Portico {

namespace {

const QString languageKey = QStringLiteral("ui/language");
const QString closeToTrayKey = QStringLiteral("ui/closeToTray");
const QString windowGeometryKey = QStringLiteral("ui/windowGeometry");

} // namespace

UiSettings::UiSettings()
    : m_settings(std::make_unique<QSettings>())
{}

UiSettings::UiSettings(const QString& filePath)
    : m_settings(std::make_unique<QSettings>(filePath, QSettings::IniFormat))
{}

UiSettings::~UiSettings() = default;

QString UiSettings::language() const
{
    return m_settings->value(languageKey).toString();
}

void UiSettings::setLanguage(const QString& code)
{
    m_settings->setValue(languageKey, code);
}

bool UiSettings::closeToTray() const
{
    return m_settings->value(closeToTrayKey, true).toBool();
}

void UiSettings::setCloseToTray(bool enabled)
{
    m_settings->setValue(closeToTrayKey, enabled);
}

QByteArray UiSettings::windowGeometry() const
{
    return m_settings->value(windowGeometryKey).toByteArray();
}

void UiSettings::setWindowGeometry(const QByteArray& geometry)
{
    m_settings->setValue(windowGeometryKey, geometry);
}

QString UiSettings::fileName() const
{
    return m_settings->fileName();
}

void UiSettings::sync()
{
    m_settings->sync();
}

} // namespace Portico

// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QPushButton;

namespace Portico {

class PageHeader;
class TranslationManager;
class UiSettings;

// The GUI's own preferences: language (switches live), closing to the tray, and where the
// configuration file is.
class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    SettingsPage(UiSettings& settings, TranslationManager& translations, const QString& configPath,
                 QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void onLanguageChosen(int index);
    void openConfigFolder();

    UiSettings& m_settings;
    TranslationManager& m_translations;
    QString m_configPath;

    PageHeader* m_header;
    QGroupBox* m_languageGroup;
    QLabel* m_languageLabel;
    QComboBox* m_languageCombo;
    QLabel* m_languageNote;
    QGroupBox* m_windowGroup;
    QCheckBox* m_closeToTray;
    QLabel* m_trayNote;
    QGroupBox* m_configGroup;
    QLabel* m_configPathLabel;
    QPushButton* m_openFolderButton;
    QLabel* m_configNote;
    QGroupBox* m_aboutGroup;
    QLabel* m_aboutLabel;
};

} // namespace Portico

// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/LoginItem.h"
#include "config/GlobalSettings.h"

#include <QList>
#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace Portico {

class EngineSession;
class PageHeader;
class TranslationManager;
class UiSettings;

// Settings in one scrolling page: the engine's (workers, timeouts, limits, logging; part of the config file,
// changed through the review-and-apply path), then the app's own (language, what closing the window does,
// starting at login, appearance), the configuration history, where the config file is, and about.
class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    SettingsPage(EngineSession& session, UiSettings& settings, TranslationManager& translations,
                 QWidget* parent = nullptr);

    // Whether the engine settings on the page differ from the ones they were loaded from.
    bool hasUnappliedChanges() const;
    // Reviews and applies the engine settings as edited; true when they are in force and saved.
    bool applyEngineSettings();
    // Puts the engine settings in force back into the fields.
    void revertEngineSettings();

protected:
    void changeEvent(QEvent* event) override;

private:
    // A spin box showing one numeric setting in a unit of the UI's (seconds, KiB, MiB).
    struct SpinField
    {
        QSpinBox* box;
        QLabel* label;
        // Untranslated (QT_TR_NOOP): the label, the unit after the number, and a longer explanation.
        const char* text;
        const char* suffix;
        const char* description;
        std::function<qint64(const GlobalSettings&)> get;
        std::function<void(GlobalSettings&, qint64)> set;
        qint64 unit;
    };

    QWidget* createEngineSection();
    QWidget* createAppSection();
    QSpinBox* addSpinField(QFormLayout* form, const SpinField& field, const QString& objectName, int minimum,
                           int maximum);
    void retranslate();
    void retranslateEngine();
    void updateAppearanceNote();
    void loadEngineSettings(const GlobalSettings& settings);
    GlobalSettings editedSettings(const GlobalSettings& inForce) const;
    int uiValue(const SpinField& field, const GlobalSettings& settings) const;
    void updateEngineButtons();
    void setEngineStatus(const QString& text, bool error);
    void onEngineConfigChanged();
    void onLanguageChosen(int index);
    void updateStartAtLoginNote();
    void onStartAtLoginToggled(bool enabled);
    void openConfigFolder();

    EngineSession* m_session;
    UiSettings& m_settings;
    TranslationManager& m_translations;
    QString m_configPath;
    LoginItem m_loginItem;
    // The engine settings the fields were loaded from.
    GlobalSettings m_loaded;
    bool m_loading = false;
    // The status line says "not applied yet" (and clears once nothing is edited any more).
    bool m_pendingShown = false;
    bool m_startAtLoginFailed = false;

    PageHeader* m_header;

    QGroupBox* m_engineGroup = nullptr;
    QLabel* m_engineIntro = nullptr;
    QList<SpinField> m_spinFields;
    QSpinBox* m_workers = nullptr;
    QLabel* m_workersNote = nullptr;
    QGroupBox* m_timeoutsGroup = nullptr;
    QLabel* m_timeoutsNote = nullptr;
    QGroupBox* m_limitsGroup = nullptr;
    QSpinBox* m_maxBody = nullptr;
    QGroupBox* m_loggingGroup = nullptr;
    QCheckBox* m_accessLog = nullptr;
    QLabel* m_accessLogFormatLabel = nullptr;
    QComboBox* m_accessLogFormat = nullptr;
    QSpinBox* m_rotateSize = nullptr;
    QSpinBox* m_retention = nullptr;
    QLabel* m_logLevelLabel = nullptr;
    QComboBox* m_logLevel = nullptr;
    QLabel* m_engineStatus = nullptr;
    QPushButton* m_revertButton = nullptr;
    QPushButton* m_applyButton = nullptr;

    QGroupBox* m_languageGroup;
    QLabel* m_languageLabel;
    QComboBox* m_languageCombo;
    QLabel* m_languageNote;
    QGroupBox* m_windowGroup;
    QLabel* m_closeLabel;
    QRadioButton* m_closeKeepsRunning;
    QRadioButton* m_closeQuits;
    QLabel* m_trayNote;
    QCheckBox* m_startAtLogin;
    QLabel* m_startAtLoginNote;
    QGroupBox* m_appearanceGroup;
    QLabel* m_appearanceNote;
    QGroupBox* m_historyGroup = nullptr;
    QGroupBox* m_configGroup;
    QLabel* m_configPathLabel;
    QPushButton* m_openFolderButton;
    QLabel* m_configNote;
    QGroupBox* m_aboutGroup;
    QLabel* m_aboutLabel;
};

} // namespace Portico

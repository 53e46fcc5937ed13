// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/SettingsPage.h"

#include "app/TranslationManager.h"
#include "app/UiSettings.h"
#include "widgets/PageHeader.h"
#include "widgets/UiStyle.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QSystemTrayIcon>
#include <QUrl>
#include <QVBoxLayout>

namespace Portico {

SettingsPage::SettingsPage(UiSettings& settings, TranslationManager& translations, const QString& configPath,
                           QWidget* parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_translations(translations)
    , m_configPath(configPath)
    , m_header(new PageHeader(this))
    , m_languageGroup(new QGroupBox(this))
    , m_languageLabel(new QLabel(this))
    , m_languageCombo(new QComboBox(this))
    , m_languageNote(new QLabel(this))
    , m_windowGroup(new QGroupBox(this))
    , m_closeToTray(new QCheckBox(this))
    , m_trayNote(new QLabel(this))
    , m_configGroup(new QGroupBox(this))
    , m_configPathLabel(new QLabel(this))
    , m_openFolderButton(new QPushButton(this))
    , m_configNote(new QLabel(this))
    , m_aboutGroup(new QGroupBox(this))
    , m_aboutLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("settingsPage"));
    m_languageCombo->setObjectName(QStringLiteral("languageComboBox"));
    m_closeToTray->setObjectName(QStringLiteral("closeToTrayCheckBox"));
    m_trayNote->setObjectName(QStringLiteral("trayNoteLabel"));
    m_configPathLabel->setObjectName(QStringLiteral("configPathLabel"));
    m_openFolderButton->setObjectName(QStringLiteral("openConfigFolderButton"));
    m_aboutLabel->setObjectName(QStringLiteral("aboutLabel"));

    // The item data is the language code; the names of the languages are never translated.
    m_languageCombo->addItem(QString(), QString());
    m_languageCombo->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_languageCombo->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_languageCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    const int current = m_languageCombo->findData(translations.language());
    m_languageCombo->setCurrentIndex(current >= 0 ? current : 0);
    connect(m_languageCombo, &QComboBox::currentIndexChanged, this, &SettingsPage::onLanguageChosen);

    m_closeToTray->setChecked(settings.closeToTray());
    m_closeToTray->setEnabled(QSystemTrayIcon::isSystemTrayAvailable());
    connect(m_closeToTray, &QCheckBox::toggled, this, [this](bool checked) { m_settings.setCloseToTray(checked); });

    m_configPathLabel->setText(QDir::toNativeSeparators(configPath));
    m_configPathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_configPathLabel->setWordWrap(true);
    connect(m_openFolderButton, &QPushButton::clicked, this, &SettingsPage::openConfigFolder);

    for (QLabel* note : {m_languageNote, m_trayNote, m_configNote}) {
        note->setWordWrap(true);
        UiStyle::makeSecondary(note);
    }
    m_aboutLabel->setWordWrap(true);
    m_aboutLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* languageLayout = new QFormLayout(m_languageGroup);
    languageLayout->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    languageLayout->addRow(m_languageLabel, m_languageCombo);
    languageLayout->addRow(m_languageNote);

    auto* windowLayout = new QVBoxLayout(m_windowGroup);
    windowLayout->addWidget(m_closeToTray);
    windowLayout->addWidget(m_trayNote);

    auto* configLayout = new QVBoxLayout(m_configGroup);
    auto* pathRow = new QHBoxLayout();
    pathRow->addWidget(m_configPathLabel, 1);
    pathRow->addWidget(m_openFolderButton);
    configLayout->addLayout(pathRow);
    configLayout->addWidget(m_configNote);

    auto* aboutLayout = new QVBoxLayout(m_aboutGroup);
    aboutLayout->addWidget(m_aboutLabel);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(UiStyle::pageMargin, UiStyle::pageMargin, UiStyle::pageMargin, UiStyle::pageMargin);
    layout->setSpacing(UiStyle::sectionSpacing);
    layout->addWidget(m_header);
    layout->addWidget(m_languageGroup);
    layout->addWidget(m_windowGroup);
    layout->addWidget(m_configGroup);
    layout->addWidget(m_aboutGroup);
    layout->addStretch();

    retranslate();
}

void SettingsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SettingsPage::retranslate()
{
    m_header->setTitle(tr("Settings"));
    m_header->setSubtitle(tr("How the Portico app looks and behaves on this computer."));
    m_languageGroup->setTitle(tr("Language"));
    m_languageLabel->setText(tr("Language of the app:"));
    m_languageCombo->setItemText(0, tr("System default"));
    m_languageNote->setText(tr("The change applies immediately."));
    m_windowGroup->setTitle(tr("Window"));
    m_closeToTray->setText(tr("Closing the window keeps Portico running in the tray"));
    if (QSystemTrayIcon::isSystemTrayAvailable())
        m_trayNote->setText(tr("Quit Portico from the tray menu to stop it."));
    else
        m_trayNote->setText(tr("This desktop has no system tray, so closing the window quits Portico."));
    m_configGroup->setTitle(tr("Configuration file"));
    m_openFolderButton->setText(tr("Open folder"));
    m_configNote->setText(QFileInfo::exists(m_configPath)
                              ? tr("Sites, pools and listeners are read from this file.")
                              : tr("This file does not exist yet; Portico uses its default configuration."));
    m_aboutGroup->setTitle(tr("About"));
    m_aboutLabel->setText(tr("Portico %1 — a reverse-proxy manager for small offices. Free software under the GNU "
                             "General Public License, version 3 or later.")
                              .arg(QStringLiteral(PORTICO_VERSION)));
}

void SettingsPage::onLanguageChosen(int index)
{
    const QString code = m_languageCombo->itemData(index).toString();
    if (code == m_translations.language())
        return;
    m_settings.setLanguage(code);
    m_translations.setLanguage(code);
}

void SettingsPage::openConfigFolder()
{
    QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_configPath).absolutePath()));
}

} // namespace Portico

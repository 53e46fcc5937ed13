// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/SettingsPage.h"

#include "app/ChangeApplier.h"
#include "app/EngineSession.h"
#include "app/TranslationManager.h"
#include "app/UiSettings.h"
#include "widgets/ConfigHistoryWidget.h"
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
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSystemTrayIcon>
#include <QThread>
#include <QUrl>
#include <QVBoxLayout>

namespace Portico {

namespace {

constexpr qint64 secondMs = 1000;
constexpr qint64 kib = 1024;
constexpr qint64 mib = 1024 * 1024;

QFormLayout* newForm(QWidget* parent)
{
    auto* form = new QFormLayout(parent);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    return form;
}

QLabel* newNote(QWidget* parent, const QString& objectName)
{
    auto* note = new QLabel(parent);
    note->setObjectName(objectName);
    note->setWordWrap(true);
    UiStyle::makeSecondary(note);
    return note;
}

// "Workers:" -> "Workers", for accessible names.
QString withoutColon(QString text)
{
    while (text.endsWith(QLatin1Char(':')) || text.endsWith(QChar(0x00a0)) || text.endsWith(QLatin1Char(' ')))
        text.chop(1);
    return text;
}

} // namespace

SettingsPage::SettingsPage(EngineSession& session, UiSettings& settings, TranslationManager& translations,
                           QWidget* parent)
    : QWidget(parent)
    , m_session(&session)
    , m_settings(settings)
    , m_translations(translations)
    , m_configPath(session.configPath())
    , m_header(new PageHeader(this))
    , m_languageGroup(nullptr)
    , m_languageLabel(nullptr)
    , m_languageCombo(nullptr)
    , m_languageNote(nullptr)
    , m_windowGroup(nullptr)
    , m_closeLabel(nullptr)
    , m_closeKeepsRunning(nullptr)
    , m_closeQuits(nullptr)
    , m_trayNote(nullptr)
    , m_startAtLogin(nullptr)
    , m_startAtLoginNote(nullptr)
    , m_appearanceGroup(nullptr)
    , m_appearanceNote(nullptr)
    , m_configGroup(nullptr)
    , m_configPathLabel(nullptr)
    , m_openFolderButton(nullptr)
    , m_configNote(nullptr)
    , m_aboutGroup(nullptr)
    , m_aboutLabel(nullptr)
{
    setObjectName(QStringLiteral("settingsPage"));

    auto* content = new QWidget(this);
    content->setObjectName(QStringLiteral("settingsContentWidget"));
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(UiStyle::pageMargin, 0, UiStyle::pageMargin, UiStyle::pageMargin);
    contentLayout->setSpacing(UiStyle::sectionSpacing);
    contentLayout->addWidget(createEngineSection());
    contentLayout->addWidget(createAppSection());
    contentLayout->addStretch();

    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("settingsScrollArea"));
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Tab moves through the fields and the area follows the focus; the area itself needs no stop.
    scroll->setFocusPolicy(Qt::NoFocus);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, UiStyle::pageMargin, 0, 0);
    layout->setSpacing(UiStyle::sectionSpacing);
    auto* headerRow = new QHBoxLayout();
    headerRow->setContentsMargins(UiStyle::pageMargin, 0, UiStyle::pageMargin, 0);
    headerRow->addWidget(m_header);
    layout->addLayout(headerRow);
    layout->addWidget(scroll, 1);

    loadEngineSettings(m_session->engine().config().settings);
    connect(&m_session->engine(), &EngineController::configChanged, this, &SettingsPage::onEngineConfigChanged,
            Qt::QueuedConnection);
    retranslate();
}

QWidget* SettingsPage::createEngineSection()
{
    auto* section = new QWidget(this);
    auto* layout = new QVBoxLayout(section);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(UiStyle::sectionSpacing);

    m_engineGroup = new QGroupBox(section);
    m_engineGroup->setObjectName(QStringLiteral("engineGroupBox"));
    m_engineIntro = newNote(m_engineGroup, QStringLiteral("engineIntroLabel"));
    auto* engineLayout = new QVBoxLayout(m_engineGroup);
    engineLayout->addWidget(m_engineIntro);
    auto* engineForm = newForm(nullptr);
    engineLayout->addLayout(engineForm);
    m_workers = addSpinField(engineForm,
                             {nullptr, nullptr, QT_TR_NOOP("Workers:"), "",
                              QT_TR_NOOP("Threads that serve connections; 0 starts one per processor core."),
                              [](const GlobalSettings& s) { return qint64(s.workers); },
                              [](GlobalSettings& s, qint64 v) { s.workers = static_cast<int>(v); }, 1},
                             QStringLiteral("workersSpinBox"), 0, 256);
    m_workersNote = newNote(m_engineGroup, QStringLiteral("workersNoteLabel"));
    engineLayout->addWidget(m_workersNote);

    m_timeoutsGroup = new QGroupBox(section);
    m_timeoutsGroup->setObjectName(QStringLiteral("timeoutsGroupBox"));
    auto* timeoutsLayout = new QVBoxLayout(m_timeoutsGroup);
    auto* timeouts = newForm(nullptr);
    timeoutsLayout->addLayout(timeouts);
    m_timeoutsNote = newNote(m_timeoutsGroup, QStringLiteral("timeoutsNoteLabel"));
    timeoutsLayout->addWidget(m_timeoutsNote);
    const auto timeout = [this, timeouts](const char* objectName, const char* text, const char* description,
                                          int GlobalSettings::*member) {
        addSpinField(timeouts,
                     {nullptr, nullptr, text, QT_TR_NOOP(" s"), description,
                      [member](const GlobalSettings& s) { return qint64(s.*member); },
                      [member](GlobalSettings& s, qint64 v) { s.*member = static_cast<int>(v); }, secondMs},
                     QString::fromLatin1(objectName), 1, 3600);
    };
    timeout("clientHeaderTimeoutSpinBox", QT_TR_NOOP("Client sends its request within:"),
            QT_TR_NOOP("A client that has not sent the whole request head by then is disconnected."),
            &GlobalSettings::clientHeaderTimeoutMs);
    timeout("keepAliveTimeoutSpinBox", QT_TR_NOOP("Idle client connection kept open for:"),
            QT_TR_NOOP("How long a browser's connection may wait for its next request."),
            &GlobalSettings::keepAliveTimeoutMs);
    timeout("connectTimeoutSpinBox", QT_TR_NOOP("Connecting to a server may take:"),
            QT_TR_NOOP("A backend server that does not accept the connection by then counts as failed."),
            &GlobalSettings::connectTimeoutMs);
    timeout("responseTimeoutSpinBox", QT_TR_NOOP("A server's response may take:"),
            QT_TR_NOOP("The client gets 504 Gateway Timeout when a backend server takes longer to answer."),
            &GlobalSettings::responseTimeoutMs);
    timeout("shutdownTimeoutSpinBox", QT_TR_NOOP("Stopping waits for requests in progress:"),
            QT_TR_NOOP("When the engine stops, requests still running after this are cut off."),
            &GlobalSettings::shutdownTimeoutMs);
    timeout("upstreamIdleTimeoutSpinBox", QT_TR_NOOP("Idle server connection kept for reuse:"),
            QT_TR_NOOP("How long an unused connection to a backend server stays open for the next request."),
            &GlobalSettings::upstreamIdleTimeoutMs);

    m_limitsGroup = new QGroupBox(section);
    m_limitsGroup->setObjectName(QStringLiteral("limitsGroupBox"));
    auto* limits = newForm(m_limitsGroup);
    addSpinField(limits,
                 {nullptr, nullptr, QT_TR_NOOP("Connections per listener at most:"), "",
                  QT_TR_NOOP("Further clients wait until a connection closes."),
                  [](const GlobalSettings& s) { return qint64(s.maxConnectionsPerListener); },
                  [](GlobalSettings& s, qint64 v) { s.maxConnectionsPerListener = static_cast<int>(v); }, 1},
                 QStringLiteral("maxConnectionsSpinBox"), 1, 1'000'000);
    addSpinField(limits,
                 {nullptr, nullptr, QT_TR_NOOP("Request head size at most:"), QT_TR_NOOP(" KiB"),
                  QT_TR_NOOP("Larger request heads (cookies, long addresses) are refused with 431."),
                  [](const GlobalSettings& s) { return qint64(s.maxHeaderBytes); },
                  [](GlobalSettings& s, qint64 v) { s.maxHeaderBytes = static_cast<int>(v); }, kib},
                 QStringLiteral("maxHeaderSizeSpinBox"), 1, 16 * 1024);
    addSpinField(limits,
                 {nullptr, nullptr, QT_TR_NOOP("Header fields per request at most:"), "",
                  QT_TR_NOOP("Requests with more header fields are refused with 431."),
                  [](const GlobalSettings& s) { return qint64(s.maxHeaderCount); },
                  [](GlobalSettings& s, qint64 v) { s.maxHeaderCount = static_cast<int>(v); }, 1},
                 QStringLiteral("maxHeaderCountSpinBox"), 1, 10'000);
    m_maxBody = addSpinField(limits,
                             {nullptr, nullptr, QT_TR_NOOP("Upload size at most:"), QT_TR_NOOP(" MiB"),
                              QT_TR_NOOP("Larger uploads are refused with 413; a route can set its own limit."),
                              [](const GlobalSettings& s) { return s.maxBodyBytes; },
                              [](GlobalSettings& s, qint64 v) { s.maxBodyBytes = v; }, mib},
                             QStringLiteral("maxBodySizeSpinBox"), 0, 1024 * 1024);

    m_loggingGroup = new QGroupBox(section);
    m_loggingGroup->setObjectName(QStringLiteral("loggingGroupBox"));
    auto* logging = newForm(m_loggingGroup);
    m_accessLog = new QCheckBox(m_loggingGroup);
    m_accessLog->setObjectName(QStringLiteral("accessLogCheckBox"));
    logging->addRow(m_accessLog);
    m_accessLogFormatLabel = new QLabel(m_loggingGroup);
    m_accessLogFormat = new QComboBox(m_loggingGroup);
    m_accessLogFormat->setObjectName(QStringLiteral("accessLogFormatComboBox"));
    m_accessLogFormat->addItem(QString(), static_cast<int>(AccessLogFormat::Combined));
    m_accessLogFormat->addItem(QString(), static_cast<int>(AccessLogFormat::Json));
    m_accessLogFormat->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_accessLogFormatLabel->setBuddy(m_accessLogFormat);
    logging->addRow(m_accessLogFormatLabel, m_accessLogFormat);
    m_rotateSize =
        addSpinField(logging,
                     {nullptr, nullptr, QT_TR_NOOP("Start a new log file at:"), QT_TR_NOOP(" MiB"),
                      QT_TR_NOOP("The access log also starts a new file every midnight; old files are compressed."),
                      [](const GlobalSettings& s) { return qint64(s.accessLogRotateSizeMb); },
                      [](GlobalSettings& s, qint64 v) { s.accessLogRotateSizeMb = static_cast<int>(v); }, 1},
                     QStringLiteral("logRotateSizeSpinBox"), 1, 10 * 1024);
    m_retention = addSpinField(logging,
                               {nullptr, nullptr, QT_TR_NOOP("Delete old log files after:"), QT_TR_NOOP(" days"),
                                QT_TR_NOOP("Rotated access log files older than this are deleted."),
                                [](const GlobalSettings& s) { return qint64(s.accessLogRetentionDays); },
                                [](GlobalSettings& s, qint64 v) { s.accessLogRetentionDays = static_cast<int>(v); }, 1},
                               QStringLiteral("logRetentionSpinBox"), 1, 3650);
    m_logLevelLabel = new QLabel(m_loggingGroup);
    m_logLevel = new QComboBox(m_loggingGroup);
    m_logLevel->setObjectName(QStringLiteral("logLevelComboBox"));
    for (const LogLevel level : {LogLevel::Debug, LogLevel::Info, LogLevel::Warning, LogLevel::Error})
        m_logLevel->addItem(QString(), static_cast<int>(level));
    m_logLevel->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_logLevelLabel->setBuddy(m_logLevel);
    logging->addRow(m_logLevelLabel, m_logLevel);

    m_engineStatus = new QLabel(section);
    m_engineStatus->setObjectName(QStringLiteral("engineSettingsStatusLabel"));
    m_engineStatus->setWordWrap(true);
    m_engineStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_revertButton = new QPushButton(section);
    m_revertButton->setObjectName(QStringLiteral("revertEngineSettingsButton"));
    m_applyButton = new QPushButton(section);
    m_applyButton->setObjectName(QStringLiteral("applyEngineSettingsButton"));
    auto* buttons = new QHBoxLayout();
    buttons->addWidget(m_engineStatus, 1);
    buttons->addWidget(m_revertButton, 0, Qt::AlignTop);
    buttons->addWidget(m_applyButton, 0, Qt::AlignTop);

    layout->addWidget(m_engineGroup);
    layout->addWidget(m_timeoutsGroup);
    layout->addWidget(m_limitsGroup);
    layout->addWidget(m_loggingGroup);
    layout->addLayout(buttons);

    for (const SpinField& field : std::as_const(m_spinFields))
        connect(field.box, &QSpinBox::valueChanged, this, &SettingsPage::updateEngineButtons);
    connect(m_accessLog, &QCheckBox::toggled, this, &SettingsPage::updateEngineButtons);
    connect(m_accessLogFormat, &QComboBox::currentIndexChanged, this, &SettingsPage::updateEngineButtons);
    connect(m_logLevel, &QComboBox::currentIndexChanged, this, &SettingsPage::updateEngineButtons);
    connect(m_applyButton, &QPushButton::clicked, this, &SettingsPage::applyEngineSettings);
    connect(m_revertButton, &QPushButton::clicked, this, &SettingsPage::revertEngineSettings);
    return section;
}

QSpinBox* SettingsPage::addSpinField(QFormLayout* form, const SpinField& field, const QString& objectName, int minimum,
                                     int maximum)
{
    QWidget* parent = form->parentWidget() ? form->parentWidget() : this;
    SpinField added = field;
    added.box = new QSpinBox(parent);
    added.box->setObjectName(objectName);
    added.box->setRange(minimum, maximum);
    added.box->setGroupSeparatorShown(true);
    added.box->setAccelerated(true);
    added.label = new QLabel(parent);
    added.label->setBuddy(added.box);
    form->addRow(added.label, added.box);
    m_spinFields.append(added);
    return added.box;
}

QWidget* SettingsPage::createAppSection()
{
    auto* section = new QWidget(this);
    auto* layout = new QVBoxLayout(section);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(UiStyle::sectionSpacing);

    m_languageGroup = new QGroupBox(section);
    m_languageGroup->setObjectName(QStringLiteral("languageGroupBox"));
    m_languageLabel = new QLabel(m_languageGroup);
    m_languageCombo = new QComboBox(m_languageGroup);
    m_languageCombo->setObjectName(QStringLiteral("languageComboBox"));
    m_languageNote = newNote(m_languageGroup, QStringLiteral("languageNoteLabel"));
    // The item data is the language code; the names of the languages are never translated.
    m_languageCombo->addItem(QString(), QString());
    m_languageCombo->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_languageCombo->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_languageCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    const int current = m_languageCombo->findData(m_translations.language());
    m_languageCombo->setCurrentIndex(current >= 0 ? current : 0);
    connect(m_languageCombo, &QComboBox::currentIndexChanged, this, &SettingsPage::onLanguageChosen);
    auto* languageLayout = newForm(m_languageGroup);
    m_languageLabel->setBuddy(m_languageCombo);
    languageLayout->addRow(m_languageLabel, m_languageCombo);
    languageLayout->addRow(m_languageNote);

    m_windowGroup = new QGroupBox(section);
    m_windowGroup->setObjectName(QStringLiteral("windowGroupBox"));
    m_closeLabel = new QLabel(m_windowGroup);
    m_closeLabel->setObjectName(QStringLiteral("closeBehaviourLabel"));
    m_closeKeepsRunning = new QRadioButton(m_windowGroup);
    m_closeKeepsRunning->setObjectName(QStringLiteral("closeKeepsRunningRadioButton"));
    m_closeQuits = new QRadioButton(m_windowGroup);
    m_closeQuits->setObjectName(QStringLiteral("closeQuitsRadioButton"));
    m_trayNote = newNote(m_windowGroup, QStringLiteral("trayNoteLabel"));
    (m_settings.closeToTray() ? m_closeKeepsRunning : m_closeQuits)->setChecked(true);
    const bool trayAvailable = QSystemTrayIcon::isSystemTrayAvailable();
    m_closeKeepsRunning->setEnabled(trayAvailable);
    m_closeQuits->setEnabled(trayAvailable);
    connect(m_closeKeepsRunning, &QRadioButton::toggled, this,
            [this](bool checked) { m_settings.setCloseToTray(checked); });
    m_startAtLogin = new QCheckBox(m_windowGroup);
    m_startAtLogin->setObjectName(QStringLiteral("startAtLoginCheckBox"));
    m_startAtLogin->setEnabled(LoginItem::isSupported());
    m_startAtLogin->setChecked(m_loginItem.isEnabled());
    m_startAtLoginNote = newNote(m_windowGroup, QStringLiteral("startAtLoginNoteLabel"));
    m_startAtLoginNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(m_startAtLogin, &QCheckBox::toggled, this, &SettingsPage::onStartAtLoginToggled);
    auto* windowLayout = new QVBoxLayout(m_windowGroup);
    windowLayout->addWidget(m_closeLabel);
    auto* radios = new QVBoxLayout();
    radios->setContentsMargins(UiStyle::sectionSpacing, 0, 0, 0);
    radios->addWidget(m_closeKeepsRunning);
    radios->addWidget(m_closeQuits);
    windowLayout->addLayout(radios);
    windowLayout->addWidget(m_trayNote);
    windowLayout->addSpacing(UiStyle::sectionSpacing / 2);
    windowLayout->addWidget(m_startAtLogin);
    windowLayout->addWidget(m_startAtLoginNote);

    m_appearanceGroup = new QGroupBox(section);
    m_appearanceGroup->setObjectName(QStringLiteral("appearanceGroupBox"));
    m_appearanceNote = new QLabel(m_appearanceGroup);
    m_appearanceNote->setObjectName(QStringLiteral("appearanceNoteLabel"));
    m_appearanceNote->setWordWrap(true);
    m_appearanceNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* appearanceLayout = new QVBoxLayout(m_appearanceGroup);
    appearanceLayout->addWidget(m_appearanceNote);

    m_historyGroup = new QGroupBox(section);
    m_historyGroup->setObjectName(QStringLiteral("configHistoryGroupBox"));
    auto* historyLayout = new QVBoxLayout(m_historyGroup);
    historyLayout->addWidget(new ConfigHistoryWidget(*m_session, m_historyGroup));

    m_configGroup = new QGroupBox(section);
    m_configGroup->setObjectName(QStringLiteral("configFileGroupBox"));
    m_configPathLabel = new QLabel(m_configGroup);
    m_configPathLabel->setObjectName(QStringLiteral("configPathLabel"));
    m_configPathLabel->setText(QDir::toNativeSeparators(m_configPath));
    m_configPathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_configPathLabel->setWordWrap(true);
    m_openFolderButton = new QPushButton(m_configGroup);
    m_openFolderButton->setObjectName(QStringLiteral("openConfigFolderButton"));
    m_configNote = newNote(m_configGroup, QStringLiteral("configNoteLabel"));
    connect(m_openFolderButton, &QPushButton::clicked, this, &SettingsPage::openConfigFolder);
    auto* configLayout = new QVBoxLayout(m_configGroup);
    auto* pathRow = new QHBoxLayout();
    pathRow->addWidget(m_configPathLabel, 1);
    pathRow->addWidget(m_openFolderButton, 0, Qt::AlignTop);
    configLayout->addLayout(pathRow);
    configLayout->addWidget(m_configNote);

    m_aboutGroup = new QGroupBox(section);
    m_aboutGroup->setObjectName(QStringLiteral("aboutGroupBox"));
    m_aboutLabel = new QLabel(m_aboutGroup);
    m_aboutLabel->setObjectName(QStringLiteral("aboutLabel"));
    m_aboutLabel->setWordWrap(true);
    m_aboutLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* aboutLayout = new QVBoxLayout(m_aboutGroup);
    aboutLayout->addWidget(m_aboutLabel);

    layout->addWidget(m_languageGroup);
    layout->addWidget(m_windowGroup);
    layout->addWidget(m_appearanceGroup);
    if (m_historyGroup)
        layout->addWidget(m_historyGroup);
    layout->addWidget(m_configGroup);
    layout->addWidget(m_aboutGroup);
    return section;
}

void SettingsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange && m_appearanceNote)
        updateAppearanceNote();
    QWidget::changeEvent(event);
}

void SettingsPage::retranslate()
{
    m_header->setTitle(tr("Settings"));
    m_header->setSubtitle(
        tr("How the proxy engine serves your sites, and how the Portico app looks and behaves on this computer."));
    retranslateEngine();

    m_languageGroup->setTitle(tr("Language"));
    m_languageLabel->setText(tr("Language of the app:"));
    m_languageCombo->setItemText(0, tr("System default"));
    m_languageCombo->setAccessibleName(tr("Language of the app"));
    m_languageNote->setText(tr("The change applies immediately."));

    m_windowGroup->setTitle(tr("Window"));
    m_closeLabel->setText(tr("When you close the window:"));
    m_closeKeepsRunning->setText(tr("Keep Portico running in the tray"));
    m_closeKeepsRunning->setAccessibleName(tr("When you close the window, keep Portico running in the tray"));
    m_closeQuits->setText(tr("Quit Portico and stop serving the sites"));
    m_closeQuits->setAccessibleName(tr("When you close the window, quit Portico and stop serving the sites"));
    if (QSystemTrayIcon::isSystemTrayAvailable())
        m_trayNote->setText(tr("In the tray, Portico keeps serving your sites; quit it from the tray icon's menu."));
    else
        m_trayNote->setText(tr("This desktop has no system tray, so closing the window quits Portico."));
    m_startAtLogin->setText(tr("Start Portico when I log in"));
    m_startAtLogin->setAccessibleName(tr("Start Portico when I log in"));
    // An error stays on screen until the next toggle.
    if (!m_startAtLoginFailed)
        updateStartAtLoginNote();

    m_appearanceGroup->setTitle(tr("Appearance"));
    updateAppearanceNote();

    m_historyGroup->setTitle(tr("Configuration history"));
    m_configGroup->setTitle(tr("Configuration file"));
    m_openFolderButton->setText(tr("Open folder"));
    m_openFolderButton->setAccessibleName(tr("Open the folder of the configuration file"));
    if (!QFileInfo::exists(m_configPath))
        m_configNote->setText(tr("This file does not exist yet; Portico uses its default configuration."));
    else
        m_configNote->setText(tr("Sites, pools, listeners and the engine settings above are read from this file."));
    m_aboutGroup->setTitle(tr("About"));
    m_aboutLabel->setText(tr("Portico %1 — a reverse-proxy manager for small offices. Free software under the GNU "
                             "General Public License, version 3 or later.")
                              .arg(QStringLiteral(PORTICO_VERSION)));
}

void SettingsPage::retranslateEngine()
{
    m_engineGroup->setTitle(tr("Engine"));
    m_engineIntro->setText(tr("These settings are part of the configuration file and apply to every site. Change "
                              "them, then choose Apply: you see what changes before anything is applied."));
    for (const SpinField& field : std::as_const(m_spinFields)) {
        const QString text = tr(field.text);
        field.label->setText(text);
        field.box->setSuffix(field.suffix[0] ? tr(field.suffix) : QString());
        field.box->setAccessibleName(withoutColon(text));
        field.box->setAccessibleDescription(tr(field.description));
        field.box->setToolTip(tr(field.description));
    }
    m_workers->setSpecialValueText(tr("One per processor core (%1)").arg(qMax(1, QThread::idealThreadCount())));
    m_workersNote->setText(tr("A new number of workers takes effect the next time the engine starts (Stop, then "
                              "Start). Every other setting on this page applies at once, to new connections and "
                              "requests."));
    m_timeoutsGroup->setTitle(tr("Timeouts"));
    m_timeoutsNote->setText(tr("In seconds, from 1 to 3,600 (one hour)."));
    m_limitsGroup->setTitle(tr("Limits"));
    m_maxBody->setSpecialValueText(tr("No limit"));
    m_loggingGroup->setTitle(tr("Logging"));
    m_accessLog->setText(tr("Write an access log (one line per request)"));
    m_accessLog->setAccessibleName(tr("Write an access log"));
    m_accessLogFormatLabel->setText(tr("Access log format:"));
    m_accessLogFormat->setItemText(0, tr("Combined (like Apache and nginx)"));
    m_accessLogFormat->setItemText(1, tr("JSON (one object per line)"));
    m_accessLogFormat->setAccessibleName(tr("Access log format"));
    m_logLevelLabel->setText(tr("Engine log detail:"));
    m_logLevel->setItemText(0, tr("Debug (everything, for troubleshooting)"));
    m_logLevel->setItemText(1, tr("Information"));
    m_logLevel->setItemText(2, tr("Warnings and errors"));
    m_logLevel->setItemText(3, tr("Errors only"));
    m_logLevel->setAccessibleName(tr("Engine log detail"));
    m_revertButton->setText(tr("Revert"));
    m_revertButton->setAccessibleName(tr("Revert the engine settings"));
    m_revertButton->setToolTip(tr("Show the engine settings in force again, dropping your edits"));
    m_applyButton->setText(tr("Apply…"));
    m_applyButton->setAccessibleName(tr("Apply the engine settings"));
    m_applyButton->setToolTip(tr("Review what changes, then apply and save it"));
    m_engineStatus->setAccessibleName(tr("Engine settings status"));
    updateEngineButtons();
}

void SettingsPage::updateAppearanceNote()
{
    const bool dark = UiStyle::isDark(palette());
    m_appearanceNote->setText(
        tr("Portico follows the system's light or dark mode; there is nothing to choose here. It now shows the %1 "
           "colours. To use one regardless of the system, start Portico with --color-scheme light or "
           "--color-scheme dark.")
            .arg(dark ? tr("dark") : tr("light")));
}

void SettingsPage::loadEngineSettings(const GlobalSettings& settings)
{
    m_loading = true;
    m_loaded = settings;
    for (const SpinField& field : std::as_const(m_spinFields))
        field.box->setValue(uiValue(field, settings));
    m_accessLog->setChecked(settings.accessLog);
    m_accessLogFormat->setCurrentIndex(m_accessLogFormat->findData(static_cast<int>(settings.accessLogFormat)));
    m_logLevel->setCurrentIndex(m_logLevel->findData(static_cast<int>(settings.logLevel)));
    m_loading = false;
    updateEngineButtons();
}

int SettingsPage::uiValue(const SpinField& field, const GlobalSettings& settings) const
{
    // Rounded to the UI's unit, but never to 0 when 0 means something else ("no limit", "one per core").
    const qint64 raw = field.get(settings);
    qint64 value = (raw + field.unit / 2) / field.unit;
    if (value == 0 && raw > 0)
        value = 1;
    return static_cast<int>(qBound(qint64(field.box->minimum()), value, qint64(field.box->maximum())));
}

GlobalSettings SettingsPage::editedSettings(const GlobalSettings& inForce) const
{
    // Only what was edited changes, so a value the UI cannot show exactly (1,500 ms) survives untouched.
    GlobalSettings edited = inForce;
    for (const SpinField& field : m_spinFields) {
        if (field.box->value() != uiValue(field, m_loaded))
            field.set(edited, qint64(field.box->value()) * field.unit);
    }
    if (m_accessLog->isChecked() != m_loaded.accessLog)
        edited.accessLog = m_accessLog->isChecked();
    const auto format = static_cast<AccessLogFormat>(m_accessLogFormat->currentData().toInt());
    if (format != m_loaded.accessLogFormat)
        edited.accessLogFormat = format;
    const auto level = static_cast<LogLevel>(m_logLevel->currentData().toInt());
    if (level != m_loaded.logLevel)
        edited.logLevel = level;
    return edited;
}

bool SettingsPage::hasUnappliedChanges() const
{
    return !(editedSettings(m_loaded) == m_loaded);
}

void SettingsPage::updateEngineButtons()
{
    if (m_loading)
        return;
    const bool changed = hasUnappliedChanges();
    m_applyButton->setEnabled(changed);
    m_revertButton->setEnabled(changed);
    const bool logging = m_accessLog->isChecked();
    m_accessLogFormat->setEnabled(logging);
    m_rotateSize->setEnabled(logging);
    m_retention->setEnabled(logging);
    if (changed) {
        setEngineStatus(tr("Changes not applied yet."), false);
        m_pendingShown = true;
    } else if (m_pendingShown) {
        setEngineStatus(QString(), false);
    }
}

void SettingsPage::setEngineStatus(const QString& text, bool error)
{
    m_pendingShown = false;
    m_engineStatus->setText(text);
    QPalette palette = this->palette();
    if (error)
        palette.setColor(QPalette::WindowText, UiStyle::errorColor(palette));
    m_engineStatus->setPalette(palette);
}

bool SettingsPage::applyEngineSettings()
{
    if (!hasUnappliedChanges())
        return false;
    Config candidate = m_session->engine().config();
    const GlobalSettings before = candidate.settings;
    candidate.settings = editedSettings(before);
    ConfigErrors errors;
    if (!ChangeApplier::apply(this, *m_session, candidate, ChangeApplier::Review::Ask, &errors)) {
        if (!errors.isEmpty())
            setEngineStatus(ChangeApplier::failureText(*m_session, errors), true);
        return false;
    }
    const GlobalSettings& now = m_session->engine().config().settings;
    const bool restartNeeded =
        m_session->engine().state() != EngineState::Stopped && now.effectiveWorkers() != before.effectiveWorkers();
    loadEngineSettings(now);
    setEngineStatus(restartNeeded ? tr("Applied and saved. The new number of workers takes effect the next time the "
                                       "engine starts (Stop, then Start).")
                                  : tr("Applied and saved."),
                    false);
    return true;
}

void SettingsPage::revertEngineSettings()
{
    loadEngineSettings(m_session->engine().config().settings);
}

void SettingsPage::onEngineConfigChanged()
{
    // Edits in progress stay; they still change only what was edited when applied.
    if (!hasUnappliedChanges())
        loadEngineSettings(m_session->engine().config().settings);
}

void SettingsPage::onLanguageChosen(int index)
{
    const QString code = m_languageCombo->itemData(index).toString();
    if (code == m_translations.language())
        return;
    m_settings.setLanguage(code);
    m_translations.setLanguage(code);
}

void SettingsPage::updateStartAtLoginNote()
{
    m_startAtLoginNote->setPalette(QPalette());
    UiStyle::makeSecondary(m_startAtLoginNote);
    m_startAtLoginNote->setText(LoginItem::isSupported()
                                    ? tr("Portico adds itself to your desktop's startup programs (%1). It opens "
                                         "with its window, like when you start it yourself.")
                                          .arg(QDir::toNativeSeparators(m_loginItem.location()))
                                    : tr("Starting at login is not available on this system."));
}

void SettingsPage::onStartAtLoginToggled(bool enabled)
{
    m_startAtLoginFailed = !m_loginItem.setEnabled(enabled);
    if (!m_startAtLoginFailed) {
        updateStartAtLoginNote();
        return;
    }
    const QSignalBlocker blocker(m_startAtLogin);
    m_startAtLogin->setChecked(m_loginItem.isEnabled());
    m_startAtLoginNote->setText(tr("Portico could not change this: %1").arg(m_loginItem.errorString()));
    m_startAtLoginNote->setPalette(QPalette());
    QPalette palette = m_startAtLoginNote->palette();
    palette.setColor(QPalette::WindowText, UiStyle::errorColor(palette));
    m_startAtLoginNote->setPalette(palette);
}

void SettingsPage::openConfigFolder()
{
    QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_configPath).absolutePath()));
}

} // namespace Portico

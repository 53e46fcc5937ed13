// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/EngineSession.h"
#include "app/TranslationManager.h"
#include "app/UiSettings.h"
#include "config/ConfigStore.h"
#include "mainwindow/MainWindow.h"
#include "pages/SettingsPage.h"
#include "widgets/PageHeader.h"
#include "widgets/UiStyle.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace Portico;

class TestSettingsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void switchingLanguageRetranslatesLive();
    void savedLanguageIsShownOnOpening();
    void closeBehaviourDefaultsToTrayAndIsSaved();
    void showsTheConfigFilePath();

    void engineSettingsShowTheConfigInForce();
    void keepAliveChangeAppliesThroughTheEngineAndTheFile();
    void untouchedValuesKeepTheirPrecision();
    void workersSayTheyNeedARestart();
    void invalidInputCannotBeEntered();
    void cancellingTheReviewChangesNothing();
    void revertPutsBackTheSettingsInForce();
    void accessLogOptionsFollowTheCheckBox();
    void aChangeMadeElsewhereIsShown();
    void startAtLoginWritesTheAutostartEntry();
    void bothColourSchemesAreReadable_data();
    void bothColourSchemesAreReadable();
    void appearanceNoteFollowsThePalette();
    void everyControlIsNamedAndReachedByTab();
    void screenshots();

private:
    void createWindow();
    void createPage(const QByteArray& config, bool start);
    QString settingsFile() const { return m_dir->filePath(QStringLiteral("ui.ini")); }
    QString configFile() const { return m_dir->filePath(QStringLiteral("portico.json")); }
    QString pageTitle(const char* pageName) const;
    template<typename T>
    T* child(const char* name) const;
    // Accepts (or cancels) the review dialog ChangeApplier shows, once it is open.
    void answerReview(bool accept);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<UiSettings> m_settings;
    std::unique_ptr<TranslationManager> m_translations;
    std::unique_ptr<EngineSession> m_session;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<SettingsPage> m_page;
    std::unique_ptr<QTimer> m_answer;
    QPalette m_originalPalette;
};

namespace {

const QByteArray portZeroConfig = R"({"version":1,"settings":{"workers":1},
    "listeners":[{"address":"127.0.0.1","port":0}]})";

// WCAG 2 contrast ratio of two colours.
double contrast(const QColor& a, const QColor& b)
{
    const auto luminance = [](const QColor& c) {
        const auto channel = [](double v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a);
    const double lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

} // namespace

void TestSettingsPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    EngineController::registerMetaTypes();
    m_originalPalette = QApplication::palette();
}

void TestSettingsPage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<UiSettings>(settingsFile());
    m_translations = std::make_unique<TranslationManager>();
}

void TestSettingsPage::cleanup()
{
    m_answer.reset();
    m_page.reset();
    m_window.reset();
    if (m_session)
        QVERIFY(m_session->stopAndWait(m_session->stopTimeoutMs()));
    m_session.reset();
    m_translations.reset();
    m_settings.reset();
    m_dir.reset();
    QApplication::setPalette(m_originalPalette);
}

void TestSettingsPage::createWindow()
{
    m_translations->setLanguage(m_settings->language());
    // No file: the engine gets its default config, which is all a settings test needs (it never starts).
    m_session = std::make_unique<EngineSession>(configFile());
    m_session->loadConfig();
    m_window = std::make_unique<MainWindow>(*m_session, *m_settings, *m_translations);
    m_window->showPage(MainWindow::Page::Settings);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestSettingsPage::createPage(const QByteArray& config, bool start)
{
    m_translations->setLanguage(QStringLiteral("en"));
    QFile file(configFile());
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(config), config.size());
    file.close();
    m_session = std::make_unique<EngineSession>(configFile());
    m_session->loadConfig();
    QCOMPARE(m_session->loadResult().status, ConfigLoadStatus::Loaded);
    if (start)
        QVERIFY(m_session->start());
    m_page = std::make_unique<SettingsPage>(*m_session, *m_settings, *m_translations);
    m_page->resize(1000, 800);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

QString TestSettingsPage::pageTitle(const char* pageName) const
{
    auto* page = m_window->findChild<QWidget*>(QString::fromLatin1(pageName));
    return page ? page->findChild<PageHeader*>()->title() : QString();
}

template<typename T>
T* TestSettingsPage::child(const char* name) const
{
    QWidget* root = m_page ? static_cast<QWidget*>(m_page.get()) : m_window.get();
    T* found = root->findChild<T*>(QString::fromLatin1(name));
    if (!found)
        qWarning("No child named %s", name);
    return found;
}

void TestSettingsPage::answerReview(bool accept)
{
    m_answer = std::make_unique<QTimer>();
    m_answer->setInterval(20);
    QTimer* timer = m_answer.get();
    connect(timer, &QTimer::timeout, timer, [timer, accept] {
        for (QWidget* widget : QApplication::topLevelWidgets()) {
            auto* dialog = qobject_cast<QDialog*>(widget);
            if (dialog && dialog->isVisible() && dialog->objectName() == QLatin1String("reviewChangesDialog")) {
                timer->stop();
                if (accept)
                    dialog->accept();
                else
                    dialog->reject();
                return;
            }
        }
    });
    timer->start();
}

void TestSettingsPage::switchingLanguageRetranslatesLive()
{
    m_settings->setLanguage(QStringLiteral("en"));
    createWindow();
    auto* combo = m_window->findChild<QComboBox*>(QStringLiteral("languageComboBox"));
    auto* sidebar = m_window->findChild<QListWidget*>(QStringLiteral("sidebarListWidget"));
    auto* start = m_window->findChild<QPushButton*>(QStringLiteral("startEngineButton"));
    QVERIFY(combo && sidebar && start);
    QCOMPARE(combo->currentData().toString(), QStringLiteral("en"));
    QCOMPARE(sidebar->item(7)->text(), QStringLiteral("Settings"));
    QCOMPARE(pageTitle("settingsPage"), QStringLiteral("Settings"));

    combo->setCurrentIndex(combo->findData(QStringLiteral("de")));
    QCOMPARE(m_translations->effectiveLanguage(), QStringLiteral("de"));
    // QApplication posts LanguageChange to the windows: it arrives with the next event loop turn.
    QTRY_COMPARE(sidebar->item(0)->text(), QStringLiteral("Übersicht"));
    QCOMPARE(sidebar->item(7)->text(), QStringLiteral("Einstellungen"));
    QCOMPARE(pageTitle("settingsPage"), QStringLiteral("Einstellungen"));
    QCOMPARE(pageTitle("dashboardPage"), QStringLiteral("Übersicht"));
    QCOMPARE(start->text(), QStringLiteral("Starten"));
    QCOMPARE(combo->itemText(0), QStringLiteral("Systemstandard"));
    QCOMPARE(m_settings->language(), QStringLiteral("de"));

    combo->setCurrentIndex(combo->findData(QStringLiteral("en")));
    QCOMPARE(m_translations->effectiveLanguage(), QStringLiteral("en"));
    QTRY_COMPARE(sidebar->item(0)->text(), QStringLiteral("Dashboard"));
    QCOMPARE(pageTitle("settingsPage"), QStringLiteral("Settings"));
    QCOMPARE(start->text(), QStringLiteral("Start"));
    QCOMPARE(m_settings->language(), QStringLiteral("en"));
}

void TestSettingsPage::savedLanguageIsShownOnOpening()
{
    m_settings->setLanguage(QStringLiteral("de"));
    createWindow();
    auto* combo = m_window->findChild<QComboBox*>(QStringLiteral("languageComboBox"));
    QVERIFY(combo);
    QCOMPARE(combo->currentData().toString(), QStringLiteral("de"));
    QCOMPARE(pageTitle("settingsPage"), QStringLiteral("Einstellungen"));
}

void TestSettingsPage::closeBehaviourDefaultsToTrayAndIsSaved()
{
    createWindow();
    auto* keepRunning = child<QRadioButton>("closeKeepsRunningRadioButton");
    auto* quits = child<QRadioButton>("closeQuitsRadioButton");
    QVERIFY(keepRunning && quits);
    QVERIFY(keepRunning->isChecked());
    QVERIFY(!quits->isChecked());
    QVERIFY(m_settings->closeToTray());

    quits->setChecked(true);
    QVERIFY(!keepRunning->isChecked());
    QVERIFY(!m_settings->closeToTray());
    m_settings->sync();
    QVERIFY(!UiSettings(settingsFile()).closeToTray());

    keepRunning->setChecked(true);
    QVERIFY(m_settings->closeToTray());
}

void TestSettingsPage::showsTheConfigFilePath()
{
    createWindow();
    auto* path = m_window->findChild<QLabel*>(QStringLiteral("configPathLabel"));
    QVERIFY(path);
    QCOMPARE(path->text(), QDir::toNativeSeparators(m_session->configPath()));
}

void TestSettingsPage::engineSettingsShowTheConfigInForce()
{
    createPage(R"({"version":1,"settings":{"workers":3,
        "timeouts":{"clientHeaderMs":7000,"keepAliveMs":30000,"connectMs":4000,"responseMs":90000,
                    "shutdownMs":12000,"upstreamIdleMs":45000},
        "limits":{"maxConnectionsPerListener":500,"maxHeaderBytes":32768,"maxHeaderCount":80,"maxBodyBytes":10485760},
        "logging":{"level":"warning","accessLog":true,"accessLogFormat":"json"}},
        "listeners":[{"address":"127.0.0.1","port":0}]})",
               false);
    QCOMPARE(child<QSpinBox>("workersSpinBox")->value(), 3);
    QCOMPARE(child<QSpinBox>("clientHeaderTimeoutSpinBox")->value(), 7);
    QCOMPARE(child<QSpinBox>("keepAliveTimeoutSpinBox")->value(), 30);
    QCOMPARE(child<QSpinBox>("connectTimeoutSpinBox")->value(), 4);
    QCOMPARE(child<QSpinBox>("responseTimeoutSpinBox")->value(), 90);
    QCOMPARE(child<QSpinBox>("shutdownTimeoutSpinBox")->value(), 12);
    QCOMPARE(child<QSpinBox>("upstreamIdleTimeoutSpinBox")->value(), 45);
    QCOMPARE(child<QSpinBox>("maxConnectionsSpinBox")->value(), 500);
    QCOMPARE(child<QSpinBox>("maxHeaderSizeSpinBox")->value(), 32);
    QCOMPARE(child<QSpinBox>("maxHeaderCountSpinBox")->value(), 80);
    QCOMPARE(child<QSpinBox>("maxBodySizeSpinBox")->value(), 10);
    QVERIFY(child<QCheckBox>("accessLogCheckBox")->isChecked());
    QCOMPARE(child<QComboBox>("accessLogFormatComboBox")->currentData().toInt(),
             static_cast<int>(AccessLogFormat::Json));
    QCOMPARE(child<QComboBox>("logLevelComboBox")->currentData().toInt(), static_cast<int>(LogLevel::Warning));
    QCOMPARE(child<QSpinBox>("logRotateSizeSpinBox")->value(), 100);
    QCOMPARE(child<QSpinBox>("logRetentionSpinBox")->value(), 14);
    // Nothing edited yet: nothing to apply.
    QVERIFY(!m_page->hasUnappliedChanges());
    QVERIFY(!child<QPushButton>("applyEngineSettingsButton")->isEnabled());
    QVERIFY(!child<QPushButton>("revertEngineSettingsButton")->isEnabled());
    // Units are shown with the number.
    QVERIFY(child<QSpinBox>("keepAliveTimeoutSpinBox")->text().endsWith(QLatin1String(" s")));
    QVERIFY(child<QSpinBox>("maxBodySizeSpinBox")->text().endsWith(QLatin1String(" MiB")));
}

void TestSettingsPage::keepAliveChangeAppliesThroughTheEngineAndTheFile()
{
    createPage(portZeroConfig, true);
    auto* keepAlive = child<QSpinBox>("keepAliveTimeoutSpinBox");
    auto* apply = child<QPushButton>("applyEngineSettingsButton");
    QCOMPARE(keepAlive->value(), 75);

    keepAlive->setValue(42);
    QVERIFY(m_page->hasUnappliedChanges());
    QVERIFY(apply->isEnabled());
    QCOMPARE(child<QLabel>("engineSettingsStatusLabel")->text(), QStringLiteral("Changes not applied yet."));

    answerReview(true);
    QTest::mouseClick(apply, Qt::LeftButton);
    QCOMPARE(m_session->engine().config().settings.keepAliveTimeoutMs, 42'000);
    QCOMPARE(m_session->engine().state(), EngineState::Running);
    const ConfigLoadResult saved = ConfigStore(configFile()).load(ConfigStore::OnBadFile::Keep);
    QCOMPARE(saved.status, ConfigLoadStatus::Loaded);
    QCOMPARE(saved.config.settings.keepAliveTimeoutMs, 42'000);
    // Nothing else changed.
    Config expected = saved.config;
    expected.settings.keepAliveTimeoutMs = 75'000;
    QCOMPARE(expected.settings, GlobalSettings{[] {
                 GlobalSettings s;
                 s.workers = 1;
                 return s;
             }()});

    QVERIFY(!apply->isEnabled());
    QVERIFY(!m_page->hasUnappliedChanges());
    QCOMPARE(child<QLabel>("engineSettingsStatusLabel")->text(), QStringLiteral("Applied and saved."));
}

void TestSettingsPage::untouchedValuesKeepTheirPrecision()
{
    createPage(R"({"version":1,"settings":{"timeouts":{"connectMs":1500}},
        "listeners":[{"address":"127.0.0.1","port":0}]})",
               false);
    // 1.5 s shows rounded, but is not rewritten unless edited.
    QCOMPARE(child<QSpinBox>("connectTimeoutSpinBox")->value(), 2);
    child<QSpinBox>("maxHeaderCountSpinBox")->setValue(50);
    answerReview(true);
    QVERIFY(m_page->applyEngineSettings());
    QCOMPARE(m_session->engine().config().settings.maxHeaderCount, 50);
    QCOMPARE(m_session->engine().config().settings.connectTimeoutMs, 1500);
}

void TestSettingsPage::workersSayTheyNeedARestart()
{
    createPage(portZeroConfig, true);
    auto* workers = child<QSpinBox>("workersSpinBox");
    QCOMPARE(workers->value(), 1);
    QVERIFY(child<QLabel>("workersNoteLabel")->text().contains(QLatin1String("next time the engine starts")));
    workers->setValue(2);
    answerReview(true);
    QVERIFY(m_page->applyEngineSettings());
    QCOMPARE(m_session->engine().config().settings.workers, 2);
    QVERIFY(child<QLabel>("engineSettingsStatusLabel")->text().contains(QLatin1String("next time the engine starts")));
    // 0 reads as "one per core".
    workers->setValue(0);
    QVERIFY(workers->text().startsWith(QLatin1String("One per processor core")));
}

void TestSettingsPage::invalidInputCannotBeEntered()
{
    createPage(portZeroConfig, false);
    auto* keepAlive = child<QSpinBox>("keepAliveTimeoutSpinBox");
    keepAlive->setFocus();
    keepAlive->selectAll();
    QTest::keyClicks(keepAlive, QStringLiteral("abc"));
    QCOMPARE(keepAlive->value(), 75);
    keepAlive->selectAll();
    QTest::keyClicks(keepAlive, QStringLiteral("-5"));
    QTest::keyClick(keepAlive, Qt::Key_Return);
    QVERIFY(keepAlive->value() >= 1);
    keepAlive->selectAll();
    QTest::keyClicks(keepAlive, QStringLiteral("99999"));
    QTest::keyClick(keepAlive, Qt::Key_Return);
    QVERIFY(keepAlive->value() <= 3600);
    keepAlive->setValue(100'000);
    QCOMPARE(keepAlive->value(), 3600);
    keepAlive->setValue(0);
    QCOMPARE(keepAlive->value(), 1);

    // Every limit the spin boxes allow is one the config accepts.
    for (QSpinBox* box : m_page->findChildren<QSpinBox*>())
        box->setValue(box->maximum());
    answerReview(true);
    QVERIFY(m_page->applyEngineSettings());
    for (QSpinBox* box : m_page->findChildren<QSpinBox*>())
        box->setValue(box->minimum());
    answerReview(true);
    QVERIFY(m_page->applyEngineSettings());
    QCOMPARE(m_session->engine().config().settings.maxBodyBytes, 0);
    QCOMPARE(child<QSpinBox>("maxBodySizeSpinBox")->text(), QStringLiteral("No limit"));
}

void TestSettingsPage::cancellingTheReviewChangesNothing()
{
    createPage(portZeroConfig, false);
    child<QSpinBox>("responseTimeoutSpinBox")->setValue(5);
    answerReview(false);
    QVERIFY(!m_page->applyEngineSettings());
    QCOMPARE(m_session->engine().config().settings.responseTimeoutMs, 60'000);
    QCOMPARE(ConfigStore(configFile()).load(ConfigStore::OnBadFile::Keep).config.settings.responseTimeoutMs, 60'000);
    // The edit is still there, ready to apply.
    QCOMPARE(child<QSpinBox>("responseTimeoutSpinBox")->value(), 5);
    QVERIFY(child<QPushButton>("applyEngineSettingsButton")->isEnabled());
}

void TestSettingsPage::revertPutsBackTheSettingsInForce()
{
    createPage(portZeroConfig, false);
    child<QSpinBox>("shutdownTimeoutSpinBox")->setValue(3);
    child<QComboBox>("logLevelComboBox")->setCurrentIndex(0);
    QVERIFY(m_page->hasUnappliedChanges());
    QTest::mouseClick(child<QPushButton>("revertEngineSettingsButton"), Qt::LeftButton);
    QCOMPARE(child<QSpinBox>("shutdownTimeoutSpinBox")->value(), 10);
    QCOMPARE(child<QComboBox>("logLevelComboBox")->currentData().toInt(), static_cast<int>(LogLevel::Info));
    QVERIFY(!m_page->hasUnappliedChanges());
    QVERIFY(child<QLabel>("engineSettingsStatusLabel")->text().isEmpty());
}

void TestSettingsPage::accessLogOptionsFollowTheCheckBox()
{
    createPage(portZeroConfig, true);
    auto* accessLog = child<QCheckBox>("accessLogCheckBox");
    QVERIFY(accessLog->isChecked());
    QVERIFY(child<QComboBox>("accessLogFormatComboBox")->isEnabled());
    accessLog->setChecked(false);
    QVERIFY(!child<QComboBox>("accessLogFormatComboBox")->isEnabled());
    QVERIFY(!child<QSpinBox>("logRotateSizeSpinBox")->isEnabled());
    QVERIFY(!child<QSpinBox>("logRetentionSpinBox")->isEnabled());
    answerReview(true);
    QVERIFY(m_page->applyEngineSettings());
    QVERIFY(!m_session->engine().config().settings.accessLog);

    accessLog->setChecked(true);
    auto* format = child<QComboBox>("accessLogFormatComboBox");
    format->setCurrentIndex(format->findData(static_cast<int>(AccessLogFormat::Json)));
    answerReview(true);
    QVERIFY(m_page->applyEngineSettings());
    QVERIFY(m_session->engine().config().settings.accessLog);
    QCOMPARE(m_session->engine().config().settings.accessLogFormat, AccessLogFormat::Json);
}

void TestSettingsPage::aChangeMadeElsewhereIsShown()
{
    createPage(portZeroConfig, false);
    Config changed = m_session->engine().config();
    changed.settings.connectTimeoutMs = 9'000;
    QVERIFY(m_session->applyConfig(changed).isEmpty());
    QTRY_COMPARE(child<QSpinBox>("connectTimeoutSpinBox")->value(), 9);
    QVERIFY(!m_page->hasUnappliedChanges());

    // With an edit in progress, the edit stays and still changes only what was edited.
    child<QSpinBox>("maxHeaderCountSpinBox")->setValue(20);
    changed.settings.connectTimeoutMs = 8'000;
    QVERIFY(m_session->applyConfig(changed).isEmpty());
    QCoreApplication::processEvents();
    QCOMPARE(child<QSpinBox>("maxHeaderCountSpinBox")->value(), 20);
    answerReview(true);
    QVERIFY(m_page->applyEngineSettings());
    QCOMPARE(m_session->engine().config().settings.maxHeaderCount, 20);
    QCOMPARE(m_session->engine().config().settings.connectTimeoutMs, 8'000);
}

void TestSettingsPage::startAtLoginWritesTheAutostartEntry()
{
#if !defined(Q_OS_UNIX) || defined(Q_OS_MACOS)
    QSKIP("The autostart entry is the Linux (XDG) form");
#endif
    const QByteArray saved = qgetenv("XDG_CONFIG_HOME");
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_dir->path()));
    const auto restore = qScopeGuard([&saved] { qputenv("XDG_CONFIG_HOME", saved); });
    const QString entry = m_dir->filePath(QStringLiteral("autostart/portico.desktop"));

    createPage(portZeroConfig, false);
    auto* startAtLogin = child<QCheckBox>("startAtLoginCheckBox");
    QVERIFY(!startAtLogin->isChecked());
    QVERIFY(child<QLabel>("startAtLoginNoteLabel")->text().contains(QDir::toNativeSeparators(entry)));
    startAtLogin->click();
    QVERIFY(startAtLogin->isChecked());
    QVERIFY(QFile::exists(entry));
    // A page opened later shows the entry as it is on disk.
    m_page.reset();
    m_page = std::make_unique<SettingsPage>(*m_session, *m_settings, *m_translations);
    QVERIFY(child<QCheckBox>("startAtLoginCheckBox")->isChecked());
    child<QCheckBox>("startAtLoginCheckBox")->setChecked(false);
    QVERIFY(!QFile::exists(entry));
}

void TestSettingsPage::bothColourSchemesAreReadable_data()
{
    QTest::addColumn<ColorScheme>("scheme");
    QTest::newRow("light") << ColorScheme::Light;
    QTest::newRow("dark") << ColorScheme::Dark;
}

void TestSettingsPage::bothColourSchemesAreReadable()
{
    QFETCH(ColorScheme, scheme);
    const QPalette palette = UiStyle::palette(scheme);
    QCOMPARE(UiStyle::isDark(palette), scheme == ColorScheme::Dark);
    const QColor window = palette.color(QPalette::Window);
    const QColor base = palette.color(QPalette::Base);
    // WCAG AA: 4.5:1 for text, 3:1 for disabled text and the status colours used for large marks.
    QVERIFY(contrast(palette.color(QPalette::WindowText), window) >= 4.5);
    QVERIFY(contrast(palette.color(QPalette::Text), base) >= 4.5);
    QVERIFY(contrast(palette.color(QPalette::ButtonText), palette.color(QPalette::Button)) >= 4.5);
    QVERIFY(contrast(palette.color(QPalette::HighlightedText), palette.color(QPalette::Highlight)) >= 4.5);
    QVERIFY(contrast(palette.color(QPalette::Link), base) >= 4.5);
    QVERIFY(contrast(palette.color(QPalette::PlaceholderText), base) >= 4.5);
    QVERIFY(contrast(UiStyle::secondaryText(palette), window) >= 4.5);
    QVERIFY(contrast(palette.color(QPalette::Disabled, QPalette::WindowText), window) >= 3.0);
    for (const QColor& status :
         {UiStyle::errorColor(palette), UiStyle::warningColor(palette), UiStyle::successColor(palette)}) {
        QVERIFY2(contrast(status, window) >= 4.5, qPrintable(status.name()));
        QVERIFY2(contrast(status, base) >= 4.5, qPrintable(status.name()));
    }
    // Without a palette, the status colours follow the application's.
    QApplication::setPalette(palette);
    QCOMPARE(UiStyle::errorColor(), UiStyle::errorColor(palette));
}

void TestSettingsPage::appearanceNoteFollowsThePalette()
{
    QApplication::setPalette(UiStyle::palette(ColorScheme::Light));
    createPage(portZeroConfig, false);
    auto* note = child<QLabel>("appearanceNoteLabel");
    QVERIFY(note->text().contains(QLatin1String("light colours")));
    QVERIFY(note->text().contains(QLatin1String("--color-scheme")));
    auto* secondary = child<QLabel>("workersNoteLabel");
    QApplication::setPalette(UiStyle::palette(ColorScheme::Dark));
    QTRY_VERIFY(note->text().contains(QLatin1String("dark colours")));
    // Captions are grey on the new background, not the old one.
    UiStyle::refreshAll();
    QCOMPARE(secondary->palette().color(QPalette::WindowText),
             UiStyle::secondaryText(UiStyle::palette(ColorScheme::Dark)));
}

void TestSettingsPage::everyControlIsNamedAndReachedByTab()
{
    createPage(portZeroConfig, false);
    QList<QWidget*> stops;
    QWidget* widget = m_page.get();
    do {
        widget = widget->nextInFocusChain();
        const bool inner =
            qobject_cast<QAbstractSpinBox*>(widget->parentWidget()) || qobject_cast<QComboBox*>(widget->parentWidget());
        if ((widget->focusPolicy() & Qt::TabFocus) == Qt::TabFocus && !widget->focusProxy() &&
            widget->isVisibleTo(m_page.get()) && widget->isEnabled() && !inner)
            stops << widget;
    } while (widget != m_page.get());
    QVERIFY(stops.size() > 15);
    for (QWidget* stop : std::as_const(stops)) {
        const auto* button = qobject_cast<QAbstractButton*>(stop);
        const QString name = stop->accessibleName().isEmpty() && button ? button->text() : stop->accessibleName();
        QVERIFY2(!name.trimmed().isEmpty(), qPrintable(stop->objectName()));
    }
    // Tab from the first reaches every one, in order, and the scroll area follows.
    auto* scroll = child<QScrollArea>("settingsScrollArea");
    stops.first()->setFocus(Qt::TabFocusReason);
    for (qsizetype i = 1; i < stops.size(); ++i) {
        QTest::keyClick(m_page->focusWidget(), Qt::Key_Tab);
        QCOMPARE(m_page->focusWidget(), stops.at(i));
        const QRect shown(stops.at(i)->mapTo(scroll->viewport(), QPoint(0, 0)), stops.at(i)->size());
        QVERIFY2(scroll->viewport()->rect().intersects(shown), qPrintable(stops.at(i)->objectName()));
    }
}

void TestSettingsPage::screenshots()
{
    // For people, not for the verdict: PORTICO_SCREENSHOT_DIR=/some/dir writes the page in both schemes.
    const QString dir = qEnvironmentVariable("PORTICO_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("Set PORTICO_SCREENSHOT_DIR to write screenshots");
    createPage(portZeroConfig, true);
    for (const ColorScheme scheme : {ColorScheme::Light, ColorScheme::Dark}) {
        QApplication::setPalette(UiStyle::palette(scheme));
        UiStyle::refreshAll();
        child<QSpinBox>("keepAliveTimeoutSpinBox")->setValue(scheme == ColorScheme::Dark ? 30 : 75);
        QCoreApplication::processEvents();
        const QString name = scheme == ColorScheme::Dark ? QStringLiteral("dark") : QStringLiteral("light");
        QVERIFY(m_page->grab().save(dir + QStringLiteral("/settings-") + name + QStringLiteral(".png")));
        auto* content = child<QWidget>("settingsContentWidget");
        QVERIFY(content->grab().save(dir + QStringLiteral("/settings-full-") + name + QStringLiteral(".png")));
    }
}

QTEST_MAIN(TestSettingsPage)
#include "TestSettingsPage.moc"

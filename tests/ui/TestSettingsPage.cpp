// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/EngineSession.h"
#include "app/TranslationManager.h"
#include "app/UiSettings.h"
#include "mainwindow/MainWindow.h"
#include "widgets/PageHeader.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

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
    void closeToTrayDefaultsOnAndIsSaved();
    void showsTheConfigFilePath();

private:
    void createWindow();
    QString settingsFile() const { return m_dir->filePath(QStringLiteral("ui.ini")); }
    QString pageTitle(const char* pageName) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<UiSettings> m_settings;
    std::unique_ptr<TranslationManager> m_translations;
    std::unique_ptr<EngineSession> m_session;
    std::unique_ptr<MainWindow> m_window;
};

void TestSettingsPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
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
    m_window.reset();
    m_session.reset();
    m_translations.reset();
    m_settings.reset();
    m_dir.reset();
}

void TestSettingsPage::createWindow()
{
    m_translations->setLanguage(m_settings->language());
    // No file: the engine gets its default config, which is all a settings test needs (it never starts).
    m_session = std::make_unique<EngineSession>(m_dir->filePath(QStringLiteral("portico.json")));
    m_session->loadConfig();
    m_window = std::make_unique<MainWindow>(*m_session, *m_settings, *m_translations);
    m_window->showPage(MainWindow::Page::Settings);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

QString TestSettingsPage::pageTitle(const char* pageName) const
{
    auto* page = m_window->findChild<QWidget*>(QString::fromLatin1(pageName));
    return page ? page->findChild<PageHeader*>()->title() : QString();
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

void TestSettingsPage::closeToTrayDefaultsOnAndIsSaved()
{
    createWindow();
    auto* closeToTray = m_window->findChild<QCheckBox*>(QStringLiteral("closeToTrayCheckBox"));
    QVERIFY(closeToTray);
    QVERIFY(closeToTray->isChecked());
    QVERIFY(m_settings->closeToTray());

    closeToTray->setChecked(false);
    QVERIFY(!m_settings->closeToTray());
    m_settings->sync();
    QVERIFY(!UiSettings(settingsFile()).closeToTray());
}

void TestSettingsPage::showsTheConfigFilePath()
{
    createWindow();
    auto* path = m_window->findChild<QLabel*>(QStringLiteral("configPathLabel"));
    QVERIFY(path);
    QCOMPARE(path->text(), QDir::toNativeSeparators(m_session->configPath()));
}

QTEST_MAIN(TestSettingsPage)
#include "TestSettingsPage.moc"

// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestBackend.h"

#include "app/EngineSession.h"
#include "app/TranslationManager.h"
#include "dialogs/BanAddressDialog.h"
#include "dialogs/BasicAuthUsersDialog.h"
#include "dialogs/ReviewChangesDialog.h"
#include "dialogs/WafExceptionDialog.h"
#include "models/SecurityEventModel.h"
#include "pages/SecurityPage.h"
#include "security/AttackRule.h"
#include "security/PasswordHash.h"
#include "security/SecurityPresets.h"
#include "text/ChangeText.h"
#include "text/SecurityText.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace Portico;
using namespace Portico::Test;

// The Security page over a real engine on loopback with two sites, "app" and "shop". Changes go through the
// review dialog (the test answers it); figures come as snapshots on the controller's statsUpdated signal, the
// path the engine's own take.
class TestSecurityPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void presetsDiffer();
    void defaultLevelGoesThroughTheReview_data();
    void defaultLevelGoesThroughTheReview();
    void cancelledReviewKeepsTheLevel();
    void siteOverride();
    void officeOnlyAndAttackRulesPerSite();
    void countersFromSnapshots();
    void tilesShowAllTheirText();
    void blockedLogKeepsTheNewest();
    void exceptionFromTheLog_data();
    void exceptionFromTheLog();
    void banAndUnban();
    void basicAuthUsersForARoute();
    void changeTextWordsSecurity();
    void everyRuleHasWords();
    void everyControlHasAName();
    void tabReachesEveryControl();

private:
    template<typename T>
    T* child(const char* name) const;
    // Answers the next review dialog (accept or cancel) and keeps its lines in m_reviewed.
    void answerReview(bool accept);
    QString tileValue(const char* name) const;
    QString tileText(const char* name) const;
    QWidget* siteCell(const QString& site, int column) const;
    static SiteSecurityConfig expected(const SiteSecurityConfig& current, SecurityPreset preset);
    static SecurityEvent attack(const QString& target, int second);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TranslationManager> m_translations;
    std::unique_ptr<TestBackend> m_backend;
    std::unique_ptr<EngineSession> m_session;
    std::unique_ptr<SecurityPage> m_page;
    std::unique_ptr<QTimer> m_reviewTimer;
    QStringList m_reviewed;
};

void TestSecurityPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    EngineController::registerMetaTypes();
}

void TestSecurityPage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_translations = std::make_unique<TranslationManager>();
    m_translations->setLanguage(QStringLiteral("en"));
    m_backend = std::make_unique<TestBackend>("up");
    const QString path = m_dir->filePath(QStringLiteral("portico.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral(R"({"version":1,"settings":{"workers":1},
        "listeners":[{"address":"127.0.0.1","port":0}],
        "sites":[{"name":"app","serverNames":["app.example.com"],"routes":[{"path":"/","pool":"app"}]},
                 {"name":"shop","serverNames":["shop.example.com"],"routes":[{"path":"/","pool":"app"}]}],
        "pools":[{"name":"app","backends":[{"host":"127.0.0.1","port":%1}]}]})")
                   .arg(m_backend->port())
                   .toUtf8());
    file.close();
    m_session = std::make_unique<EngineSession>(path);
    m_session->engine().setHistoryPath(QString());
    m_session->loadConfig();
    QCOMPARE(m_session->loadResult().status, ConfigLoadStatus::Loaded);
    QVERIFY(m_session->start());
    m_page = std::make_unique<SecurityPage>(*m_session);
    m_page->resize(1280, 1000);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_reviewed.clear();
}

void TestSecurityPage::cleanup()
{
    m_reviewTimer.reset();
    m_page.reset();
    if (m_session && m_session->engine().state() != EngineState::Stopped)
        QVERIFY(m_session->stopAndWait(m_session->stopTimeoutMs()));
    m_session.reset();
    m_backend.reset();
    m_translations.reset();
    m_dir.reset();
}

template<typename T>
T* TestSecurityPage::child(const char* name) const
{
    T* found = m_page->findChild<T*>(QString::fromLatin1(name));
    if (!found)
        qWarning("No child named %s", name);
    return found;
}

void TestSecurityPage::answerReview(bool accept)
{
    m_reviewTimer = std::make_unique<QTimer>();
    m_reviewTimer->setInterval(10);
    connect(m_reviewTimer.get(), &QTimer::timeout, this, [this, accept] {
        auto* dialog = qobject_cast<ReviewChangesDialog*>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible())
            return;
        m_reviewTimer->stop();
        m_reviewed = dialog->changes();
        if (accept)
            dialog->accept();
        else
            dialog->reject();
    });
    m_reviewTimer->start();
}

QString TestSecurityPage::tileValue(const char* name) const
{
    const auto* label = m_page->findChild<QLabel*>(QString::fromLatin1(name) + QStringLiteral("ValueLabel"));
    return label ? label->text() : QStringLiteral("(no tile %1)").arg(QString::fromLatin1(name));
}

QString TestSecurityPage::tileText(const char* name) const
{
    const auto* tile = m_page->findChild<QWidget*>(QString::fromLatin1(name) + QStringLiteral("Tile"));
    QStringList texts;
    if (tile) {
        for (const QLabel* label : tile->findChildren<QLabel*>())
            texts << label->text();
    }
    return texts.join(QLatin1Char('\n'));
}

QWidget* TestSecurityPage::siteCell(const QString& site, int column) const
{
    auto* table = child<QTableWidget>("siteSecurityTableWidget");
    for (int row = 0; table && row < table->rowCount(); ++row) {
        if (table->item(row, SecurityPage::SiteNameColumn)->text() == site)
            return table->cellWidget(row, column);
    }
    return nullptr;
}

SiteSecurityConfig TestSecurityPage::expected(const SiteSecurityConfig& current, SecurityPreset preset)
{
    SiteSecurityConfig values = SecurityPresets::applied(current, preset);
    values.preset = SecurityText::level(values);
    return values;
}

SecurityEvent TestSecurityPage::attack(const QString& target, int second)
{
    SecurityEvent event;
    event.time = QDateTime(QDate(2026, 11, 27), QTime(10, 0, second), Qt::UTC);
    event.kind = SecurityEventKind::AttackBlocked;
    event.client = QStringLiteral("203.0.113.9");
    event.site = QStringLiteral("app");
    event.method = QStringLiteral("GET");
    event.target = target;
    event.rule = QStringLiteral("sqli-union");
    event.status = 403;
    event.requestId = "req-" + QByteArray::number(second);
    return event;
}

void TestSecurityPage::presetsDiffer()
{
    // The page writes what SecurityPresets gives; the tests below mean something only when the levels differ.
    QVERIFY2(SecurityPresets::site(SecurityPreset::Basic) != SecurityPresets::site(SecurityPreset::Off),
             "SecurityPresets::site(Basic) equals Off: the presets are not written yet");
    QVERIFY(SecurityPresets::site(SecurityPreset::Strict) != SecurityPresets::site(SecurityPreset::Basic));
    QCOMPARE(SecurityText::level(SecurityPresets::site(SecurityPreset::Basic)), SecurityPreset::Basic);
}

void TestSecurityPage::defaultLevelGoesThroughTheReview_data()
{
    QTest::addColumn<SecurityPreset>("preset");
    QTest::addColumn<QString>("button");
    QTest::newRow("basic") << SecurityPreset::Basic << QStringLiteral("protectionBasicRadioButton");
    QTest::newRow("strict") << SecurityPreset::Strict << QStringLiteral("protectionStrictRadioButton");
}

void TestSecurityPage::defaultLevelGoesThroughTheReview()
{
    QFETCH(SecurityPreset, preset);
    QFETCH(QString, button);
    QVERIFY(child<QRadioButton>("protectionOffRadioButton")->isChecked());
    const Config before = m_session->engine().config();
    auto* radio = m_page->findChild<QRadioButton*>(button);
    QVERIFY(radio);
    answerReview(true);
    QTest::mouseClick(radio, Qt::LeftButton);

    const Config& config = m_session->engine().config();
    QCOMPARE(config.settings.security.sites, expected(before.settings.security.sites, preset));
    GlobalSettings limits = before.settings;
    SecurityPresets::applyLimits(limits, preset);
    QCOMPARE(config.settings.clientHeaderTimeoutMs, limits.clientHeaderTimeoutMs);
    QCOMPARE(config.settings.clientBodyTimeoutMs, limits.clientBodyTimeoutMs);
    QCOMPARE(config.settings.minClientBytesPerSecond, limits.minClientBytesPerSecond);
    QCOMPARE(config.settings.maxConnectionsPerIp, limits.maxConnectionsPerIp);
    // Sites without their own follow it; the review said so in words.
    QVERIFY(!config.sites.at(0).security);
    QVERIFY2(
        m_reviewed.join(QLatin1Char('\n'))
            .contains(
                QStringLiteral("Protection of sites without their own: %1.").arg(SecurityText::presetName(preset))),
        qPrintable(m_reviewed.join(QLatin1Char('\n'))));
    QTRY_VERIFY(radio->isChecked());
    auto* level = qobject_cast<QComboBox*>(siteCell(QStringLiteral("app"), SecurityPage::SiteLevelColumn));
    QVERIFY(level);
    QCOMPARE(level->currentText(), QStringLiteral("Same as default (%1)").arg(SecurityText::presetName(preset)));
}

void TestSecurityPage::cancelledReviewKeepsTheLevel()
{
    const Config before = m_session->engine().config();
    answerReview(false);
    QTest::mouseClick(child<QRadioButton>("protectionStrictRadioButton"), Qt::LeftButton);
    QVERIFY(!m_reviewed.isEmpty());
    QCOMPARE(m_session->engine().config(), before);
    QVERIFY(child<QRadioButton>("protectionOffRadioButton")->isChecked());
    QVERIFY(!child<QRadioButton>("protectionStrictRadioButton")->isChecked());
}

void TestSecurityPage::siteOverride()
{
    auto* level = qobject_cast<QComboBox*>(siteCell(QStringLiteral("shop"), SecurityPage::SiteLevelColumn));
    QVERIFY(level);
    QCOMPARE(level->currentData().toInt(), SecurityPage::sameAsDefault);
    const Config before = m_session->engine().config();
    answerReview(true);
    level->setCurrentIndex(level->findData(int(SecurityPreset::Strict)));
    Q_EMIT level->activated(level->currentIndex());

    const Config& config = m_session->engine().config();
    QVERIFY(config.sites.at(1).security);
    QCOMPARE(*config.sites.at(1).security, expected(before.settings.security.sites, SecurityPreset::Strict));
    QVERIFY(!config.sites.at(0).security);
    QCOMPARE(config.settings.security.sites, before.settings.security.sites);
    // One site Strict: the slow-client limits follow the strictest.
    GlobalSettings limits = before.settings;
    SecurityPresets::applyLimits(limits, SecurityPreset::Strict);
    QCOMPARE(config.settings.minClientBytesPerSecond, limits.minClientBytesPerSecond);
    QVERIFY2(
        m_reviewed.join(QLatin1Char('\n')).contains(QStringLiteral("The site \"shop\" gets protection of its own.")),
        qPrintable(m_reviewed.join(QLatin1Char('\n'))));

    // The rebuilt row shows it; "Same as default" takes the site's own away again.
    level = qobject_cast<QComboBox*>(siteCell(QStringLiteral("shop"), SecurityPage::SiteLevelColumn));
    QCOMPARE(level->currentData().toInt(), int(SecurityPreset::Strict));
    answerReview(true);
    level->setCurrentIndex(level->findData(SecurityPage::sameAsDefault));
    Q_EMIT level->activated(level->currentIndex());
    QVERIFY(!m_session->engine().config().sites.at(1).security);
}

void TestSecurityPage::officeOnlyAndAttackRulesPerSite()
{
    auto* office = qobject_cast<QCheckBox*>(siteCell(QStringLiteral("app"), SecurityPage::SiteOfficeColumn));
    QVERIFY(office);
    QVERIFY(!office->isChecked());
    answerReview(true);
    office->click();
    {
        const Config& config = m_session->engine().config();
        QVERIFY(config.sites.at(0).security);
        QVERIFY(config.sites.at(0).security->access.officeOnly);
        QVERIFY(!config.sites.at(1).security);
        QVERIFY2(m_reviewed.join(QLatin1Char('\n'))
                     .contains(QStringLiteral("Only the office network may reach the site \"app\".")),
                 qPrintable(m_reviewed.join(QLatin1Char('\n'))));
    }
    office = qobject_cast<QCheckBox*>(siteCell(QStringLiteral("app"), SecurityPage::SiteOfficeColumn));
    QVERIFY(office->isChecked());

    auto* waf = qobject_cast<QComboBox*>(siteCell(QStringLiteral("app"), SecurityPage::SiteWafColumn));
    QVERIFY(waf);
    answerReview(true);
    waf->setCurrentIndex(waf->findData(int(WafMode::Block)));
    Q_EMIT waf->activated(waf->currentIndex());
    const Config& config = m_session->engine().config();
    QCOMPARE(config.sites.at(0).security->waf.mode, WafMode::Block);
    // Office-only stays on: one change does not undo the other.
    QVERIFY(config.sites.at(0).security->access.officeOnly);
}

void TestSecurityPage::countersFromSnapshots()
{
    // Stopped, the engine sends no snapshots of its own: the page shows only the ones fed here.
    QVERIFY(m_session->stopAndWait(m_session->stopTimeoutMs()));
    StatsSnapshot first;
    // Over a minute after the engine's own last snapshot: the minute holds only the two below.
    first.time = QDateTime::currentDateTimeUtc().addSecs(120);
    first.uptimeMs = 3'600'000;
    first.security.totals.accessDenied = 5;
    first.security.totals.rateLimited = 7;
    first.security.totals.attacksLogged = 2;
    StatsSnapshot second = first;
    second.time = first.time.addSecs(60);
    second.uptimeMs = first.uptimeMs + 60'000;
    second.security.totals.accessDenied = 9;
    second.security.totals.attacksBlocked = 3;
    second.security.totals.rateLimited = 19;
    second.security.topClients = {{QStringLiteral("203.0.113.9"), 20}, {QStringLiteral("198.51.100.4"), 4}};
    second.security.topRules = {{QStringLiteral("rate-limit"), 19}, {QStringLiteral("no-such-rule"), 3}};
    second.security.bans = {BanEntry{QStringLiteral("203.0.113.9"), second.time, second.time.addSecs(600),
                                     QStringLiteral("rate-limit"), 30}};
    Q_EMIT m_session->engine().statsUpdated(first);
    Q_EMIT m_session->engine().statsUpdated(second);

    QTRY_COMPARE(tileValue("blocked"), QStringLiteral("12"));
    QCOMPARE(tileValue("rateLimited"), QStringLiteral("19"));
    QCOMPARE(tileValue("bannedNow"), QStringLiteral("1"));
    QCOMPARE(tileValue("attacksLogged"), QStringLiteral("5"));
    // The last minute: what came between the two snapshots.
    QVERIFY2(tileText("blocked").contains(QStringLiteral("7 in the last minute")), qPrintable(tileText("blocked")));
    QVERIFY2(tileText("rateLimited").contains(QStringLiteral("12 in the last minute")),
             qPrintable(tileText("rateLimited")));
    // An engine younger than a minute did everything in that minute.
    StatsSnapshot young = second;
    young.time = second.time.addSecs(1);
    young.uptimeMs = 30'000;
    Q_EMIT m_session->engine().statsUpdated(young);
    QTRY_VERIFY2(tileText("blocked").contains(QStringLiteral("12 in the last minute")),
                 qPrintable(tileText("blocked")));

    auto* clients = child<QTableWidget>("topClientsTableWidget");
    QCOMPARE(clients->rowCount(), 2);
    QCOMPARE(clients->item(0, 0)->text(), QStringLiteral("203.0.113.9"));
    QCOMPARE(clients->item(0, 1)->text(), QStringLiteral("20"));
    auto* rules = child<QTableWidget>("topRulesTableWidget");
    QCOMPARE(rules->rowCount(), 2);
    QCOMPARE(rules->item(0, 0)->text(), SecurityText::ruleTitle(QStringLiteral("rate-limit")));
    QVERIFY(rules->item(0, 0)->text() != QStringLiteral("rate-limit"));
    // An id the UI has no words for is shown as it is.
    QCOMPARE(rules->item(1, 0)->text(), QStringLiteral("no-such-rule"));
    // Stopped: bans are gone with the engine, whatever the last figures said.
    QCOMPARE(child<QTableWidget>("banListTableWidget")->rowCount(), 0);
    QVERIFY(!child<QPushButton>("banAddressButton")->isEnabled());
}

void TestSecurityPage::tilesShowAllTheirText()
{
    // As wide as the page is in a 1280 x 800 window, where the blocked tile's explanation wraps to three lines.
    m_page->resize(1040, 700);
    StatsSnapshot snapshot;
    snapshot.time = QDateTime::currentDateTimeUtc();
    snapshot.uptimeMs = 3'600'000;
    snapshot.security.totals.accessDenied = 1;
    Q_EMIT m_session->engine().statsUpdated(snapshot);
    QTRY_VERIFY2(tileText("blocked").contains(QStringLiteral("Denied")), qPrintable(tileText("blocked")));
    QCoreApplication::processEvents();
    for (const char* name : {"blocked", "rateLimited", "bannedNow", "attacksLogged"}) {
        const auto* tile = m_page->findChild<QWidget*>(QString::fromLatin1(name) + QStringLiteral("Tile"));
        QVERIFY(tile);
        for (const QLabel* label : tile->findChildren<QLabel*>()) {
            if (!label->isVisible() || label->text().isEmpty())
                continue;
            // A label squeezed below the height its wrapped text needs draws over its neighbours.
            QTRY_VERIFY2(label->height() >= label->heightForWidth(label->width()),
                         qPrintable(QStringLiteral("%1: %2 px for %3 px of \"%4\"")
                                        .arg(QString::fromLatin1(name))
                                        .arg(label->height())
                                        .arg(label->heightForWidth(label->width()))
                                        .arg(label->text())));
        }
    }
}

void TestSecurityPage::blockedLogKeepsTheNewest()
{
    StatsSnapshot snapshot = m_session->engine().lastStats();
    snapshot.time = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < SecurityEventModel::maxRows + 20; ++i)
        snapshot.security.recentEvents << attack(QStringLiteral("/item/%1").arg(i), i % 60);
    Q_EMIT m_session->engine().statsUpdated(snapshot);
    SecurityEventModel* model = m_page->eventModel();
    QTRY_COMPARE(model->rowCount(), SecurityEventModel::maxRows);
    QCOMPARE(model->event(0).target, QStringLiteral("/item/%1").arg(SecurityEventModel::maxRows + 19));
    QCOMPARE(model->event(SecurityEventModel::maxRows - 1).target, QStringLiteral("/item/20"));

    snapshot.security.recentEvents = {attack(QStringLiteral("/newest"), 1)};
    Q_EMIT m_session->engine().statsUpdated(snapshot);
    QTRY_COMPARE(model->event(0).target, QStringLiteral("/newest"));
    QCOMPARE(model->rowCount(), SecurityEventModel::maxRows);
    QCOMPARE(model->index(0, SecurityEventModel::RuleColumn).data().toString(),
             SecurityText::ruleTitle(QStringLiteral("sqli-union")));
    QCOMPARE(model->index(0, SecurityEventModel::RequestColumn).data().toString(), QStringLiteral("GET /newest"));
}

void TestSecurityPage::exceptionFromTheLog_data()
{
    QTest::addColumn<bool>("exact");
    QTest::addColumn<QString>("prefix");
    QTest::newRow("first segment") << false << QStringLiteral("/search/");
    QTest::newRow("exact path") << true << QStringLiteral("/search/items");
}

void TestSecurityPage::exceptionFromTheLog()
{
    QFETCH(bool, exact);
    QFETCH(QString, prefix);
    StatsSnapshot snapshot = m_session->engine().lastStats();
    snapshot.time = QDateTime::currentDateTimeUtc();
    SecurityEvent limited = attack(QStringLiteral("/"), 1);
    limited.kind = SecurityEventKind::RateLimited;
    limited.rule = QStringLiteral("rate-limit");
    snapshot.security.recentEvents = {attack(QStringLiteral("/search/items?q=1%20union%20select%202"), 2), limited};
    Q_EMIT m_session->engine().statsUpdated(snapshot);
    auto* view = child<QTableView>("blockedLogTableView");
    QTRY_COMPARE(view->model()->rowCount(), 2);
    auto* button = child<QPushButton>("addExceptionButton");
    // Newest first: the rate-limit row, which no exception can help.
    view->selectRow(0);
    QVERIFY(!button->isEnabled());
    QVERIFY(!m_page->openExceptionDialog());
    view->selectRow(1);
    QVERIFY(button->isEnabled());

    QTest::mouseClick(button, Qt::LeftButton);
    auto* dialog = m_page->findChild<WafExceptionDialog*>();
    QTRY_VERIFY(dialog && dialog->isVisible());
    dialog->chooseExactPath(exact);
    QCOMPARE(dialog->pathPrefix(), prefix);
    answerReview(true);
    dialog->accept();
    QTRY_VERIFY(!m_reviewed.isEmpty());
    QTRY_VERIFY(m_session->engine().config().sites.at(0).security.has_value());
    const WafConfig& waf = m_session->engine().config().sites.at(0).security->waf;
    QCOMPARE(waf.exceptions, (QList<WafConfig::Exception>{{QStringLiteral("sqli-union"), prefix}}));
    QVERIFY2(m_reviewed.join(QLatin1Char('\n')).contains(QStringLiteral("no longer applies under %1").arg(prefix)),
             qPrintable(m_reviewed.join(QLatin1Char('\n'))));
}

void TestSecurityPage::banAndUnban()
{
    EngineController& engine = m_session->engine();
    auto* dialog = qobject_cast<BanAddressDialog*>(m_page->openBanDialog());
    QVERIFY(dialog);
    auto* address = dialog->findChild<QLineEdit*>(QStringLiteral("banAddressLineEdit"));
    auto* ok = dialog->findChild<QPushButton*>(QStringLiteral("banAddressOkButton"));
    QTest::keyClicks(address, QStringLiteral("203.0.113.0/24"));
    QVERIFY(!ok->isEnabled());
    address->clear();
    QTest::keyClicks(address, QStringLiteral("203.0.113.77"));
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);

    // The next snapshot brings the ban into the list.
    auto* bans = child<QTableWidget>("banListTableWidget");
    QTRY_COMPARE_WITH_TIMEOUT(bans->rowCount(), 1, 10'000);
    QCOMPARE(bans->item(0, 0)->text(), QStringLiteral("203.0.113.77"));
    QCOMPARE(tileValue("bannedNow"), QStringLiteral("1"));
    auto* unban = child<QPushButton>("unbanButton");
    QVERIFY(!unban->isEnabled());
    bans->selectRow(0);
    QVERIFY(unban->isEnabled());
    QTest::mouseClick(unban, Qt::LeftButton);
    QCOMPARE(child<QLabel>("banResultLabel")->text(), QStringLiteral("203.0.113.77 is no longer banned."));
    QTRY_COMPARE_WITH_TIMEOUT(bans->rowCount(), 0, 10'000);
    QVERIFY(engine.lastStats().security.bans.isEmpty());
    // Unbanning again finds nothing to end.
    QVERIFY(!engine.unban(QStringLiteral("203.0.113.77")));
}

void TestSecurityPage::basicAuthUsersForARoute()
{
    auto* button = qobject_cast<QPushButton*>(siteCell(QStringLiteral("shop"), SecurityPage::SitePasswordsColumn));
    QVERIFY(button);
    QTest::mouseClick(button, Qt::LeftButton);
    auto* dialog = m_page->findChild<BasicAuthUsersDialog*>();
    QTRY_VERIFY(dialog && dialog->isVisible());
    dialog->selectRoute(0);
    const auto field = [dialog](const char* name) {
        return dialog->findChild<QLineEdit*>(QString::fromLatin1(name));
    };
    QTest::keyClicks(field("basicAuthNameLineEdit"), QStringLiteral("anna"));
    QTest::keyClicks(field("basicAuthPasswordLineEdit"), QStringLiteral("correct horse"));
    QTest::keyClicks(field("basicAuthRepeatLineEdit"), QStringLiteral("correct hose"));
    QVERIFY(!dialog->addUser());
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("basicAuthErrorLabel"))->isVisibleTo(dialog));
    QVERIFY(dialog->configs().at(0).users.isEmpty());
    field("basicAuthRepeatLineEdit")->clear();
    QTest::keyClicks(field("basicAuthRepeatLineEdit"), QStringLiteral("correct horse"));
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("basicAuthAddButton")), Qt::LeftButton);
    QCOMPARE(dialog->configs().at(0).users.size(), 1);
    // The password itself is gone from the form.
    QVERIFY(field("basicAuthPasswordLineEdit")->text().isEmpty());

    answerReview(true);
    dialog->accept();
    QTRY_VERIFY(m_session->engine().config().sites.at(1).routes.at(0).security.basicAuth.enabled());
    const BasicAuthConfig& auth = m_session->engine().config().sites.at(1).routes.at(0).security.basicAuth;
    QCOMPARE(auth.users.at(0).name, QStringLiteral("anna"));
    QVERIFY(PasswordHash::verify("correct horse", auth.users.at(0).passwordHash));
    QVERIFY(!PasswordHash::verify("correct hose", auth.users.at(0).passwordHash));
    QVERIFY2(m_reviewed.join(QLatin1Char('\n')).contains(QStringLiteral("asks for a password")),
             qPrintable(m_reviewed.join(QLatin1Char('\n'))));
    QVERIFY(!m_session->engine().config().sites.at(0).routes.at(0).security.basicAuth.enabled());
}

void TestSecurityPage::changeTextWordsSecurity()
{
    const Config before = m_session->engine().config();
    Config after = before;
    after.sites[1].security = SecurityPresets::site(SecurityPreset::Strict);
    after.sites[1].security->waf.exceptions
        << WafConfig::Exception{QStringLiteral("xss-script-tag"), QStringLiteral("/editor/")};
    after.sites[1].security->access.officeOnly = true;
    const QString text = ChangeText::describe(before, after).join(QLatin1Char('\n'));
    QVERIFY2(text.contains(QStringLiteral("The site \"shop\" gets protection of its own.")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Protection of the site \"shop\": Strict.")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Only the office network may reach the site \"shop\".")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("The attack rule \"%1\" no longer applies under /editor/ on the site "
                                          "\"shop\".")
                               .arg(SecurityText::ruleTitle(QStringLiteral("xss-script-tag")))),
             qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("no plain description")));
    const QString back = ChangeText::describe(after, before).join(QLatin1Char('\n'));
    QVERIFY2(back.contains(QStringLiteral("The site \"shop\" follows the default protection again.")),
             qPrintable(back));
}

void TestSecurityPage::everyRuleHasWords()
{
    // A rule added to the catalogue without a title here would show as its id.
    QVERIFY(!AttackRule::catalogue().isEmpty());
    QStringList unworded;
    for (const AttackRule& rule : AttackRule::catalogue()) {
        if (SecurityText::ruleTitle(rule.id) == rule.id)
            unworded << rule.id;
    }
    for (const char* check : {"rate-limit", "deny-list", "allow-list", "office-only", "basic-auth", "ban",
                              "connection-limit", "slow-header", "slow-body", "min-rate", "manual"}) {
        if (SecurityText::ruleTitle(QString::fromLatin1(check)) == QLatin1String(check))
            unworded << QString::fromLatin1(check);
    }
    QVERIFY2(unworded.isEmpty(), qPrintable(unworded.join(QStringLiteral(", "))));
    QCOMPARE(SecurityText::ruleTitle(QStringLiteral("not-a-rule")), QStringLiteral("not-a-rule"));
}

void TestSecurityPage::everyControlHasAName()
{
    int checked = 0;
    const QList<QWidget*> widgets = m_page->findChildren<QWidget*>();
    for (QWidget* widget : widgets) {
        if (!widget->isVisibleTo(m_page.get()) || !(widget->focusPolicy() & Qt::TabFocus) || widget->focusProxy() ||
            qobject_cast<QComboBox*>(widget->parentWidget()))
            continue;
        QVERIFY2(!widget->objectName().isEmpty() || qobject_cast<QAbstractScrollArea*>(widget->parentWidget()),
                 widget->metaObject()->className());
        QString name = widget->accessibleName();
        if (name.isEmpty())
            if (const auto* button = qobject_cast<QAbstractButton*>(widget))
                name = button->text().remove(QLatin1Char('&')).trimmed();
        QVERIFY2(!name.isEmpty(), qPrintable(widget->objectName() + QLatin1Char(' ') +
                                             QString::fromLatin1(widget->metaObject()->className())));
        ++checked;
    }
    // Three level cards, two sites with three controls, four tables and the log, three buttons.
    QVERIFY2(checked >= 17, qPrintable(QString::number(checked)));
}

void TestSecurityPage::tabReachesEveryControl()
{
    // Something in the ban list and the log, so that their buttons are enabled Tab stops too.
    QVERIFY(m_session->engine().ban(QStringLiteral("192.0.2.1"), 600));
    QTRY_COMPARE_WITH_TIMEOUT(child<QTableWidget>("banListTableWidget")->rowCount(), 1, 10'000);
    child<QTableWidget>("banListTableWidget")->selectRow(0);
    StatsSnapshot snapshot = m_session->engine().lastStats();
    snapshot.security.recentEvents = {attack(QStringLiteral("/x"), 1)};
    Q_EMIT m_session->engine().statsUpdated(snapshot);
    QTRY_COMPARE(m_page->eventModel()->rowCount(), 1);
    child<QTableView>("blockedLogTableView")->selectRow(0);

    QList<QWidget*> stops;
    for (QWidget* widget = m_page->nextInFocusChain(); widget != m_page.get(); widget = widget->nextInFocusChain()) {
        const auto* radio = qobject_cast<QRadioButton*>(widget);
        // Tab stops at the checked radio button of a group; the arrows move within it.
        if ((widget->focusPolicy() & Qt::TabFocus) == Qt::TabFocus && !widget->focusProxy() &&
            widget->isVisibleTo(m_page.get()) && widget->isEnabled() &&
            !qobject_cast<QComboBox*>(widget->parentWidget()) && !(radio && !radio->isChecked()))
            stops << widget;
    }
    QVERIFY(stops.size() >= 15);
    stops.first()->setFocus(Qt::TabFocusReason);
    QSet<QWidget*> reached{stops.first()};
    for (qsizetype i = 0; i < stops.size() * 2; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        reached.insert(QApplication::focusWidget());
    }
    QStringList unreached;
    for (QWidget* widget : std::as_const(stops)) {
        if (!reached.contains(widget))
            unreached << widget->objectName() + QLatin1Char(' ') +
                             QString::fromLatin1(widget->metaObject()->className());
    }
    QVERIFY2(unreached.isEmpty(), qPrintable(unreached.join(QStringLiteral(", "))));
}

QTEST_MAIN(TestSecurityPage)
#include "TestSecurityPage.moc"

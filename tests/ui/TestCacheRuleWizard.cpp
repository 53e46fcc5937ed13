// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestBackend.h"

#include "app/EngineSession.h"
#include "app/TranslationManager.h"
#include "config/ConfigStore.h"
#include "dialogs/ReviewChangesDialog.h"
#include "text/CacheRuleText.h"
#include "wizards/CacheRuleWizard.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace Portico;
using namespace Portico::Test;

// The Cache Rule wizard driven as an admin would, against a real engine on loopback: every page by its
// widgets, the tester's verdicts from the engine's rule matcher, and Apply through the review dialog.
class TestCacheRuleWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void addsARuleThroughEveryPage();
    void testerSaysWhatWouldHappen_data();
    void testerSaysWhatWouldHappen();
    void matchFieldsAreCheckedAsTheAdminTypes();
    void overrideIsLabelledAndWarns();
    void editingReplacesTheRuleInItsNewPlace();
    void declinedReviewChangesNothing();
    void ruleCanBeSavedWithCachingLeftOff();
    void validatorErrorsLandBesideTheirFields();
    void pageNamesFollowThePages();
    void everyControlHasANameAndTabReachesIt();
    void durationsInWords_data();
    void durationsInWords();

private:
    void openWizard(const QString& siteName, int ruleIndex = -1);
    template<typename T>
    T* one(const char* name) const;
    void next();
    // Changes go through the review dialog (exec() blocks until it is answered): answers the next one.
    void answerReview(bool accept);
    // Site "shop": the match page with the Static files preset, an hour when the app does not say, the
    // utm_source parameter left out of the key, and logged-in users (cookie sessionid) skipped.
    void fillStaticFilesRule();
    QString verdict() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_configPath;
    std::unique_ptr<TranslationManager> m_translations;
    std::unique_ptr<TestBackend> m_backend;
    std::unique_ptr<EngineSession> m_session;
    std::unique_ptr<QTimer> m_reviewTimer;
    QPointer<CacheRuleWizard> m_wizard;
};

void TestCacheRuleWizard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    EngineController::registerMetaTypes();
}

void TestCacheRuleWizard::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_configPath = m_dir->filePath(QStringLiteral("portico.json"));
    m_translations = std::make_unique<TranslationManager>();
    m_translations->setLanguage(QStringLiteral("en"));
    m_backend = std::make_unique<TestBackend>("app");
    // "app" has caching off; "shop" has it on with a rule that keeps the cart out of the cache.
    const QByteArray config =
        QStringLiteral(R"({"version":1,"settings":{"workers":1},"listeners":[{"address":"127.0.0.1","port":0}],
        "sites":[{"name":"app","serverNames":["app.example.com"],
                  "routes":[{"path":"/","pool":"app"},{"path":"/api/","pool":"app"}]},
                 {"name":"shop","serverNames":["shop.example.com"],"routes":[{"path":"/","pool":"app"}],
                  "cache":{"enabled":true,"rules":[
                      {"name":"Never the cart","match":{"paths":["%2"]},"action":"never"},
                      {"name":"Feeds","match":{"extensions":["xml"]},"action":"cache","ttlSeconds":600}]}}],
        "pools":[{"name":"app","backends":[{"host":"127.0.0.1","port":%1}]}]})")
            .arg(m_backend->port())
            .arg(QStringLiteral("/cart/**"))
            .toUtf8();
    QFile file(m_configPath);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(config), config.size());
    file.close();
    m_session = std::make_unique<EngineSession>(m_configPath);
    m_session->loadConfig();
    QCOMPARE(m_session->loadResult().status, ConfigLoadStatus::Loaded);
    QCOMPARE(m_session->engine().config().sites.value(1).cache.rules.size(), 2);
    QVERIFY(m_session->start());
}

void TestCacheRuleWizard::cleanup()
{
    m_reviewTimer.reset();
    if (m_wizard)
        delete m_wizard.data();
    if (m_session)
        QVERIFY(m_session->stopAndWait(m_session->stopTimeoutMs()));
    m_session.reset();
    m_backend.reset();
    m_translations.reset();
    m_dir.reset();
}

void TestCacheRuleWizard::openWizard(const QString& siteName, int ruleIndex)
{
    m_wizard = new CacheRuleWizard(*m_session, siteName, nullptr, ruleIndex);
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    m_wizard->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_wizard.data()));
    QCOMPARE(m_wizard->currentId(), int(CacheRuleWizard::SitePageId));
}

template<typename T>
T* TestCacheRuleWizard::one(const char* name) const
{
    T* found = m_wizard->findChild<T*>(QString::fromLatin1(name));
    if (!found)
        qWarning("No child named %s", name);
    return found;
}

void TestCacheRuleWizard::next()
{
    QAbstractButton* button = m_wizard->button(QWizard::NextButton);
    QVERIFY(button->isEnabled());
    const int before = m_wizard->currentId();
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), before + 1);
}

void TestCacheRuleWizard::answerReview(bool accept)
{
    m_reviewTimer = std::make_unique<QTimer>();
    m_reviewTimer->setInterval(10);
    connect(m_reviewTimer.get(), &QTimer::timeout, this, [this, accept] {
        auto* dialog = qobject_cast<ReviewChangesDialog*>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible())
            return;
        m_reviewTimer->stop();
        accept ? dialog->accept() : dialog->reject();
    });
    m_reviewTimer->start();
}

QString TestCacheRuleWizard::verdict() const
{
    return one<QLabel>("testVerdictLabel")->text();
}

void TestCacheRuleWizard::fillStaticFilesRule()
{
    openWizard(QStringLiteral("shop"));
    QCOMPARE(one<QComboBox>("cacheRuleSiteComboBox")->currentText(), QStringLiteral("shop"));
    // Caching is on already: nothing to turn on.
    QVERIFY(one<QCheckBox>("turnOnCachingCheckBox")->isHidden());
    next();
    QTest::mouseClick(one<QPushButton>("staticFilesPresetButton"), Qt::LeftButton);
    QCOMPARE(one<QLineEdit>("ruleNameLineEdit")->text(), QStringLiteral("Static files"));
    next();
    QVERIFY(one<QRadioButton>("cacheForRadioButton")->isChecked());
    one<QSpinBox>("durationSpinBox")->setValue(1);
    auto* unit = one<QComboBox>("durationUnitComboBox");
    unit->setCurrentIndex(2); // hours
    QTest::keyClicks(one<QLineEdit>("ignoredParametersLineEdit"), QStringLiteral("utm_source"));
    one<QCheckBox>("bypassLoggedInCheckBox")->setChecked(true);
    QCOMPARE(one<QLineEdit>("bypassCookiesLineEdit")->text(), QStringLiteral("sessionid"));
    next();
    QCOMPARE(m_wizard->currentId(), int(CacheRuleWizard::TestPageId));
}

void TestCacheRuleWizard::addsARuleThroughEveryPage()
{
    openWizard(QStringLiteral("app"));
    // Site page: "app" preselected, its routes offered, caching off so the box to turn it on shows, ticked.
    auto* site = one<QComboBox>("cacheRuleSiteComboBox");
    QCOMPARE(site->currentText(), QStringLiteral("app"));
    QCOMPARE(site->count(), 2);
    auto* route = one<QComboBox>("cacheRuleRouteComboBox");
    QCOMPARE(route->count(), 3);
    QCOMPARE(route->itemText(0), QStringLiteral("All routes"));
    auto* turnOn = one<QCheckBox>("turnOnCachingCheckBox");
    QVERIFY(turnOn->isVisible());
    QVERIFY(turnOn->isChecked());
    route->setCurrentIndex(route->findData(QStringLiteral("/api/")));
    route->setCurrentIndex(0);
    next();

    // Match page: the preset fills the fields; the summary says it in words.
    QCOMPARE(m_wizard->currentId(), int(CacheRuleWizard::MatchPageId));
    QTest::mouseClick(one<QPushButton>("imagesPresetButton"), Qt::LeftButton);
    QCOMPARE(one<QLineEdit>("contentTypesLineEdit")->text(), QStringLiteral("image/*"));
    QTest::mouseClick(one<QPushButton>("staticFilesPresetButton"), Qt::LeftButton);
    QCOMPARE(one<QLineEdit>("ruleNameLineEdit")->text(), QStringLiteral("Static files"));
    QVERIFY(one<QLineEdit>("contentTypesLineEdit")->text().isEmpty());
    QVERIFY(one<QLineEdit>("extensionsLineEdit")->text().contains(QLatin1String("css")));
    QTest::keyClicks(one<QLineEdit>("pathPatternsLineEdit"), QStringLiteral("/assets/**"));
    const QString summary = one<QLabel>("matchSummaryLabel")->text();
    QVERIFY2(summary.contains(QLatin1String("GET and HEAD requests whose path matches /assets/**")),
             qPrintable(summary));
    QVERIFY2(summary.contains(QLatin1String(".css")), qPrintable(summary));
    next();

    // Action page: two hours when the app does not say, utm_source out of the key, logged-in users skipped.
    QVERIFY(one<QRadioButton>("cacheForRadioButton")->isChecked());
    QVERIFY(one<QLabel>("overrideWarningLabel")->isHidden());
    one<QSpinBox>("durationSpinBox")->setValue(2);
    one<QComboBox>("durationUnitComboBox")->setCurrentIndex(2);
    QTest::keyClicks(one<QLineEdit>("ignoredParametersLineEdit"), QStringLiteral("utm_source, utm_medium"));
    one<QCheckBox>("bypassLoggedInCheckBox")->setChecked(true);
    QCOMPARE(one<QLineEdit>("bypassCookiesLineEdit")->text(), QStringLiteral("sessionid"));
    QCOMPARE(one<QLineEdit>("bypassHeadersLineEdit")->text(), QStringLiteral("Authorization"));
    next();

    // Test page: starts with an address the rule matches.
    QCOMPARE(one<QLineEdit>("testUrlLineEdit")->text(), QStringLiteral("/assets/x.css"));
    QVERIFY2(verdict().contains(QLatin1String("Static files")), qPrintable(verdict()));
    QVERIFY2(verdict().contains(
                 QStringLiteral("stored for %1 when the app does not say").arg(CacheRuleText::duration(7200))),
             qPrintable(verdict()));
    next();

    // Review: the rule in words, alone in the site's order.
    const QString review = one<QLabel>("ruleSummaryLabel")->text();
    QVERIFY2(review.contains(QLatin1String("Static files")), qPrintable(review));
    QVERIFY2(review.contains(QLatin1String("Caching is turned on for the site.")), qPrintable(review));
    auto* order = one<QListWidget>("ruleOrderListWidget");
    QCOMPARE(order->count(), 1);
    QVERIFY(!one<QPushButton>("moveRuleUpButton")->isEnabled());
    QVERIFY(!one<QPushButton>("moveRuleDownButton")->isEnabled());

    QSignalSpy saved(m_session.get(), &EngineSession::configSaved);
    QAbstractButton* finish = m_wizard->button(QWizard::FinishButton);
    QCOMPARE(finish->text(), QStringLiteral("Apply"));
    QVERIFY(finish->isEnabled());
    answerReview(true);
    QTest::mouseClick(finish, Qt::LeftButton);
    QCOMPARE(saved.size(), 1);
    QTRY_VERIFY(!m_wizard);

    CacheRule expected;
    expected.name = QStringLiteral("Static files");
    expected.pathGlobs = {QStringLiteral("/assets/**")};
    expected.extensions = {QStringLiteral("css"), QStringLiteral("js"),   QStringLiteral("mjs"),
                           QStringLiteral("png"), QStringLiteral("jpg"),  QStringLiteral("jpeg"),
                           QStringLiteral("gif"), QStringLiteral("svg"),  QStringLiteral("webp"),
                           QStringLiteral("ico"), QStringLiteral("woff"), QStringLiteral("woff2")};
    expected.action = CacheAction::CacheFor;
    expected.ttlSeconds = 7200;
    expected.ignoredParameters = {QStringLiteral("utm_source"), QStringLiteral("utm_medium")};
    expected.bypassCookies = {QStringLiteral("sessionid")};
    expected.bypassHeaders = {QStringLiteral("Authorization")};
    const Config& config = m_session->engine().config();
    const SiteCacheConfig& cache = config.sites.at(0).cache;
    QVERIFY(cache.enabled);
    QCOMPARE(cache.rules.size(), 1);
    QCOMPARE(cache.rules.first().name, expected.name);
    QCOMPARE(cache.rules.first().pathGlobs, expected.pathGlobs);
    QCOMPARE(cache.rules.first().extensions, expected.extensions);
    QCOMPARE(cache.rules.first().ttlSeconds, expected.ttlSeconds);
    QCOMPARE(cache.rules.first().ignoredParameters, expected.ignoredParameters);
    QCOMPARE(cache.rules.first().bypassCookies, expected.bypassCookies);
    QCOMPARE(cache.rules.first(), expected);
    // The other site kept its rules, and the file says what the engine runs.
    QCOMPARE(config.sites.at(1).cache.rules.size(), 2);
    const ConfigLoadResult loaded = ConfigStore(m_configPath).load(ConfigStore::OnBadFile::Keep);
    QCOMPARE(loaded.status, ConfigLoadStatus::Loaded);
    QCOMPARE(loaded.config.sites.at(0).cache, cache);
}

void TestCacheRuleWizard::testerSaysWhatWouldHappen_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("cookie");
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("contentType");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("key");

    const auto row = [](const char* name, const char* url, const char* method, const char* cookie,
                        const char* contentType, const char* expected, const char* key, const char* header = "") {
        QTest::newRow(name) << QString::fromUtf8(url) << QString::fromUtf8(method) << QString::fromUtf8(cookie)
                            << QString::fromUtf8(header) << QString::fromUtf8(contentType)
                            << QString::fromUtf8(expected) << QString::fromUtf8(key);
    };
    row("static file", "/static/app.css?v=3&utm_source=mail", "GET", "", "text/css",
        "Rule \u201cStatic files\u201d (the rule you are making) matches: stored for 1 hour when the app does not say.",
        "Stored under: /static/app.css?v=3");
    row("full url", "http://shop.example.com/logo.png", "HEAD", "", "",
        "Rule \u201cStatic files\u201d (the rule you are making) matches: stored for 1 hour when the app does not say.",
        "Stored under: /logo.png");
    row("earlier rule wins", "/cart/app.js", "GET", "", "",
        "Rule \u201cNever the cart\u201d matches: never stored; the request goes straight to the app.", "");
    row("existing rule", "/feed.xml", "GET", "", "application/rss+xml",
        "Rule \u201cFeeds\u201d matches: stored for 10 minutes when the app does not say.", "Stored under: /feed.xml");
    row("logged in", "/static/app.css", "GET", "theme=dark; sessionid=abc", "text/css",
        "Skipped: cookie sessionid present (rule \u201cStatic files\u201d): the request goes straight to the app.", "");
    row("header", "/static/app.css", "GET", "", "text/css",
        "Skipped: header Authorization present (rule \u201cStatic files\u201d): the request goes straight to the app.",
        "", "authorization: Bearer abc");
    row("other cookie", "/static/app.css", "GET", "sessionid2=x; theme=dark", "text/css",
        "Rule \u201cStatic files\u201d (the rule you are making) matches: stored for 1 hour when the app does not say.",
        "Stored under: /static/app.css");
    row("no rule", "/index.html?utm_source=mail", "GET", "", "text/html", "No rule matches: follows the app's headers.",
        "Stored under: /index.html?utm_source=mail");
    row("post", "/static/app.css", "POST", "", "",
        "Not cached: POST requests are never answered from the cache (they make the stored copies of this address "
        "outdated).",
        "");
    row("not a path", "static/app.css", "GET", "", "", "Type a path that starts with /, e.g. /static/app.css?v=3.", "");
}

void TestCacheRuleWizard::testerSaysWhatWouldHappen()
{
    QFETCH(QString, url);
    QFETCH(QString, method);
    QFETCH(QString, cookie);
    QFETCH(QString, header);
    QFETCH(QString, contentType);
    QFETCH(QString, expected);
    QFETCH(QString, key);

    // Durations are worded with the translation's plural forms.
    expected.replace(QLatin1String("1 hour"), CacheRuleText::duration(3600))
        .replace(QLatin1String("10 minutes"), CacheRuleText::duration(600));

    fillStaticFilesRule();
    auto* methods = one<QComboBox>("testMethodComboBox");
    methods->setCurrentIndex(methods->findText(method));
    QCOMPARE(methods->currentText(), method);
    one<QLineEdit>("testCookieLineEdit")->setText(cookie);
    one<QLineEdit>("testHeaderLineEdit")->setText(header);
    one<QLineEdit>("testContentTypeLineEdit")->setText(contentType);
    auto* urlEdit = one<QLineEdit>("testUrlLineEdit");
    urlEdit->clear();
    QTest::keyClicks(urlEdit, url);
    QCOMPARE(verdict(), expected);
    auto* keyLabel = one<QLabel>("testKeyLabel");
    QCOMPARE(keyLabel->isVisible() ? keyLabel->text().section(QLatin1String(" ("), 0, 0) : QString(), key);
}

void TestCacheRuleWizard::matchFieldsAreCheckedAsTheAdminTypes()
{
    openWizard(QStringLiteral("shop"));
    next();
    QAbstractButton* nextButton = m_wizard->button(QWizard::NextButton);
    auto* paths = one<QLineEdit>("pathPatternsLineEdit");
    auto* pathsError = one<QLabel>("pathPatternsErrorLabel");
    QVERIFY(nextButton->isEnabled());

    QTest::keyClicks(paths, QStringLiteral("static/**"));
    QVERIFY(pathsError->isVisible());
    QVERIFY2(pathsError->text().contains(QLatin1String("static/**")), qPrintable(pathsError->text()));
    QVERIFY(!nextButton->isEnabled());
    paths->setText(QStringLiteral("/static/**"));
    QVERIFY(pathsError->isHidden());
    QVERIFY(nextButton->isEnabled());

    // ".CSS" is what the admin meant by css.
    one<QLineEdit>("extensionsLineEdit")->setText(QStringLiteral(".CSS, js"));
    QCOMPARE(m_wizard->rule().extensions, (QStringList{QStringLiteral("css"), QStringLiteral("js")}));
    QVERIFY(one<QLabel>("extensionsErrorLabel")->isHidden());
    one<QLineEdit>("extensionsLineEdit")->setText(QStringLiteral("tar/gz"));
    QVERIFY(one<QLabel>("extensionsErrorLabel")->isVisible());
    QVERIFY(!nextButton->isEnabled());
    one<QLineEdit>("extensionsLineEdit")->clear();

    auto* types = one<QLineEdit>("contentTypesLineEdit");
    types->setText(QStringLiteral("image"));
    QVERIFY(one<QLabel>("contentTypesErrorLabel")->isVisible());
    QVERIFY(!nextButton->isEnabled());
    types->setText(QStringLiteral("Image/*"));
    QVERIFY(one<QLabel>("contentTypesErrorLabel")->isHidden());
    QCOMPARE(m_wizard->rule().contentTypes, QStringList{QStringLiteral("image/*")});

    one<QCheckBox>("getMethodCheckBox")->setChecked(false);
    QCOMPARE(m_wizard->rule().methods, QStringList{QStringLiteral("HEAD")});
    one<QCheckBox>("headMethodCheckBox")->setChecked(false);
    QVERIFY(one<QLabel>("methodsErrorLabel")->isVisible());
    QVERIFY(!nextButton->isEnabled());
    one<QCheckBox>("getMethodCheckBox")->setChecked(true);
    one<QCheckBox>("headMethodCheckBox")->setChecked(true);
    QVERIFY(m_wizard->rule().methods.isEmpty());

    auto* name = one<QLineEdit>("ruleNameLineEdit");
    name->clear();
    QVERIFY(one<QLabel>("ruleNameErrorLabel")->isVisible());
    QVERIFY(!nextButton->isEnabled());
    QTest::keyClicks(name, QStringLiteral("Pictures"));
    QVERIFY(nextButton->isEnabled());
    // A preset leaves a name the admin typed alone.
    QTest::mouseClick(one<QPushButton>("everythingPresetButton"), Qt::LeftButton);
    QCOMPARE(name->text(), QStringLiteral("Pictures"));
    QVERIFY(paths->text().isEmpty());
    QVERIFY(types->text().isEmpty());
}

void TestCacheRuleWizard::overrideIsLabelledAndWarns()
{
    openWizard(QStringLiteral("shop"));
    next();
    next();
    auto* warning = one<QLabel>("overrideWarningLabel");
    QVERIFY(warning->isHidden());
    // click(): the warning that appears moves the buttons below it before a layout pass would.
    one<QRadioButton>("overrideRadioButton")->click();
    QVERIFY(warning->isVisible());
    QVERIFY2(warning->text().contains(QLatin1String("outdated")), qPrintable(warning->text()));
    QVERIFY(one<QRadioButton>("overrideRadioButton")->text().startsWith(QLatin1String("Override")));
    QCOMPARE(m_wizard->rule().action, CacheAction::CacheFor);
    QVERIFY(m_wizard->rule().overrideBackend);
    QCOMPARE(m_wizard->rule().ttlSeconds, qint64(3600));

    one<QRadioButton>("neverCacheRadioButton")->click();
    QVERIFY(warning->isHidden());
    QCOMPARE(m_wizard->rule().action, CacheAction::NeverCache);
    QVERIFY(!m_wizard->rule().overrideBackend);
    // Keys and bypasses mean nothing for a rule that stores nothing.
    QVERIFY(!one<QGroupBox>("cacheKeyGroupBox")->isEnabled());
    QVERIFY(!one<QGroupBox>("bypassGroupBox")->isEnabled());

    one<QRadioButton>("followAppRadioButton")->click();
    QCOMPARE(m_wizard->rule().action, CacheAction::RespectBackend);
    QVERIFY(one<QGroupBox>("cacheKeyGroupBox")->isEnabled());
    one<QCheckBox>("ignoreQueryCheckBox")->setChecked(true);
    QVERIFY(m_wizard->rule().ignoreQuery);
    QVERIFY(!one<QLineEdit>("ignoredParametersLineEdit")->isEnabled());
    next();
    QVERIFY2(verdict().contains(QLatin1String("stored as the app's headers say")), qPrintable(verdict()));
}

void TestCacheRuleWizard::editingReplacesTheRuleInItsNewPlace()
{
    // Edit "Feeds" (the second rule): longer, and tried before the cart rule.
    openWizard(QStringLiteral("shop"), 1);
    QVERIFY(m_wizard->isEditing());
    QVERIFY(!one<QComboBox>("cacheRuleSiteComboBox")->isEnabled());
    next();
    QCOMPARE(one<QLineEdit>("ruleNameLineEdit")->text(), QStringLiteral("Feeds"));
    QCOMPARE(one<QLineEdit>("extensionsLineEdit")->text(), QStringLiteral("xml"));
    next();
    QVERIFY(one<QRadioButton>("cacheForRadioButton")->isChecked());
    QCOMPARE(one<QSpinBox>("durationSpinBox")->value(), 10);
    QCOMPARE(one<QComboBox>("durationUnitComboBox")->currentIndex(), 1);
    one<QSpinBox>("durationSpinBox")->setValue(30);
    next();
    next();
    auto* order = one<QListWidget>("ruleOrderListWidget");
    QCOMPARE(order->count(), 2);
    QVERIFY(order->item(1)->text().contains(QLatin1String("Feeds")));
    QVERIFY(!one<QPushButton>("moveRuleDownButton")->isEnabled());
    QTest::mouseClick(one<QPushButton>("moveRuleUpButton"), Qt::LeftButton);
    QCOMPARE(m_wizard->position(), 0);
    QVERIFY(order->item(0)->text().contains(QLatin1String("Feeds")));
    QVERIFY(order->item(1)->text().contains(QLatin1String("Never the cart")));
    QVERIFY(!one<QPushButton>("moveRuleUpButton")->isEnabled());

    answerReview(true);
    QTest::mouseClick(m_wizard->button(QWizard::FinishButton), Qt::LeftButton);
    QTRY_VERIFY(!m_wizard);
    const QList<CacheRule>& rules = m_session->engine().config().sites.at(1).cache.rules;
    QCOMPARE(rules.size(), 2);
    QCOMPARE(rules.at(0).name, QStringLiteral("Feeds"));
    QCOMPARE(rules.at(0).ttlSeconds, qint64(1800));
    QCOMPARE(rules.at(1).name, QStringLiteral("Never the cart"));
    QCOMPARE(rules.at(1).action, CacheAction::NeverCache);
}

void TestCacheRuleWizard::declinedReviewChangesNothing()
{
    const Config before = m_session->engine().config();
    fillStaticFilesRule();
    next();
    QSignalSpy saved(m_session.get(), &EngineSession::configSaved);
    answerReview(false);
    QTest::mouseClick(m_wizard->button(QWizard::FinishButton), Qt::LeftButton);
    // Still open on the review page, to change something or apply after all; nothing saved or applied.
    QVERIFY(m_wizard);
    QCOMPARE(m_wizard->currentId(), int(CacheRuleWizard::ReviewPageId));
    QVERIFY(one<QLabel>("cacheRuleReviewErrorLabel")->isHidden());
    QCOMPARE(saved.size(), 0);
    QCOMPARE(m_session->engine().config(), before);
}

void TestCacheRuleWizard::ruleCanBeSavedWithCachingLeftOff()
{
    openWizard(QStringLiteral("app"));
    auto* turnOn = one<QCheckBox>("turnOnCachingCheckBox");
    turnOn->setChecked(false);
    QVERIFY2(one<QLabel>("cachingNoteLabel")->text().contains(QLatin1String("does nothing")),
             qPrintable(one<QLabel>("cachingNoteLabel")->text()));
    // The rule for the /api/ route only.
    auto* route = one<QComboBox>("cacheRuleRouteComboBox");
    route->setCurrentIndex(route->findData(QStringLiteral("/api/")));
    next();
    QTest::mouseClick(one<QPushButton>("apiPathPresetButton"), Qt::LeftButton);
    QCOMPARE(one<QLineEdit>("pathPatternsLineEdit")->text(), QStringLiteral("/api/**"));
    next();
    one<QRadioButton>("neverCacheRadioButton")->click();
    next();
    QVERIFY2(verdict().startsWith(QLatin1String("Caching is off for this site")), qPrintable(verdict()));
    next();
    QVERIFY(one<QLabel>("ruleSummaryLabel")->text().contains(QLatin1String("Caching stays off")));
    answerReview(true);
    QTest::mouseClick(m_wizard->button(QWizard::FinishButton), Qt::LeftButton);
    QTRY_VERIFY(!m_wizard);
    const SiteCacheConfig& cache = m_session->engine().config().sites.at(0).cache;
    QVERIFY(!cache.enabled);
    QCOMPARE(cache.rules.size(), 1);
    QCOMPARE(cache.rules.first().name, QStringLiteral("API"));
    QCOMPARE(cache.rules.first().route, QStringLiteral("/api/"));
    QCOMPARE(cache.rules.first().pathGlobs, QStringList{QStringLiteral("/api/**")});
    QCOMPARE(cache.rules.first().action, CacheAction::NeverCache);
}

void TestCacheRuleWizard::validatorErrorsLandBesideTheirFields()
{
    openWizard(QStringLiteral("shop"));
    next();
    next();
    QAbstractButton* nextButton = m_wizard->button(QWizard::NextButton);
    auto* durationError = one<QLabel>("durationErrorLabel");
    QVERIFY(durationError->isHidden());
    // More than the engine's year: the validator's OutOfRange, at sites[1].cache.rules[2].ttlSeconds.
    one<QComboBox>("durationUnitComboBox")->setCurrentIndex(3);
    one<QSpinBox>("durationSpinBox")->setValue(400);
    QCOMPARE(m_wizard->rulePath(), QStringLiteral("sites[1].cache.rules[2]"));
    QVERIFY(durationError->isVisible());
    QVERIFY(!durationError->text().isEmpty());
    QVERIFY(one<QLabel>("cacheRuleActionPageErrorLabel")->isHidden());
    QVERIFY(!nextButton->isEnabled());
    one<QSpinBox>("durationSpinBox")->setValue(7);
    QVERIFY(durationError->isHidden());
    QVERIFY(nextButton->isEnabled());

    one<QCheckBox>("bypassLoggedInCheckBox")->setChecked(true);
    one<QLineEdit>("bypassHeadersLineEdit")->setText(QStringLiteral("X-User:1"));
    QVERIFY(one<QLabel>("bypassHeadersErrorLabel")->isVisible());
    QVERIFY(!nextButton->isEnabled());
    one<QLineEdit>("bypassHeadersLineEdit")->setText(QStringLiteral("X-User"));
    QVERIFY(one<QLabel>("bypassHeadersErrorLabel")->isHidden());
    QVERIFY(nextButton->isEnabled());
}

void TestCacheRuleWizard::pageNamesFollowThePages()
{
    const QStringList names = CacheRuleWizard::pageNames();
    QCOMPARE(names.size(), 5);
    QCOMPARE(int(names.indexOf(QStringLiteral("site"))), int(CacheRuleWizard::SitePageId));
    QCOMPARE(int(names.indexOf(QStringLiteral("match"))), int(CacheRuleWizard::MatchPageId));
    QCOMPARE(int(names.indexOf(QStringLiteral("action"))), int(CacheRuleWizard::ActionPageId));
    QCOMPARE(int(names.indexOf(QStringLiteral("test"))), int(CacheRuleWizard::TestPageId));
    QCOMPARE(int(names.indexOf(QStringLiteral("review"))), int(CacheRuleWizard::ReviewPageId));
}

void TestCacheRuleWizard::everyControlHasANameAndTabReachesIt()
{
    openWizard(QStringLiteral("app"));
    QStringList offenders;
    for (int page = CacheRuleWizard::SitePageId; page <= CacheRuleWizard::ReviewPageId; ++page) {
        if (page == CacheRuleWizard::ActionPageId)
            one<QCheckBox>("bypassLoggedInCheckBox")->setChecked(true);
        QCoreApplication::processEvents();
        // The controls Tab stops at, as Qt picks them; a radio group is one stop, at its checked button.
        QList<QWidget*> stops;
        for (QWidget* widget = m_wizard->nextInFocusChain(); widget != m_wizard; widget = widget->nextInFocusChain()) {
            const auto* radio = qobject_cast<QRadioButton*>(widget);
            const bool inner = qobject_cast<QAbstractSpinBox*>(widget->parentWidget()) ||
                               qobject_cast<QComboBox*>(widget->parentWidget());
            if ((widget->focusPolicy() & Qt::TabFocus) == Qt::TabFocus && !widget->focusProxy() &&
                widget->isVisibleTo(m_wizard) && widget->isEnabled() && !inner && !(radio && !radio->isChecked()))
                stops << widget;
        }
        QVERIFY(stops.size() > 3);
        for (QWidget* widget : stops) {
            const auto* button = qobject_cast<QAbstractButton*>(widget);
            if (widget->accessibleName().trimmed().isEmpty() && !(button && !button->text().trimmed().isEmpty()))
                offenders << QStringLiteral("page %1: %2 has no name").arg(page).arg(widget->objectName());
        }
        stops.first()->setFocus(Qt::TabFocusReason);
        QSet<QWidget*> reached{stops.first()};
        for (qsizetype i = 0; i < stops.size() * 2 && QApplication::focusWidget(); ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            reached.insert(QApplication::focusWidget());
        }
        for (QWidget* widget : stops) {
            if (!reached.contains(widget))
                offenders << QStringLiteral("page %1: Tab does not reach %2").arg(page).arg(widget->objectName());
        }
        if (page < CacheRuleWizard::ReviewPageId)
            next();
    }
    QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(QLatin1Char('\n'))));
}

void TestCacheRuleWizard::durationsInWords_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("words");
    QTest::newRow("second") << qint64(1) << QStringLiteral("1 second");
    QTest::newRow("seconds") << qint64(90) << QStringLiteral("90 seconds");
    QTest::newRow("minutes") << qint64(600) << QStringLiteral("10 minutes");
    QTest::newRow("hour") << qint64(3600) << QStringLiteral("1 hour");
    QTest::newRow("hours") << qint64(7200) << QStringLiteral("2 hours");
    QTest::newRow("day") << qint64(86400) << QStringLiteral("1 day");
    QTest::newRow("odd minutes") << qint64(5400) << QStringLiteral("90 minutes");
}

void TestCacheRuleWizard::durationsInWords()
{
    QFETCH(qint64, seconds);
    QFETCH(QString, words);
    // English plurals come from translations/portico_en.ts (numerus forms).
    QCOMPARE(CacheRuleText::duration(seconds), words);
}

QTEST_MAIN(TestCacheRuleWizard)
#include "TestCacheRuleWizard.moc"

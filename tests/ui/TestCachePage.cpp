// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpClient.h"
#include "TestBackend.h"

#include "app/EngineSession.h"
#include "app/TranslationManager.h"
#include "charts/MetricsChart.h"
#include "config/ConfigStore.h"
#include "dialogs/ReviewChangesDialog.h"
#include "models/CachedPathModel.h"
#include "models/ChartModel.h"
#include "pages/CachePage.h"
#include "text/ChangeText.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QValueAxis>

#if __has_include("wizards/CacheRuleWizard.h")
#include "wizards/CacheRuleWizard.h"
#define PORTICO_HAVE_CACHE_RULE_WIZARD 1
#else
#define PORTICO_HAVE_CACHE_RULE_WIZARD 0
#endif

#include <algorithm>
#include <memory>

using namespace Portico;
using namespace Portico::Test;

// The Cache page against a real engine on loopback: site "app" caches (its one rule follows the backend),
// site "shop" does not. The backend answers the test's paths with "Cache-Control: max-age=600"; traffic goes
// through HttpClient.
class TestCachePage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void freshnessInWords_data();
    void freshnessInWords();
    void hitRatioChartModel();
    void emptyStateTurnsCachingOn();
    void tilesAndTableShowHits();
    void purgeUrlFromTheTable();
    void purgeFormValidatesThePath_data();
    void purgeFormValidatesThePath();
    void purgeSiteAsksFirst();
    void hiddenPageSkipsUpdates();
    void rangeButtonsSwitchTheChart();
    void sitesListShowsRulesAndTurnsCachingOff();
    void ruleButtonsOpenTheWizard();
    void everyControlHasAName();
    void reviewWordsCacheChanges_data();
    void reviewWordsCacheChanges();

private:
    template<typename T>
    T* child(const char* name) const;
    quint16 proxyPort() const;
    // Makes the backend answer path with a response the cache may keep for ten minutes.
    void cacheable(const QByteArray& path);
    HttpResponse get(const QByteArray& path) const;
    void acceptReview();
    QString tileValue(const char* name) const;
    int rowOf(const QByteArray& path) const;
    static QRegularExpression plural(const QString& text);
    static QRegularExpression purgedText(int removed, const QString& what);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<TranslationManager> m_translations;
    std::unique_ptr<TestBackend> m_backend;
    std::unique_ptr<EngineSession> m_session;
    std::unique_ptr<CachePage> m_page;
    std::unique_ptr<QTimer> m_reviewTimer;
};

void TestCachePage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    EngineController::registerMetaTypes();
}

void TestCachePage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_translations = std::make_unique<TranslationManager>();
    m_translations->setLanguage(QStringLiteral("en"));
    m_backend = std::make_unique<TestBackend>("up");
    m_path = m_dir->filePath(QStringLiteral("portico.json"));
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral(R"({"version":1,"settings":{"workers":1,"cache":{"memoryMb":16}},
        "listeners":[{"address":"127.0.0.1","port":0}],
        "sites":[{"name":"app","serverNames":["app.example.com"],"routes":[{"path":"/","pool":"app"}],
                  "cache":{"enabled":true,"rules":[{"name":"Styles","match":{"extensions":["css"]},
                                                    "action":"respect"}]}},
                 {"name":"shop","serverNames":["shop.example.com"],"routes":[{"path":"/","pool":"app"}]}],
        "pools":[{"name":"app","backends":[{"host":"127.0.0.1","port":%1}]}]})")
                   .arg(m_backend->port())
                   .toUtf8());
    file.close();
    m_session = std::make_unique<EngineSession>(m_path);
    m_session->engine().setHistoryPath(QString());
    m_session->loadConfig();
    QCOMPARE(m_session->loadResult().status, ConfigLoadStatus::Loaded);
    QVERIFY(m_session->start());
    m_page = std::make_unique<CachePage>(*m_session);
    m_page->resize(1280, 900);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestCachePage::cleanup()
{
    m_reviewTimer.reset();
    m_page.reset();
    if (m_session)
        QVERIFY(m_session->stopAndWait(m_session->stopTimeoutMs()));
    m_session.reset();
    m_backend.reset();
    m_translations.reset();
    m_dir.reset();
}

template<typename T>
T* TestCachePage::child(const char* name) const
{
    T* found = m_page->findChild<T*>(QString::fromLatin1(name));
    if (!found)
        qWarning("No child named %s", name);
    return found;
}

quint16 TestCachePage::proxyPort() const
{
    return m_session->engine().listeners().value(0).port;
}

void TestCachePage::cacheable(const QByteArray& path)
{
    m_backend->setResponse(path, 200, {{"Cache-Control", "max-age=600"}}, "stored " + path);
}

HttpResponse TestCachePage::get(const QByteArray& path) const
{
    return HttpClient::get(proxyPort(), path, "app.example.com");
}

void TestCachePage::reviewWordsCacheChanges_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("on") << QStringLiteral("on")
                        << QStringList{QStringLiteral("The site \"shop\" keeps copies of its backends' answers"),
                                       QStringLiteral("\"Static files\": ")};
    QTest::newRow("off") << QStringLiteral("off") << QStringList{QStringLiteral("The site \"app\" stops caching")};
    QTest::newRow("new rule") << QStringLiteral("add")
                              << QStringList{QStringLiteral("A new cache rule for \"app\". \"Reports\": "),
                                             QStringLiteral("whose path matches /reports/*"),
                                             QStringLiteral("never stored")};
    QTest::newRow("changed rule") << QStringLiteral("change")
                                  << QStringList{QStringLiteral("A cache rule of \"app\" changes. \"Static files\": "),
                                                 QStringLiteral("stored for 2 days")};
    QTest::newRow("removed rule") << QStringLiteral("remove")
                                  << QStringList{
                                         QStringLiteral("Removes the cache rule \"Static files\" from \"app\".")};
    QTest::newRow("new order") << QStringLiteral("reorder")
                               << QStringList{QStringLiteral("The cache rules of \"app\" are tried in a new order.")};
}

void TestCachePage::reviewWordsCacheChanges()
{
    QFETCH(QString, change);
    QFETCH(QStringList, expected);
    Config before = m_session->engine().config();
    before.sites[0].cache = SiteCacheConfig::defaults();
    before.sites[1].cache = SiteCacheConfig();
    QVERIFY(before.sites[0].cache.rules.size() >= 1);
    QCOMPARE(before.sites[0].cache.rules.first().name, QStringLiteral("Static files"));
    CacheRule reports;
    reports.name = QStringLiteral("Reports");
    reports.pathGlobs = {QStringLiteral("/reports/*")};
    reports.action = CacheAction::NeverCache;
    // A second rule that stays as it is, except where it is the one added.
    if (change != QLatin1String("add"))
        before.sites[0].cache.rules.append(reports);

    Config after = before;
    QList<CacheRule>& rules = after.sites[0].cache.rules;
    if (change == QLatin1String("on"))
        after.sites[1].cache = SiteCacheConfig::defaults();
    else if (change == QLatin1String("off"))
        after.sites[0].cache.enabled = false;
    else if (change == QLatin1String("add"))
        rules.append(reports);
    else if (change == QLatin1String("change"))
        rules[0].ttlSeconds = 2 * 86400;
    else if (change == QLatin1String("remove"))
        rules.removeFirst();
    else if (change == QLatin1String("reorder"))
        std::reverse(rules.begin(), rules.end());
    QVERIFY(!(before == after));

    const QString text = ChangeText::describe(before, after).join(QLatin1Char('\n'));
    for (const QString& part : expected)
        QVERIFY2(text.contains(part), qPrintable(text));
    // Only what changed is worded: an unchanged rule is never listed.
    if (change != QLatin1String("on") && change != QLatin1String("add"))
        QVERIFY2(!text.contains(QStringLiteral("\"Reports\"")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("no plain description")), qPrintable(text));
}

void TestCachePage::acceptReview()
{
    m_reviewTimer = std::make_unique<QTimer>();
    m_reviewTimer->setInterval(10);
    connect(m_reviewTimer.get(), &QTimer::timeout, this, [this] {
        auto* dialog = qobject_cast<ReviewChangesDialog*>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible())
            return;
        m_reviewTimer->stop();
        dialog->accept();
    });
    m_reviewTimer->start();
}

QString TestCachePage::tileValue(const char* name) const
{
    const auto* label = m_page->findChild<QLabel*>(QString::fromLatin1(name) + QStringLiteral("ValueLabel"));
    return label ? label->text() : QStringLiteral("(no tile %1)").arg(QString::fromLatin1(name));
}

// Plural texts read "1 rule" once translations/portico_en.ts has the new texts, "1 rule(s)" before; both are
// accepted, nothing else.
QRegularExpression TestCachePage::plural(const QString& text)
{
    return QRegularExpression(QStringLiteral("^%1(s|\\(s\\))?$").arg(QRegularExpression::escape(text)));
}

QRegularExpression TestCachePage::purgedText(int removed, const QString& what)
{
    return QRegularExpression(QStringLiteral("^Removed %1 stored response(s|\\(s\\))?: %2\\.$")
                                  .arg(removed)
                                  .arg(QRegularExpression::escape(what)));
}

int TestCachePage::rowOf(const QByteArray& path) const
{
    return m_page->pathModel()->rowOf(QStringLiteral("app"), path);
}

void TestCachePage::freshnessInWords_data()
{
    QTest::addColumn<qint64>("ttl");
    QTest::addColumn<QString>("text");
    QTest::newRow("seconds") << qint64(42) << QStringLiteral("fresh for 42 s");
    QTest::newRow("minutes") << qint64(42 * 60 + 30) << QStringLiteral("fresh for 42 min");
    QTest::newRow("hours") << qint64(5 * 3600 + 59) << QStringLiteral("fresh for 5 h");
    QTest::newRow("days") << qint64(3 * 86400) << QStringLiteral("fresh for 3 days");
    QTest::newRow("one day") << qint64(2 * 86400 - 1) << QStringLiteral("fresh for 47 h");
    QTest::newRow("none left") << qint64(0) << QStringLiteral("stale");
    QTest::newRow("stale") << qint64(-300) << QStringLiteral("stale");
}

void TestCachePage::freshnessInWords()
{
    QFETCH(qint64, ttl);
    QFETCH(QString, text);
    const QString actual = CachedPathModel::freshnessText(ttl);
    if (text.endsWith(QLatin1String("days")))
        QVERIFY2(plural(text.chopped(1)).match(actual).hasMatch(), qPrintable(actual));
    else
        QCOMPARE(actual, text);
}

void TestCachePage::hitRatioChartModel()
{
    // Hand-made points: 3 of 4, then a second without cacheable requests (a gap), then 1 of 1.
    MetricsSeries series;
    series.range = HistoryRange::FiveMinutes;
    series.resolutionMs = 1000;
    series.endMs = 1'000'000;
    const std::array<std::pair<quint64, quint64>, 3> counts{{{3, 1}, {0, 0}, {1, 0}}};
    for (size_t i = 0; i < counts.size(); ++i) {
        MetricsPoint point;
        point.timeMs = 997'000 + qint64(i) * 1000;
        point.spanMs = 1000;
        point.requests = 10;
        point.cacheHits = counts.at(i).first;
        point.cacheMisses = counts.at(i).second;
        series.points << point;
    }
    ChartModel model;
    model.setSeries(series);
    QCOMPARE(ChartModel::lines(ChartModel::Topic::CacheHitRatio),
             QList<ChartModel::Line>{ChartModel::Line::CacheHitRatio});
    QCOMPARE(ChartModel::topicOf(ChartModel::Line::CacheHitRatio), ChartModel::Topic::CacheHitRatio);
    QCOMPARE(model.yMax(ChartModel::Topic::CacheHitRatio), 100.0);
    const QList<QList<QPointF>> segments = model.segments(ChartModel::Line::CacheHitRatio);
    QCOMPARE(segments.size(), 2);
    QCOMPARE(segments.at(0), QList<QPointF>{QPointF(997'000, 75.0)});
    QCOMPARE(segments.at(1), QList<QPointF>{QPointF(999'000, 100.0)});
    QVERIFY2(model.describe(ChartModel::Topic::CacheHitRatio, 0).contains(QStringLiteral("75.0 % (3 of 4)")),
             qPrintable(model.describe(ChartModel::Topic::CacheHitRatio, 0)));

    MetricsChart chart(ChartModel::Topic::CacheHitRatio, model);
    chart.refresh();
    QCOMPARE(chart.valueAxis()->max(), 100.0);
    QCOMPARE(chart.pointCount(), 2);
}

void TestCachePage::emptyStateTurnsCachingOn()
{
    auto* stack = child<QStackedWidget>("cacheStackedWidget");
    QVERIFY(stack);
    QTRY_COMPARE(stack->currentWidget()->objectName(), QStringLiteral("cacheScrollArea"));

    // No site caches: the page says what the cache does instead of showing empty figures.
    Config off = m_session->engine().config();
    off.sites[0].cache = SiteCacheConfig();
    QVERIFY(m_session->applyConfig(off).isEmpty());
    QTRY_COMPARE(stack->currentWidget()->objectName(), QStringLiteral("cacheEmptyState"));
    auto* combo = child<QComboBox>("turnOnSiteComboBox");
    auto* button = child<QPushButton>("turnOnCachingButton");
    QVERIFY(combo && button);
    QVERIFY(combo->isVisible());
    QVERIFY(!combo->accessibleName().isEmpty());
    QCOMPARE(combo->count(), 2);
    QCOMPARE(button->text(), QStringLiteral("Turn on caching for app"));
    combo->setCurrentIndex(combo->findData(QStringLiteral("shop")));
    QCOMPARE(button->text(), QStringLiteral("Turn on caching for shop"));

    // Through the review, like every change: the default rules go to the chosen site only.
    acceptReview();
    QTest::mouseClick(button, Qt::LeftButton);
    const Config& config = m_session->engine().config();
    QVERIFY(!config.sites.at(0).cache.enabled);
    QVERIFY(config.sites.at(1).cache.enabled);
    QCOMPARE(config.sites.at(1).cache, SiteCacheConfig::defaults());
    const ConfigLoadResult saved = ConfigStore(m_path).load(ConfigStore::OnBadFile::Keep);
    QCOMPARE(saved.config.sites.value(1).cache, SiteCacheConfig::defaults());
    QTRY_COMPARE(stack->currentWidget()->objectName(), QStringLiteral("cacheScrollArea"));
}

void TestCachePage::tilesAndTableShowHits()
{
    cacheable("/page.css");
    for (int i = 0; i < 3; ++i) {
        const HttpResponse response = get("/page.css");
        QVERIFY(response.valid);
        QCOMPARE(response.status, 200);
        QCOMPARE(response.body, QByteArray("stored /page.css"));
    }
    // The first request filled the cache; the other two never reached the backend.
    QCOMPARE(m_backend->countFor("/page.css"), 1);

    QTRY_COMPARE_WITH_TIMEOUT(tileValue("servedFromCache"), QStringLiteral("2"), 10'000);
    // 2 of 3 cacheable requests, in the last minute as since start.
    QTRY_COMPARE_WITH_TIMEOUT(tileValue("hitRatio"), QStringLiteral("66.7 %"), 10'000);
    QVERIFY(tileValue("cacheMemory") != QStringLiteral("—"));
    QCOMPARE(tileValue("cacheDisk"), QStringLiteral("Disk cache off"));

    QTRY_VERIFY_WITH_TIMEOUT(rowOf("/page.css") >= 0, 10'000);
    CachedPathModel* model = m_page->pathModel();
    const int row = rowOf("/page.css");
    QCOMPARE(model->index(row, CachedPathModel::SiteColumn).data().toString(), QStringLiteral("app"));
    QCOMPARE(model->index(row, CachedPathModel::HitsColumn).data().toString(), QStringLiteral("2"));
    const QString freshness = model->index(row, CachedPathModel::FreshnessColumn).data().toString();
    // Ten minutes from max-age, less the little time the test took.
    QVERIFY2(freshness == QStringLiteral("fresh for 9 min") || freshness == QStringLiteral("fresh for 10 min"),
             qPrintable(freshness));

    // The chart has the hit ratio of the last seconds.
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->chartModel().segments(ChartModel::Line::CacheHitRatio).isEmpty(), 10'000);
}

void TestCachePage::purgeUrlFromTheTable()
{
    cacheable("/purge-me.css");
    QVERIFY(get("/purge-me.css").valid);
    QVERIFY(get("/purge-me.css").valid);
    QCOMPARE(m_backend->countFor("/purge-me.css"), 1);
    QTRY_VERIFY_WITH_TIMEOUT(rowOf("/purge-me.css") >= 0, 10'000);

    auto* table = child<QTableView>("cachedPathsTableView");
    auto* button = child<QPushButton>("purgeSelectedUrlButton");
    auto* result = child<QLabel>("purgeResultLabel");
    QVERIFY(table && button && result);
    QVERIFY(!button->isEnabled());
    table->selectRow(rowOf("/purge-me.css"));
    QVERIFY(button->isEnabled());
    QSignalSpy purged(&m_session->engine(), &EngineController::cachePurged);
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(purged.count() == 1 || purged.wait());
    QCOMPARE(purged.first().at(1).toInt(), 1);
    QVERIFY2(purgedText(1, QStringLiteral("/purge-me.css on app")).match(result->text()).hasMatch(),
             qPrintable(result->text()));
    // The form shows what was purged.
    QCOMPARE(child<QLineEdit>("purgePathLineEdit")->text(), QStringLiteral("/purge-me.css"));
    QCOMPARE(child<QComboBox>("purgeSiteComboBox")->currentData().toString(), QStringLiteral("app"));

    // Gone from the cache: the next request goes to the backend again.
    QVERIFY(get("/purge-me.css").valid);
    QCOMPARE(m_backend->countFor("/purge-me.css"), 2);

    // A purge from another part of the app (another id) does not change what the page says.
    const quint64 other = m_session->engine().purgeCache(CachePurge{CachePurge::Scope::Url, QString(), "/other"});
    QVERIFY(purged.wait());
    QCOMPARE(purged.last().at(0).toULongLong(), other);
    QVERIFY2(purgedText(1, QStringLiteral("/purge-me.css on app")).match(result->text()).hasMatch(),
             qPrintable(result->text()));

    // Through the form, on every site: nothing stored there, and the page says so.
    auto* path = child<QLineEdit>("purgePathLineEdit");
    child<QComboBox>("purgeSiteComboBox")->setCurrentIndex(0);
    path->setText(QStringLiteral("/never-stored.css"));
    QTest::mouseClick(child<QPushButton>("purgeButton"), Qt::LeftButton);
    QVERIFY(purged.wait());
    QVERIFY2(purgedText(0, QStringLiteral("/never-stored.css on every site")).match(result->text()).hasMatch(),
             qPrintable(result->text()));
}

void TestCachePage::purgeFormValidatesThePath_data()
{
    QTest::addColumn<int>("scope");
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<bool>("errorShown");
    QTest::newRow("url") << 0 << QStringLiteral("/static/app.css") << true << false;
    QTest::newRow("prefix") << 1 << QStringLiteral("/static/") << true << false;
    QTest::newRow("root prefix") << 1 << QStringLiteral("/") << true << false;
    QTest::newRow("empty") << 0 << QString() << false << false;
    QTest::newRow("no slash") << 0 << QStringLiteral("static/app.css") << false << true;
    QTest::newRow("full url") << 0 << QStringLiteral("http://app.example.com/a.css") << false << true;
    QTest::newRow("query") << 0 << QStringLiteral("/a.css?v=2") << false << true;
    QTest::newRow("space") << 1 << QStringLiteral("/my files/") << false << true;
    QTest::newRow("whole site ignores the path") << 2 << QStringLiteral("nonsense") << true << false;
    QTest::newRow("everything ignores the path") << 3 << QStringLiteral("nonsense") << true << false;
}

void TestCachePage::purgeFormValidatesThePath()
{
    QFETCH(int, scope);
    QFETCH(QString, path);
    QFETCH(bool, accepted);
    QFETCH(bool, errorShown);
    auto* scopes = child<QComboBox>("purgeScopeComboBox");
    auto* edit = child<QLineEdit>("purgePathLineEdit");
    auto* error = child<QLabel>("purgePathErrorLabel");
    auto* button = child<QPushButton>("purgeButton");
    QVERIFY(scopes && edit && error && button);
    scopes->setCurrentIndex(scope);
    edit->clear();
    QTest::keyClicks(edit, path);
    QCOMPARE(button->isEnabled(), accepted);
    QCOMPARE(error->isVisible(), errorShown);
    QCOMPARE(edit->isEnabled(), scope <= 1);
    if (errorShown)
        QVERIFY(!error->text().isEmpty());
    // A whole site is one site: "Every site" is not offered for it.
    auto* sites = child<QComboBox>("purgeSiteComboBox");
    QCOMPARE(sites->findData(QString()) >= 0, scope != 2);
    QCOMPARE(sites->isEnabled(), scope != 3);
}

void TestCachePage::purgeSiteAsksFirst()
{
    cacheable("/a.css");
    cacheable("/b.css");
    QVERIFY(get("/a.css").valid);
    QVERIFY(get("/b.css").valid);
    QCOMPARE(m_backend->countFor("/a.css"), 1);

    child<QComboBox>("purgeScopeComboBox")->setCurrentIndex(2);
    auto* sites = child<QComboBox>("purgeSiteComboBox");
    sites->setCurrentIndex(sites->findData(QStringLiteral("app")));
    auto* result = child<QLabel>("purgeResultLabel");
    QSignalSpy purged(&m_session->engine(), &EngineController::cachePurged);

    // Cancel purges nothing.
    QTest::mouseClick(child<QPushButton>("purgeButton"), Qt::LeftButton);
    QTRY_VERIFY(child<QMessageBox>("confirmPurgeMessageBox"));
    auto* box = child<QMessageBox>("confirmPurgeMessageBox");
    QVERIFY(box->text().contains(QStringLiteral("app")));
    box->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!m_page->findChild<QMessageBox*>(QStringLiteral("confirmPurgeMessageBox")));
    QVERIFY(!purged.wait(500));
    QVERIFY(result->text().isEmpty());
    QVERIFY(get("/a.css").valid);
    QCOMPARE(m_backend->countFor("/a.css"), 1);

    // Confirmed, the site's two responses go.
    QTest::mouseClick(child<QPushButton>("purgeButton"), Qt::LeftButton);
    QTRY_VERIFY(child<QMessageBox>("confirmPurgeMessageBox"));
    child<QPushButton>("confirmPurgeButton")->click();
    QVERIFY(purged.wait());
    QCOMPARE(purged.first().at(1).toInt(), 2);
    QVERIFY2(purgedText(2, QStringLiteral("everything of app")).match(result->text()).hasMatch(),
             qPrintable(result->text()));
    QVERIFY(get("/a.css").valid);
    QCOMPARE(m_backend->countFor("/a.css"), 2);
}

void TestCachePage::hiddenPageSkipsUpdates()
{
    QTRY_COMPARE_WITH_TIMEOUT(tileValue("servedFromCache"), QStringLiteral("0"), 10'000);
    m_page->hide();
    cacheable("/hidden.css");
    QVERIFY(get("/hidden.css").valid);
    QVERIFY(get("/hidden.css").valid);
    // The workers report their stored paths apart from the counters: wait for a snapshot with both.
    const auto reported = [this] {
        const CacheStats cache = m_session->engine().lastStats().cache;
        return cache.hitsTotal == 1 &&
               std::any_of(cache.topPaths.cbegin(), cache.topPaths.cend(),
                           [](const CachedPathStat& stat) { return stat.path == "/hidden.css"; });
    };
    QTRY_VERIFY_WITH_TIMEOUT(reported(), 10'000);
    // Another snapshot after the one with the hit reached the page while hidden.
    QSignalSpy stats(&m_session->engine(), &EngineController::statsUpdated);
    QVERIFY(stats.wait());
    QCOMPARE(tileValue("servedFromCache"), QStringLiteral("0"));
    QCOMPARE(m_page->pathModel()->rowCount(), 0);

    // Shown again, it catches up at once.
    m_page->show();
    QCOMPARE(tileValue("servedFromCache"), QStringLiteral("1"));
    QVERIFY(rowOf("/hidden.css") >= 0);
}

void TestCachePage::rangeButtonsSwitchTheChart()
{
    auto* chart = child<MetricsChart>("hitRatioChartView");
    QVERIFY(chart);
    QCOMPARE(chart->topic(), ChartModel::Topic::CacheHitRatio);
    const std::array<std::pair<const char*, HistoryRange>, 4> buttons{{
        {"hitRatioRange1HourButton", HistoryRange::OneHour},
        {"hitRatioRange24HoursButton", HistoryRange::OneDay},
        {"hitRatioRange7DaysButton", HistoryRange::SevenDays},
        {"hitRatioRange5MinutesButton", HistoryRange::FiveMinutes},
    }};
    // Tab reaches the range (at the checked button; arrow keys move within).
    QVERIFY(child<QPushButton>("hitRatioRange5MinutesButton")->focusPolicy() & Qt::TabFocus);
    for (const auto& [name, range] : buttons) {
        auto* button = child<QPushButton>(name);
        QVERIFY(button);
        QVERIFY(!button->accessibleName().isEmpty());
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(m_page->range(), range);
        const QDateTimeAxis* axis = chart->timeAxis();
        QCOMPARE(axis->max().toMSecsSinceEpoch() - axis->min().toMSecsSinceEpoch(), historyRangeMs(range));
    }
    QCOMPARE(chart->valueAxis()->max(), 100.0);
}

void TestCachePage::sitesListShowsRulesAndTurnsCachingOff()
{
    auto* tree = child<QTreeWidget>("cacheSitesTreeWidget");
    QVERIFY(tree);
    QCOMPARE(tree->topLevelItemCount(), 2);
    QTreeWidgetItem* app = tree->topLevelItem(0);
    QCOMPARE(app->text(0), QStringLiteral("app"));
    QCOMPARE(app->text(1), QStringLiteral("On"));
    QVERIFY2(plural(QStringLiteral("1 rule")).match(app->text(2)).hasMatch(), qPrintable(app->text(2)));
    QCOMPARE(app->childCount(), 1);
    QVERIFY(app->child(0)->text(0).contains(QStringLiteral("Styles")));
    QTreeWidgetItem* shop = tree->topLevelItem(1);
    QCOMPARE(shop->text(1), QStringLiteral("Off"));
    QCOMPARE(shop->childCount(), 0);

    // Off for app, through the review; the rule is kept for when it is turned on again.
    tree->setCurrentItem(app);
    auto* button = child<QPushButton>("siteCachingButton");
    QCOMPARE(button->text(), QStringLiteral("Turn caching off"));
    acceptReview();
    QTest::mouseClick(button, Qt::LeftButton);
    const SiteCacheConfig& cache = m_session->engine().config().sites.at(0).cache;
    QVERIFY(!cache.enabled);
    QCOMPARE(cache.rules.size(), 1);
    // No site caches now: the empty state.
    QTRY_COMPARE(child<QStackedWidget>("cacheStackedWidget")->currentWidget()->objectName(),
                 QStringLiteral("cacheEmptyState"));

    // Turned on again from the empty state, app gets its own rule back, not the defaults.
    acceptReview();
    QTest::mouseClick(child<QPushButton>("turnOnCachingButton"), Qt::LeftButton);
    QVERIFY(m_session->engine().config().sites.at(0).cache.enabled);
    QCOMPARE(m_session->engine().config().sites.at(0).cache.rules.value(0).name, QStringLiteral("Styles"));
}

void TestCachePage::ruleButtonsOpenTheWizard()
{
    auto* tree = child<QTreeWidget>("cacheSitesTreeWidget");
    auto* add = child<QPushButton>("addCacheRuleButton");
    auto* edit = child<QPushButton>("editCacheRuleButton");
    QVERIFY(tree && add && edit);
    tree->setCurrentItem(tree->topLevelItem(1));
#if PORTICO_HAVE_CACHE_RULE_WIZARD
    QVERIFY(add->isEnabled());
    QVERIFY(!edit->isEnabled());
    QTest::mouseClick(add, Qt::LeftButton);
    auto* wizard = m_page->findChild<CacheRuleWizard*>();
    QVERIFY(wizard);
    QTRY_VERIFY(wizard->isVisible());
    QVERIFY(!wizard->isEditing());
    QCOMPARE(wizard->baseConfig().sites.value(wizard->siteIndex()).name, QStringLiteral("shop"));
    wizard->reject();
    QTRY_VERIFY(!m_page->findChild<CacheRuleWizard*>());

    tree->setCurrentItem(tree->topLevelItem(0)->child(0));
    QVERIFY(edit->isEnabled());
    QTest::mouseClick(edit, Qt::LeftButton);
    wizard = m_page->findChild<CacheRuleWizard*>();
    QVERIFY(wizard);
    QVERIFY(wizard->isEditing());
    QCOMPARE(wizard->rule().name, QStringLiteral("Styles"));
    wizard->reject();
#else
    QVERIFY(!add->isEnabled());
    QVERIFY(!edit->isEnabled());
    QVERIFY(!m_page->openRuleWizard(QStringLiteral("app")));
    QSKIP("This build has no Cache Rule wizard");
#endif
}

void TestCachePage::everyControlHasAName()
{
    // Both faces of the page: figures (caching on) and the empty state.
    for (const bool caching : {true, false}) {
        if (!caching) {
            Config off = m_session->engine().config();
            off.sites[0].cache.enabled = false;
            QVERIFY(m_session->applyConfig(off).isEmpty());
            QTRY_COMPARE(child<QStackedWidget>("cacheStackedWidget")->currentWidget()->objectName(),
                         QStringLiteral("cacheEmptyState"));
        }
        int checked = 0;
        const QList<QWidget*> widgets = m_page->findChildren<QWidget*>();
        for (QWidget* widget : widgets) {
            // As Tab sees it: a viewport hands its focus to its view, a combo's parts count as the combo.
            if (!widget->isVisibleTo(m_page.get()) || !(widget->focusPolicy() & Qt::TabFocus) || widget->focusProxy() ||
                qobject_cast<QComboBox*>(widget->parentWidget()))
                continue;
            QString name = widget->accessibleName();
            if (name.isEmpty())
                if (const auto* button = qobject_cast<QAbstractButton*>(widget))
                    name = button->text().remove(QLatin1Char('&')).trimmed();
            QVERIFY2(!name.isEmpty(),
                     qPrintable(widget->objectName() + QLatin1Char(' ') +
                                QString::fromLatin1(widget->metaObject()->className()) + QStringLiteral(" in ") +
                                widget->parentWidget()->objectName() + QLatin1Char(' ') +
                                QString::fromLatin1(widget->parentWidget()->metaObject()->className())));
            ++checked;
        }
        // The range buttons, tables, purge form and rule buttons; the site combo and the button when empty.
        QVERIFY2(checked >= (caching ? 15 : 1), qPrintable(QString::number(checked)));
    }
}

QTEST_MAIN(TestCachePage)
#include "TestCachePage.moc"

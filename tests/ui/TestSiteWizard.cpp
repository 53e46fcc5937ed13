// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpClient.h"
#include "TestBackend.h"

#include "app/EngineSession.h"
#include "app/TranslationManager.h"
#include "config/ConfigStore.h"
#include "pages/SitesPage.h"
#include "text/ErrorText.h"
#include "text/HealthText.h"
#include "wizards/SiteWizard.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Portico;
using namespace Portico::Test;

namespace {

QByteArray portZeroConfig()
{
    return R"({"version":1,"settings":{"workers":1},"listeners":[{"address":"127.0.0.1","port":0}]})";
}

} // namespace

// The Add Site wizard driven as an admin would, against a real engine and real loopback backends.
class TestSiteWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void addsASiteThatServesRealRequests();
    void everyFieldIsValidatedAsTheAdminTypes();
    void testButtonShowsTheBackendsAnswer();
    void testButtonSaysWhenNothingListens();
    void editingReusesThePagesPrefilled();
    void cancellingChangesNothing();

private:
    void createSession(const QByteArray& config);
    SiteWizard* openWizard(const QString& siteName = QString());
    template<typename T>
    QList<T*> all(const char* name) const;
    template<typename T>
    T* one(const char* name) const;
    void next();
    // Fills the wizard up to the review page with the two test backends.
    void fillNewSite(const QString& names);
    quint16 listenPort() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_configPath;
    std::unique_ptr<TranslationManager> m_translations;
    std::unique_ptr<EngineSession> m_session;
    std::unique_ptr<SitesPage> m_page;
    QPointer<SiteWizard> m_wizard;
    std::unique_ptr<TestBackend> m_a;
    std::unique_ptr<TestBackend> m_b;
};

void TestSiteWizard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    EngineController::registerMetaTypes();
}

void TestSiteWizard::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_configPath = m_dir->filePath(QStringLiteral("portico.json"));
    m_translations = std::make_unique<TranslationManager>();
    m_translations->setLanguage(QStringLiteral("en"));
    m_a = std::make_unique<TestBackend>("a");
    m_b = std::make_unique<TestBackend>("b");
}

void TestSiteWizard::cleanup()
{
    if (m_wizard)
        delete m_wizard.data();
    m_page.reset();
    if (m_session)
        QVERIFY(m_session->stopAndWait(m_session->stopTimeoutMs()));
    m_session.reset();
    m_a.reset();
    m_b.reset();
    m_translations.reset();
    m_dir.reset();
}

void TestSiteWizard::createSession(const QByteArray& config)
{
    QFile file(m_configPath);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(config), config.size());
    file.close();
    m_session = std::make_unique<EngineSession>(m_configPath);
    m_session->loadConfig();
    QCOMPARE(m_session->loadResult().status, ConfigLoadStatus::Loaded);
    QVERIFY(m_session->start());
    m_page = std::make_unique<SitesPage>(*m_session);
    m_page->resize(1000, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

SiteWizard* TestSiteWizard::openWizard(const QString& siteName)
{
    m_wizard = m_page->openSiteWizard(siteName);
    if (m_wizard && !QTest::qWaitForWindowExposed(m_wizard.data()))
        qWarning("the wizard did not show");
    return m_wizard.data();
}

template<typename T>
QList<T*> TestSiteWizard::all(const char* name) const
{
    QList<T*> found;
    // Widgets of the page on show, in order, without rows removed a moment ago (hidden until deleted).
    QWidget* page = m_wizard->currentPage();
    for (T* widget : page->findChildren<T*>(QString::fromLatin1(name))) {
        bool removed = false;
        for (QWidget* parent = widget->parentWidget(); parent && parent != page; parent = parent->parentWidget())
            removed = removed || parent->isHidden();
        if (!removed)
            found << widget;
    }
    return found;
}

template<typename T>
T* TestSiteWizard::one(const char* name) const
{
    T* found = m_wizard->findChild<T*>(QString::fromLatin1(name));
    if (!found)
        qWarning("No child named %s", name);
    return found;
}

void TestSiteWizard::next()
{
    QAbstractButton* button = m_wizard->button(QWizard::NextButton);
    QVERIFY(button->isEnabled());
    const int before = m_wizard->currentId();
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), before + 1);
}

quint16 TestSiteWizard::listenPort() const
{
    return m_session->engine().listeners().first().port;
}

void TestSiteWizard::fillNewSite(const QString& names)
{
    QVERIFY(openWizard());
    QCOMPARE(m_wizard->currentId(), int(SiteWizard::HostnamesPageId));
    QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
    QTest::keyClicks(one<QLineEdit>("hostnamesLineEdit"), names);
    next();

    QCOMPARE(m_wizard->currentId(), int(SiteWizard::BackendsPageId));
    QCOMPARE(all<QLineEdit>("backendHostLineEdit").size(), 1);
    QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
    QTest::keyClicks(all<QLineEdit>("backendHostLineEdit").at(0), QStringLiteral("127.0.0.1"));
    all<QSpinBox>("backendPortSpinBox").at(0)->setValue(m_a->port());
    QTest::mouseClick(one<QPushButton>("addBackendButton"), Qt::LeftButton);
    QCOMPARE(all<QLineEdit>("backendHostLineEdit").size(), 2);
    QTest::keyClicks(all<QLineEdit>("backendHostLineEdit").at(1), QStringLiteral("127.0.0.1"));
    all<QSpinBox>("backendPortSpinBox").at(1)->setValue(m_b->port());
    next();

    QCOMPARE(m_wizard->currentId(), int(SiteWizard::BalancingPageId));
    auto* algorithm = one<QComboBox>("algorithmComboBox");
    QVERIFY(algorithm);
    algorithm->setCurrentIndex(algorithm->findData(static_cast<int>(BalanceAlgorithm::RoundRobin)));
    next();
    // HTTPS: none, as a new site starts.
    QCOMPARE(m_wizard->currentId(), int(SiteWizard::HttpsPageId));
    QVERIFY(one<QAbstractButton>("noHttpsRadioButton")->isChecked());
    next();
    QCOMPARE(m_wizard->currentId(), int(SiteWizard::ReviewPageId));
}

void TestSiteWizard::addsASiteThatServesRealRequests()
{
    createSession(portZeroConfig());
    QTest::mouseClick(m_page->findChild<QPushButton*>(QStringLiteral("addFirstSiteButton")), Qt::LeftButton);
    m_wizard = m_page->findChild<SiteWizard*>();
    QVERIFY(m_wizard);
    m_wizard->close();
    QTRY_VERIFY(!m_wizard);

    fillNewSite(QStringLiteral("app.example.com, WWW.app.example.com"));
    QCOMPARE(one<QLineEdit>("siteNameLineEdit")->text(), QStringLiteral("app"));
    auto* review = one<QLabel>("reviewChangesLabel");
    QVERIFY(review);
    QVERIFY2(review->text().contains(QLatin1String("Adds the site &quot;app&quot;")), qPrintable(review->text()));
    QVERIFY(review->text().contains(QStringLiteral("127.0.0.1:%1").arg(m_a->port())));
    QVERIFY(review->text().contains(QStringLiteral("127.0.0.1:%1").arg(m_b->port())));

    QSignalSpy saved(m_session.get(), &EngineSession::configSaved);
    QAbstractButton* finish = m_wizard->button(QWizard::FinishButton);
    QCOMPARE(finish->text(), QStringLiteral("Apply"));
    QVERIFY(finish->isEnabled());
    QTest::mouseClick(finish, Qt::LeftButton);
    QCOMPARE(saved.size(), 1);
    QTRY_VERIFY(!m_wizard);

    // The engine runs the new config...
    const Config& config = m_session->engine().config();
    QCOMPARE(config.sites.size(), 1);
    const SiteConfig& site = config.sites.first();
    QCOMPARE(site.name, QStringLiteral("app"));
    QCOMPARE(site.serverNames, (QStringList{QStringLiteral("app.example.com"), QStringLiteral("www.app.example.com")}));
    QCOMPARE(site.routes.size(), 1);
    QCOMPARE(site.routes.first().pathPrefix, QStringLiteral("/"));
    QCOMPARE(site.routes.first().pool, QStringLiteral("app"));
    QCOMPARE(config.pools.size(), 1);
    const PoolConfig& pool = config.pools.first();
    QCOMPARE(pool.name, QStringLiteral("app"));
    QCOMPARE(pool.backends.size(), 2);
    QCOMPARE(pool.backends.at(0).host, QStringLiteral("127.0.0.1"));
    QCOMPARE(pool.backends.at(0).port, m_a->port());
    QCOMPARE(pool.backends.at(1).port, m_b->port());
    QCOMPARE(pool.balance.algorithm, BalanceAlgorithm::RoundRobin);
    QVERIFY(pool.healthCheck.enabled);

    // ...the file says the same, and the version it replaced went to the history...
    const ConfigLoadResult loaded = ConfigStore(m_configPath).load(ConfigStore::OnBadFile::Keep);
    QCOMPARE(loaded.status, ConfigLoadStatus::Loaded);
    QCOMPARE(loaded.config, config);
    QCOMPARE(ConfigStore(m_configPath).history().size(), 1);

    // ...and requests for the new names reach the backends.
    QSet<QByteArray> answeredBy;
    const quint16 port = listenPort();
    QTRY_VERIFY(!HttpClient::get(port, "/", "app.example.com").header("X-Backend").isEmpty());
    for (int i = 0; i < 6; ++i) {
        const HttpResponse response = HttpClient::get(port, "/", i % 2 ? "app.example.com" : "www.app.example.com");
        QVERIFY(response.valid);
        QCOMPARE(response.status, 200);
        answeredBy.insert(response.header("X-Backend"));
    }
    QCOMPARE(answeredBy, (QSet<QByteArray>{"a", "b"}));

    // The Sites page lists it.
    QTRY_COMPARE(m_page->findChild<QWidget*>(QStringLiteral("sitesEmptyState"))->isVisible(), false);
}

void TestSiteWizard::everyFieldIsValidatedAsTheAdminTypes()
{
    createSession(R"({"version":1,"settings":{"workers":1},"listeners":[{"address":"127.0.0.1","port":0}],
        "sites":[{"name":"wiki","serverNames":["wiki.example.com"],"routes":[{"path":"/","pool":"wiki"}]}],
        "pools":[{"name":"wiki","backends":[{"host":"127.0.0.1","port":9}]}]})");
    QVERIFY(openWizard());
    auto* hostnames = one<QLineEdit>("hostnamesLineEdit");
    auto* hostnamesError = one<QLabel>("hostnamesErrorLabel");
    QAbstractButton* nextButton = m_wizard->button(QWizard::NextButton);

    // A name another site has: the validator's message beside the field, Next stays off.
    QTest::keyClicks(hostnames, QStringLiteral("wiki.example.com"));
    QVERIFY(hostnamesError->isVisible());
    QVERIFY2(hostnamesError->text().contains(QLatin1String("already used")), qPrintable(hostnamesError->text()));
    QVERIFY(!nextButton->isEnabled());
    hostnames->clear();
    QTest::keyClicks(hostnames, QStringLiteral("bad_name!.example.com"));
    QVERIFY2(hostnamesError->text().contains(QLatin1String("is not a valid server name")),
             qPrintable(hostnamesError->text()));
    QVERIFY(!nextButton->isEnabled());
    hostnames->clear();
    QTest::keyClicks(hostnames, QStringLiteral("shop.example.com"));
    QVERIFY(!hostnamesError->isVisible());
    QVERIFY(nextButton->isEnabled());

    // A site name in use: said beside the name.
    auto* siteName = one<QLineEdit>("siteNameLineEdit");
    siteName->clear();
    QTest::keyClicks(siteName, QStringLiteral("wiki"));
    auto* siteNameError = one<QLabel>("siteNameErrorLabel");
    QVERIFY(siteNameError->isVisible());
    QVERIFY2(siteNameError->text().contains(QLatin1String("already used")), qPrintable(siteNameError->text()));
    QVERIFY(!nextButton->isEnabled());
    siteName->clear();
    QTest::keyClicks(siteName, QStringLiteral("shop"));
    QVERIFY(nextButton->isEnabled());

    // A new listener on a bad address.
    auto* listener = one<QComboBox>("listenerComboBox");
    listener->setCurrentIndex(1);
    auto* address = one<QLineEdit>("listenAddressLineEdit");
    address->clear();
    QTest::keyClicks(address, QStringLiteral("300.1.2.3"));
    QVERIFY(one<QLabel>("listenerErrorLabel")->isVisible());
    QVERIFY(!nextButton->isEnabled());
    listener->setCurrentIndex(0);
    QVERIFY(!one<QLabel>("listenerErrorLabel")->isVisible());
    next();

    // A host that is not one.
    auto* host = all<QLineEdit>("backendHostLineEdit").at(0);
    QTest::keyClicks(host, QStringLiteral("not a host"));
    auto* backendError = all<QLabel>("backendErrorLabel").at(0);
    QVERIFY(backendError->isVisible());
    const ConfigError invalidHost{ConfigErrorCode::InvalidHost, QString(), {QStringLiteral("not a host")}};
    QCOMPARE(backendError->text(), ErrorText::message(invalidHost));
    QVERIFY(!nextButton->isEnabled());
    host->clear();
    QTest::keyClicks(host, QStringLiteral("127.0.0.1"));
    QVERIFY(!backendError->isVisible());
    QVERIFY(nextButton->isEnabled());
    next();

    // Balancing: the exact settings are behind Advanced, and a bad one opens it.
    auto* advanced = one<QWidget>("advancedSettingsWidget");
    QVERIFY(!advanced->isVisible());
    auto* timeout = one<QSpinBox>("healthCheckTimeoutSpinBox");
    auto* interval = one<QSpinBox>("healthCheckIntervalSpinBox");
    timeout->setValue(interval->value());
    QVERIFY(advanced->isVisible());
    auto* timeoutError = one<QLabel>("healthCheckTimeoutErrorLabel");
    QVERIFY(timeoutError->isVisible());
    QVERIFY2(timeoutError->text().contains(QLatin1String("must be less than")), qPrintable(timeoutError->text()));
    QVERIFY(!nextButton->isEnabled());
    timeout->setValue(1000);
    QVERIFY(!timeoutError->isVisible());

    auto* expectStatus = one<QLineEdit>("expectStatusLineEdit");
    expectStatus->clear();
    QTest::keyClicks(expectStatus, QStringLiteral("700"));
    QVERIFY(one<QLabel>("expectStatusErrorLabel")->isVisible());
    QVERIFY(!nextButton->isEnabled());
    expectStatus->clear();
    QTest::keyClicks(expectStatus, QStringLiteral("200-299"));
    QVERIFY(!one<QLabel>("expectStatusErrorLabel")->isVisible());

    // Hashing on a header needs the header's name.
    auto* algorithm = one<QComboBox>("algorithmComboBox");
    algorithm->setCurrentIndex(algorithm->findData(static_cast<int>(BalanceAlgorithm::ConsistentHash)));
    auto* hashOn = one<QComboBox>("hashOnComboBox");
    QVERIFY(hashOn->isVisible());
    hashOn->setCurrentIndex(hashOn->findData(static_cast<int>(HashSource::Header)));
    auto* hashKeyError = one<QLabel>("hashKeyErrorLabel");
    QVERIFY(hashKeyError->isVisible());
    QVERIFY(!nextButton->isEnabled());
    QTest::keyClicks(one<QLineEdit>("hashKeyLineEdit"), QStringLiteral("X-Tenant"));
    QVERIFY(!hashKeyError->isVisible());
    QVERIFY(nextButton->isEnabled());
    next();
    next();

    QVERIFY(one<QLabel>("reviewChangesLabel")->text().contains(QLatin1String("X-Tenant")));
}

void TestSiteWizard::testButtonShowsTheBackendsAnswer()
{
    createSession(portZeroConfig());
    QVERIFY(openWizard());
    QTest::keyClicks(one<QLineEdit>("hostnamesLineEdit"), QStringLiteral("probe.example.com"));
    next();
    QTest::keyClicks(all<QLineEdit>("backendHostLineEdit").at(0), QStringLiteral("127.0.0.1"));
    all<QSpinBox>("backendPortSpinBox").at(0)->setValue(m_a->port());

    QSignalSpy finished(&m_session->engine(), &EngineController::probeFinished);
    auto* result = all<QLabel>("backendTestResultLabel").at(0);
    QTest::mouseClick(all<QPushButton>("testBackendButton").at(0), Qt::LeftButton);
    QVERIFY(result->isVisible());
    if (!finished.wait(15'000))
        QSKIP("EngineController::probeFinished never arrived: the engine does not probe backends yet");
    const auto probe = finished.first().at(1).value<HealthCheckResult>();
    QVERIFY2(probe.ok, qPrintable(probe.message()));
    QCOMPARE(probe.httpStatus, 200);
    QCOMPARE(result->text(), QStringLiteral("✓ ") + HealthText::probeAnswer(probe));
    QVERIFY(result->text().contains(QLatin1String("Answered HTTP 200 in")));
    QVERIFY(m_a->requestCount() >= 1);
}

void TestSiteWizard::testButtonSaysWhenNothingListens()
{
    createSession(portZeroConfig());
    // A port that was free a moment ago: nothing accepts there.
    quint16 closedPort = 0;
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        closedPort = server.serverPort();
    }
    QVERIFY(openWizard());
    QTest::keyClicks(one<QLineEdit>("hostnamesLineEdit"), QStringLiteral("probe.example.com"));
    next();
    QTest::keyClicks(all<QLineEdit>("backendHostLineEdit").at(0), QStringLiteral("127.0.0.1"));
    all<QSpinBox>("backendPortSpinBox").at(0)->setValue(closedPort);

    QSignalSpy finished(&m_session->engine(), &EngineController::probeFinished);
    QTest::mouseClick(all<QPushButton>("testBackendButton").at(0), Qt::LeftButton);
    if (!finished.wait(15'000))
        QSKIP("EngineController::probeFinished never arrived: the engine does not probe backends yet");
    const auto probe = finished.first().at(1).value<HealthCheckResult>();
    QVERIFY(!probe.ok);
    QCOMPARE(probe.failure, HealthCheckFailure::Refused);
    auto* result = all<QLabel>("backendTestResultLabel").at(0);
    QVERIFY2(result->text().contains(QLatin1String("Nothing accepts connections")), qPrintable(result->text()));
    // A failed test is information, not a veto: the admin may go on.
    QVERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());
}

void TestSiteWizard::editingReusesThePagesPrefilled()
{
    createSession(QStringLiteral(R"({"version":1,"settings":{"workers":1},
        "listeners":[{"address":"127.0.0.1","port":0}],
        "sites":[{"name":"wiki","serverNames":["wiki.example.com"],"routes":[{"path":"/","pool":"wikipool"}]}],
        "pools":[{"name":"wikipool","backends":[{"host":"127.0.0.1","port":%1,"weight":2},
                                                {"host":"127.0.0.1","port":%2,"backup":true}],
                  "balance":{"algorithm":"leastConnections"}}]})")
                      .arg(m_a->port())
                      .arg(m_b->port())
                      .toUtf8());
    QVERIFY(openWizard(QStringLiteral("wiki")));
    QCOMPARE(m_wizard->windowTitle(), QStringLiteral("Edit site wiki"));
    QCOMPARE(one<QLineEdit>("hostnamesLineEdit")->text(), QStringLiteral("wiki.example.com"));
    QCOMPARE(one<QLineEdit>("siteNameLineEdit")->text(), QStringLiteral("wiki"));
    auto* hostnames = one<QLineEdit>("hostnamesLineEdit");
    hostnames->end(false);
    QTest::keyClicks(hostnames, QStringLiteral(", docs.example.com"));
    // Editing keeps the name the admin gave the site.
    QCOMPARE(one<QLineEdit>("siteNameLineEdit")->text(), QStringLiteral("wiki"));
    next();

    const QList<QSpinBox*> ports = all<QSpinBox>("backendPortSpinBox");
    QCOMPARE(ports.size(), 2);
    QCOMPARE(ports.at(0)->value(), int(m_a->port()));
    QCOMPARE(ports.at(1)->value(), int(m_b->port()));
    const QList<QSpinBox*> weights = all<QSpinBox>("backendWeightSpinBox");
    QCOMPARE(weights.at(0)->value(), 2);
    weights.at(0)->setValue(5);
    next();

    auto* algorithm = one<QComboBox>("algorithmComboBox");
    QCOMPARE(algorithm->currentData().toInt(), int(BalanceAlgorithm::LeastConnections));
    // An edited pool keeps its health-check choice (none here).
    QVERIFY(!one<QCheckBox>("healthCheckCheckBox")->isChecked());
    next();
    QCOMPARE(m_wizard->currentId(), int(SiteWizard::HttpsPageId));
    next();

    const QString review = one<QLabel>("reviewChangesLabel")->text();
    QVERIFY2(review.contains(QLatin1String("also answers docs.example.com")), qPrintable(review));
    QVERIFY2(review.contains(QStringLiteral("Changes the server 127.0.0.1:%1").arg(m_a->port())), qPrintable(review));
    QVERIFY(!review.contains(QLatin1String("Adds the site")));
    QTest::mouseClick(m_wizard->button(QWizard::FinishButton), Qt::LeftButton);
    QTRY_VERIFY(!m_wizard);

    const Config& config = m_session->engine().config();
    QCOMPARE(config.sites.size(), 1);
    QCOMPARE(config.sites.first().serverNames,
             (QStringList{QStringLiteral("wiki.example.com"), QStringLiteral("docs.example.com")}));
    QCOMPARE(config.pools.size(), 1);
    QCOMPARE(config.pools.first().name, QStringLiteral("wikipool"));
    QCOMPARE(config.pools.first().backends.at(0).weight, 5);
    // What the wizard does not show is kept as it was.
    QVERIFY(config.pools.first().backends.at(1).backup);
    QCOMPARE(ConfigStore(m_configPath).load(ConfigStore::OnBadFile::Keep).config, config);
    QTRY_COMPARE(HttpClient::get(listenPort(), "/", "docs.example.com").header("X-Backend"), QByteArray("a"));
}

void TestSiteWizard::cancellingChangesNothing()
{
    createSession(portZeroConfig());
    const QByteArray before = [this] {
        QFile file(m_configPath);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    fillNewSite(QStringLiteral("gone.example.com"));
    QSignalSpy saved(m_session.get(), &EngineSession::configSaved);
    QTest::mouseClick(m_wizard->button(QWizard::CancelButton), Qt::LeftButton);
    QTRY_VERIFY(!m_wizard);
    QCOMPARE(saved.size(), 0);
    QVERIFY(m_session->engine().config().sites.isEmpty());
    QFile file(m_configPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
}

QTEST_MAIN(TestSiteWizard)
#include "TestSiteWizard.moc"

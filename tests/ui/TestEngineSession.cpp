// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/EngineSession.h"
#include "config/ConfigStore.h"

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Portico;

// EngineSession::applyConfig, the one way the GUI changes the configuration.
class TestEngineSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void invalidConfigChangesNothing();
    void stoppedEngineGetsTheConfigAndTheFileIsSaved();
    void runningEngineAppliesAtOnce();
    void listenerThatCannotOpenIsNotSaved();

private:
    QByteArray fileBytes() const;
    Config withSite(Config config) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<EngineSession> m_session;
};

void TestEngineSession::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    EngineController::registerMetaTypes();
}

void TestEngineSession::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("portico.json"));
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"version":1,"settings":{"workers":1},"listeners":[{"address":"127.0.0.1","port":0}]})");
    file.close();
    m_session = std::make_unique<EngineSession>(m_path);
    m_session->loadConfig();
    QCOMPARE(m_session->loadResult().status, ConfigLoadStatus::Loaded);
}

void TestEngineSession::cleanup()
{
    if (m_session)
        QVERIFY(m_session->stopAndWait(m_session->stopTimeoutMs()));
    m_session.reset();
    m_dir.reset();
}

QByteArray TestEngineSession::fileBytes() const
{
    QFile file(m_path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

Config TestEngineSession::withSite(Config config) const
{
    SiteConfig site;
    site.name = QStringLiteral("app");
    site.serverNames = {QStringLiteral("app.example.com")};
    RouteConfig route;
    route.pool = QStringLiteral("app");
    site.routes = {route};
    PoolConfig pool;
    pool.name = QStringLiteral("app");
    BackendConfig backend;
    backend.host = QStringLiteral("127.0.0.1");
    backend.port = 9;
    pool.backends = {backend};
    config.sites.append(site);
    config.pools.append(pool);
    return config;
}

void TestEngineSession::invalidConfigChangesNothing()
{
    const QByteArray before = fileBytes();
    const Config running = m_session->engine().config();
    Config candidate = withSite(running);
    candidate.sites.first().routes.first().pool = QStringLiteral("missing");
    QSignalSpy saved(m_session.get(), &EngineSession::configSaved);

    const ConfigErrors errors = m_session->applyConfig(candidate);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().code, ConfigErrorCode::UnknownPool);
    QCOMPARE(errors.first().path, QStringLiteral("sites[0].routes[0].pool"));
    QCOMPARE(saved.size(), 0);
    QCOMPARE(fileBytes(), before);
    QCOMPARE(m_session->engine().config(), running);
    QVERIFY(ConfigStore(m_path).history().isEmpty());
}

void TestEngineSession::stoppedEngineGetsTheConfigAndTheFileIsSaved()
{
    const Config candidate = withSite(m_session->engine().config());
    QSignalSpy saved(m_session.get(), &EngineSession::configSaved);
    QVERIFY(m_session->applyConfig(candidate).isEmpty());
    QCOMPARE(saved.size(), 1);
    QCOMPARE(m_session->engine().state(), EngineState::Stopped);
    QCOMPARE(m_session->engine().config(), candidate);
    QCOMPARE(ConfigStore(m_path).load(ConfigStore::OnBadFile::Keep).config, candidate);
    QCOMPARE(ConfigStore(m_path).history().size(), 1);
}

void TestEngineSession::runningEngineAppliesAtOnce()
{
    QVERIFY(m_session->start());
    const Config previous = m_session->engine().config();
    const Config candidate = withSite(previous);
    QSignalSpy applied(m_session.get(), &EngineSession::configApplied);
    QVERIFY(m_session->applyConfig(candidate).isEmpty());
    // What undo and rollback need: the config that was in force, and the new one.
    QCOMPARE(applied.size(), 1);
    QCOMPARE(applied.first().at(0).value<Config>(), previous);
    QCOMPARE(applied.first().at(1).value<Config>(), candidate);
    QCOMPARE(m_session->engine().state(), EngineState::Running);
    QCOMPARE(m_session->engine().config(), candidate);
    QCOMPARE(ConfigStore(m_path).load(ConfigStore::OnBadFile::Keep).config, candidate);
}

void TestEngineSession::listenerThatCannotOpenIsNotSaved()
{
    QTcpServer blocker;
    QVERIFY(blocker.listen(QHostAddress::LocalHost, 0));
    QVERIFY(m_session->start());
    const QByteArray before = fileBytes();
    const Config running = m_session->engine().config();
    Config candidate = running;
    candidate.listeners.append(
        ListenerConfig{QStringLiteral("127.0.0.1"), blocker.serverPort(), ListenerProtocol::Http});
    QSignalSpy saved(m_session.get(), &EngineSession::configSaved);

    const ConfigErrors errors = m_session->applyConfig(candidate);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().code, ConfigErrorCode::BindFailed);
    QCOMPARE(saved.size(), 0);
    QCOMPARE(fileBytes(), before);
    QCOMPARE(m_session->engine().config(), running);
}

QTEST_MAIN(TestEngineSession)
#include "TestEngineSession.moc"

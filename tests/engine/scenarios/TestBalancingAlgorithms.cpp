// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BalancingScenario.h"
#include "HttpClient.h"
#include "TestBackend.h"

#include "controller/EngineController.h"

#include <QHash>
#include <QTest>

#include <array>

using namespace Portico;
using namespace Portico::Test;

// Each algorithm over three real loopback backends, one worker: the shares (exact for the round
// robins), least connections steering around busy backends, and consistent hashing on the client
// address, a header and a cookie.
class TestBalancingAlgorithms : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void shares_data();
    void shares();
    void leastConnectionsAvoidsBusyBackends();
    void leastConnectionsSharesEvenlyAroundAnOutBackend();
    void consistentHash_data();
    void consistentHash();
    void consistentHashMovesKeysOnlyOntoAnAddedBackend();

private:
    QList<quint16> ports() const;
    quint16 start(const Config& config);

    std::array<std::unique_ptr<TestBackend>, 3> m_backends;
    std::unique_ptr<EngineController> m_engine;
};

void TestBalancingAlgorithms::init()
{
    m_backends[0] = std::make_unique<TestBackend>("a");
    m_backends[1] = std::make_unique<TestBackend>("b");
    m_backends[2] = std::make_unique<TestBackend>("c");
    m_engine = std::make_unique<EngineController>();
}

void TestBalancingAlgorithms::cleanup()
{
    m_engine.reset();
    for (auto& backend : m_backends)
        backend.reset();
}

QList<quint16> TestBalancingAlgorithms::ports() const
{
    return {m_backends[0]->port(), m_backends[1]->port(), m_backends[2]->port()};
}

quint16 TestBalancingAlgorithms::start(const Config& config)
{
    const ApplyResult result = m_engine->start(config);
    if (!result.ok()) {
        qWarning() << result.errors.first().toString();
        return 0;
    }
    return m_engine->listeners().first().port;
}

void TestBalancingAlgorithms::shares_data()
{
    QTest::addColumn<BalanceAlgorithm>("algorithm");
    QTest::addColumn<QList<int>>("weights");
    QTest::addColumn<int>("requests");
    // Requests per backend a, b, c in every run of `cycle` requests from the start.
    QTest::addColumn<QList<int>>("perCycle");
    QTest::addColumn<int>("cycle");

    using A = BalanceAlgorithm;
    QTest::newRow("roundRobin") << A::RoundRobin << QList<int>{1, 1, 1} << 300 << QList<int>{1, 1, 1} << 3;
    QTest::newRow("roundRobin ignores weights")
        << A::RoundRobin << QList<int>{5, 3, 2} << 300 << QList<int>{1, 1, 1} << 3;
    QTest::newRow("weightedRoundRobin 5/3/2")
        << A::WeightedRoundRobin << QList<int>{5, 3, 2} << 1000 << QList<int>{5, 3, 2} << 10;
    QTest::newRow("weightedRoundRobin 1/1/1")
        << A::WeightedRoundRobin << QList<int>{1, 1, 1} << 300 << QList<int>{1, 1, 1} << 3;
    // One request at a time: every backend is idle at each pick, and the tie break moves on.
    QTest::newRow("leastConnections while idle")
        << A::LeastConnections << QList<int>{1, 1, 1} << 300 << QList<int>{1, 1, 1} << 3;
    // A client that never sends the cookie back is placed anew each time, by the weights.
    QTest::newRow("stickyCookie without cookies")
        << A::StickyCookie << QList<int>{5, 3, 2} << 1000 << QList<int>{5, 3, 2} << 10;
}

void TestBalancingAlgorithms::shares()
{
    QFETCH(BalanceAlgorithm, algorithm);
    QFETCH(QList<int>, weights);
    QFETCH(int, requests);
    QFETCH(QList<int>, perCycle);
    QFETCH(int, cycle);

    Config config = BalancingScenario::config(ports());
    config.pools[0].balance.algorithm = algorithm;
    for (int i = 0; i < 3; ++i)
        config.pools[0].backends[i].weight = weights.at(i);
    const quint16 port = start(config);
    QVERIFY(port);

    HttpClient client;
    QVERIFY(client.connectTo(port));
    QByteArrayList seen;
    for (int i = 0; i < requests; ++i)
        seen.append(BalancingScenario::ask(client));

    const QByteArrayList names{"a", "b", "c"};
    for (int i = 0; i < 3; ++i)
        QCOMPARE(BalancingScenario::count(seen, names.at(i)), perCycle.at(i) * requests / cycle);
    // Not only in total: every cycle has exactly the weights' worth, so no backend ever runs ahead.
    for (int from = 0; from + cycle <= requests; from += cycle) {
        const QByteArrayList window = seen.mid(from, cycle);
        for (int i = 0; i < 3; ++i) {
            QVERIFY2(BalancingScenario::count(window, names.at(i)) == perCycle.at(i),
                     qPrintable(QStringLiteral("requests %1 to %2: %3")
                                    .arg(from)
                                    .arg(from + cycle - 1)
                                    .arg(QString::fromLatin1(window.join(' ')))));
        }
    }
}

void TestBalancingAlgorithms::leastConnectionsAvoidsBusyBackends()
{
    Config config = BalancingScenario::config(ports());
    config.pools[0].balance.algorithm = BalanceAlgorithm::LeastConnections;
    const quint16 port = start(config);
    QVERIFY(port);
    auto held = [this] {
        QByteArrayList names;
        for (const auto& backend : m_backends) {
            if (backend->heldCount() > 0)
                names.append(backend->name());
        }
        return names;
    };

    // A slow request keeps one backend busy...
    HttpClient slow1;
    QVERIFY(slow1.connectTo(port));
    slow1.send("GET /hold HTTP/1.1\r\nHost: app.lan\r\n\r\n");
    QTRY_COMPARE(held().size(), 1);
    const QByteArray busy = held().first();

    // ...so quick requests go to the other two, and never to it.
    HttpClient client;
    QVERIFY(client.connectTo(port));
    QByteArrayList seen;
    for (int i = 0; i < 30; ++i)
        seen.append(BalancingScenario::ask(client));
    QCOMPARE(BalancingScenario::count(seen, busy), 0);
    QCOMPARE(BalancingScenario::count(seen, "a") + BalancingScenario::count(seen, "b") +
                 BalancingScenario::count(seen, "c"),
             30);

    // A second slow request goes to an idle backend, not the busy one; then only the third is idle.
    HttpClient slow2;
    QVERIFY(slow2.connectTo(port));
    slow2.send("GET /hold HTTP/1.1\r\nHost: app.lan\r\n\r\n");
    QTRY_COMPARE(held().size(), 2);
    QByteArray idle;
    for (const auto& backend : m_backends) {
        if (backend->heldCount() == 0)
            idle = backend->name();
    }
    seen.clear();
    for (int i = 0; i < 30; ++i)
        seen.append(BalancingScenario::ask(client));
    QCOMPARE(BalancingScenario::count(seen, idle), 30);

    // The slow ones finish normally.
    for (const auto& backend : m_backends)
        backend->releaseHeld();
    QCOMPARE(slow1.readResponse().body, QByteArray("released"));
    QCOMPARE(slow2.readResponse().body, QByteArray("released"));
}

void TestBalancingAlgorithms::leastConnectionsSharesEvenlyAroundAnOutBackend()
{
    // docs/load-balancing.md: an out backend's share goes to the others in proportion to their own
    // shares, and equally good backends share the requests evenly.
    Config config = BalancingScenario::config(ports());
    config.pools[0].balance.algorithm = BalanceAlgorithm::LeastConnections;
    config.pools[0].backends[1].state = BackendAdminState::Maintenance;
    const quint16 port = start(config);
    QVERIFY(port);
    HttpClient client;
    QVERIFY(client.connectTo(port));
    QByteArrayList seen;
    for (int i = 0; i < 300; ++i)
        seen.append(BalancingScenario::ask(client));
    QCOMPARE(BalancingScenario::count(seen, "b"), 0);
    // Ties rotate among the eligible backends only: b's turn is not handed to its neighbour.
    QCOMPARE(BalancingScenario::count(seen, "a"), 150);
    QCOMPARE(BalancingScenario::count(seen, "c"), 150);
}

void TestBalancingAlgorithms::consistentHash_data()
{
    QTest::addColumn<HashSource>("hashOn");
    QTest::addColumn<QString>("hashKey");
    // The request field that carries key number %1 (none for the client address).
    QTest::addColumn<QByteArray>("field");
    QTest::addColumn<bool>("spreads");

    QTest::newRow("clientIp") << HashSource::ClientIp << QString() << QByteArray() << false;
    QTest::newRow("header") << HashSource::Header << QStringLiteral("X-Customer") << QByteArray("X-Customer: user-%1")
                            << true;
    QTest::newRow("cookie") << HashSource::Cookie << QStringLiteral("session")
                            << QByteArray("Cookie: theme=dark; session=s%1; lang=en") << true;
}

void TestBalancingAlgorithms::consistentHash()
{
    QFETCH(HashSource, hashOn);
    QFETCH(QString, hashKey);
    QFETCH(QByteArray, field);
    QFETCH(bool, spreads);

    Config config = BalancingScenario::config(ports());
    config.pools[0].balance.algorithm = BalanceAlgorithm::ConsistentHash;
    config.pools[0].balance.hashOn = hashOn;
    config.pools[0].balance.hashKey = hashKey;
    const quint16 port = start(config);
    QVERIFY(port);

    constexpr int keys = 300;
    HttpClient client;
    QVERIFY(client.connectTo(port));
    QByteArrayList first;
    for (int k = 0; k < keys; ++k)
        first.append(BalancingScenario::ask(client, "/", QByteArray(field).replace("%1", QByteArray::number(k))));
    // The same key goes to the same backend every time, on a new connection too.
    HttpClient again;
    QVERIFY(again.connectTo(port));
    for (int k = 0; k < keys; ++k)
        QCOMPARE(BalancingScenario::ask(again, "/", QByteArray(field).replace("%1", QByteArray::number(k))),
                 first.at(k));

    const int a = BalancingScenario::count(first, "a");
    const int b = BalancingScenario::count(first, "b");
    const int c = BalancingScenario::count(first, "c");
    QCOMPARE(a + b + c, keys);
    if (!spreads) {
        // Every request comes from 127.0.0.1: one key, one backend.
        QVERIFY2(a == keys || b == keys || c == keys, qPrintable(QStringLiteral("%1 %2 %3").arg(a).arg(b).arg(c)));
        return;
    }
    // Many keys spread over all three. Each share is about a third; the bound is far outside chance
    // (a backend's expected 100 keys vary by about 8, its ring share by about 3%).
    QVERIFY2(a >= keys / 6 && b >= keys / 6 && c >= keys / 6,
             qPrintable(QStringLiteral("%1 %2 %3").arg(a).arg(b).arg(c)));
}

void TestBalancingAlgorithms::consistentHashMovesKeysOnlyOntoAnAddedBackend()
{
    Config config = BalancingScenario::config(ports());
    config.pools[0].balance.algorithm = BalanceAlgorithm::ConsistentHash;
    config.pools[0].balance.hashOn = HashSource::Header;
    config.pools[0].balance.hashKey = QStringLiteral("X-Customer");
    const quint16 port = start(config);
    QVERIFY(port);

    constexpr int keys = 400;
    auto map = [port] {
        HttpClient client;
        QByteArrayList names;
        if (!client.connectTo(port))
            return names;
        for (int k = 0; k < keys; ++k)
            names.append(BalancingScenario::ask(client, "/", "X-Customer: user-" + QByteArray::number(k)));
        return names;
    };
    const QByteArrayList before = map();
    QCOMPARE(before.size(), keys);

    TestBackend d("d");
    Config grown = config;
    grown.pools[0].backends.append(BackendConfig{QStringLiteral("127.0.0.1"), d.port(), 1});
    QVERIFY(m_engine->apply(grown).ok());
    const QByteArrayList after = map();
    int moved = 0;
    for (int k = 0; k < keys; ++k) {
        if (after.at(k) != before.at(k)) {
            QCOMPARE(after.at(k), QByteArray("d")); // only onto the new backend
            ++moved;
        }
    }
    // About 1/4 of the keys move (100 expected; the bounds are far outside chance).
    QVERIFY2(moved >= keys / 8 && moved <= keys * 3 / 8, qPrintable(QString::number(moved)));

    // Taking it away again sends every key back where it was.
    QVERIFY(m_engine->apply(config).ok());
    QCOMPARE(map(), before);
}

QTEST_GUILESS_MAIN(TestBalancingAlgorithms)
#include "TestBalancingAlgorithms.moc"

// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BalancingScenario.h"
#include "HttpClient.h"
#include "TestBackend.h"

#include "controller/EngineController.h"
#include "pool/StickyCookie.h"

#include <QTest>

#include <array>

using namespace Portico;
using namespace Portico::Test;

// The stickyCookie algorithm end to end: the signed cookie on the first response, clients kept on
// their backend, forged cookies ignored, clients moved (with a new cookie) when their backend stops
// or goes into maintenance, and drain keeping its sticky clients while new ones go elsewhere. The
// scenario is called TestStickySessions because TestStickyCookie is the unit test of the cookie.
class TestStickySessions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void firstResponseSetsSignedCookie_data();
    void firstResponseSetsSignedCookie();
    void cookieKeepsClientOnItsBackend();
    void forgedCookieIsIgnoredAndReissued_data();
    void forgedCookieIsIgnoredAndReissued();
    void clientMovesWhenItsBackendIsOut_data();
    void clientMovesWhenItsBackendIsOut();
    void drainKeepsStickyClientsOnly();

private:
    Config config() const;
    quint16 start(const Config& config);
    TestBackend* backendNamed(const QByteArray& name) const;
    int indexNamed(const QByteArray& name) const;
    // The sticky cookie's value in a Set-Cookie field, or empty.
    static QByteArray cookieValue(const HttpResponse& response, const QByteArray& name = "portico_sticky");
    // A new connection, one GET with the given Cookie field (none when empty).
    HttpResponse get(const QByteArray& cookie = QByteArray()) const;

    const QByteArray m_secret = "a test secret, long enough to sign cookies";
    std::array<std::unique_ptr<TestBackend>, 3> m_backends;
    std::unique_ptr<EngineController> m_engine;
    quint16 m_port = 0;
};

void TestStickySessions::init()
{
    m_backends[0] = std::make_unique<TestBackend>("a");
    m_backends[1] = std::make_unique<TestBackend>("b");
    m_backends[2] = std::make_unique<TestBackend>("c");
    m_engine = std::make_unique<EngineController>();
    m_port = 0;
}

void TestStickySessions::cleanup()
{
    m_engine.reset();
    for (auto& backend : m_backends)
        backend.reset();
}

Config TestStickySessions::config() const
{
    Config config = BalancingScenario::config({m_backends[0]->port(), m_backends[1]->port(), m_backends[2]->port()});
    config.settings.stickySecret = QString::fromLatin1(m_secret);
    config.pools[0].balance.algorithm = BalanceAlgorithm::StickyCookie;
    return config;
}

quint16 TestStickySessions::start(const Config& config)
{
    const ApplyResult result = m_engine->start(config);
    if (!result.ok()) {
        qWarning() << result.errors.first().toString();
        return 0;
    }
    m_port = m_engine->listeners().first().port;
    return m_port;
}

TestBackend* TestStickySessions::backendNamed(const QByteArray& name) const
{
    const int index = indexNamed(name);
    return index >= 0 ? m_backends[size_t(index)].get() : nullptr;
}

int TestStickySessions::indexNamed(const QByteArray& name) const
{
    for (size_t i = 0; i < m_backends.size(); ++i) {
        if (m_backends[i] && m_backends[i]->name() == name)
            return static_cast<int>(i);
    }
    return -1;
}

QByteArray TestStickySessions::cookieValue(const HttpResponse& response, const QByteArray& name)
{
    const QByteArray field = response.header("Set-Cookie");
    if (!field.startsWith(name + '='))
        return QByteArray();
    return field.mid(name.size() + 1).split(';').value(0);
}

HttpResponse TestStickySessions::get(const QByteArray& cookie) const
{
    return HttpClient::exchange(m_port, "GET / HTTP/1.1\r\nHost: app.lan\r\n" +
                                            (cookie.isEmpty() ? QByteArray() : "Cookie: " + cookie + "\r\n") +
                                            "Connection: close\r\n\r\n");
}

void TestStickySessions::firstResponseSetsSignedCookie_data()
{
    QTest::addColumn<QString>("cookieName");
    QTest::newRow("default name") << QString();
    QTest::newRow("own name") << QStringLiteral("shop_backend");
}

void TestStickySessions::firstResponseSetsSignedCookie()
{
    QFETCH(QString, cookieName);
    Config config = this->config();
    if (!cookieName.isEmpty())
        config.pools[0].balance.cookieName = cookieName;
    const QByteArray name = cookieName.isEmpty() ? QByteArray("portico_sticky") : cookieName.toLatin1();
    QVERIFY(start(config));

    const HttpResponse response = get();
    QCOMPARE(response.status, 200);
    const TestBackend* served = backendNamed(response.header("X-Backend"));
    QVERIFY(served);
    // Exactly the documented field: the backend's id and its signature, a session cookie for the
    // whole site, out of reach of page scripts and of other sites' requests.
    const StickyCookie signer(m_secret);
    const QByteArray key = "127.0.0.1:" + QByteArray::number(served->port());
    QCOMPARE(response.header("Set-Cookie"), signer.setCookieValue(name, StickyCookie::backendId(key)));
    QVERIFY(response.header("Set-Cookie").endsWith("; Path=/; HttpOnly; SameSite=Lax"));
    QCOMPARE(cookieValue(response, name).size(), StickyCookie::encodedLength);
    QCOMPARE(signer.decode(cookieValue(response, name)), std::optional<quint64>(StickyCookie::backendId(key)));
    // The backend never sees a cookie it did not get from the client.
    QVERIFY(!served->lastRequestHead().contains("Cookie"));
}

void TestStickySessions::cookieKeepsClientOnItsBackend()
{
    QVERIFY(start(config()));
    const HttpResponse first = get();
    const QByteArray backend = first.header("X-Backend");
    const QByteArray cookie = "portico_sticky=" + cookieValue(first);
    QVERIFY(!backend.isEmpty());

    // With the cookie (among others), every request goes to that backend, and the cookie is not set again.
    for (int i = 0; i < 20; ++i) {
        const HttpResponse response = get("theme=dark; " + cookie + "; lang=en");
        QCOMPARE(response.status, 200);
        QCOMPARE(response.header("X-Backend"), backend);
        QVERIFY(response.header("Set-Cookie").isEmpty());
    }
    // The backend gets the client's Cookie field as it was.
    QVERIFY(backendNamed(backend)->lastRequestHead().contains("Cookie: theme=dark; " + cookie + "; lang=en"));
    // Clients without it are spread over all the backends.
    QByteArrayList others;
    for (int i = 0; i < 9; ++i)
        others.append(get().header("X-Backend"));
    for (const QByteArray& name : QByteArrayList{"a", "b", "c"})
        QCOMPARE(BalancingScenario::count(others, name), 3);
}

void TestStickySessions::forgedCookieIsIgnoredAndReissued_data()
{
    QTest::addColumn<QByteArray>("forgery");
    // How the cookie is made from a valid one (%1) for the first backend a client got.
    QTest::newRow("last character changed") << QByteArray("flip");
    QTest::newRow("too short") << QByteArray("short");
    QTest::newRow("not base64url") << QByteArray("plus");
    QTest::newRow("signed with another secret") << QByteArray("secret");
    QTest::newRow("validly signed for a backend not in the pool") << QByteArray("stranger");
}

void TestStickySessions::forgedCookieIsIgnoredAndReissued()
{
    QFETCH(QByteArray, forgery);
    QVERIFY(start(config()));
    const HttpResponse first = get();
    QByteArray value = cookieValue(first);
    QCOMPARE(value.size(), StickyCookie::encodedLength);
    const QByteArray key = "127.0.0.1:" + QByteArray::number(backendNamed(first.header("X-Backend"))->port());
    if (forgery == "flip")
        value.back() = value.back() == 'A' ? 'B' : 'A';
    else if (forgery == "short")
        value.chop(1);
    else if (forgery == "plus")
        value[5] = '+';
    else if (forgery == "secret")
        value = StickyCookie("another secret").encode(StickyCookie::backendId(key));
    else if (forgery == "stranger")
        value = StickyCookie(m_secret).encode(StickyCookie::backendId("127.0.0.1:1"));

    // Each forged cookie counts as none: the request is placed as usual and gets a valid cookie for
    // the backend that served it.
    const StickyCookie signer(m_secret);
    for (int i = 0; i < 3; ++i) {
        const HttpResponse response = get("portico_sticky=" + value);
        QCOMPARE(response.status, 200);
        const TestBackend* served = backendNamed(response.header("X-Backend"));
        QVERIFY(served);
        const QByteArray reissued = cookieValue(response);
        QVERIFY2(!reissued.isEmpty(), response.header("Set-Cookie").constData());
        QCOMPARE(signer.decode(reissued),
                 std::optional<quint64>(StickyCookie::backendId("127.0.0.1:" + QByteArray::number(served->port()))));
        // And the new cookie holds.
        QCOMPARE(get("portico_sticky=" + reissued).header("X-Backend"), served->name());
    }
}

void TestStickySessions::clientMovesWhenItsBackendIsOut_data()
{
    QTest::addColumn<bool>("stopped");
    QTest::newRow("backend stopped (refuses connections)") << true;
    QTest::newRow("backend in maintenance") << false;
}

void TestStickySessions::clientMovesWhenItsBackendIsOut()
{
    QFETCH(bool, stopped);
    const Config config = this->config();
    QVERIFY(start(config));
    const HttpResponse first = get();
    const QByteArray home = first.header("X-Backend");
    const QByteArray cookie = "portico_sticky=" + cookieValue(first);
    const int index = indexNamed(home);
    QVERIFY(index >= 0);

    if (stopped) {
        m_backends[size_t(index)].reset();
    } else {
        Config maintenance = config;
        maintenance.pools[0].backends[index].state = BackendAdminState::Maintenance;
        QVERIFY(m_engine->apply(maintenance).ok());
    }
    // The client is served by another backend (a refused connect is retried there) and gets a cookie for it.
    const HttpResponse moved = get(cookie);
    QCOMPARE(moved.status, 200);
    const QByteArray next = moved.header("X-Backend");
    QVERIFY(!next.isEmpty());
    QVERIFY(next != home);
    const QByteArray newCookie = "portico_sticky=" + cookieValue(moved);
    QCOMPARE(
        StickyCookie(m_secret).decode(cookieValue(moved)),
        std::optional<quint64>(StickyCookie::backendId("127.0.0.1:" + QByteArray::number(backendNamed(next)->port()))));
    // From then on it stays there.
    for (int i = 0; i < 10; ++i) {
        const HttpResponse response = get(newCookie);
        QCOMPARE(response.header("X-Backend"), next);
        QVERIFY(response.header("Set-Cookie").isEmpty());
    }
    if (!stopped) {
        // Even when its first backend is back: moving it again would lose its session a second time.
        QVERIFY(m_engine->apply(config).ok());
        QCOMPARE(get(newCookie).header("X-Backend"), next);
        // The old cookie is good again.
        QCOMPARE(get(cookie).header("X-Backend"), home);
    }
}

void TestStickySessions::drainKeepsStickyClientsOnly()
{
    const Config config = this->config();
    QVERIFY(start(config));
    const HttpResponse first = get();
    const QByteArray drained = first.header("X-Backend");
    const QByteArray cookie = "portico_sticky=" + cookieValue(first);
    const int index = indexNamed(drained);
    QVERIFY(index >= 0);

    Config drain = config;
    drain.pools[0].backends[index].state = BackendAdminState::Drain;
    QVERIFY(m_engine->apply(drain).ok());
    // Its sticky client stays...
    for (int i = 0; i < 10; ++i) {
        const HttpResponse response = get(cookie);
        QCOMPARE(response.header("X-Backend"), drained);
        QVERIFY(response.header("Set-Cookie").isEmpty());
    }
    // ...new clients go to the others.
    QByteArrayList others;
    for (int i = 0; i < 20; ++i) {
        const HttpResponse response = get();
        QVERIFY(!cookieValue(response).isEmpty());
        others.append(response.header("X-Backend"));
    }
    QCOMPARE(BalancingScenario::count(others, drained), 0);
    QCOMPARE(others.size(), 20);
    for (const QByteArray& name : QByteArrayList{"a", "b", "c"}) {
        if (name != drained)
            QCOMPARE(BalancingScenario::count(others, name), 10);
    }
}

QTEST_GUILESS_MAIN(TestStickySessions)
#include "TestStickySessions.moc"

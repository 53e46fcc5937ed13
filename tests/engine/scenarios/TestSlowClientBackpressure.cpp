// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProxyScenario.h"
#include "TestBackend.h"

#include "controller/EngineController.h"

#include <QFile>
#include <QTcpSocket>
#include <QTest>

#include <functional>

using namespace Portico;
using namespace Portico::Test;

namespace {

constexpr qint64 bodySize = 256 * 1024 * 1024;

// The third field of a tcp_rmem / tcp_wmem sysctl: how far the kernel lets one socket's buffer grow.
qint64 tcpBufferMax(const QString& name, qint64 fallback)
{
    QFile file(QStringLiteral("/proc/sys/net/ipv4/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return fallback;
    const QList<QByteArray> fields = file.readAll().simplified().split(' ');
    bool ok = false;
    const qint64 value = fields.value(2).toLongLong(&ok);
    return ok ? value : fallback;
}

// What may be on its way between the two ends at any moment with backpressure working: a sending
// and a receiving socket buffer on each of the two hops, plus Portico's and Qt's own buffers (a few
// hundred KiB). Without backpressure it would be the whole body.
qint64 inFlightBound()
{
    return 2 * (tcpBufferMax(QStringLiteral("tcp_rmem"), 6 << 20) + tcpBufferMax(QStringLiteral("tcp_wmem"), 4 << 20)) +
           (4 << 20);
}

// A predicate for QTRY_*: true once value() has not moved for several polls in a row, i.e. the
// flow has come to a halt. QTRY polls every 50 ms, so "several" spans a few hundred milliseconds.
auto stalled(std::function<qint64()> value)
{
    return [value = std::move(value), last = qint64(-1), unchanged = 0]() mutable {
        const qint64 now = value();
        unchanged = now == last ? unchanged + 1 : 0;
        last = now;
        return now > 0 && unchanged >= 5;
    };
}

} // namespace

// A client that does not read holds the backend back, and a backend that does not read holds the
// client back: what Portico takes in is bounded by what the other side takes out.
class TestSlowClientBackpressure : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void slowClientHoldsBackendBack();
    void slowBackendHoldsUploadBack();

private:
    std::unique_ptr<TestBackend> m_backend;
    std::unique_ptr<EngineController> m_engine;
    quint16 m_port = 0;
};

void TestSlowClientBackpressure::init()
{
    if (2 * inFlightBound() > bodySize)
        QSKIP("the kernel's socket buffers could hold half the body: backpressure would not show");
    m_backend = std::make_unique<TestBackend>("a");
    m_engine = std::make_unique<EngineController>();
    QVERIFY(m_engine->start(ProxyScenario::config({m_backend->port()})).ok());
    m_port = m_engine->listeners().first().port;
}

void TestSlowClientBackpressure::cleanup()
{
    m_engine.reset();
    m_backend.reset();
}

void TestSlowClientBackpressure::slowClientHoldsBackendBack()
{
    QTcpSocket socket;
    // Qt would otherwise read everything into its own buffer whenever the event loop runs.
    socket.setReadBufferSize(64 * 1024);
    socket.connectToHost(QHostAddress::LocalHost, m_port);
    QVERIFY(socket.waitForConnected(10'000));
    socket.write("GET /size/" + QByteArray::number(bodySize) + " HTTP/1.1\r\nHost: a\r\n\r\n");
    QVERIFY(socket.waitForBytesWritten(10'000));

    // The client reads nothing: the backend gets to write what the buffers in between hold, then
    // has to wait.
    auto backendStalled = stalled([this] { return m_backend->bytesSent(); });
    QTRY_VERIFY_WITH_TIMEOUT(backendStalled(), 20'000);
    const qint64 sentWhileStalled = m_backend->bytesSent();
    QVERIFY2(sentWhileStalled < inFlightBound(), QByteArray::number(sentWhileStalled).constData());

    // Now the client reads it all, checking on the way that the backend never runs far ahead.
    QByteArray head;
    qsizetype headEnd = -1;
    while ((headEnd = head.indexOf("\r\n\r\n")) < 0) {
        QVERIFY(socket.bytesAvailable() > 0 || socket.waitForReadyRead(10'000));
        head += socket.readAll();
    }
    QVERIFY2(head.startsWith("HTTP/1.1 200 "), head.constData());
    QVERIFY(head.left(headEnd).contains("\r\nContent-Length: " + QByteArray::number(bodySize) + "\r\n"));
    qint64 received = head.size() - (headEnd + 4);
    qint64 mostAhead = 0;
    while (received < bodySize) {
        if (socket.bytesAvailable() == 0)
            QVERIFY2(socket.waitForReadyRead(10'000), QByteArray::number(received).constData());
        const QByteArray piece = socket.read(1024 * 1024);
        QCOMPARE(piece.count('x'), piece.size());
        received += piece.size();
        mostAhead = qMax(mostAhead, m_backend->bytesSent() - received);
    }
    QCOMPARE(received, bodySize);
    QVERIFY2(mostAhead < inFlightBound(), QByteArray::number(mostAhead).constData());
    QCOMPARE(m_backend->requestCount(), 1);
}

void TestSlowClientBackpressure::slowBackendHoldsUploadBack()
{
    // Declared before the socket, which the lambdas below outlive otherwise.
    const QByteArray piece(256 * 1024, 'u');
    qint64 produced = 0;
    qint64 pushed = 0;
    qint64 mostAhead = 0;

    m_backend->setReadingPaused(true);
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_port);
    QVERIFY(socket.waitForConnected(10'000));
    const QByteArray head =
        "POST /sink HTTP/1.1\r\nHost: a\r\nContent-Length: " + QByteArray::number(bodySize) + "\r\n\r\n";
    socket.write(head);

    // The body is produced as the socket takes it, never more than 1 MiB ahead of the kernel.
    const auto produce = [&] {
        while (produced < bodySize && socket.bytesToWrite() < 1024 * 1024) {
            socket.write(piece.first(qMin<qint64>(piece.size(), bodySize - produced)));
            produced += qMin<qint64>(piece.size(), bodySize - produced);
        }
    };
    connect(&socket, &QTcpSocket::bytesWritten, this, [&](qint64 count) {
        pushed += count;
        mostAhead = qMax(mostAhead, pushed - m_backend->bytesReceived());
        produce();
    });
    produce();

    // The backend reads nothing: the client gets to push what the buffers in between hold, then has
    // to wait.
    auto clientStalled = stalled([&] { return pushed; });
    QTRY_VERIFY_WITH_TIMEOUT(clientStalled(), 20'000);
    QVERIFY2(pushed < inFlightBound(), QByteArray::number(pushed).constData());
    QCOMPARE(m_backend->bytesReceived(), 0);

    // Once the backend reads, the rest flows, never far ahead of it.
    m_backend->setReadingPaused(false);
    QTRY_COMPARE_WITH_TIMEOUT(pushed, head.size() + bodySize, 60'000);
    QTRY_COMPARE_WITH_TIMEOUT(m_backend->requestCount(), 1, 10'000);
    QVERIFY(socket.bytesAvailable() > 0 || socket.waitForReadyRead(10'000));
    QByteArray response = socket.readAll();
    while (!response.endsWith("received " + QByteArray::number(bodySize)) && socket.waitForReadyRead(10'000))
        response += socket.readAll();
    QVERIFY2(response.startsWith("HTTP/1.1 200 "), response.constData());
    QVERIFY2(response.endsWith("\r\n\r\nreceived " + QByteArray::number(bodySize)), response.constData());
    QVERIFY2(mostAhead < inFlightBound(), QByteArray::number(mostAhead).constData());
}

QTEST_GUILESS_MAIN(TestSlowClientBackpressure)
#include "TestSlowClientBackpressure.moc"

// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpClient.h"
#include "TestBackend.h"
#include "TestPaths.h"

#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QTest>

using namespace Portico::Test;

namespace {

constexpr qint64 gib = 1024LL * 1024 * 1024;
// Two pooled 80 KiB buffers per busy connection, plus allocator slack: far below this.
constexpr qint64 allowedGrowthKiB = 32 * 1024;

qint64 residentKiB(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

} // namespace

// A gigabyte down and a gigabyte up through porticod, as a separate process, while its resident
// memory is sampled: bodies stream with backpressure, so memory stays flat whatever their size.
class TestLargeBodiesBoundedMemory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void downloadKeepsMemoryFlat();
    void uploadKeepsMemoryFlat();

private:
    qint64 sampleMax(qint64 current);

    TestBackend m_backend;
    QProcess m_daemon;
    quint16 m_port = 0;
    qint64 m_baselineKiB = 0;
};

void TestLargeBodiesBoundedMemory::initTestCase()
{
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        m_port = probe.serverPort();
    }
    m_daemon.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_daemon.start(TestPaths::program(QStringLiteral("porticod")),
                   {QStringLiteral("proxy"), QStringLiteral("--from"), QStringLiteral("127.0.0.1:%1").arg(m_port),
                    QStringLiteral("--to"), QStringLiteral("127.0.0.1:%1").arg(m_backend.port()),
                    QStringLiteral("--workers"), QStringLiteral("1")});
    QVERIFY(m_daemon.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(HttpClient::get(m_port, "/warm-up").status == 200, 10'000);
    m_baselineKiB = residentKiB(m_daemon.processId());
    QVERIFY(m_baselineKiB > 0);
}

void TestLargeBodiesBoundedMemory::cleanupTestCase()
{
    m_daemon.terminate();
    if (!m_daemon.waitForFinished(10'000))
        m_daemon.kill();
}

qint64 TestLargeBodiesBoundedMemory::sampleMax(qint64 current)
{
    return qMax(current, residentKiB(m_daemon.processId()));
}

void TestLargeBodiesBoundedMemory::downloadKeepsMemoryFlat()
{
    HttpClient client;
    QVERIFY(client.connectTo(m_port));
    client.send("GET /size/" + QByteArray::number(gib) + " HTTP/1.1\r\nHost: a\r\n\r\n");
    QTcpSocket& socket = client.socket();
    // Read the head, then count the body without keeping it.
    QByteArray head;
    while (!head.contains("\r\n\r\n") && socket.waitForReadyRead(10'000))
        head += socket.read(4096);
    const qsizetype headEnd = head.indexOf("\r\n\r\n");
    QVERIFY(headEnd > 0);
    QVERIFY(head.startsWith("HTTP/1.1 200"));
    qint64 received = head.size() - headEnd - 4;
    qint64 peakKiB = m_baselineKiB;
    qint64 nextSample = 0;
    while (received < gib && socket.waitForReadyRead(10'000)) {
        received += socket.skip(socket.bytesAvailable());
        if (received >= nextSample) {
            peakKiB = sampleMax(peakKiB);
            nextSample += 32 * 1024 * 1024;
        }
    }
    QCOMPARE(received, gib);
    qInfo("download: porticod RSS %lld KiB before, %lld KiB at most", m_baselineKiB, peakKiB);
    QVERIFY2(peakKiB - m_baselineKiB < allowedGrowthKiB, qPrintable(QString::number(peakKiB - m_baselineKiB)));
}

void TestLargeBodiesBoundedMemory::uploadKeepsMemoryFlat()
{
    HttpClient client;
    QVERIFY(client.connectTo(m_port));
    QTcpSocket& socket = client.socket();
    client.send("POST /sink HTTP/1.1\r\nHost: a\r\nContent-Length: " + QByteArray::number(gib) + "\r\n\r\n");
    const QByteArray chunk(1024 * 1024, 'u');
    qint64 sent = 0;
    qint64 peakKiB = m_baselineKiB;
    while (sent < gib) {
        socket.write(chunk);
        // Backpressure reaches this client too: never more than a few MiB queued here.
        while (socket.bytesToWrite() > 4 * 1024 * 1024)
            QVERIFY(socket.waitForBytesWritten(10'000));
        sent += chunk.size();
        if (sent % (32 * 1024 * 1024) == 0)
            peakKiB = sampleMax(peakKiB);
    }
    while (socket.bytesToWrite() > 0)
        QVERIFY(socket.waitForBytesWritten(10'000));
    const HttpResponse response = client.readResponse(false, 60'000);
    QCOMPARE(response.status, 200);
    QCOMPARE(response.body, "received " + QByteArray::number(gib));
    qInfo("upload: porticod RSS %lld KiB before, %lld KiB at most", m_baselineKiB, peakKiB);
    QVERIFY2(peakKiB - m_baselineKiB < allowedGrowthKiB, qPrintable(QString::number(peakKiB - m_baselineKiB)));
}

QTEST_GUILESS_MAIN(TestLargeBodiesBoundedMemory)
#include "TestLargeBodiesBoundedMemory.moc"

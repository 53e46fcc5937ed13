// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContentDecoder.h"
#include "HttpClient.h"
#include "ProxyScenario.h"
#include "TestBackend.h"

#include "compression/Compressor.h"
#include "controller/EngineController.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Portico;
using namespace Portico::Test;

namespace {

using Fields = QList<QPair<QByteArray, QByteArray>>;

// An HTML page that compresses well but is not trivially repetitive.
QByteArray page(qsizetype size)
{
    QByteArray text = "<!doctype html><title>Portico</title><ul>\n";
    QRandomGenerator random(3);
    while (text.size() < size)
        text += "<li>Entry " + QByteArray::number(random.bounded(1'000'000)) + " in the compression scenario</li>\n";
    text.truncate(size);
    return text;
}

QByteArray request(const QByteArray& path, const QByteArray& acceptEncoding, const QByteArray& extra = {})
{
    QByteArray text = "GET " + path + " HTTP/1.1\r\nHost: app\r\n";
    if (!acceptEncoding.isNull())
        text += "Accept-Encoding: " + acceptEncoding + "\r\n";
    return text + extra + "\r\n";
}

bool varyHasAcceptEncoding(const HttpResponse& response)
{
    for (const auto& [name, value] : response.headers) {
        if (name.compare("vary", Qt::CaseInsensitive) == 0 && value.toLower().contains("accept-encoding"))
            return true;
    }
    return false;
}

int fieldCount(const HttpResponse& response, const QByteArray& wanted)
{
    int count = 0;
    for (const auto& [name, value] : response.headers)
        count += name.compare(wanted, Qt::CaseInsensitive) == 0 ? 1 : 0;
    return count;
}

// For failure messages.
QByteArray headOf(const HttpResponse& response)
{
    QByteArray text = response.statusLine + '\n';
    for (const auto& [name, value] : response.headers)
        text += name + ": " + value + '\n';
    return text;
}

} // namespace

// Compression through the real engine: which client gets which coding, the fields that go with it, and
// compressed variants in the cache.
class TestCompression : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void negotiates_data();
    void negotiates();
    void largeBodyStreams();
    void keepsAnExistingVaryAndWeakTag();
    void neverTwice();
    void notBelowMinBytes();
    void notForARange();
    void notForOtherTypes();
    void notWhenTheSiteOptsOut();
    void http10ClientGetsCloseDelimited();
    void cachedVariants();

private:
    quint16 startEngine(const Config& config);
    Config config() const;

    std::unique_ptr<EngineController> m_engine;
    std::unique_ptr<TestBackend> m_backend;
    QByteArray m_page = page(20'000);
};

void TestCompression::init()
{
    m_backend = std::make_unique<TestBackend>("a");
    m_engine = std::make_unique<EngineController>();
    m_backend->setResponse("/page", 200, Fields{{"Content-Type", "text/html; charset=utf-8"}, {"ETag", "\"v1\""}},
                           m_page);
}

void TestCompression::cleanup()
{
    m_engine.reset();
    m_backend.reset();
}

Config TestCompression::config() const
{
    return ProxyScenario::config({m_backend->port()});
}

quint16 TestCompression::startEngine(const Config& config)
{
    const ApplyResult result = m_engine->start(config);
    if (!result.ok())
        qWarning() << result.errors.first().toString();
    return result.ok() ? m_engine->listeners().first().port : 0;
}

void TestCompression::negotiates_data()
{
    QTest::addColumn<QByteArray>("acceptEncoding");
    QTest::addColumn<QByteArray>("coding");

    QTest::newRow("browser") << QByteArray("gzip, deflate, br") << QByteArray("br");
    QTest::newRow("gzip only") << QByteArray("gzip") << QByteArray("gzip");
    QTest::newRow("br refused") << QByteArray("br;q=0, gzip;q=0.5") << QByteArray("gzip");
    QTest::newRow("no field") << QByteArray() << QByteArray();
    QTest::newRow("identity only") << QByteArray("identity") << QByteArray();
    QTest::newRow("deflate only") << QByteArray("deflate") << QByteArray();
}

void TestCompression::negotiates()
{
    QFETCH(QByteArray, acceptEncoding);
    QFETCH(QByteArray, coding);
    const quint16 port = startEngine(config());
    QVERIFY(port);

    const HttpResponse response = HttpClient::exchange(port, request("/page", acceptEncoding));
    QVERIFY(response.valid);
    QCOMPARE(response.status, 200);
    QVERIFY2(varyHasAcceptEncoding(response), headOf(response).constData());
    QCOMPARE(response.header("Content-Encoding"), coding);
    if (coding.isEmpty()) {
        // Passed through as the backend sent it.
        QCOMPARE(response.body, m_page);
        QCOMPARE(response.header("Content-Length"), QByteArray::number(m_page.size()));
        QCOMPARE(response.header("ETag"), QByteArray("\"v1\""));
    } else {
        // The length is unknown until the end: chunked, no Content-Length, and a weak validator.
        QCOMPARE(response.header("Transfer-Encoding"), QByteArray("chunked"));
        QCOMPARE(fieldCount(response, "Content-Length"), 0);
        QCOMPARE(response.header("ETag"), QByteArray("W/\"v1\""));
        QVERIFY2(response.body.size() < m_page.size() / 2, QByteArray::number(response.body.size()).constData());
        QCOMPARE(ContentDecoder::decode(coding, response.body), m_page);
    }
}

void TestCompression::largeBodyStreams()
{
    // Several megabytes, so the body crosses many reads, writes and compressor calls.
    const QByteArray big = page(3 * 1024 * 1024);
    m_backend->setResponse("/big", 200, Fields{{"Content-Type", "application/json"}}, big);
    const quint16 port = startEngine(config());
    QVERIFY(port);
    for (const QByteArray& coding : {QByteArray("br"), QByteArray("gzip")}) {
        const HttpResponse response = HttpClient::exchange(port, request("/big", coding), 60'000);
        QVERIFY(response.valid);
        QCOMPARE(response.header("Content-Encoding"), coding);
        QCOMPARE(ContentDecoder::decode(coding, response.body), big);
    }
}

void TestCompression::keepsAnExistingVaryAndWeakTag()
{
    m_backend->setResponse("/vary", 200,
                           Fields{{"Content-Type", "text/css"}, {"Vary", "Origin"}, {"ETag", "W/\"weak\""}}, m_page);
    const quint16 port = startEngine(config());
    QVERIFY(port);
    const HttpResponse response = HttpClient::exchange(port, request("/vary", "br"));
    QCOMPARE(response.header("Content-Encoding"), QByteArray("br"));
    QCOMPARE(fieldCount(response, "Vary"), 1);
    QCOMPARE(response.header("Vary"), QByteArray("Origin, Accept-Encoding"));
    QCOMPARE(response.header("ETag"), QByteArray("W/\"weak\""));
    QCOMPARE(ContentDecoder::unbrotli(response.body), m_page);
}

void TestCompression::neverTwice()
{
    // The backend compressed already: its bytes and its framing go through untouched.
    const QByteArray gzipped = Compressor::compressAll(ContentCoding::Gzip, 6, m_page);
    m_backend->setResponse(
        "/gz", 200, Fields{{"Content-Type", "text/html"}, {"Content-Encoding", "gzip"}, {"ETag", "\"g\""}}, gzipped);
    const quint16 port = startEngine(config());
    QVERIFY(port);
    const HttpResponse response = HttpClient::exchange(port, request("/gz", "gzip, br"));
    QVERIFY(response.valid);
    QCOMPARE(response.header("Content-Encoding"), QByteArray("gzip"));
    QCOMPARE(fieldCount(response, "Content-Encoding"), 1);
    QCOMPARE(response.header("Content-Length"), QByteArray::number(gzipped.size()));
    QCOMPARE(response.header("ETag"), QByteArray("\"g\""));
    QCOMPARE(response.body, gzipped);
}

void TestCompression::notBelowMinBytes()
{
    const QByteArray small = page(1000);
    m_backend->setResponse("/small", 200, Fields{{"Content-Type", "text/html"}}, small);
    Config config = this->config();
    config.settings.compression.minBytes = 1001;
    const quint16 port = startEngine(config);
    QVERIFY(port);
    const HttpResponse response = HttpClient::exchange(port, request("/small", "gzip, br"));
    QCOMPARE(response.header("Content-Encoding"), QByteArray());
    QCOMPARE(response.header("Content-Length"), QByteArray("1000"));
    QCOMPARE(response.body, small);

    // The threshold is inclusive: a body of exactly minBytes is compressed.
    m_engine = std::make_unique<EngineController>();
    config.settings.compression.minBytes = 1000;
    const quint16 again = startEngine(config);
    QVERIFY(again);
    const HttpResponse compressed = HttpClient::exchange(again, request("/small", "gzip, br"));
    QCOMPARE(compressed.header("Content-Encoding"), QByteArray("br"));
    QCOMPARE(ContentDecoder::unbrotli(compressed.body), small);
}

void TestCompression::notForARange()
{
    const quint16 port = startEngine(config());
    QVERIFY(port);
    // This backend ignores Range and sends the whole page; Portico must not compress it either way.
    const HttpResponse response = HttpClient::exchange(port, request("/page", "gzip, br", "Range: bytes=0-99\r\n"));
    QVERIFY(response.valid);
    QCOMPARE(response.header("Content-Encoding"), QByteArray());
    QCOMPARE(response.body, m_page);
    QVERIFY(m_backend->lastRequestHead().contains("Range: bytes=0-99"));
}

void TestCompression::notForOtherTypes()
{
    const QByteArray png = QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(5000, 'x');
    m_backend->setResponse("/image", 200, Fields{{"Content-Type", "image/png"}}, png);
    m_backend->setResponse("/keep", 200, Fields{{"Content-Type", "text/html"}, {"Cache-Control", "no-transform"}},
                           m_page);
    const quint16 port = startEngine(config());
    QVERIFY(port);
    const HttpResponse image = HttpClient::exchange(port, request("/image", "gzip, br"));
    QCOMPARE(image.header("Content-Encoding"), QByteArray());
    QVERIFY(!varyHasAcceptEncoding(image));
    QCOMPARE(image.body, png);
    const HttpResponse kept = HttpClient::exchange(port, request("/keep", "gzip, br"));
    QCOMPARE(kept.header("Content-Encoding"), QByteArray());
    QCOMPARE(kept.body, m_page);
}

void TestCompression::notWhenTheSiteOptsOut()
{
    Config config = this->config();
    config.sites[0].compression = false;
    const quint16 port = startEngine(config);
    QVERIFY(port);
    const HttpResponse response = HttpClient::exchange(port, request("/page", "gzip, br"));
    QCOMPARE(response.header("Content-Encoding"), QByteArray());
    QVERIFY(!varyHasAcceptEncoding(response));
    QCOMPARE(response.body, m_page);
}

void TestCompression::http10ClientGetsCloseDelimited()
{
    const quint16 port = startEngine(config());
    QVERIFY(port);
    HttpClient client;
    QVERIFY(client.connectTo(port));
    client.send("GET /page HTTP/1.0\r\nHost: app\r\nConnection: keep-alive\r\nAccept-Encoding: gzip\r\n\r\n");
    // HTTP/1.0 has no chunked framing: the body ends when Portico closes the connection.
    const HttpResponse response = client.readResponse();
    QVERIFY2(response.valid, headOf(response).constData());
    QCOMPARE(response.header("Content-Encoding"), QByteArray("gzip"));
    QCOMPARE(fieldCount(response, "Transfer-Encoding"), 0);
    QCOMPARE(fieldCount(response, "Content-Length"), 0);
    QCOMPARE(ContentDecoder::gunzip(response.body), m_page);
}

void TestCompression::cachedVariants()
{
    m_backend->setResponse("/cached", 200,
                           Fields{{"Content-Type", "text/html"}, {"Cache-Control", "max-age=600"}, {"ETag", "\"c\""}},
                           m_page);
    Config config = this->config();
    config.sites[0].cache.enabled = true;
    const quint16 port = startEngine(config);
    QVERIFY(port);

    // The first br client fills the cache with the compressed variant.
    const HttpResponse first = HttpClient::exchange(port, request("/cached", "gzip, deflate, br"));
    QCOMPARE(first.status, 200);
    QCOMPARE(first.header("Content-Encoding"), QByteArray("br"));
    QVERIFY2(!first.header("Cache-Status").contains("hit"), headOf(first).constData());
    QCOMPARE(ContentDecoder::unbrotli(first.body), m_page);
    QCOMPARE(m_backend->countFor("/cached"), 1);

    // Another br client (with a differently written field) is served that variant from the cache.
    const HttpResponse second = HttpClient::exchange(port, request("/cached", "br;q=1.0, gzip;q=0.5"));
    QCOMPARE(second.status, 200);
    QVERIFY2(second.header("Cache-Status").contains("hit"), headOf(second).constData());
    QCOMPARE(second.header("Content-Encoding"), QByteArray("br"));
    QCOMPARE(second.header("ETag"), QByteArray("W/\"c\""));
    QVERIFY(varyHasAcceptEncoding(second));
    QCOMPARE(ContentDecoder::unbrotli(second.body), m_page);
    QCOMPARE(m_backend->countFor("/cached"), 1);

    // A client without compression gets its own identity variant, not the br bytes...
    const HttpResponse plain = HttpClient::exchange(port, request("/cached", QByteArray()));
    QCOMPARE(plain.status, 200);
    QCOMPARE(plain.header("Content-Encoding"), QByteArray());
    QCOMPARE(plain.body, m_page);
    QCOMPARE(plain.header("ETag"), QByteArray("\"c\""));
    QCOMPARE(m_backend->countFor("/cached"), 2);

    // ...which is then a hit of its own, while the br variant stays a hit too.
    const HttpResponse plainAgain = HttpClient::exchange(port, request("/cached", "identity"));
    QVERIFY2(plainAgain.header("Cache-Status").contains("hit"), headOf(plainAgain).constData());
    QCOMPARE(plainAgain.header("Content-Encoding"), QByteArray());
    QCOMPARE(plainAgain.body, m_page);
    const HttpResponse brAgain = HttpClient::exchange(port, request("/cached", "br"));
    QVERIFY2(brAgain.header("Cache-Status").contains("hit"), headOf(brAgain).constData());
    QCOMPARE(ContentDecoder::unbrotli(brAgain.body), m_page);
    QCOMPARE(m_backend->countFor("/cached"), 2);

    // gzip is a third variant.
    const HttpResponse gzip = HttpClient::exchange(port, request("/cached", "gzip"));
    QCOMPARE(gzip.header("Content-Encoding"), QByteArray("gzip"));
    QCOMPARE(ContentDecoder::gunzip(gzip.body), m_page);
    QCOMPARE(m_backend->countFor("/cached"), 3);
}

QTEST_GUILESS_MAIN(TestCompression)
#include "TestCompression.moc"

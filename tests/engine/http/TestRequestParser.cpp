// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/RequestParser.h"

#include <QTest>

namespace Portico {

char* toString(ParseError error)
{
    return QTest::toString(parseErrorName(error));
}

} // namespace Portico

using namespace Portico;

namespace {

using Status = RequestParser::Status;

// Everything a test compares, copied out of the views so it outlives the buffers.
QByteArray describe(const RequestHead& head)
{
    QByteArray text =
        head.method.toByteArray() + ' ' + head.target.toByteArray() + " HTTP/1." +
        QByteArray::number(head.versionMinor) + " form=" + QByteArray::number(static_cast<int>(head.targetForm)) +
        " authority=" + head.authority.toByteArray() + " path=" + head.path.toByteArray() +
        " host=" + head.host.toByteArray() + " cl=" + QByteArray::number(head.contentLength) +
        " framing=" + QByteArray::number(static_cast<int>(head.framing)) + " ka=" + QByteArray::number(head.keepAlive) +
        " expect=" + QByteArray::number(head.expectContinue) + " upgrade=" + QByteArray::number(head.upgradeRequested) +
        " size=" + QByteArray::number(head.size);
    for (const HttpHeader& header : head.headers) {
        text += "\n" + header.name.toByteArray() + ':' + header.value.toByteArray() +
                " kind=" + QByteArray::number(static_cast<int>(header.kind)) +
                " hop=" + QByteArray::number(header.hopByHop);
    }
    return text;
}

// Feeds growing prefixes of input, each in a freshly allocated buffer while the previous one is
// still alive, so every call sees the bytes at a new address (the parser must move its views).
RequestParser::Result feedByteByByte(RequestParser& parser, const QByteArray& input, QByteArray& buffer)
{
    RequestParser::Result result;
    for (qsizetype length = 1; length <= input.size(); ++length) {
        QByteArray next(input.constData(), length);
        result = parser.parse(next);
        buffer.swap(next);
        if (result.status != Status::NeedMore)
            break;
    }
    return result;
}

QByteArray manyFields(int count)
{
    QByteArray request = "GET / HTTP/1.1\r\nHost: example.com\r\n";
    for (int i = 1; i < count; ++i)
        request += "X-Field-" + QByteArray::number(i) + ": value " + QByteArray::number(i) + "\r\n";
    return request + "\r\n";
}

} // namespace

// Table tests of the strict request parser: valid heads with their derived facts, every
// malformed or smuggling variant with its exact error and status, each fed whole and byte by byte.
class TestRequestParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valid_data();
    void valid();
    void validByteByByte_data() { valid_data(); }
    void validByteByByte();
    void malformed_data();
    void malformed();
    void malformedByteByByte_data() { malformed_data(); }
    void malformedByteByByte();
    void requestLineLimitIsEnforcedBeforeTheLineEnds();
    void headerSectionLimitIsEnforcedBeforeTheHeadEnds();
    void limitsComeFromSettings();
    void pipelinedRequestsParseOneAfterAnother();
    void hopByHopFieldsAreMarked();
    void fieldsKeepOrderAndKinds();
    void viewsPointIntoTheCallersBuffer();
    void resultStaysUntilReset();
};

void TestRequestParser::valid_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<HttpMethod>("methodKind");
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<RequestHead::TargetForm>("form");
    QTest::addColumn<QByteArray>("authority");
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<int>("versionMinor");
    QTest::addColumn<QByteArray>("host");
    QTest::addColumn<qint64>("contentLength");
    QTest::addColumn<bool>("chunked");
    QTest::addColumn<bool>("keepAlive");
    QTest::addColumn<bool>("expectContinue");
    QTest::addColumn<bool>("upgrade");
    // Bytes the head uses; -1 means the whole request.
    QTest::addColumn<int>("consumed");

    using F = RequestHead::TargetForm;
    QTest::newRow("simple GET") << QByteArray("GET /index.html?a=1 HTTP/1.1\r\nHost: example.com\r\n\r\n")
                                << QByteArray("GET") << HttpMethod::Get << QByteArray("/index.html?a=1") << F::Origin
                                << QByteArray() << QByteArray("/index.html?a=1") << 1 << QByteArray("example.com")
                                << qint64(-1) << false << true << false << false << -1;
    QTest::newRow("host with port and OWS")
        << QByteArray("GET / HTTP/1.1\r\nHost: \t example.com:8080 \t\r\n\r\n") << QByteArray("GET") << HttpMethod::Get
        << QByteArray("/") << F::Origin << QByteArray() << QByteArray("/") << 1 << QByteArray("example.com:8080")
        << qint64(-1) << false << true << false << false << -1;
    QTest::newRow("empty Host field") << QByteArray("GET / HTTP/1.1\r\nHost:\r\n\r\n") << QByteArray("GET")
                                      << HttpMethod::Get << QByteArray("/") << F::Origin << QByteArray()
                                      << QByteArray("/") << 1 << QByteArray("") << qint64(-1) << false << true << false
                                      << false << -1;
    QTest::newRow("IPv6 host") << QByteArray("GET / HTTP/1.1\r\nHost: [::1]:8443\r\n\r\n") << QByteArray("GET")
                               << HttpMethod::Get << QByteArray("/") << F::Origin << QByteArray() << QByteArray("/")
                               << 1 << QByteArray("[::1]:8443") << qint64(-1) << false << true << false << false << -1;
    QTest::newRow("absolute-form")
        << QByteArray("GET http://example.com:8080/a/b?q HTTP/1.1\r\nHost: example.com:8080\r\n\r\n")
        << QByteArray("GET") << HttpMethod::Get << QByteArray("http://example.com:8080/a/b?q") << F::Absolute
        << QByteArray("example.com:8080") << QByteArray("/a/b?q") << 1 << QByteArray("example.com:8080") << qint64(-1)
        << false << true << false << false << -1;
    QTest::newRow("absolute-form without path")
        << QByteArray("GET HTTPS://Example.com?x=1 HTTP/1.1\r\nHost: other\r\n\r\n") << QByteArray("GET")
        << HttpMethod::Get << QByteArray("HTTPS://Example.com?x=1") << F::Absolute << QByteArray("Example.com")
        << QByteArray("?x=1") << 1 << QByteArray("other") << qint64(-1) << false << true << false << false << -1;
    QTest::newRow("OPTIONS *") << QByteArray("OPTIONS * HTTP/1.1\r\nHost: example.com\r\n\r\n") << QByteArray("OPTIONS")
                               << HttpMethod::Options << QByteArray("*") << F::Asterisk << QByteArray()
                               << QByteArray("*") << 1 << QByteArray("example.com") << qint64(-1) << false << true
                               << false << false << -1;
    QTest::newRow("CONNECT authority") << QByteArray(
                                              "CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\n")
                                       << QByteArray("CONNECT") << HttpMethod::Connect << QByteArray("example.com:443")
                                       << F::Authority << QByteArray("example.com:443") << QByteArray() << 1
                                       << QByteArray("example.com:443") << qint64(-1) << false << true << false << false
                                       << -1;
    QTest::newRow("extension method PURGE")
        << QByteArray("PURGE /cache/x HTTP/1.1\r\nHost: h\r\n\r\n") << QByteArray("PURGE") << HttpMethod::Other
        << QByteArray("/cache/x") << F::Origin << QByteArray() << QByteArray("/cache/x") << 1 << QByteArray("h")
        << qint64(-1) << false << true << false << false << -1;
    QTest::newRow("lowercase method is an extension")
        << QByteArray("get / HTTP/1.1\r\nHost: h\r\n\r\n") << QByteArray("get") << HttpMethod::Other << QByteArray("/")
        << F::Origin << QByteArray() << QByteArray("/") << 1 << QByteArray("h") << qint64(-1) << false << true << false
        << false << -1;
    QTest::newRow("all standard methods: DELETE")
        << QByteArray("DELETE /x HTTP/1.1\r\nHost: h\r\n\r\n") << QByteArray("DELETE") << HttpMethod::Delete
        << QByteArray("/x") << F::Origin << QByteArray() << QByteArray("/x") << 1 << QByteArray("h") << qint64(-1)
        << false << true << false << false << -1;
    QTest::newRow("PATCH") << QByteArray("PATCH /p HTTP/1.1\r\nHost: h\r\n\r\n") << QByteArray("PATCH")
                           << HttpMethod::Patch << QByteArray("/p") << F::Origin << QByteArray() << QByteArray("/p")
                           << 1 << QByteArray("h") << qint64(-1) << false << true << false << false << -1;
    QTest::newRow("PROPFIND") << QByteArray("PROPFIND /d HTTP/1.1\r\nHost: h\r\n\r\n") << QByteArray("PROPFIND")
                              << HttpMethod::Other << QByteArray("/d") << F::Origin << QByteArray() << QByteArray("/d")
                              << 1 << QByteArray("h") << qint64(-1) << false << true << false << false << -1;
    QTest::newRow("Host with empty port")
        << QByteArray("GET / HTTP/1.1\r\nHost: h:\r\n\r\n") << QByteArray("GET") << HttpMethod::Get << QByteArray("/")
        << F::Origin << QByteArray() << QByteArray("/") << 1 << QByteArray("h:") << qint64(-1) << false << true << false
        << false << -1;
    QTest::newRow("HTTP/1.0 without keep-alive")
        << QByteArray("GET / HTTP/1.0\r\n\r\n") << QByteArray("GET") << HttpMethod::Get << QByteArray("/") << F::Origin
        << QByteArray() << QByteArray("/") << 0 << QByteArray() << qint64(-1) << false << false << false << false << -1;
    QTest::newRow("HTTP/1.0 with keep-alive")
        << QByteArray("HEAD / HTTP/1.0\r\nConnection: Keep-Alive\r\nHost: h\r\n\r\n") << QByteArray("HEAD")
        << HttpMethod::Head << QByteArray("/") << F::Origin << QByteArray() << QByteArray("/") << 0 << QByteArray("h")
        << qint64(-1) << false << true << false << false << -1;
    QTest::newRow("HTTP/1.0 ignores Expect and Upgrade")
        << QByteArray("POST / HTTP/1.0\r\nExpect: 100-continue\r\nUpgrade: websocket\r\nConnection: upgrade\r\n"
                      "Content-Length: 3\r\n\r\n")
        << QByteArray("POST") << HttpMethod::Post << QByteArray("/") << F::Origin << QByteArray() << QByteArray("/")
        << 0 << QByteArray() << qint64(3) << false << false << false << false << -1;
    QTest::newRow("HTTP/1.1 Connection: close")
        << QByteArray("GET / HTTP/1.1\r\nHost: h\r\nConnection: keep-alive, close\r\n\r\n") << QByteArray("GET")
        << HttpMethod::Get << QByteArray("/") << F::Origin << QByteArray() << QByteArray("/") << 1 << QByteArray("h")
        << qint64(-1) << false << false << false << false << -1;
    QTest::newRow("HTTP/1.2 counts as 1.1")
        << QByteArray("GET / HTTP/1.2\r\nHost: h\r\n\r\n") << QByteArray("GET") << HttpMethod::Get << QByteArray("/")
        << F::Origin << QByteArray() << QByteArray("/") << 1 << QByteArray("h") << qint64(-1) << false << true << false
        << false << -1;
    QTest::newRow("POST Content-Length") << QByteArray(
                                                "POST /upload HTTP/1.1\r\nHost: h\r\nContent-Length: 0042\r\n\r\n")
                                         << QByteArray("POST") << HttpMethod::Post << QByteArray("/upload") << F::Origin
                                         << QByteArray() << QByteArray("/upload") << 1 << QByteArray("h") << qint64(42)
                                         << false << true << false << false << -1;
    QTest::newRow("Content-Length: 0") << QByteArray("PUT /x HTTP/1.1\r\nHost: h\r\nContent-Length: 0\r\n\r\n")
                                       << QByteArray("PUT") << HttpMethod::Put << QByteArray("/x") << F::Origin
                                       << QByteArray() << QByteArray("/x") << 1 << QByteArray("h") << qint64(0) << false
                                       << true << false << false << -1;
    QTest::newRow("largest Content-Length")
        << QByteArray("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 9223372036854775807\r\n\r\n") << QByteArray("POST")
        << HttpMethod::Post << QByteArray("/") << F::Origin << QByteArray() << QByteArray("/") << 1 << QByteArray("h")
        << qint64(9223372036854775807LL) << false << true << false << false << -1;
    QTest::newRow("chunked") << QByteArray("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n")
                             << QByteArray("POST") << HttpMethod::Post << QByteArray("/") << F::Origin << QByteArray()
                             << QByteArray("/") << 1 << QByteArray("h") << qint64(-1) << true << true << false << false
                             << -1;
    QTest::newRow("chunked with tab OWS and odd case")
        << QByteArray("POST / HTTP/1.1\r\nHost: h\r\ntransfer-encoding:\tChunked \r\n\r\n") << QByteArray("POST")
        << HttpMethod::Post << QByteArray("/") << F::Origin << QByteArray() << QByteArray("/") << 1 << QByteArray("h")
        << qint64(-1) << true << true << false << false << -1;
    QTest::newRow("chunked with empty list elements")
        << QByteArray("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: , chunked ,\r\n\r\n") << QByteArray("POST")
        << HttpMethod::Post << QByteArray("/") << F::Origin << QByteArray() << QByteArray("/") << 1 << QByteArray("h")
        << qint64(-1) << true << true << false << false << -1;
    QTest::newRow("Expect: 100-continue")
        << QByteArray("PUT /f HTTP/1.1\r\nHost: h\r\nContent-Length: 10\r\nExpect: 100-Continue\r\n\r\n")
        << QByteArray("PUT") << HttpMethod::Put << QByteArray("/f") << F::Origin << QByteArray() << QByteArray("/f")
        << 1 << QByteArray("h") << qint64(10) << false << true << true << false << -1;
    QTest::newRow("WebSocket upgrade") << QByteArray(
                                              "GET /ws HTTP/1.1\r\nHost: h\r\nUpgrade: websocket\r\n"
                                              "Connection: keep-alive, Upgrade\r\nSec-WebSocket-Version: 13\r\n\r\n")
                                       << QByteArray("GET") << HttpMethod::Get << QByteArray("/ws") << F::Origin
                                       << QByteArray() << QByteArray("/ws") << 1 << QByteArray("h") << qint64(-1)
                                       << false << true << false << true << -1;
    QTest::newRow("Upgrade without Connection: upgrade")
        << QByteArray("GET /ws HTTP/1.1\r\nHost: h\r\nUpgrade: websocket\r\n\r\n") << QByteArray("GET")
        << HttpMethod::Get << QByteArray("/ws") << F::Origin << QByteArray() << QByteArray("/ws") << 1
        << QByteArray("h") << qint64(-1) << false << true << false << false << -1;
    QTest::newRow("leading empty lines are skipped")
        << QByteArray("\r\n\r\nGET / HTTP/1.1\r\nHost: h\r\n\r\n") << QByteArray("GET") << HttpMethod::Get
        << QByteArray("/") << F::Origin << QByteArray() << QByteArray("/") << 1 << QByteArray("h") << qint64(-1)
        << false << true << false << false << -1;
    QTest::newRow("obs-text and quotes in a value")
        << QByteArray("GET / HTTP/1.1\r\nHost: h\r\nX-Name: \"caf\xc3\xa9\" ; q=1\r\n\r\n") << QByteArray("GET")
        << HttpMethod::Get << QByteArray("/") << F::Origin << QByteArray() << QByteArray("/") << 1 << QByteArray("h")
        << qint64(-1) << false << true << false << false << -1;
    QTest::newRow("100 fields (the limit)")
        << manyFields(100) << QByteArray("GET") << HttpMethod::Get << QByteArray("/") << F::Origin << QByteArray()
        << QByteArray("/") << 1 << QByteArray("example.com") << qint64(-1) << false << true << false << false << -1;
    QTest::newRow("request line of exactly 8192 bytes")
        << QByteArray("GET /" + QByteArray(8192 - 14, 'a') + " HTTP/1.1\r\nHost: h\r\n\r\n") << QByteArray("GET")
        << HttpMethod::Get << QByteArray("/" + QByteArray(8192 - 14, 'a')) << F::Origin << QByteArray()
        << QByteArray("/" + QByteArray(8192 - 14, 'a')) << 1 << QByteArray("h") << qint64(-1) << false << true << false
        << false << -1;
    const QByteArray first = "GET /one HTTP/1.1\r\nHost: h\r\n\r\n";
    QTest::newRow("pipelined: first head only")
        << QByteArray(first + "GET /two HTTP/1.1\r\nHost: h\r\n\r\n") << QByteArray("GET") << HttpMethod::Get
        << QByteArray("/one") << F::Origin << QByteArray() << QByteArray("/one") << 1 << QByteArray("h") << qint64(-1)
        << false << true << false << false << int(first.size());
    const QByteArray withBody = "POST /b HTTP/1.1\r\nHost: h\r\nContent-Length: 5\r\n\r\n";
    QTest::newRow("body bytes after the head")
        << QByteArray(withBody + "hello") << QByteArray("POST") << HttpMethod::Post << QByteArray("/b") << F::Origin
        << QByteArray() << QByteArray("/b") << 1 << QByteArray("h") << qint64(5) << false << true << false << false
        << int(withBody.size());
}

void TestRequestParser::valid()
{
    QFETCH(QByteArray, request);
    QFETCH(int, consumed);
    RequestParser parser;
    const RequestParser::Result result = parser.parse(request);
    QCOMPARE(result.error, ParseError::None);
    QCOMPARE(result.status, Status::Complete);
    QCOMPARE(result.consumed, consumed < 0 ? request.size() : consumed);

    const RequestHead& head = parser.head();
    QCOMPARE(head.size, result.consumed);
    QTEST(head.method.toByteArray(), "method");
    QTEST(head.methodKind, "methodKind");
    QTEST(head.target.toByteArray(), "target");
    QTEST(head.targetForm, "form");
    QTEST(head.authority.toByteArray(), "authority");
    QTEST(head.path.toByteArray(), "path");
    QTEST(head.versionMinor, "versionMinor");
    QTEST(head.host.toByteArray(), "host");
    QTEST(head.contentLength, "contentLength");
    QTEST(head.framing == BodyFraming::Chunked, "chunked");
    QTEST(head.keepAlive, "keepAlive");
    QTEST(head.expectContinue, "expectContinue");
    QTEST(head.upgradeRequested, "upgrade");
    QCOMPARE(head.hasBody(), head.framing == BodyFraming::Chunked || head.contentLength > 0);
    QFETCH(QByteArray, authority);
    QCOMPARE(head.effectiveAuthority().toByteArray(), authority.isNull() ? head.host.toByteArray() : authority);
}

void TestRequestParser::validByteByByte()
{
    QFETCH(QByteArray, request);
    RequestParser whole;
    QCOMPARE(whole.parse(request).status, Status::Complete);

    RequestParser parser;
    QByteArray buffer;
    const RequestParser::Result result = feedByteByByte(parser, request, buffer);
    QCOMPARE(result.status, Status::Complete);
    QCOMPARE(result.consumed, whole.result().consumed);
    QCOMPARE(describe(parser.head()), describe(whole.head()));
    // The views were moved along with the bytes: they point into the last buffer.
    QVERIFY(parser.head().method.data() >= buffer.constData());
    QVERIFY(parser.head().method.data() < buffer.constData() + buffer.size());
}

void TestRequestParser::malformed_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<ParseError>("error");
    QTest::addColumn<int>("status");

    const QByteArray get = "GET / HTTP/1.1\r\nHost: h\r\n";
    const QByteArray post = "POST / HTTP/1.1\r\nHost: h\r\n";
    using E = ParseError;

    // Request smuggling (CL.TE, TE.CL, TE.TE with obfuscated Transfer-Encoding, duplicate Content-Length).
    QTest::newRow("CL.TE") << QByteArray(post + "Content-Length: 6\r\nTransfer-Encoding: chunked\r\n\r\n")
                           << E::ContentLengthWithTransferEncoding << 400;
    QTest::newRow("TE.CL") << QByteArray(post + "Transfer-Encoding: chunked\r\nContent-Length: 6\r\n\r\n")
                           << E::ContentLengthWithTransferEncoding << 400;
    QTest::newRow("TE.TE xchunked") << QByteArray(post + "Transfer-Encoding: xchunked\r\n\r\n")
                                    << E::InvalidTransferEncoding << 400;
    QTest::newRow("TE.TE space before colon")
        << QByteArray(post + "Transfer-Encoding : chunked\r\n\r\n") << E::WhitespaceBeforeColon << 400;
    QTest::newRow("TE.TE chunked then x")
        << QByteArray(post + "Transfer-Encoding: chunked\r\nTransfer-encoding: x\r\n\r\n") << E::InvalidTransferEncoding
        << 400;
    QTest::newRow("TE.TE chunked twice in two lines")
        << QByteArray(post + "Transfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n\r\n")
        << E::InvalidTransferEncoding << 400;
    QTest::newRow("TE.TE chunked, chunked")
        << QByteArray(post + "Transfer-Encoding: chunked, chunked\r\n\r\n") << E::InvalidTransferEncoding << 400;
    QTest::newRow("TE.TE chunked, identity")
        << QByteArray(post + "Transfer-Encoding: chunked, identity\r\n\r\n") << E::InvalidTransferEncoding << 400;
    QTest::newRow("TE.TE quoted chunked")
        << QByteArray(post + "Transfer-Encoding: \"chunked\"\r\n\r\n") << E::InvalidTransferEncoding << 400;
    QTest::newRow("TE.TE chunked with parameter")
        << QByteArray(post + "Transfer-Encoding: chunked;q=1\r\n\r\n") << E::InvalidTransferEncoding << 400;
    QTest::newRow("TE.TE vertical tab") << QByteArray(post + "Transfer-Encoding: chunked\x0b\r\n\r\n")
                                        << E::InvalidFieldValue << 400;
    QTest::newRow("TE.TE obs-fold") << QByteArray(post + "Transfer-Encoding:\r\n chunked\r\n\r\n") << E::ObsFold << 400;
    QTest::newRow("TE.TE empty") << QByteArray(post + "Transfer-Encoding: \r\n\r\n") << E::InvalidTransferEncoding
                                 << 400;
    QTest::newRow("TE gzip only") << QByteArray(post + "Transfer-Encoding: gzip\r\n\r\n") << E::InvalidTransferEncoding
                                  << 400;
    QTest::newRow("TE gzip, chunked") << QByteArray(post + "Transfer-Encoding: gzip, chunked\r\n\r\n")
                                      << E::UnsupportedTransferCoding << 501;
    QTest::newRow("TE gzip then chunked lines")
        << QByteArray(post + "Transfer-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n\r\n")
        << E::UnsupportedTransferCoding << 501;
    QTest::newRow("TE in HTTP/1.0") << QByteArray("POST / HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n")
                                    << E::TransferEncodingInHttp10 << 400;
    QTest::newRow("duplicate Content-Length, same value")
        << QByteArray(post + "Content-Length: 5\r\nContent-Length: 5\r\n\r\n") << E::DuplicateContentLength << 400;
    QTest::newRow("duplicate Content-Length, different values")
        << QByteArray(post + "Content-Length: 5\r\ncontent-length: 6\r\n\r\n") << E::DuplicateContentLength << 400;
    QTest::newRow("Content-Length: +5") << QByteArray(post + "Content-Length: +5\r\n\r\n") << E::InvalidContentLength
                                        << 400;
    QTest::newRow("Content-Length: -1") << QByteArray(post + "Content-Length: -1\r\n\r\n") << E::InvalidContentLength
                                        << 400;
    QTest::newRow("Content-Length: 1,1") << QByteArray(post + "Content-Length: 1,1\r\n\r\n") << E::InvalidContentLength
                                         << 400;
    QTest::newRow("Content-Length: 0x10")
        << QByteArray(post + "Content-Length: 0x10\r\n\r\n") << E::InvalidContentLength << 400;
    QTest::newRow("Content-Length: 1 2") << QByteArray(post + "Content-Length: 1 2\r\n\r\n") << E::InvalidContentLength
                                         << 400;
    QTest::newRow("Content-Length empty")
        << QByteArray(post + "Content-Length:\r\n\r\n") << E::InvalidContentLength << 400;
    QTest::newRow("Content-Length overflow")
        << QByteArray(post + "Content-Length: 99999999999999999999\r\n\r\n") << E::InvalidContentLength << 400;
    QTest::newRow("Content-Length 2^63") << QByteArray(post + "Content-Length: 9223372036854775808\r\n\r\n")
                                         << E::InvalidContentLength << 400;

    // Line and field syntax.
    QTest::newRow("bare LF ends the request line") << QByteArray("GET / HTTP/1.1\nHost: h\r\n\r\n") << E::BareLf << 400;
    QTest::newRow("bare LF ends a field line") << QByteArray("GET / HTTP/1.1\r\nHost: h\n\r\n") << E::BareLf << 400;
    QTest::newRow("bare LF ends the head") << QByteArray(get + "\n") << E::BareLf << 400;
    QTest::newRow("bare LF leading line") << QByteArray("\nGET / HTTP/1.1\r\nHost: h\r\n\r\n") << E::BareLf << 400;
    QTest::newRow("obs-fold") << QByteArray(get + "X-A: 1\r\n 2\r\n\r\n") << E::ObsFold << 400;
    QTest::newRow("obs-fold with tab") << QByteArray(get + "X-A: 1\r\n\t2\r\n\r\n") << E::ObsFold << 400;
    QTest::newRow("whitespace before the first field")
        << QByteArray("GET / HTTP/1.1\r\n Host: h\r\n\r\n") << E::ObsFold << 400;
    QTest::newRow("space before colon") << QByteArray(get + "X-A : 1\r\n\r\n") << E::WhitespaceBeforeColon << 400;
    QTest::newRow("tab before colon") << QByteArray(get + "X-A\t: 1\r\n\r\n") << E::WhitespaceBeforeColon << 400;
    QTest::newRow("NUL in value") << QByteArray(get + QByteArray("X-A: a\0b\r\n\r\n", 12)) << E::InvalidFieldValue
                                  << 400;
    QTest::newRow("CR in value") << QByteArray(get + "X-A: a\rb\r\n\r\n") << E::InvalidFieldValue << 400;
    QTest::newRow("DEL in value") << QByteArray(get + "X-A: a\x7f\r\n\r\n") << E::InvalidFieldValue << 400;
    QTest::newRow("CR alone as the empty line") << QByteArray(get + "\rX\r\n\r\n") << E::InvalidFieldName << 400;
    QTest::newRow("empty field name") << QByteArray(get + ": value\r\n\r\n") << E::InvalidFieldName << 400;
    QTest::newRow("no colon") << QByteArray(get + "X-A value\r\n\r\n") << E::InvalidFieldName << 400;
    QTest::newRow("invalid name character") << QByteArray(get + "X(A): 1\r\n\r\n") << E::InvalidFieldName << 400;
    QTest::newRow("non-ASCII name") << QByteArray(get + "X-\xc3\xa9: 1\r\n\r\n") << E::InvalidFieldName << 400;

    // Request line.
    QTest::newRow("no spaces") << QByteArray("GET\r\n\r\n") << E::InvalidRequestLine << 400;
    QTest::newRow("HTTP/0.9 style") << QByteArray("GET /\r\n\r\n") << E::InvalidRequestLine << 400;
    QTest::newRow("invalid method character")
        << QByteArray("G(T / HTTP/1.1\r\nHost: h\r\n\r\n") << E::InvalidMethod << 400;
    QTest::newRow("leading space") << QByteArray(" GET / HTTP/1.1\r\nHost: h\r\n\r\n") << E::InvalidMethod << 400;
    QTest::newRow("two spaces after method")
        << QByteArray("GET  / HTTP/1.1\r\nHost: h\r\n\r\n") << E::InvalidTarget << 400;
    QTest::newRow("space inside target") << QByteArray("GET /a b HTTP/1.1\r\nHost: h\r\n\r\n") << E::InvalidTarget
                                         << 400;
    QTest::newRow("trailing space after version")
        << QByteArray("GET / HTTP/1.1 \r\nHost: h\r\n\r\n") << E::InvalidVersion << 400;
    QTest::newRow("control character in target")
        << QByteArray("GET /a\x01 HTTP/1.1\r\nHost: h\r\n\r\n") << E::InvalidTarget << 400;
    QTest::newRow("tab in target") << QByteArray("GET /a\tb HTTP/1.1\r\nHost: h\r\n\r\n") << E::InvalidTarget << 400;
    QTest::newRow("DEL in target") << QByteArray("GET /\x7f HTTP/1.1\r\nHost: h\r\n\r\n") << E::InvalidTarget << 400;
    QTest::newRow("relative target") << QByteArray("GET index.html HTTP/1.1\r\nHost: h\r\n\r\n") << E::InvalidTarget
                                     << 400;
    QTest::newRow("asterisk with GET") << QByteArray("GET * HTTP/1.1\r\nHost: h\r\n\r\n") << E::TargetFormNotAllowed
                                       << 400;
    QTest::newRow("authority-form with GET")
        << QByteArray("GET example.com:443 HTTP/1.1\r\nHost: h\r\n\r\n") << E::TargetFormNotAllowed << 400;
    QTest::newRow("CONNECT with origin-form")
        << QByteArray("CONNECT / HTTP/1.1\r\nHost: h\r\n\r\n") << E::TargetFormNotAllowed << 400;
    QTest::newRow("CONNECT without port")
        << QByteArray("CONNECT example.com HTTP/1.1\r\nHost: h\r\n\r\n") << E::InvalidTarget << 400;
    QTest::newRow("absolute-form with userinfo")
        << QByteArray("GET http://user@example.com/ HTTP/1.1\r\nHost: h\r\n\r\n") << E::InvalidTarget << 400;
    QTest::newRow("absolute-form ftp") << QByteArray("GET ftp://example.com/ HTTP/1.1\r\nHost: h\r\n\r\n")
                                       << E::InvalidTarget << 400;
    QTest::newRow("absolute-form without host")
        << QByteArray("GET http:///x HTTP/1.1\r\nHost: h\r\n\r\n") << E::InvalidTarget << 400;
    QTest::newRow("HTTP/2.0") << QByteArray("GET / HTTP/2.0\r\nHost: h\r\n\r\n") << E::UnsupportedVersion << 505;
    QTest::newRow("HTTP/2") << QByteArray("GET / HTTP/2\r\nHost: h\r\n\r\n") << E::UnsupportedVersion << 505;
    QTest::newRow("HTTP/0.9") << QByteArray("GET / HTTP/0.9\r\nHost: h\r\n\r\n") << E::UnsupportedVersion << 505;
    QTest::newRow("garbage version") << QByteArray("GET / HTTX/1.1\r\nHost: h\r\n\r\n") << E::InvalidVersion << 400;
    QTest::newRow("lowercase http") << QByteArray("GET / http/1.1\r\nHost: h\r\n\r\n") << E::InvalidVersion << 400;
    QTest::newRow("HTTP/1.1x") << QByteArray("GET / HTTP/1.1x\r\nHost: h\r\n\r\n") << E::InvalidVersion << 400;
    QTest::newRow("HTTP/10.0") << QByteArray("GET / HTTP/10.0\r\nHost: h\r\n\r\n") << E::InvalidVersion << 400;
    QTest::newRow("TLS handshake") << QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03 x\r\n\r\n", 17)
                                   << E::InvalidMethod << 400;

    // Host.
    QTest::newRow("missing Host in 1.1") << QByteArray("GET / HTTP/1.1\r\nAccept: */*\r\n\r\n") << E::MissingHost
                                         << 400;
    QTest::newRow("absolute-form still needs Host")
        << QByteArray("GET http://example.com/ HTTP/1.1\r\n\r\n") << E::MissingHost << 400;
    QTest::newRow("two Hosts") << QByteArray(get + "Host: h\r\n\r\n") << E::DuplicateHost << 400;
    QTest::newRow("two Hosts in 1.0") << QByteArray("GET / HTTP/1.0\r\nHost: a\r\nHost: b\r\n\r\n") << E::DuplicateHost
                                      << 400;
    QTest::newRow("Host with path") << QByteArray("GET / HTTP/1.1\r\nHost: h/x\r\n\r\n") << E::InvalidHost << 400;
    QTest::newRow("Host with userinfo") << QByteArray("GET / HTTP/1.1\r\nHost: u@h\r\n\r\n") << E::InvalidHost << 400;
    QTest::newRow("Host with space") << QByteArray("GET / HTTP/1.1\r\nHost: a b\r\n\r\n") << E::InvalidHost << 400;
    QTest::newRow("Host port too large") << QByteArray("GET / HTTP/1.1\r\nHost: h:65536\r\n\r\n") << E::InvalidHost
                                         << 400;
    QTest::newRow("Host with two ports") << QByteArray("GET / HTTP/1.1\r\nHost: h:1:2\r\n\r\n") << E::InvalidHost
                                         << 400;

    QTest::newRow("Host with six-digit port")
        << QByteArray("GET / HTTP/1.1\r\nHost: h:123456\r\n\r\n") << E::InvalidHost << 400;
    QTest::newRow("Host with letters in port")
        << QByteArray("GET / HTTP/1.1\r\nHost: h:8a\r\n\r\n") << E::InvalidHost << 400;
    QTest::newRow("Host IPv6 unterminated")
        << QByteArray("GET / HTTP/1.1\r\nHost: [::1\r\n\r\n") << E::InvalidHost << 400;
    QTest::newRow("Host IPv6 empty") << QByteArray("GET / HTTP/1.1\r\nHost: []\r\n\r\n") << E::InvalidHost << 400;
    QTest::newRow("Host IPv6 bad character")
        << QByteArray("GET / HTTP/1.1\r\nHost: [::1/]\r\n\r\n") << E::InvalidHost << 400;
    QTest::newRow("Host IPv6 junk after bracket")
        << QByteArray("GET / HTTP/1.1\r\nHost: [::1]x\r\n\r\n") << E::InvalidHost << 400;
    QTest::newRow("Host port without host")
        << QByteArray("GET / HTTP/1.1\r\nHost: :80\r\n\r\n") << E::InvalidHost << 400;

    // Expect.
    QTest::newRow("unknown expectation") << QByteArray(get + "Expect: 200-ok\r\n\r\n") << E::UnsupportedExpectation
                                         << 417;

    // Limits (defaults: 8 KiB request line, 64 KiB field section, 100 fields).
    QTest::newRow("request line too long")
        << QByteArray("GET /" + QByteArray(8192 - 13, 'a') + " HTTP/1.1\r\nHost: h\r\n\r\n") << E::StartLineTooLong
        << 414;
    QTest::newRow("too many fields") << manyFields(101) << E::TooManyHeaderFields << 431;
    QTest::newRow("field section too large")
        << QByteArray(get + "X-Big: " + QByteArray(64 * 1024, 'b') + "\r\n\r\n") << E::HeaderSectionTooLarge << 431;
}

void TestRequestParser::malformed()
{
    QFETCH(QByteArray, request);
    QFETCH(ParseError, error);
    QFETCH(int, status);
    RequestParser parser;
    const RequestParser::Result result = parser.parse(request);
    QCOMPARE(result.status, Status::Error);
    QCOMPARE(result.error, error);
    QCOMPARE(httpStatusFor(result.error), status);
}

void TestRequestParser::malformedByteByByte()
{
    QFETCH(QByteArray, request);
    QFETCH(ParseError, error);
    RequestParser parser;
    QByteArray buffer;
    const RequestParser::Result result = feedByteByByte(parser, request, buffer);
    QCOMPARE(result.status, Status::Error);
    QCOMPARE(result.error, error);
}

void TestRequestParser::requestLineLimitIsEnforcedBeforeTheLineEnds()
{
    HttpLimits limits;
    limits.maxRequestLineBytes = 64;
    const QByteArray line = "GET /" + QByteArray(64 - 5, 'a');

    RequestParser atLimit(limits);
    QCOMPARE(atLimit.parse(line).status, Status::NeedMore);
    // A CR may still be followed by LF: the line is not longer yet.
    QCOMPARE(atLimit.parse(line + '\r').status, Status::NeedMore);

    RequestParser overLimit(limits);
    const RequestParser::Result result = overLimit.parse(line + 'a');
    QCOMPARE(result.status, Status::Error);
    QCOMPARE(result.error, ParseError::StartLineTooLong);
    QCOMPARE(httpStatusFor(result.error), 414);

    // Endless empty lines before the request line use the same budget.
    RequestParser emptyLines(limits);
    QByteArray crlfs;
    for (int i = 0; i < 40; ++i)
        crlfs += "\r\n";
    QCOMPARE(emptyLines.parse(crlfs).error, ParseError::StartLineTooLong);
}

void TestRequestParser::headerSectionLimitIsEnforcedBeforeTheHeadEnds()
{
    HttpLimits limits;
    limits.maxHeaderBytes = 100;
    const QByteArray requestLine = "GET / HTTP/1.1\r\n";
    RequestParser parser(limits);
    QCOMPARE(parser.parse(requestLine + "Host: h\r\nX-A: " + QByteArray(100 - 9 - 5, 'x')).status, Status::NeedMore);
    const RequestParser::Result result =
        parser.parse(requestLine + "Host: h\r\nX-A: " + QByteArray(100 - 9 - 5 + 1, 'x'));
    QCOMPARE(result.status, Status::Error);
    QCOMPARE(result.error, ParseError::HeaderSectionTooLarge);

    // Exactly at the limit, counting the final empty line.
    const QByteArray fields = "Host: h\r\nX-A: " + QByteArray(100 - 9 - 5 - 4, 'x') + "\r\n\r\n";
    QCOMPARE(fields.size(), 100);
    RequestParser exact(limits);
    QCOMPARE(exact.parse(requestLine + fields).status, Status::Complete);
}

void TestRequestParser::limitsComeFromSettings()
{
    GlobalSettings settings;
    settings.maxRequestLineBytes = 1000;
    settings.maxHeaderBytes = 2000;
    settings.maxHeaderCount = 3;
    const HttpLimits limits = HttpLimits::fromSettings(settings);
    QCOMPARE(limits.maxRequestLineBytes, 1000);
    QCOMPARE(limits.maxHeaderBytes, 2000);
    QCOMPARE(limits.maxHeaderCount, 3);

    const HttpLimits defaults = HttpLimits::fromSettings(GlobalSettings());
    QCOMPARE(defaults.maxRequestLineBytes, HttpLimits().maxRequestLineBytes);
    QCOMPARE(defaults.maxHeaderBytes, HttpLimits().maxHeaderBytes);
    QCOMPARE(defaults.maxHeaderCount, HttpLimits().maxHeaderCount);

    RequestParser parser(limits);
    QCOMPARE(parser.parse(manyFields(3)).status, Status::Complete);
    parser.reset();
    QCOMPARE(parser.parse(manyFields(4)).error, ParseError::TooManyHeaderFields);
}

void TestRequestParser::pipelinedRequestsParseOneAfterAnother()
{
    const QByteArray one = "POST /one HTTP/1.1\r\nHost: h\r\nContent-Length: 3\r\n\r\n";
    const QByteArray two = "GET /two HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n";
    const QByteArray stream = one + "abc" + two + "GET /thr";

    RequestParser parser;
    RequestParser::Result result = parser.parse(stream);
    QCOMPARE(result.status, Status::Complete);
    QCOMPARE(result.consumed, one.size());
    QCOMPARE(parser.head().target.toByteArray(), QByteArray("/one"));
    QVERIFY(parser.head().keepAlive);

    const qsizetype next = result.consumed + parser.head().contentLength;
    parser.reset();
    result = parser.parse(QByteArrayView(stream).sliced(next));
    QCOMPARE(result.status, Status::Complete);
    QCOMPARE(result.consumed, two.size());
    QCOMPARE(parser.head().target.toByteArray(), QByteArray("/two"));
    QVERIFY(!parser.head().keepAlive);

    parser.reset();
    QCOMPARE(parser.parse(QByteArrayView(stream).sliced(next + two.size())).status, Status::NeedMore);
}

void TestRequestParser::hopByHopFieldsAreMarked()
{
    const QByteArray request = "GET / HTTP/1.1\r\nHost: h\r\nX-Secret: 1\r\nKeep-Alive: timeout=5\r\nTE: trailers\r\n"
                               "Trailer: X-T\r\nProxy-Connection: keep-alive\r\nUpgrade: h2c\r\nX-Kept: 2\r\n"
                               "Content-Length: 0\r\nConnection: x-secret, host, content-length\r\n\r\n";
    RequestParser parser;
    QCOMPARE(parser.parse(request).status, Status::Complete);
    QStringList dropped;
    QStringList kept;
    for (const HttpHeader& header : parser.head().headers)
        (header.hopByHop ? dropped : kept) << QString::fromLatin1(header.name);
    QCOMPARE(dropped, QStringList({QStringLiteral("X-Secret"), QStringLiteral("Keep-Alive"), QStringLiteral("TE"),
                                   QStringLiteral("Trailer"), QStringLiteral("Proxy-Connection"),
                                   QStringLiteral("Upgrade"), QStringLiteral("Connection")}));
    // Host and Content-Length are never dropped because Connection names them.
    QCOMPARE(kept, QStringList({QStringLiteral("Host"), QStringLiteral("X-Kept"), QStringLiteral("Content-Length")}));
    QVERIFY(parser.head().hasUpgrade);
    QCOMPARE(parser.head().upgrade.toByteArray(), QByteArray("h2c"));
    QVERIFY(!parser.head().upgradeRequested);
}

void TestRequestParser::fieldsKeepOrderAndKinds()
{
    const QByteArray request = "GET / HTTP/1.1\r\nhost: h\r\nX-Forwarded-For: 10.0.0.1\r\nx-forwarded-proto: https\r\n"
                               "X-Forwarded-Host: a\r\nForwarded: for=1.2.3.4\r\nVia: 1.1 p\r\nX-Request-ID: abc\r\n"
                               "Expect: 100-continue\r\nX-Other: \r\n\r\n";
    RequestParser parser;
    QCOMPARE(parser.parse(request).status, Status::Complete);
    const RequestHead& head = parser.head();
    using K = HttpHeader::Kind;
    const QList<K> expected{K::Host, K::XForwardedFor, K::XForwardedProto, K::XForwardedHost, K::Forwarded,
                            K::Via,  K::XRequestId,    K::Expect,          K::Other};
    QCOMPARE(head.headers.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i)
        QCOMPARE(head.headers[i].kind, expected[i]);
    QCOMPARE(head.headers.last().value.toByteArray(), QByteArray(""));
    QVERIFY(head.find("X-FORWARDED-FOR") != nullptr);
    QCOMPARE(head.find("x-forwarded-for")->value.toByteArray(), QByteArray("10.0.0.1"));
    QCOMPARE(head.find(K::Via)->value.toByteArray(), QByteArray("1.1 p"));
    QVERIFY(head.find("X-Missing") == nullptr);
}

void TestRequestParser::viewsPointIntoTheCallersBuffer()
{
    const QByteArray request = manyFields(40);
    RequestParser parser;
    QCOMPARE(parser.parse(request).status, Status::Complete);
    const char* begin = request.constData();
    const char* end = begin + request.size();
    for (const HttpHeader& header : parser.head().headers) {
        QVERIFY(header.name.data() >= begin && header.name.data() + header.name.size() <= end);
        QVERIFY(header.value.data() >= begin && header.value.data() + header.value.size() <= end);
    }
    QCOMPARE(parser.head().headers.size(), 40);
}

void TestRequestParser::resultStaysUntilReset()
{
    RequestParser parser;
    const QByteArray bad = "GET / HTTP/1.1\r\nHost: h\r\nHost: h\r\n\r\n";
    QCOMPARE(parser.parse(bad).error, ParseError::DuplicateHost);
    QCOMPARE(parser.parse("GET / HTTP/1.1\r\nHost: h\r\n\r\n").error, ParseError::DuplicateHost);
    parser.reset();
    QCOMPARE(parser.parse("GET / HTTP/1.1\r\nHost: h\r\n\r\n").status, Status::Complete);
    QCOMPARE(parser.result().status, Status::Complete);
}

QTEST_APPLESS_MAIN(TestRequestParser)
#include "TestRequestParser.moc"

// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/ResponseParser.h"

#include <QTest>

namespace Portico {

char* toString(ParseError error)
{
    return QTest::toString(parseErrorName(error));
}

} // namespace Portico

using namespace Portico;

namespace {

using Status = ResponseParser::Status;

QByteArray describe(const ResponseHead& head)
{
    QByteArray text = QByteArray::number(head.status) + ' ' + head.reason.toByteArray() + " HTTP/1." +
                      QByteArray::number(head.versionMinor) + " cl=" + QByteArray::number(head.contentLength) +
                      " framing=" + QByteArray::number(static_cast<int>(head.framing)) +
                      " ka=" + QByteArray::number(head.keepAlive) + " tunnel=" + QByteArray::number(head.tunnel) +
                      " size=" + QByteArray::number(head.size);
    for (const HttpHeader& header : head.headers) {
        text += "\n" + header.name.toByteArray() + ':' + header.value.toByteArray() +
                " hop=" + QByteArray::number(header.hopByHop);
    }
    return text;
}

// Each call sees the bytes in a new allocation while the previous one is alive, so the parser
// has to move its views.
ResponseParser::Result feedByteByByte(ResponseParser& parser, const QByteArray& input, QByteArray& buffer)
{
    ResponseParser::Result result;
    for (qsizetype length = 1; length <= input.size(); ++length) {
        QByteArray next(input.constData(), length);
        result = parser.parse(next);
        buffer.swap(next);
        if (result.status != Status::NeedMore)
            break;
    }
    return result;
}

} // namespace

// Table tests of the upstream response parser: status lines, body framing per RFC 9112 6.3
// (including HEAD, 1xx, 204, 304 and CONNECT), keep-alive, and malformed heads.
class TestResponseParser : public QObject
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
    void informationalHeadsComeFirst();
    void hopByHopFieldsAreMarked();
    void hasBodyFollowsTheFraming_data();
    void hasBodyFollowsTheFraming();
};

void TestResponseParser::valid_data()
{
    QTest::addColumn<QByteArray>("response");
    QTest::addColumn<HttpMethod>("requestMethod");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("reason");
    QTest::addColumn<int>("versionMinor");
    QTest::addColumn<BodyFraming>("framing");
    QTest::addColumn<qint64>("contentLength");
    QTest::addColumn<bool>("keepAlive");
    QTest::addColumn<bool>("tunnel");
    // -1: the whole response is the head.
    QTest::addColumn<int>("consumed");

    using B = BodyFraming;
    using M = HttpMethod;
    QTest::newRow("200 Content-Length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 12\r\n\r\n") << M::Get << 200
                                        << QByteArray("OK") << 1 << B::ContentLength << qint64(12) << true << false
                                        << -1;
    QTest::newRow("200 chunked") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n") << M::Post
                                 << 200 << QByteArray("OK") << 1 << B::Chunked << qint64(-1) << true << false << -1;
    QTest::newRow("200 until close") << QByteArray("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\n") << M::Get
                                     << 200 << QByteArray("OK") << 1 << B::UntilClose << qint64(-1) << false << false
                                     << -1;
    QTest::newRow("200 Content-Length: 0")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n") << M::Get << 200 << QByteArray("OK") << 1
        << B::ContentLength << qint64(0) << true << false << -1;
    QTest::newRow("204") << QByteArray("HTTP/1.1 204 No Content\r\n\r\n") << M::Delete << 204
                         << QByteArray("No Content") << 1 << B::None << qint64(-1) << true << false << -1;
    QTest::newRow("304 keeps Content-Length as information")
        << QByteArray("HTTP/1.1 304 Not Modified\r\nContent-Length: 1234\r\n\r\n") << M::Get << 304
        << QByteArray("Not Modified") << 1 << B::None << qint64(1234) << true << false << -1;
    QTest::newRow("HEAD with Content-Length")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 5000\r\n\r\n") << M::Head << 200 << QByteArray("OK") << 1
        << B::None << qint64(5000) << true << false << -1;
    QTest::newRow("HEAD with chunked") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n") << M::Head
                                       << 200 << QByteArray("OK") << 1 << B::None << qint64(-1) << true << false << -1;
    QTest::newRow("HEAD without length") << QByteArray("HTTP/1.1 200 OK\r\n\r\n") << M::Head << 200 << QByteArray("OK")
                                         << 1 << B::None << qint64(-1) << true << false << -1;
    const QByteArray continueHead = "HTTP/1.1 100 Continue\r\n\r\n";
    QTest::newRow("100 Continue before the final head")
        << QByteArray(continueHead + "HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n") << M::Put << 100
        << QByteArray("Continue") << 1 << B::None << qint64(-1) << true << false << int(continueHead.size());
    QTest::newRow("101 Switching Protocols")
        << QByteArray("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
                      "Connection: Upgrade\r\n\r\n")
        << M::Get << 101 << QByteArray("Switching Protocols") << 1 << B::None << qint64(-1) << false << false << -1;
    QTest::newRow("103 Early Hints") << QByteArray("HTTP/1.1 103 Early Hints\r\nLink: </a.css>; rel=preload\r\n\r\n")
                                     << M::Get << 103 << QByteArray("Early Hints") << 1 << B::None << qint64(-1) << true
                                     << false << -1;
    QTest::newRow("CONNECT 200 is a tunnel")
        << QByteArray("HTTP/1.1 200 Connection established\r\n\r\n") << M::Connect << 200
        << QByteArray("Connection established") << 1 << B::None << qint64(-1) << false << true << -1;
    QTest::newRow("CONNECT 407 has a body")
        << QByteArray("HTTP/1.1 407 Proxy Auth\r\nContent-Length: 3\r\n\r\n") << M::Connect << 407
        << QByteArray("Proxy Auth") << 1 << B::ContentLength << qint64(3) << true << false << -1;
    QTest::newRow("HTTP/1.0 keep-alive")
        << QByteArray("HTTP/1.0 200 OK\r\nConnection: keep-alive\r\nContent-Length: 1\r\n\r\n") << M::Get << 200
        << QByteArray("OK") << 0 << B::ContentLength << qint64(1) << true << false << -1;
    QTest::newRow("HTTP/1.0 without keep-alive")
        << QByteArray("HTTP/1.0 200 OK\r\nContent-Length: 1\r\n\r\n") << M::Get << 200 << QByteArray("OK") << 0
        << B::ContentLength << qint64(1) << false << false << -1;
    QTest::newRow("HTTP/1.0 until close")
        << QByteArray("HTTP/1.0 200 OK\r\nConnection: keep-alive\r\n\r\n") << M::Get << 200 << QByteArray("OK") << 0
        << B::UntilClose << qint64(-1) << false << false << -1;
    QTest::newRow("Connection: close") << QByteArray(
                                              "HTTP/1.1 500 Oops\r\nConnection: close\r\nContent-Length: 2\r\n\r\n")
                                       << M::Get << 500 << QByteArray("Oops") << 1 << B::ContentLength << qint64(2)
                                       << false << false << -1;
    QTest::newRow("no reason phrase") << QByteArray("HTTP/1.1 200\r\nContent-Length: 0\r\n\r\n") << M::Get << 200
                                      << QByteArray() << 1 << B::ContentLength << qint64(0) << true << false << -1;
    QTest::newRow("empty reason phrase") << QByteArray("HTTP/1.1 404 \r\nContent-Length: 0\r\n\r\n") << M::Get << 404
                                         << QByteArray("") << 1 << B::ContentLength << qint64(0) << true << false << -1;
    QTest::newRow("reason with tab and obs-text")
        << QByteArray("HTTP/1.1 418 I'm a\tt\xc3\xa9\x61pot\r\nContent-Length: 0\r\n\r\n") << M::Get << 418
        << QByteArray("I'm a\tt\xc3\xa9\x61pot") << 1 << B::ContentLength << qint64(0) << true << false << -1;
    QTest::newRow("599") << QByteArray("HTTP/1.1 599 Whatever\r\nContent-Length: 0\r\n\r\n") << M::Get << 599
                         << QByteArray("Whatever") << 1 << B::ContentLength << qint64(0) << true << false << -1;
    const QByteArray head = "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\n";
    QTest::newRow("body after the head") << QByteArray(head + "hello") << M::Get << 200 << QByteArray("OK") << 1
                                         << B::ContentLength << qint64(5) << true << false << int(head.size());
}

void TestResponseParser::valid()
{
    QFETCH(QByteArray, response);
    QFETCH(HttpMethod, requestMethod);
    QFETCH(int, consumed);
    ResponseParser parser;
    parser.setRequestMethod(requestMethod);
    const ResponseParser::Result result = parser.parse(response);
    QCOMPARE(result.error, ParseError::None);
    QCOMPARE(result.status, Status::Complete);
    QCOMPARE(result.consumed, consumed < 0 ? response.size() : consumed);

    const ResponseHead& head = parser.head();
    QCOMPARE(head.size, result.consumed);
    QTEST(head.status, "status");
    QTEST(head.reason.toByteArray(), "reason");
    QTEST(head.versionMinor, "versionMinor");
    QTEST(head.framing, "framing");
    QTEST(head.contentLength, "contentLength");
    QTEST(head.keepAlive, "keepAlive");
    QTEST(head.tunnel, "tunnel");
    QCOMPARE(head.isInformational(), head.status < 200);
}

void TestResponseParser::validByteByByte()
{
    QFETCH(QByteArray, response);
    QFETCH(HttpMethod, requestMethod);
    ResponseParser whole;
    whole.setRequestMethod(requestMethod);
    QCOMPARE(whole.parse(response).status, Status::Complete);

    ResponseParser parser;
    parser.setRequestMethod(requestMethod);
    QByteArray buffer;
    const ResponseParser::Result result = feedByteByByte(parser, response, buffer);
    QCOMPARE(result.status, Status::Complete);
    QCOMPARE(result.consumed, whole.result().consumed);
    QCOMPARE(describe(parser.head()), describe(whole.head()));
}

void TestResponseParser::malformed_data()
{
    QTest::addColumn<QByteArray>("response");
    QTest::addColumn<ParseError>("error");

    using E = ParseError;
    const QByteArray ok = "HTTP/1.1 200 OK\r\n";
    QTest::newRow("no space") << QByteArray("HTTP/1.1\r\n\r\n") << E::InvalidStatusLine;
    QTest::newRow("two-digit status") << QByteArray("HTTP/1.1 20 OK\r\n\r\n") << E::InvalidStatusLine;
    QTest::newRow("four-digit status") << QByteArray("HTTP/1.1 2000 OK\r\n\r\n") << E::InvalidStatusLine;
    QTest::newRow("status 099") << QByteArray("HTTP/1.1 099 Low\r\n\r\n") << E::InvalidStatusLine;
    QTest::newRow("status 600") << QByteArray("HTTP/1.1 600 High\r\n\r\n") << E::InvalidStatusLine;
    QTest::newRow("status with a letter") << QByteArray("HTTP/1.1 2x0 OK\r\n\r\n") << E::InvalidStatusLine;
    QTest::newRow("two spaces before status") << QByteArray("HTTP/1.1  200 OK\r\n\r\n") << E::InvalidStatusLine;
    QTest::newRow("control character in reason") << QByteArray("HTTP/1.1 200 O\x01K\r\n\r\n") << E::InvalidStatusLine;
    QTest::newRow("HTTP/2.0") << QByteArray("HTTP/2.0 200 OK\r\n\r\n") << E::UnsupportedVersion;
    QTest::newRow("garbage version") << QByteArray("HTTX/1.1 200 OK\r\n\r\n") << E::InvalidVersion;
    QTest::newRow("ICY") << QByteArray("ICY 200 OK\r\n\r\n") << E::InvalidVersion;
    QTest::newRow("empty line first") << QByteArray("\r\nHTTP/1.1 200 OK\r\n\r\n") << E::InvalidStatusLine;
    QTest::newRow("bare LF") << QByteArray("HTTP/1.1 200 OK\nContent-Length: 0\r\n\r\n") << E::BareLf;
    QTest::newRow("obs-fold") << QByteArray(ok + "X-A: 1\r\n 2\r\n\r\n") << E::ObsFold;
    QTest::newRow("whitespace before colon")
        << QByteArray(ok + "Content-Length : 0\r\n\r\n") << E::WhitespaceBeforeColon;
    QTest::newRow("NUL in value") << QByteArray(ok + QByteArray("X-A: \0\r\n\r\n", 10)) << E::InvalidFieldValue;
    QTest::newRow("duplicate Content-Length")
        << QByteArray(ok + "Content-Length: 1\r\nContent-Length: 1\r\n\r\n") << E::DuplicateContentLength;
    QTest::newRow("invalid Content-Length")
        << QByteArray(ok + "Content-Length: 1e3\r\n\r\n") << E::InvalidContentLength;
    QTest::newRow("Content-Length with Transfer-Encoding")
        << QByteArray(ok + "Content-Length: 1\r\nTransfer-Encoding: chunked\r\n\r\n")
        << E::ContentLengthWithTransferEncoding;
    QTest::newRow("Transfer-Encoding gzip")
        << QByteArray(ok + "Transfer-Encoding: gzip\r\n\r\n") << E::InvalidTransferEncoding;
    QTest::newRow("Transfer-Encoding gzip, chunked")
        << QByteArray(ok + "Transfer-Encoding: gzip, chunked\r\n\r\n") << E::UnsupportedTransferCoding;
    QTest::newRow("Transfer-Encoding in HTTP/1.0")
        << QByteArray("HTTP/1.0 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n") << E::TransferEncodingInHttp10;
    QTest::newRow("status line too long")
        << QByteArray("HTTP/1.1 200 " + QByteArray(8192 - 12, 'r') + "\r\n\r\n") << E::StartLineTooLong;
    QByteArray many = ok;
    for (int i = 0; i < 101; ++i)
        many += "X-" + QByteArray::number(i) + ": v\r\n";
    QTest::newRow("too many fields") << QByteArray(many + "\r\n") << E::TooManyHeaderFields;
    QTest::newRow("field section too large")
        << QByteArray(ok + "X-Big: " + QByteArray(64 * 1024, 'b') + "\r\n\r\n") << E::HeaderSectionTooLarge;
}

void TestResponseParser::malformed()
{
    QFETCH(QByteArray, response);
    QFETCH(ParseError, error);
    ResponseParser parser;
    const ResponseParser::Result result = parser.parse(response);
    QCOMPARE(result.status, Status::Error);
    QCOMPARE(result.error, error);
}

void TestResponseParser::malformedByteByByte()
{
    QFETCH(QByteArray, response);
    QFETCH(ParseError, error);
    ResponseParser parser;
    QByteArray buffer;
    const ResponseParser::Result result = feedByteByByte(parser, response, buffer);
    QCOMPARE(result.status, Status::Error);
    QCOMPARE(result.error, error);
}

void TestResponseParser::informationalHeadsComeFirst()
{
    const QByteArray stream = "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 103 Early Hints\r\nLink: </s.css>\r\n\r\n"
                              "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok";
    ResponseParser parser;
    parser.setRequestMethod(HttpMethod::Head);
    QByteArrayView rest(stream);
    QList<int> statuses;
    for (;;) {
        const ResponseParser::Result result = parser.parse(rest);
        QCOMPARE(result.status, Status::Complete);
        statuses << parser.head().status;
        rest = rest.sliced(result.consumed);
        if (!parser.head().isInformational())
            break;
        parser.reset();
        // The request method survives reset(): HEAD still means no body for the final head.
        QCOMPARE(parser.requestMethod(), HttpMethod::Head);
    }
    QCOMPARE(statuses, QList<int>({100, 103, 200}));
    QCOMPARE(parser.head().framing, BodyFraming::None);
    QCOMPARE(rest.toByteArray(), QByteArray("ok"));
}

void TestResponseParser::hopByHopFieldsAreMarked()
{
    const QByteArray response =
        "HTTP/1.1 200 OK\r\nConnection: X-Backend-Id\r\nX-Backend-Id: 7\r\nKeep-Alive: timeout=5\r\n"
        "Transfer-Encoding: chunked\r\nTrailer: X-Sum\r\nX-Kept: 1\r\n\r\n";
    ResponseParser parser;
    QCOMPARE(parser.parse(response).status, Status::Complete);
    QStringList kept;
    for (const HttpHeader& header : parser.head().headers) {
        if (!header.hopByHop)
            kept << QString::fromLatin1(header.name);
    }
    QCOMPARE(kept, QStringList({QStringLiteral("X-Kept")}));
}

void TestResponseParser::hasBodyFollowsTheFraming_data()
{
    QTest::addColumn<QByteArray>("response");
    QTest::addColumn<HttpMethod>("requestMethod");
    QTest::addColumn<bool>("hasBody");

    QTest::newRow("Content-Length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\n") << HttpMethod::Get
                                    << true;
    QTest::newRow("Content-Length: 0") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n") << HttpMethod::Get
                                       << false;
    QTest::newRow("chunked") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n") << HttpMethod::Get
                             << true;
    QTest::newRow("until close") << QByteArray("HTTP/1.1 200 OK\r\n\r\n") << HttpMethod::Get << true;
    QTest::newRow("HEAD") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\n") << HttpMethod::Head << false;
    QTest::newRow("204") << QByteArray("HTTP/1.1 204 No Content\r\n\r\n") << HttpMethod::Get << false;
}

void TestResponseParser::hasBodyFollowsTheFraming()
{
    QFETCH(QByteArray, response);
    QFETCH(HttpMethod, requestMethod);
    ResponseParser parser;
    parser.setRequestMethod(requestMethod);
    QCOMPARE(parser.parse(response).status, Status::Complete);
    QTEST(parser.head().hasBody(), "hasBody");
}

QTEST_APPLESS_MAIN(TestResponseParser)
#include "TestResponseParser.moc"

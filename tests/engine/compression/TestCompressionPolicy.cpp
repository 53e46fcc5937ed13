// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "compression/CompressionConfig.h"
#include "compression/CompressionPolicy.h"
#include "http/ResponseParser.h"

#include <QTest>

using namespace Portico;

using Verdict = CompressionPolicy::Verdict;

Q_DECLARE_METATYPE(Portico::ContentCoding)
Q_DECLARE_METATYPE(Portico::CompressionPolicy::Verdict)

namespace QTest {

template<>
char* toString(const Portico::ContentCoding& coding)
{
    return QTest::toString(Portico::contentCodingToken(coding).toByteArray());
}

template<>
char* toString(const Portico::CompressionPolicy::Verdict& verdict)
{
    static const char* const names[] = {"Compress", "Off",      "NotAccepted", "AlreadyEncoded", "NoTransform",
                                        "Type",     "TooSmall", "Status",      "RangeRequest"};
    return qstrdup(names[static_cast<int>(verdict)]);
}

} // namespace QTest

namespace {

// Changes to the default config a row applies.
enum Tweak
{
    Defaults = 0,
    GloballyOff = 1,
    SiteOff = 2,
    NoBrotli = 4,
    NoGzip = 8,
    MinZero = 16,
    TypesHtmlOnly = 32,
};

QByteArray head(int status, const QByteArray& fields, qint64 length = 5000)
{
    QByteArray text = "HTTP/1.1 " + QByteArray::number(status) + " Whatever\r\n" + fields;
    if (length >= 0)
        text += "Content-Length: " + QByteArray::number(length) + "\r\n";
    return text + "\r\n";
}

} // namespace

class TestCompressionPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decide_data();
    void decide();
    void typeMatches_data();
    void typeMatches();
    void weakenedEtag_data();
    void weakenedEtag();
};

void TestCompressionPolicy::decide_data()
{
    QTest::addColumn<int>("tweaks");
    QTest::addColumn<QByteArray>("acceptEncoding");
    QTest::addColumn<bool>("range");
    QTest::addColumn<bool>("headRequest");
    QTest::addColumn<QByteArray>("response");
    QTest::addColumn<Verdict>("verdict");
    QTest::addColumn<ContentCoding>("coding");

    const QByteArray browser = "gzip, deflate, br";
    const QByteArray html = "Content-Type: text/html; charset=utf-8\r\n";
    const auto none = ContentCoding::Identity;

    QTest::newRow("html to a browser") << 0 << browser << false << false << head(200, html) << Verdict::Compress
                                       << ContentCoding::Brotli;
    QTest::newRow("gzip client") << 0 << QByteArray("gzip") << false << false << head(200, html) << Verdict::Compress
                                 << ContentCoding::Gzip;
    QTest::newRow("brotli off") << int(NoBrotli) << browser << false << false << head(200, html) << Verdict::Compress
                                << ContentCoding::Gzip;
    QTest::newRow("brotli only client, brotli off")
        << int(NoBrotli) << QByteArray("br") << false << false << head(200, html) << Verdict::NotAccepted << none;
    QTest::newRow("both codings off") << int(NoBrotli | NoGzip) << browser << false << false << head(200, html)
                                      << Verdict::Off << none;
    QTest::newRow("globally off") << int(GloballyOff) << browser << false << false << head(200, html) << Verdict::Off
                                  << none;
    QTest::newRow("site off") << int(SiteOff) << browser << false << false << head(200, html) << Verdict::Off << none;
    QTest::newRow("no Accept-Encoding") << 0 << QByteArray() << false << false << head(200, html)
                                        << Verdict::NotAccepted << none;
    QTest::newRow("identity only") << 0 << QByteArray("identity") << false << false << head(200, html)
                                   << Verdict::NotAccepted << none;
    QTest::newRow("HEAD") << 0 << browser << false << true << head(200, html) << Verdict::Status << none;
    QTest::newRow("204") << 0 << browser << false << false << head(204, html, -1) << Verdict::Status << none;
    QTest::newRow("304") << 0 << browser << false << false << head(304, html, -1) << Verdict::Status << none;
    QTest::newRow("206") << 0 << browser << false << false << head(206, html + "Content-Range: bytes 0-4999/9000\r\n")
                         << Verdict::Status << none;
    QTest::newRow("empty 200") << int(MinZero) << browser << false << false << head(200, html, 0) << Verdict::Status
                               << none;
    QTest::newRow("404 page") << 0 << browser << false << false << head(404, html) << Verdict::Compress
                              << ContentCoding::Brotli;
    QTest::newRow("range request") << 0 << browser << true << false << head(200, html) << Verdict::RangeRequest << none;
    QTest::newRow("already gzip") << 0 << browser << false << false << head(200, html + "Content-Encoding: gzip\r\n")
                                  << Verdict::AlreadyEncoded << none;
    QTest::newRow("already, odd coding") << 0 << browser << false << false
                                         << head(200, html + "Content-Encoding: identity, zstd\r\n")
                                         << Verdict::AlreadyEncoded << none;
    QTest::newRow("Content-Encoding identity")
        << 0 << browser << false << false << head(200, html + "Content-Encoding: Identity\r\n") << Verdict::Compress
        << ContentCoding::Brotli;
    QTest::newRow("no-transform") << 0 << browser << false << false
                                  << head(200, html + "Cache-Control: public, No-Transform\r\n") << Verdict::NoTransform
                                  << none;
    QTest::newRow("no-transform, second field") << 0 << browser << false << false
                                                << head(200, html + "Cache-Control: max-age=60\r\n"
                                                                    "Cache-Control: no-transform\r\n")
                                                << Verdict::NoTransform << none;
    QTest::newRow("image") << 0 << browser << false << false << head(200, "Content-Type: image/png\r\n")
                           << Verdict::Type << none;
    QTest::newRow("no Content-Type") << 0 << browser << false << false << head(200, "") << Verdict::Type << none;
    QTest::newRow("json") << 0 << browser << false << false << head(200, "Content-Type: application/json\r\n")
                          << Verdict::Compress << ContentCoding::Brotli;
    QTest::newRow("json, not in list") << int(TypesHtmlOnly) << browser << false << false
                                       << head(200, "Content-Type: application/json\r\n") << Verdict::Type << none;
    QTest::newRow("too small") << 0 << browser << false << false << head(200, html, 1023) << Verdict::TooSmall << none;
    QTest::newRow("just big enough") << 0 << browser << false << false << head(200, html, 1024) << Verdict::Compress
                                     << ContentCoding::Brotli;
    QTest::newRow("small, minBytes 0") << int(MinZero) << browser << false << false << head(200, html, 10)
                                       << Verdict::Compress << ContentCoding::Brotli;
    QTest::newRow("chunked, size unknown")
        << 0 << browser << false << false << head(200, html + "Transfer-Encoding: chunked\r\n", -1) << Verdict::Compress
        << ContentCoding::Brotli;
    // The order of the checks: a type that does not compress is reported before the client's wishes.
    QTest::newRow("image, identity client")
        << 0 << QByteArray() << false << false << head(200, "Content-Type: image/png\r\n") << Verdict::Type << none;
}

void TestCompressionPolicy::decide()
{
    QFETCH(int, tweaks);
    QFETCH(QByteArray, acceptEncoding);
    QFETCH(bool, range);
    QFETCH(bool, headRequest);
    QFETCH(QByteArray, response);
    QFETCH(Verdict, verdict);
    QFETCH(ContentCoding, coding);

    CompressionConfig config;
    config.enabled = !(tweaks & GloballyOff);
    config.brotli = !(tweaks & NoBrotli);
    config.gzip = !(tweaks & NoGzip);
    if (tweaks & MinZero)
        config.minBytes = 0;
    if (tweaks & TypesHtmlOnly)
        config.types = {QStringLiteral("text/html")};

    ResponseParser parser;
    parser.setRequestMethod(headRequest ? HttpMethod::Head : HttpMethod::Get);
    QCOMPARE(parser.parse(response).status, ResponseParser::Status::Complete);

    ContentCoding picked = ContentCoding::Gzip;
    QCOMPARE(CompressionPolicy::decide(config, !(tweaks & SiteOff), acceptEncoding, range, headRequest, parser.head(),
                                       picked),
             verdict);
    QCOMPARE(picked, coding);
}

void TestCompressionPolicy::typeMatches_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<bool>("matches");

    QTest::newRow("text/html") << QByteArray("text/html") << true;
    QTest::newRow("parameters ignored") << QByteArray("text/html; charset=utf-8") << true;
    QTest::newRow("text/* covers text/css") << QByteArray("text/css") << true;
    QTest::newRow("upper case") << QByteArray("Application/JSON") << true;
    QTest::newRow("spaces") << QByteArray("  application/json ;charset=utf-8") << true;
    QTest::newRow("svg") << QByteArray("image/svg+xml") << true;
    QTest::newRow("font/ttf") << QByteArray("font/ttf") << true;
    QTest::newRow("woff2 is compressed already") << QByteArray("font/woff2") << false;
    QTest::newRow("png") << QByteArray("image/png") << false;
    QTest::newRow("json prefix only") << QByteArray("application/jsonx") << false;
    QTest::newRow("type only") << QByteArray("text") << false;
    QTest::newRow("text/ without subtype") << QByteArray("text/") << false;
    QTest::newRow("textual/html") << QByteArray("textual/html") << false;
    QTest::newRow("empty") << QByteArray() << false;
}

void TestCompressionPolicy::typeMatches()
{
    QFETCH(QByteArray, contentType);
    QFETCH(bool, matches);
    QCOMPARE(CompressionPolicy::typeMatches(contentType, CompressionConfig()), matches);
}

void TestCompressionPolicy::weakenedEtag_data()
{
    QTest::addColumn<QByteArray>("etag");
    QTest::addColumn<QByteArray>("weak");

    QTest::newRow("strong") << QByteArray("\"abc\"") << QByteArray("W/\"abc\"");
    QTest::newRow("already weak") << QByteArray("W/\"abc\"") << QByteArray("W/\"abc\"");
    QTest::newRow("empty tag") << QByteArray("\"\"") << QByteArray("W/\"\"");
    QTest::newRow("no field") << QByteArray() << QByteArray();
}

void TestCompressionPolicy::weakenedEtag()
{
    QFETCH(QByteArray, etag);
    QFETCH(QByteArray, weak);
    QCOMPARE(CompressionPolicy::weakenedEtag(etag), weak);
}

QTEST_APPLESS_MAIN(TestCompressionPolicy)
#include "TestCompressionPolicy.moc"

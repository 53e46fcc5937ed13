// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/ChunkedDecoder.h"

#include <QTest>

namespace Portico {

char* toString(ParseError error)
{
    return QTest::toString(parseErrorName(error));
}

} // namespace Portico

using namespace Portico;

namespace {

using Status = ChunkedDecoder::Status;

// What a caller observes while decoding a body.
struct Outcome
{
    Status status = Status::NeedMore;
    ParseError error = ParseError::None;
    QByteArray payload;
    QByteArrayList trailers;
    // Bytes after the body (the next message).
    QByteArray remaining;
    qsizetype largestPiece = 0;
};

QByteArrayList trailerLines(const ChunkedDecoder& decoder)
{
    QByteArrayList lines;
    for (const HttpHeader& field : decoder.trailers())
        lines << field.name.toByteArray() + ": " + field.value.toByteArray();
    return lines;
}

// Acts like a connection: bytes arrive step bytes at a time into a buffer; the decoder's consumed
// bytes are dropped from its front, unconsumed ones (a partial trailer section) stay and grow.
Outcome decode(const QByteArray& body, qsizetype step, qsizetype maxData = std::numeric_limits<qsizetype>::max())
{
    ChunkedDecoder decoder;
    Outcome outcome;
    QByteArray buffer;
    qsizetype fed = 0;
    while (fed < body.size()) {
        // A fresh allocation each time: views must only be used before the buffer changes.
        buffer = buffer + body.mid(fed, step);
        fed += step;
        for (;;) {
            const ChunkedDecoder::Result result = decoder.decode(buffer, maxData);
            if (result.status == Status::Data) {
                outcome.payload += result.data.toByteArray();
                outcome.largestPiece = qMax(outcome.largestPiece, result.data.size());
                buffer.remove(0, result.consumed);
                continue;
            }
            outcome.status = result.status;
            outcome.error = result.error;
            if (result.status == Status::Done) {
                outcome.trailers = trailerLines(decoder);
                outcome.remaining = buffer.mid(result.consumed) + body.mid(fed);
                return outcome;
            }
            if (result.status == Status::Error)
                return outcome;
            buffer.remove(0, result.consumed);
            break;
        }
    }
    return outcome;
}

} // namespace

// Table tests of the chunked body decoder: valid bodies with extensions and trailers, every framing
// error including chunk-size overflow, fed whole, byte by byte and with a small payload cap.
class TestChunkedDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valid_data();
    void valid();
    void malformed_data();
    void malformed();
    void payloadIsAViewIntoTheInput();
    void hugeChunkIsStreamedNotBuffered();
    void trailerFramingFieldsAreMarked();
    void doneAndErrorStayUntilReset();
    void limitsApplyToTrailers();
};

void TestChunkedDecoder::valid_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QByteArrayList>("trailers");
    QTest::addColumn<QByteArray>("remaining");

    QTest::newRow("one chunk") << QByteArray("5\r\nhello\r\n0\r\n\r\n") << QByteArray("hello") << QByteArrayList()
                               << QByteArray();
    QTest::newRow("several chunks") << QByteArray("5\r\nhello\r\n1\r\n \r\n5\r\nworld\r\n0\r\n\r\n")
                                    << QByteArray("hello world") << QByteArrayList() << QByteArray();
    QTest::newRow("empty body") << QByteArray("0\r\n\r\n") << QByteArray() << QByteArrayList() << QByteArray();
    QTest::newRow("uppercase hex") << QByteArray("A\r\n0123456789\r\n0\r\n\r\n") << QByteArray("0123456789")
                                   << QByteArrayList() << QByteArray();
    QTest::newRow("lowercase hex") << QByteArray("1a\r\nabcdefghijklmnopqrstuvwxyz\r\n0\r\n\r\n")
                                   << QByteArray("abcdefghijklmnopqrstuvwxyz") << QByteArrayList() << QByteArray();
    QTest::newRow("16 digits with leading zeros") << QByteArray("0000000000000005\r\nhello\r\n0000000000000000\r\n\r\n")
                                                  << QByteArray("hello") << QByteArrayList() << QByteArray();
    QTest::newRow("extensions") << QByteArray("5;name=value\r\nhello\r\n0;last\r\n\r\n") << QByteArray("hello")
                                << QByteArrayList() << QByteArray();
    QTest::newRow("extension with BWS and a quoted string") << QByteArray("5 \t; a = \"b;c\"\r\nhello\r\n0\r\n\r\n")
                                                            << QByteArray("hello") << QByteArrayList() << QByteArray();
    QTest::newRow("CRLF and NUL inside the payload") << QByteArray("4\r\n\r\n\0\n\r\n0\r\n\r\n", 14)
                                                     << QByteArray("\r\n\0\n", 4) << QByteArrayList() << QByteArray();
    QTest::newRow("trailers") << QByteArray("5\r\nhello\r\n0\r\nX-Checksum: abc\r\nX-Other:  1 \r\n\r\n")
                              << QByteArray("hello") << QByteArrayList({"X-Checksum: abc", "X-Other: 1"})
                              << QByteArray();
    QTest::newRow("next message follows") << QByteArray("3\r\nabc\r\n0\r\n\r\nGET / HTTP/1.1\r\n") << QByteArray("abc")
                                          << QByteArrayList() << QByteArray("GET / HTTP/1.1\r\n");
    QTest::newRow("next message follows trailers")
        << QByteArray("3\r\nabc\r\n0\r\nX-T: 1\r\n\r\nGET /") << QByteArray("abc") << QByteArrayList({"X-T: 1"})
        << QByteArray("GET /");
}

void TestChunkedDecoder::valid()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, payload);
    QFETCH(QByteArrayList, trailers);
    QFETCH(QByteArray, remaining);

    struct Feeding
    {
        const char* name;
        qsizetype step;
        qsizetype maxData;
    };
    const qsizetype unlimited = std::numeric_limits<qsizetype>::max();
    for (const Feeding feeding : {Feeding{"whole", body.size(), unlimited}, Feeding{"byte by byte", 1, unlimited},
                                  Feeding{"three bytes", 3, unlimited}, Feeding{"maxData 2", body.size(), 2}}) {
        const Outcome outcome = decode(body, feeding.step, feeding.maxData);
        QVERIFY2(outcome.status == Status::Done, feeding.name);
        QCOMPARE(outcome.error, ParseError::None);
        QCOMPARE(outcome.payload, payload);
        QCOMPARE(outcome.trailers, trailers);
        QCOMPARE(outcome.remaining, remaining);
        QVERIFY(outcome.largestPiece <= feeding.maxData);
    }
}

void TestChunkedDecoder::malformed_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<ParseError>("error");

    using E = ParseError;
    QTest::newRow("no digits") << QByteArray("\r\n") << E::InvalidChunkSize;
    QTest::newRow("extension without size") << QByteArray(";a\r\n") << E::InvalidChunkSize;
    QTest::newRow("non-hex size") << QByteArray("g\r\n") << E::InvalidChunkSize;
    QTest::newRow("0x prefix") << QByteArray("0x5\r\nhello\r\n") << E::InvalidChunkSize;
    QTest::newRow("negative size") << QByteArray("-5\r\n") << E::InvalidChunkSize;
    QTest::newRow("plus sign") << QByteArray("+5\r\n") << E::InvalidChunkSize;
    QTest::newRow("17 hex digits") << QByteArray("00000000000000005\r\nhello\r\n0\r\n\r\n") << E::ChunkSizeOverflow;
    QTest::newRow("size above 2^62") << QByteArray("4000000000000001\r\n") << E::ChunkSizeOverflow;
    QTest::newRow("size 2^64-1") << QByteArray("ffffffffffffffff\r\n") << E::ChunkSizeOverflow;
    QTest::newRow("size 2^64+5 wraps in 64 bits")
        << QByteArray("10000000000000005\r\nhello\r\n0\r\n\r\n") << E::ChunkSizeOverflow;
    QTest::newRow("bare LF after size") << QByteArray("5\nhello\r\n0\r\n\r\n") << E::BareLf;
    QTest::newRow("CR without LF after size") << QByteArray("5\rhello\r\n") << E::InvalidChunkSize;
    QTest::newRow("whitespace then CRLF") << QByteArray("5 \r\nhello\r\n0\r\n\r\n") << E::InvalidChunkExtension;
    QTest::newRow("junk after size") << QByteArray("5 x\r\nhello\r\n") << E::InvalidChunkExtension;
    QTest::newRow("bare LF after whitespace") << QByteArray("5 \nhello\r\n") << E::BareLf;
    QTest::newRow("endless whitespace after size")
        << QByteArray("5" + QByteArray(5000, ' ') + ";a\r\n") << E::ChunkExtensionTooLong;
    QTest::newRow("control character in extension") << QByteArray("5;a\x01\r\nhello\r\n") << E::InvalidChunkExtension;
    QTest::newRow("bare LF in extension") << QByteArray("5;a\nhello\r\n") << E::BareLf;
    QTest::newRow("extension too long") << QByteArray("5;" + QByteArray(4096, 'a') + "\r\nhello\r\n0\r\n\r\n")
                                        << E::ChunkExtensionTooLong;
    QTest::newRow("missing CRLF after data") << QByteArray("5\r\nhelloX\r\n0\r\n\r\n") << E::MissingChunkDataCrlf;
    QTest::newRow("data longer than its size") << QByteArray("3\r\nhello\r\n0\r\n\r\n") << E::MissingChunkDataCrlf;
    QTest::newRow("bare LF after data") << QByteArray("5\r\nhello\n0\r\n\r\n") << E::MissingChunkDataCrlf;
    QTest::newRow("CR without LF after data") << QByteArray("5\r\nhello\rX0\r\n\r\n") << E::MissingChunkDataCrlf;
    QTest::newRow("bare LF ends the trailers") << QByteArray("0\r\n\n") << E::BareLf;
    QTest::newRow("bare LF in a trailer") << QByteArray("0\r\nX-A: 1\n\r\n") << E::BareLf;
    QTest::newRow("obs-fold in trailers") << QByteArray("0\r\nX-A: 1\r\n 2\r\n\r\n") << E::ObsFold;
    QTest::newRow("whitespace before colon in trailers")
        << QByteArray("0\r\nX-A : 1\r\n\r\n") << E::WhitespaceBeforeColon;
    QTest::newRow("NUL in a trailer value") << QByteArray("0\r\nX-A: \0\r\n\r\n", 13) << E::InvalidFieldValue;
    QTest::newRow("trailer section too large")
        << QByteArray("0\r\nX-Big: " + QByteArray(64 * 1024, 'a') + "\r\n\r\n") << E::HeaderSectionTooLarge;
}

void TestChunkedDecoder::malformed()
{
    QFETCH(QByteArray, body);
    QFETCH(ParseError, error);
    for (const qsizetype step : {body.size(), qsizetype(1), qsizetype(7)}) {
        const Outcome outcome = decode(body, step);
        QCOMPARE(outcome.status, Status::Error);
        QCOMPARE(outcome.error, error);
        QCOMPARE(httpStatusFor(outcome.error) / 100, 4);
    }
}

void TestChunkedDecoder::payloadIsAViewIntoTheInput()
{
    const QByteArray body = "b\r\nhello world\r\n0\r\n\r\n";
    ChunkedDecoder decoder;
    const ChunkedDecoder::Result data = decoder.decode(body);
    QCOMPARE(data.status, Status::Data);
    QVERIFY(data.data.data() == body.constData() + 3);
    QCOMPARE(data.data.size(), 11);
    QCOMPARE(data.consumed, 14);
    const ChunkedDecoder::Result done = decoder.decode(QByteArrayView(body).sliced(data.consumed));
    QCOMPARE(done.status, Status::Done);
    QCOMPARE(data.consumed + done.consumed, body.size());
    QVERIFY(decoder.isDone());
    QVERIFY(decoder.trailers().empty());
}

void TestChunkedDecoder::hugeChunkIsStreamedNotBuffered()
{
    // 2^62, the largest size accepted: the decoder hands out what it is given, whatever the size.
    ChunkedDecoder decoder;
    const QByteArray start = "4000000000000000\r\n0123456789";
    ChunkedDecoder::Result result = decoder.decode(start);
    QCOMPARE(result.status, Status::Data);
    QCOMPARE(result.data.toByteArray(), QByteArray("0123456789"));
    QCOMPARE(result.consumed, start.size());
    result = decoder.decode(QByteArrayView(start).sliced(result.consumed));
    QCOMPARE(result.status, Status::NeedMore);
    QCOMPARE(result.consumed, 0);
    result = decoder.decode("abc");
    QCOMPARE(result.status, Status::Data);
    QCOMPARE(result.data.toByteArray(), QByteArray("abc"));
}

void TestChunkedDecoder::trailerFramingFieldsAreMarked()
{
    const QByteArray body = "0\r\nContent-Length: 5\r\nX-Sum: 1\r\nTransfer-Encoding: chunked\r\nHost: evil\r\n\r\n";
    ChunkedDecoder decoder;
    const ChunkedDecoder::Result result = decoder.decode(body);
    QCOMPARE(result.status, Status::Done);
    QCOMPARE(result.consumed, body.size());
    QStringList forwarded;
    for (const HttpHeader& field : decoder.trailers()) {
        if (!field.hopByHop)
            forwarded << QString::fromLatin1(field.name);
    }
    QCOMPARE(forwarded, QStringList({QStringLiteral("X-Sum")}));
    QCOMPARE(decoder.trailers().size(), size_t(4));
}

void TestChunkedDecoder::doneAndErrorStayUntilReset()
{
    ChunkedDecoder decoder;
    QCOMPARE(decoder.decode("0\r\n\r\n").status, Status::Done);
    QCOMPARE(decoder.decode("5\r\nhello\r\n").status, Status::Done);
    decoder.reset();
    QCOMPARE(decoder.decode("z").error, ParseError::InvalidChunkSize);
    QCOMPARE(decoder.decode("0\r\n\r\n").status, Status::Error);
    QCOMPARE(decoder.error(), ParseError::InvalidChunkSize);
    decoder.reset();
    QCOMPARE(decoder.error(), ParseError::None);
    QCOMPARE(decoder.decode("0\r\nX: 1\r\n\r\n").status, Status::Done);
    QCOMPARE(decoder.trailers().size(), size_t(1));
}

void TestChunkedDecoder::limitsApplyToTrailers()
{
    HttpLimits limits;
    limits.maxHeaderCount = 2;
    limits.maxChunkExtensionBytes = 4;
    ChunkedDecoder decoder(limits);
    QCOMPARE(decoder.decode("0\r\nA: 1\r\nB: 2\r\nC: 3\r\n\r\n").error, ParseError::TooManyHeaderFields);
    decoder.reset();
    QCOMPARE(decoder.decode("0;abc\r\n\r\n").status, Status::Done);
    decoder.reset();
    QCOMPARE(decoder.decode("0;abcd\r\n\r\n").error, ParseError::ChunkExtensionTooLong);
}

QTEST_APPLESS_MAIN(TestChunkedDecoder)
#include "TestChunkedDecoder.moc"

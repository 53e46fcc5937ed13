// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContentDecoder.h"
#include "compression/Compressor.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Portico;

Q_DECLARE_METATYPE(Portico::ContentCoding)

namespace {

QByteArray decode(ContentCoding coding, const QByteArray& data)
{
    return Test::ContentDecoder::decode(coding, data);
}

// Text with repetition (compresses well) and some noise (so it is not trivially short).
QByteArray sampleText(qsizetype size)
{
    QByteArray text;
    text.reserve(size + 128);
    QRandomGenerator random(7);
    while (text.size() < size) {
        text += "<li class=\"item\">Row " + QByteArray::number(random.bounded(100000)) +
                " of the portico sample, lorem ipsum dolor sit amet</li>\n";
    }
    text.truncate(size);
    return text;
}

QByteArray randomBytes(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator random(11);
    for (char& byte : bytes)
        byte = static_cast<char>(random.bounded(256));
    return bytes;
}

} // namespace

class TestCompressor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void identityHasNoCompressor();
    void roundTrip_data();
    void roundTrip();
    void piecesDecodeLikeOneShot_data();
    void piecesDecodeLikeOneShot();
    void emptyInput_data();
    void emptyInput();
    void streamsBeforeTheEnd_data();
    void streamsBeforeTheEnd();
    void nothingAfterFinish_data();
    void nothingAfterFinish();
    void gzipHeader();
};

void TestCompressor::identityHasNoCompressor()
{
    QVERIFY(!Compressor::create(ContentCoding::Identity, 6));
    QVERIFY(Compressor::compressAll(ContentCoding::Identity, 6, "text").isEmpty());
}

void TestCompressor::roundTrip_data()
{
    QTest::addColumn<ContentCoding>("coding");
    QTest::addColumn<int>("level");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("shrinks");

    const QByteArray text = sampleText(200'000);
    const QByteArray noise = randomBytes(70'000);
    for (int level : {1, 6, 9}) {
        QTest::addRow("gzip %d text", level) << ContentCoding::Gzip << level << text << true;
        QTest::addRow("gzip %d noise", level) << ContentCoding::Gzip << level << noise << false;
    }
    for (int quality : {0, 5, 11}) {
        QTest::addRow("br %d text", quality) << ContentCoding::Brotli << quality << text << true;
        QTest::addRow("br %d noise", quality) << ContentCoding::Brotli << quality << noise << false;
    }
    // Output larger than the compressors' internal steps.
    const QByteArray bigNoise = randomBytes(1'500'000);
    QTest::newRow("gzip large noise") << ContentCoding::Gzip << 6 << bigNoise << false;
    QTest::newRow("br large noise") << ContentCoding::Brotli << 5 << bigNoise << false;
    QTest::newRow("gzip one byte") << ContentCoding::Gzip << 6 << QByteArray("x") << false;
    QTest::newRow("br one byte") << ContentCoding::Brotli << 5 << QByteArray("x") << false;
}

void TestCompressor::roundTrip()
{
    QFETCH(ContentCoding, coding);
    QFETCH(int, level);
    QFETCH(QByteArray, input);
    QFETCH(bool, shrinks);

    const QByteArray compressed = Compressor::compressAll(coding, level, input);
    QVERIFY(!compressed.isEmpty());
    if (shrinks)
        QVERIFY2(compressed.size() < input.size() / 3,
                 qPrintable(QStringLiteral("%1 -> %2 bytes").arg(input.size()).arg(compressed.size())));
    QCOMPARE(decode(coding, compressed), input);
}

void TestCompressor::piecesDecodeLikeOneShot_data()
{
    QTest::addColumn<ContentCoding>("coding");
    QTest::addColumn<qsizetype>("pieceSize");

    for (qsizetype piece : {1, 7, 1000, 16384, 65536}) {
        QTest::addRow("gzip, pieces of %lld", static_cast<long long>(piece)) << ContentCoding::Gzip << piece;
        QTest::addRow("br, pieces of %lld", static_cast<long long>(piece)) << ContentCoding::Brotli << piece;
    }
}

void TestCompressor::piecesDecodeLikeOneShot()
{
    QFETCH(ContentCoding, coding);
    QFETCH(qsizetype, pieceSize);

    // Byte-by-byte feeding of the full sample would be slow at brotli's defaults; keep it short there.
    const QByteArray input = sampleText(pieceSize == 1 ? 5'000 : 300'000) + randomBytes(3'000);
    const std::unique_ptr<Compressor> compressor = Compressor::create(coding, coding == ContentCoding::Gzip ? 6 : 5);
    QVERIFY(compressor);
    QCOMPARE(compressor->coding(), coding);
    QByteArray streamed;
    for (qsizetype offset = 0; offset < input.size(); offset += pieceSize)
        QVERIFY(compressor->compress(QByteArrayView(input).sliced(offset, qMin(pieceSize, input.size() - offset)),
                                     streamed));
    QVERIFY(compressor->finish(streamed));

    const QByteArray oneShot = Compressor::compressAll(coding, coding == ContentCoding::Gzip ? 6 : 5, input);
    QCOMPARE(decode(coding, streamed), input);
    QCOMPARE(decode(coding, oneShot), decode(coding, streamed));
}

void TestCompressor::emptyInput_data()
{
    QTest::addColumn<ContentCoding>("coding");
    QTest::newRow("gzip") << ContentCoding::Gzip;
    QTest::newRow("br") << ContentCoding::Brotli;
}

void TestCompressor::emptyInput()
{
    QFETCH(ContentCoding, coding);
    // A valid stream that decodes to nothing, from finish() alone and from compressAll().
    const std::unique_ptr<Compressor> compressor = Compressor::create(coding, 5);
    QByteArray out;
    QVERIFY(compressor->compress({}, out));
    QVERIFY(compressor->finish(out));
    QVERIFY(!out.isEmpty());
    const QByteArray decoded = decode(coding, out);
    QVERIFY(!decoded.isNull());
    QVERIFY(decoded.isEmpty());
    const QByteArray oneShot = Compressor::compressAll(coding, 5, {});
    QVERIFY(!oneShot.isEmpty());
    QVERIFY(!decode(coding, oneShot).isNull());
    QVERIFY(decode(coding, oneShot).isEmpty());
}

void TestCompressor::streamsBeforeTheEnd_data()
{
    emptyInput_data();
}

void TestCompressor::streamsBeforeTheEnd()
{
    QFETCH(ContentCoding, coding);
    // A long body must not be held back until finish(): output appears while input is still coming.
    const std::unique_ptr<Compressor> compressor = Compressor::create(coding, 5);
    const QByteArray piece = sampleText(16384) + randomBytes(16384);
    QByteArray out;
    qsizetype fed = 0;
    while (out.isEmpty() && fed < 64 * 1024 * 1024) {
        QVERIFY(compressor->compress(piece, out));
        fed += piece.size();
    }
    QVERIFY2(!out.isEmpty(), "no output before finish() after 64 MiB of input");
    QVERIFY(compressor->finish(out));
}

void TestCompressor::nothingAfterFinish_data()
{
    emptyInput_data();
}

void TestCompressor::nothingAfterFinish()
{
    QFETCH(ContentCoding, coding);
    const std::unique_ptr<Compressor> compressor = Compressor::create(coding, 5);
    QByteArray out;
    QVERIFY(compressor->compress("some text", out));
    QVERIFY(compressor->finish(out));
    const QByteArray finished = out;
    QVERIFY(!compressor->compress("more", out));
    QVERIFY(!compressor->finish(out));
    QCOMPARE(out, finished);
    QCOMPARE(decode(coding, out), QByteArray("some text"));
}

void TestCompressor::gzipHeader()
{
    // RFC 1952 magic and the deflate method: what clients check before inflating.
    const QByteArray gzip = Compressor::compressAll(ContentCoding::Gzip, 6, "hello");
    QVERIFY(gzip.startsWith("\x1f\x8b\x08"));
}

QTEST_APPLESS_MAIN(TestCompressor)
#include "TestCompressor.moc"

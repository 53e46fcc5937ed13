// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestPaths.h"
#include "cache/CacheEntryCodec.h"

#include <QFile>
#include <QTest>
#include <QtEndian>

#include <zlib.h>

using namespace Portico;

namespace {

CacheEntry fullEntry()
{
    CacheEntry entry;
    entry.key = "https|shop|example.test|/product/42?colour=red";
    entry.varyNames = {"accept-encoding", "accept-language"};
    entry.varyValues = {"br", "de, en;q=0.5"};
    entry.site = QStringLiteral("Shop \u00e9t\u00e9");
    entry.path = "/product/42";
    entry.status = 203;
    entry.reason = "Non-Authoritative Information";
    entry.headers = {{"Content-Type", "text/html; charset=utf-8"}, {"Cache-Control", "max-age=60"}, {"X-Empty", ""}};
    entry.body = QByteArray("<p>\0binary\xff body</p>", 21).repeated(50);
    entry.contentEncoding = "br";
    entry.requestTimeMs = 1767258000000;
    entry.responseTimeMs = 1767258000250;
    entry.dateMs = 1767257999000;
    entry.ageSeconds = 7;
    entry.freshnessLifetimeMs = 60000;
    entry.staleWhileRevalidateMs = 30000;
    entry.staleIfErrorMs = 86400000;
    entry.heuristic = true;
    entry.overridden = true;
    entry.mustRevalidate = true;
    entry.noCache = true;
    entry.etag = "W/\"abc\"";
    entry.lastModified = "Wed, 31 Dec 2025 12:00:00 GMT";
    entry.ruleIndex = 3;
    return entry;
}

void compareEntries(const CacheEntry& actual, const CacheEntry& expected)
{
    QCOMPARE(actual.key, expected.key);
    QCOMPARE(actual.varyNames, expected.varyNames);
    QCOMPARE(actual.varyValues, expected.varyValues);
    QCOMPARE(actual.site, expected.site);
    QCOMPARE(actual.path, expected.path);
    QCOMPARE(actual.status, expected.status);
    QCOMPARE(actual.reason, expected.reason);
    QCOMPARE(actual.headers, expected.headers);
    QCOMPARE(actual.body, expected.body);
    QCOMPARE(actual.contentEncoding, expected.contentEncoding);
    QCOMPARE(actual.requestTimeMs, expected.requestTimeMs);
    QCOMPARE(actual.responseTimeMs, expected.responseTimeMs);
    QCOMPARE(actual.dateMs, expected.dateMs);
    QCOMPARE(actual.ageSeconds, expected.ageSeconds);
    QCOMPARE(actual.freshnessLifetimeMs, expected.freshnessLifetimeMs);
    QCOMPARE(actual.staleWhileRevalidateMs, expected.staleWhileRevalidateMs);
    QCOMPARE(actual.staleIfErrorMs, expected.staleIfErrorMs);
    QCOMPARE(actual.heuristic, expected.heuristic);
    QCOMPARE(actual.overridden, expected.overridden);
    QCOMPARE(actual.mustRevalidate, expected.mustRevalidate);
    QCOMPARE(actual.noCache, expected.noCache);
    QCOMPARE(actual.etag, expected.etag);
    QCOMPARE(actual.lastModified, expected.lastModified);
    QCOMPARE(actual.ruleIndex, expected.ruleIndex);
}

// Replaces the trailing CRC with the right one for the (edited) content, so that only the edit is wrong.
QByteArray withValidCrc(QByteArray bytes)
{
    bytes.chop(4);
    const auto crc = static_cast<quint32>(
        crc32(0L, reinterpret_cast<const Bytef*>(bytes.constData()), static_cast<uInt>(bytes.size())));
    char buffer[4];
    qToLittleEndian(crc, buffer);
    bytes.append(buffer, 4);
    return bytes;
}

QByteArray readSample(const QString& name)
{
    QFile file(Test::TestPaths::data(QStringLiteral("cache/") + name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace

class TestCacheEntryCodec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip();
    void roundTripDefaults();
    void everyTruncationRejected();
    void everyFlippedByteRejected();
    void wrongMagicRejected();
    void wrongVersionRejected();
    void absurdLengthRejected();
    void trailingBytesRejected();
    void sampleFromIndependentEncoder();
    void damagedSamplesRejected_data();
    void damagedSamplesRejected();
};

void TestCacheEntryCodec::roundTrip()
{
    const CacheEntry entry = fullEntry();
    const QByteArray bytes = CacheEntryCodec::encode(entry);
    QVERIFY(bytes.startsWith("PCE1"));
    const std::optional<CacheEntry> decoded = CacheEntryCodec::decode(bytes);
    QVERIFY(decoded);
    compareEntries(*decoded, entry);
}

void TestCacheEntryCodec::roundTripDefaults()
{
    CacheEntry entry;
    entry.key = "k";
    const std::optional<CacheEntry> decoded = CacheEntryCodec::decode(CacheEntryCodec::encode(entry));
    QVERIFY(decoded);
    compareEntries(*decoded, entry);
    QVERIFY(decoded->body.isEmpty());
}

void TestCacheEntryCodec::everyTruncationRejected()
{
    CacheEntry entry = fullEntry();
    // Small enough to try every length; still every field.
    entry.body = "body";
    const QByteArray bytes = CacheEntryCodec::encode(entry);
    QVERIFY(CacheEntryCodec::decode(bytes));
    for (qsizetype length = 0; length < bytes.size(); ++length)
        QVERIFY2(!CacheEntryCodec::decode(QByteArrayView(bytes).first(length)), qPrintable(QString::number(length)));
}

void TestCacheEntryCodec::everyFlippedByteRejected()
{
    CacheEntry entry = fullEntry();
    entry.body = "body";
    const QByteArray bytes = CacheEntryCodec::encode(entry);
    for (qsizetype at = 0; at < bytes.size(); ++at) {
        for (const char mask : {'\x01', '\x80', '\xff'}) {
            QByteArray damaged = bytes;
            damaged[at] = static_cast<char>(damaged[at] ^ mask);
            QVERIFY2(!CacheEntryCodec::decode(damaged), qPrintable(QString::number(at)));
        }
    }
}

void TestCacheEntryCodec::wrongMagicRejected()
{
    QByteArray bytes = CacheEntryCodec::encode(fullEntry());
    bytes[3] = '2';
    QVERIFY(!CacheEntryCodec::decode(withValidCrc(bytes)));
    QVERIFY(CacheEntryCodec::decode(withValidCrc(CacheEntryCodec::encode(fullEntry()))));
}

void TestCacheEntryCodec::wrongVersionRejected()
{
    QByteArray bytes = CacheEntryCodec::encode(fullEntry());
    // The version follows the magic, little-endian.
    QCOMPARE(qFromLittleEndian<quint32>(bytes.constData() + 4), quint32(1));
    qToLittleEndian(quint32(2), bytes.data() + 4);
    QVERIFY(!CacheEntryCodec::decode(withValidCrc(bytes)));
}

void TestCacheEntryCodec::absurdLengthRejected()
{
    QByteArray bytes = CacheEntryCodec::encode(fullEntry());
    // The key's length comes first after the version: claim almost 4 GiB.
    qToLittleEndian(quint32(0xfffffff0), bytes.data() + 8);
    QVERIFY(!CacheEntryCodec::decode(withValidCrc(bytes)));
    // And a list count (the vary names, after the key) of four billion.
    bytes = CacheEntryCodec::encode(fullEntry());
    const qsizetype keySize = fullEntry().key.size();
    qToLittleEndian(quint32(0xfffffff0), bytes.data() + 12 + keySize);
    QVERIFY(!CacheEntryCodec::decode(withValidCrc(bytes)));
}

void TestCacheEntryCodec::trailingBytesRejected()
{
    QByteArray bytes = CacheEntryCodec::encode(fullEntry());
    bytes.insert(bytes.size() - 4, "junk");
    QVERIFY(!CacheEntryCodec::decode(withValidCrc(bytes)));
}

void TestCacheEntryCodec::sampleFromIndependentEncoder()
{
    // tests/data/cache/make-samples.py writes the format from its description.
    const QByteArray bytes = readSample(QStringLiteral("good.pce"));
    QVERIFY(!bytes.isEmpty());
    const std::optional<CacheEntry> entry = CacheEntryCodec::decode(bytes);
    QVERIFY(entry);
    QCOMPARE(entry->key, QByteArray("http|sample|example.test|/sample.css"));
    QCOMPARE(entry->varyNames, QList<QByteArray>{"accept-encoding"});
    QCOMPARE(entry->varyValues, QList<QByteArray>{"gzip"});
    QCOMPARE(entry->site, QStringLiteral("sample"));
    QCOMPARE(entry->path, QByteArray("/sample.css"));
    QCOMPARE(entry->status, 200);
    QCOMPARE(entry->reason, QByteArray("OK"));
    const QList<QPair<QByteArray, QByteArray>> headers{{"Content-Type", "text/css"}, {"ETag", "\"v1\""}};
    QCOMPARE(entry->headers, headers);
    QCOMPARE(entry->contentEncoding, QByteArray("gzip"));
    QCOMPARE(entry->requestTimeMs, 1767258000000);
    QCOMPARE(entry->responseTimeMs, 1767258000100);
    QCOMPARE(entry->dateMs, 1767258000000);
    QCOMPARE(entry->ageSeconds, 5);
    QCOMPARE(entry->freshnessLifetimeMs, 3600000);
    QCOMPARE(entry->staleWhileRevalidateMs, 60000);
    QCOMPARE(entry->staleIfErrorMs, 0);
    QVERIFY(entry->heuristic);
    QVERIFY(!entry->overridden);
    QVERIFY(!entry->mustRevalidate);
    QVERIFY(entry->noCache);
    QCOMPARE(entry->etag, QByteArray("\"v1\""));
    QCOMPARE(entry->lastModified, QByteArray("Thu, 01 Jan 2026 08:00:00 GMT"));
    QCOMPARE(entry->ruleIndex, 2);
    QCOMPARE(entry->body, QByteArray("body { color: teal }\n"));
    // Both encoders agree byte for byte.
    QCOMPARE(CacheEntryCodec::encode(*entry), bytes);
}

void TestCacheEntryCodec::damagedSamplesRejected_data()
{
    QTest::addColumn<QString>("sample");
    QTest::newRow("truncated") << QStringLiteral("truncated.pce");
    QTest::newRow("bad crc") << QStringLiteral("bad-crc.pce");
    QTest::newRow("wrong magic") << QStringLiteral("wrong-magic.pce");
    QTest::newRow("empty") << QStringLiteral("empty.pce");
}

void TestCacheEntryCodec::damagedSamplesRejected()
{
    QFETCH(QString, sample);
    QVERIFY(QFile::exists(Test::TestPaths::data(QStringLiteral("cache/") + sample)));
    QVERIFY(!CacheEntryCodec::decode(readSample(sample)));
}

QTEST_GUILESS_MAIN(TestCacheEntryCodec)
#include "TestCacheEntryCodec.moc"

// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AllocationCounter.h"
#include "pool/StickyCookie.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QTest>
#include <QtEndian>

using namespace Portico;

namespace {

QByteArray randomSecret()
{
    QByteArray secret(32, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32*>(secret.data()), 8);
    return secret;
}

const QByteArray testSecret("portico-test-secret");

bool isBase64Url(const QByteArray& text)
{
    for (const char c : text) {
        const bool ok =
            (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
        if (!ok)
            return false;
    }
    return true;
}

} // namespace

class TestStickyCookie : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void backendIdIsSha256Prefix_data();
    void backendIdIsSha256Prefix();
    void knownEncoding_data();
    void knownEncoding();
    void roundTrip_data();
    void roundTrip();
    void rejects_data();
    void rejects();
    void anyChangedCharacterIsRejected();
    void otherSecretIsRejected();
    void findCookie_data();
    void findCookie();
    void setCookieValue();
    void findCookieAllocatesNothing();
};

void TestStickyCookie::backendIdIsSha256Prefix_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<quint64>("expected");
    // From Python's hashlib: int.from_bytes(sha256(key).digest()[:8], "big").
    QTest::newRow("ip") << QByteArray("127.0.0.1:8080") << quint64(0xb678fa77dde442f6ULL);
    QTest::newRow("name") << QByteArray("app1.example.com:443") << quint64(0xfa437456529d9b5dULL);
}

void TestStickyCookie::backendIdIsSha256Prefix()
{
    QFETCH(QByteArray, key);
    QFETCH(quint64, expected);
    QCOMPARE(StickyCookie::backendId(key), expected);
    const QByteArray digest = QCryptographicHash::hash(key, QCryptographicHash::Sha256);
    QCOMPARE(StickyCookie::backendId(key), qFromBigEndian<quint64>(digest.constData()));
}

void TestStickyCookie::knownEncoding_data()
{
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<quint64>("id");
    QTest::addColumn<QByteArray>("expected");
    // From Python: urlsafe_b64encode(id + hmac.new(secret, id, sha256).digest()[:12]) without "=".
    QTest::newRow("backend") << testSecret << quint64(0xb678fa77dde442f6ULL)
                             << QByteArray("tnj6d93kQvbFxwDhsbsbg4aKtIk");
    QTest::newRow("all ones") << testSecret << ~quint64(0) << QByteArray("__________-7ov-hpYF_NlM7PAs");
    QTest::newRow("empty secret") << QByteArray() << quint64(1) << QByteArray("AAAAAAAAAAGkoRzl--j5a_MCgDU");
}

void TestStickyCookie::knownEncoding()
{
    QFETCH(QByteArray, secret);
    QFETCH(quint64, id);
    QFETCH(QByteArray, expected);
    const StickyCookie cookie(secret);
    QCOMPARE(cookie.encode(id), expected);
    QCOMPARE(cookie.decode(expected), std::optional<quint64>(id));
}

void TestStickyCookie::roundTrip_data()
{
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<quint64>("id");
    const QByteArray random = randomSecret();
    for (const quint64 id : {quint64(0), quint64(1), ~quint64(0), StickyCookie::backendId("10.0.0.5:8080")}) {
        QTest::addRow("random secret, %llx", static_cast<unsigned long long>(id)) << random << id;
        QTest::addRow("empty secret, %llx", static_cast<unsigned long long>(id)) << QByteArray() << id;
        QTest::addRow("short secret, %llx", static_cast<unsigned long long>(id)) << QByteArray("s") << id;
    }
    QTest::newRow("long secret") << QByteArray(200, 'k') << quint64(12345);
}

void TestStickyCookie::roundTrip()
{
    QFETCH(QByteArray, secret);
    QFETCH(quint64, id);
    const StickyCookie cookie(secret);
    const QByteArray value = cookie.encode(id);
    QCOMPARE(value.size(), StickyCookie::encodedLength);
    QVERIFY2(isBase64Url(value), value.constData());
    QCOMPARE(cookie.decode(value), std::optional<quint64>(id));
    // A copy, as each worker may hold, reads it too.
    const StickyCookie copy = cookie;
    QCOMPARE(copy.decode(value), std::optional<quint64>(id));
}

void TestStickyCookie::rejects_data()
{
    QTest::addColumn<QByteArray>("value");
    const QByteArray good("tnj6d93kQvbFxwDhsbsbg4aKtIk");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("truncated") << good.chopped(1);
    QTest::newRow("truncated by 4") << good.chopped(4);
    QTest::newRow("one too many") << good + 'A';
    QTest::newRow("with padding") << good + '=';
    QTest::newRow("id only") << QByteArray("tnj6d93kQvY");
    QTest::newRow("garbage") << QByteArray("!!!!!!!!!!!!!!!!!!!!!!!!!!!");
    QTest::newRow("blank inside") << QByteArray("tnj6d93kQvbFxw DhsbsbgaKtIk");
    QTest::newRow("standard base64 plus") << QByteArray("tnj6d93kQvbFxwDhsbsbg4aKt+k");
    QTest::newRow("standard base64 slash") << QByteArray("tnj6d93kQvbFxwDhsbsbg4aKt/k");
    // Same bytes, but the two unused low bits of the last character set: not the canonical spelling.
    QTest::newRow("non-canonical last character") << QByteArray("tnj6d93kQvbFxwDhsbsbg4aKtIl");
    QTest::newRow("all zero") << QByteArray(StickyCookie::encodedLength, 'A');
    QTest::newRow("high bytes") << QByteArray(StickyCookie::encodedLength, '\xff');
    QTest::newRow("nul bytes") << QByteArray(StickyCookie::encodedLength, '\0');
}

void TestStickyCookie::rejects()
{
    QFETCH(QByteArray, value);
    const StickyCookie cookie(testSecret);
    QVERIFY(!cookie.decode(value).has_value());
}

void TestStickyCookie::anyChangedCharacterIsRejected()
{
    const StickyCookie cookie(testSecret);
    const QByteArray good = cookie.encode(StickyCookie::backendId("10.0.0.5:8080"));
    QVERIFY(cookie.decode(good).has_value());
    const QByteArray alphabet("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_");
    for (qsizetype position = 0; position < good.size(); ++position) {
        for (const char replacement : alphabet) {
            if (replacement == good[position])
                continue;
            QByteArray tampered = good;
            tampered[position] = replacement;
            QVERIFY2(!cookie.decode(tampered).has_value(), tampered.constData());
        }
    }
}

void TestStickyCookie::otherSecretIsRejected()
{
    const quint64 id = StickyCookie::backendId("10.0.0.5:8080");
    const StickyCookie ours(randomSecret());
    const StickyCookie theirs(randomSecret());
    const StickyCookie none{QByteArray()};
    QVERIFY(!theirs.decode(ours.encode(id)).has_value());
    QVERIFY(!ours.decode(theirs.encode(id)).has_value());
    QVERIFY(!ours.decode(none.encode(id)).has_value());
    QVERIFY(!none.decode(ours.encode(id)).has_value());
}

void TestStickyCookie::findCookie_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QByteArray>("expected");
    const QByteArray sticky("portico_sticky");
    QTest::newRow("middle") << QByteArray("a=1; portico_sticky=xyz; b=2") << sticky << QByteArray("xyz");
    QTest::newRow("first") << QByteArray("portico_sticky=xyz; b=2") << sticky << QByteArray("xyz");
    QTest::newRow("last") << QByteArray("a=1; portico_sticky=xyz") << sticky << QByteArray("xyz");
    QTest::newRow("only") << QByteArray("portico_sticky=xyz") << sticky << QByteArray("xyz");
    QTest::newRow("no spaces") << QByteArray("a=1;portico_sticky=xyz;b=2") << sticky << QByteArray("xyz");
    QTest::newRow("extra blanks") << QByteArray("a=1 ;\t portico_sticky = xyz \t; b=2") << sticky << QByteArray("xyz");
    QTest::newRow("trailing semicolon") << QByteArray("portico_sticky=xyz;") << sticky << QByteArray("xyz");
    QTest::newRow("quoted") << QByteArray("a=1; portico_sticky=\"xyz\"; b=2") << sticky << QByteArray("xyz");
    QTest::newRow("lone quote kept") << QByteArray("portico_sticky=\"xyz") << sticky << QByteArray("\"xyz");
    QTest::newRow("first of two") << QByteArray("portico_sticky=one; portico_sticky=two") << sticky
                                  << QByteArray("one");
    QTest::newRow("value with =") << QByteArray("portico_sticky=a=b; c=d") << sticky << QByteArray("a=b");
    QTest::newRow("empty value") << QByteArray("portico_sticky=; b=2") << sticky << QByteArray();
    QTest::newRow("absent") << QByteArray("a=1; b=2") << sticky << QByteArray();
    QTest::newRow("empty header") << QByteArray() << sticky << QByteArray();
    QTest::newRow("longer name") << QByteArray("portico_sticky2=no; xportico_sticky=no") << sticky << QByteArray();
    QTest::newRow("name is a value") << QByteArray("a=portico_sticky; b=portico_sticky=x") << sticky << QByteArray();
    QTest::newRow("case matters") << QByteArray("Portico_Sticky=no") << sticky << QByteArray();
    QTest::newRow("pair without =") << QByteArray("portico_sticky; a=1") << sticky << QByteArray();
    QTest::newRow("pair without = then match") << QByteArray("junk; portico_sticky=xyz") << sticky << QByteArray("xyz");
    QTest::newRow("empty pairs") << QByteArray(";; ;portico_sticky=xyz") << sticky << QByteArray("xyz");
    QTest::newRow("other name") << QByteArray("a=1; shop_backend=abc") << QByteArray("shop_backend")
                                << QByteArray("abc");
    QTest::newRow("empty name finds nothing") << QByteArray("=x; a=1") << QByteArray() << QByteArray();
}

void TestStickyCookie::findCookie()
{
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, name);
    QFETCH(QByteArray, expected);
    QCOMPARE(StickyCookie::findCookie(header, name).toByteArray(), expected);
}

void TestStickyCookie::setCookieValue()
{
    const StickyCookie cookie(testSecret);
    const quint64 id = 0xb678fa77dde442f6ULL;
    QCOMPARE(cookie.setCookieValue("portico_sticky", id),
             QByteArray("portico_sticky=tnj6d93kQvbFxwDhsbsbg4aKtIk; Path=/; HttpOnly; SameSite=Lax"));

    // What the browser sends back is found and accepted.
    const QByteArray field = cookie.setCookieValue("shop_backend", id);
    const QByteArray pair = field.left(field.indexOf(';'));
    const QByteArray header = "theme=dark; " + pair + "; lang=en";
    QCOMPARE(cookie.decode(StickyCookie::findCookie(header, "shop_backend")), std::optional<quint64>(id));
}

void TestStickyCookie::findCookieAllocatesNothing()
{
    if (!Test::AllocationCounter::supported())
        QSKIP("allocations cannot be counted in this build");
    const QByteArray header("theme=dark; portico_sticky=tnj6d93kQvbFxwDhsbsbg4aKtIk; lang=en");
    qsizetype found = 0;
    {
        Test::AllocationCounter counter;
        for (int i = 0; i < 100; ++i)
            found += StickyCookie::findCookie(header, "portico_sticky").size();
        QCOMPARE(counter.count(), 0);
    }
    QCOMPARE(found, 100 * StickyCookie::encodedLength);
}

QTEST_GUILESS_MAIN(TestStickyCookie)
#include "TestStickyCookie.moc"

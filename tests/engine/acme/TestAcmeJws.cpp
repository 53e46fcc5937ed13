// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "acme/AcmeJws.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <openssl/bn.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

#include <memory>

using namespace Portico;

namespace {

// A fixed P-256 key; its JWK members and RFC 7638 thumbprint were computed with the openssl command line and
// Python's hashlib, independently of the code under test.
const QByteArray fixedKeyPem = QByteArrayLiteral("-----BEGIN PRIVATE KEY-----\n"
                                                 "MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg3RfU90yASO7x/eAh\n"
                                                 "fd90DBLQWDc8f6PSjveMOS1FRE+hRANCAASXY4HWZwXuHuAYwzTerijUyLlkYy2q\n"
                                                 "XvFuTX3QZxLShifODRcDj52CCfZpEkoZWozT992bB8exYGf6l7bpCYFh\n"
                                                 "-----END PRIVATE KEY-----\n");
const QString fixedX = QStringLiteral("l2OB1mcF7h7gGMM03q4o1Mi5ZGMtql7xbk190GcS0oY");
const QString fixedY = QStringLiteral("J84NFwOPnYIJ9mkSShlajNP33ZsHx7FgZ_qXtukJgWE");
const QByteArray fixedThumbprint = QByteArrayLiteral("ILIs58TPm9A6fm8D-bWU2Drs1Bi8JSzyjBldJhdIuLM");

QByteArray fromBase64Url(const QString& text)
{
    return QByteArray::fromBase64(text.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

// Verifies a raw r||s ES256 signature with OpenSSL, independently of AcmeJws's own conversion.
bool verifyRaw(const QByteArray& keyPem, const QByteArray& data, const QByteArray& raw)
{
    if (raw.size() != 64)
        return false;
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new_mem_buf(keyPem.constData(), int(keyPem.size())), BIO_free);
    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key(
        PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr), EVP_PKEY_free);
    std::unique_ptr<ECDSA_SIG, decltype(&ECDSA_SIG_free)> signature(ECDSA_SIG_new(), ECDSA_SIG_free);
    const auto* bytes = reinterpret_cast<const unsigned char*>(raw.constData());
    BIGNUM* r = BN_bin2bn(bytes, 32, nullptr);
    BIGNUM* s = BN_bin2bn(bytes + 32, 32, nullptr);
    if (!key || !signature || ECDSA_SIG_set0(signature.get(), r, s) != 1)
        return false;
    unsigned char* der = nullptr;
    const int derLength = i2d_ECDSA_SIG(signature.get(), &der);
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(EVP_MD_CTX_new(), EVP_MD_CTX_free);
    const bool ok =
        derLength > 0 && EVP_DigestVerifyInit(context.get(), nullptr, EVP_sha256(), nullptr, key.get()) == 1 &&
        EVP_DigestVerify(context.get(), der, size_t(derLength),
                         reinterpret_cast<const unsigned char*>(data.constData()), size_t(data.size())) == 1;
    OPENSSL_free(der);
    return ok;
}

QByteArray p384KeyPem()
{
    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key(EVP_EC_gen("P-384"), EVP_PKEY_free);
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new(BIO_s_mem()), BIO_free);
    PEM_write_bio_PrivateKey(bio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr);
    char* data = nullptr;
    const long length = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, length);
}

} // namespace

class TestAcmeJws : public QObject
{
    Q_OBJECT

private slots:
    void jwkAndThumbprintOfFixedKey()
    {
        const AcmeJws jws = AcmeJws::fromPem(fixedKeyPem);
        QVERIFY(!jws.isNull());
        const QJsonObject jwk = jws.jwk();
        QCOMPARE(jwk.value(QStringLiteral("kty")).toString(), QStringLiteral("EC"));
        QCOMPARE(jwk.value(QStringLiteral("crv")).toString(), QStringLiteral("P-256"));
        QCOMPARE(jwk.value(QStringLiteral("x")).toString(), fixedX);
        QCOMPARE(jwk.value(QStringLiteral("y")).toString(), fixedY);
        QCOMPARE(jws.thumbprint(), fixedThumbprint);
        QCOMPARE(jws.keyAuthorization(QStringLiteral("tok_en-1")), QByteArray("tok_en-1." + fixedThumbprint));
    }

    void signatureVerifiesWithOpenSsl()
    {
        const AcmeJws jws = AcmeJws::fromPem(fixedKeyPem);
        const QByteArray data = QByteArrayLiteral("header.payload");
        const QByteArray raw = jws.signRaw(data);
        QCOMPARE(raw.size(), 64);
        QVERIFY(verifyRaw(fixedKeyPem, data, raw));
        QVERIFY(!verifyRaw(fixedKeyPem, QByteArrayLiteral("header.other"), raw));
    }

    void flattenedJwsWithKeyId()
    {
        const AcmeJws jws = AcmeJws::fromPem(fixedKeyPem);
        const QString url = QStringLiteral("https://ca.example/acme/new-order");
        const QString kid = QStringLiteral("https://ca.example/acme/acct/1");
        const QByteArray payload = QByteArrayLiteral("{\"identifiers\":[]}");
        const QJsonObject message =
            QJsonDocument::fromJson(jws.sign(url, QStringLiteral("n0nce"), payload, kid)).object();
        QCOMPARE(message.size(), 3);
        const QByteArray protectedPart = message.value(QStringLiteral("protected")).toString().toLatin1();
        const QByteArray payloadPart = message.value(QStringLiteral("payload")).toString().toLatin1();
        QVERIFY(!protectedPart.contains('=') && !payloadPart.contains('='));
        const QJsonObject header = QJsonDocument::fromJson(fromBase64Url(QString::fromLatin1(protectedPart))).object();
        QCOMPARE(header.value(QStringLiteral("alg")).toString(), QStringLiteral("ES256"));
        QCOMPARE(header.value(QStringLiteral("nonce")).toString(), QStringLiteral("n0nce"));
        QCOMPARE(header.value(QStringLiteral("url")).toString(), url);
        QCOMPARE(header.value(QStringLiteral("kid")).toString(), kid);
        QVERIFY(!header.contains(QStringLiteral("jwk")));
        QCOMPARE(fromBase64Url(QString::fromLatin1(payloadPart)), payload);
        const QByteArray signature = fromBase64Url(message.value(QStringLiteral("signature")).toString());
        QVERIFY(verifyRaw(fixedKeyPem, protectedPart + '.' + payloadPart, signature));
    }

    void newAccountCarriesJwkAndPostAsGetIsEmpty()
    {
        const AcmeJws jws = AcmeJws::fromPem(fixedKeyPem);
        const QJsonObject message = QJsonDocument::fromJson(jws.sign(QStringLiteral("https://ca.example/acme/new-acct"),
                                                                     QStringLiteral("n"), {}))
                                        .object();
        const QJsonObject header =
            QJsonDocument::fromJson(fromBase64Url(message.value(QStringLiteral("protected")).toString())).object();
        QCOMPARE(header.value(QStringLiteral("jwk")).toObject(), jws.jwk());
        QVERIFY(!header.contains(QStringLiteral("kid")));
        QCOMPARE(message.value(QStringLiteral("payload")).toString(), QString());
    }

    void generatedKeyRoundTrips()
    {
        const AcmeJws generated = AcmeJws::generate();
        QVERIFY(!generated.isNull());
        const AcmeJws reloaded = AcmeJws::fromPem(generated.privateKeyPem());
        QVERIFY(!reloaded.isNull());
        QCOMPARE(reloaded.thumbprint(), generated.thumbprint());
        QVERIFY(generated.thumbprint() != fixedThumbprint);
    }

    void refusesOtherKeys()
    {
        QVERIFY(AcmeJws::fromPem(p384KeyPem()).isNull());
        QVERIFY(AcmeJws::fromPem(QByteArrayLiteral("garbage")).isNull());
        const AcmeJws none;
        QVERIFY(none.sign(QStringLiteral("https://ca.example/"), QStringLiteral("n"), {}).isEmpty());
        QVERIFY(none.thumbprint().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAcmeJws)
#include "TestAcmeJws.moc"

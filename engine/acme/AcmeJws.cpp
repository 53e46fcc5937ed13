// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "acme/AcmeJws.h"

#include "tls/OpenSsl.h"

#include <QCryptographicHash>
#include <QJsonDocument>

#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/pem.h>

namespace Portico {

namespace {

constexpr int coordinateSize = 32; // P-256

QByteArray paddedBignum(const BIGNUM* number)
{
    QByteArray bytes(coordinateSize, '\0');
    if (BN_bn2binpad(number, reinterpret_cast<unsigned char*>(bytes.data()), coordinateSize) != coordinateSize)
        return {};
    return bytes;
}

bool isP256(EVP_PKEY* key)
{
    if (!EVP_PKEY_is_a(key, "EC"))
        return false;
    char group[64] = {};
    size_t length = 0;
    return EVP_PKEY_get_utf8_string_param(key, OSSL_PKEY_PARAM_GROUP_NAME, group, sizeof group, &length) == 1 &&
           QByteArray(group, qsizetype(length)) == "prime256v1";
}

} // namespace

AcmeJws::AcmeJws(EVP_PKEY* key)
    : m_key(key, EVP_PKEY_free)
{}

AcmeJws AcmeJws::generate()
{
    EVP_PKEY* key = EVP_EC_gen("P-256");
    if (!key) {
        OpenSsl::clearErrors();
        return {};
    }
    return AcmeJws(key);
}

AcmeJws AcmeJws::fromPem(const QByteArray& privateKeyPem)
{
    OpenSsl::BioPtr bio = OpenSsl::readBio(privateKeyPem);
    OpenSsl::EvpPkeyPtr key(bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr) : nullptr);
    OpenSsl::clearErrors();
    if (!key || !isP256(key.get()))
        return {};
    return AcmeJws(key.release());
}

QByteArray AcmeJws::privateKeyPem() const
{
    return m_key ? OpenSsl::privateKeyToPem(m_key.get()) : QByteArray();
}

bool AcmeJws::publicCoordinates(QByteArray& x, QByteArray& y) const
{
    if (!m_key)
        return false;
    BIGNUM* rawX = nullptr;
    BIGNUM* rawY = nullptr;
    const bool got = EVP_PKEY_get_bn_param(m_key.get(), OSSL_PKEY_PARAM_EC_PUB_X, &rawX) == 1 &&
                     EVP_PKEY_get_bn_param(m_key.get(), OSSL_PKEY_PARAM_EC_PUB_Y, &rawY) == 1;
    OpenSsl::BignumPtr bnX(rawX);
    OpenSsl::BignumPtr bnY(rawY);
    if (!got) {
        OpenSsl::clearErrors();
        return false;
    }
    x = paddedBignum(bnX.get());
    y = paddedBignum(bnY.get());
    return !x.isEmpty() && !y.isEmpty();
}

QJsonObject AcmeJws::jwk() const
{
    QByteArray x;
    QByteArray y;
    if (!publicCoordinates(x, y))
        return {};
    return QJsonObject{
        {QStringLiteral("crv"), QStringLiteral("P-256")},
        {QStringLiteral("kty"), QStringLiteral("EC")},
        {QStringLiteral("x"), QString::fromLatin1(base64Url(x))},
        {QStringLiteral("y"), QString::fromLatin1(base64Url(y))},
    };
}

QByteArray AcmeJws::thumbprint() const
{
    const QJsonObject key = jwk();
    if (key.isEmpty())
        return {};
    // RFC 7638 needs the members sorted and no whitespace; QJsonDocument's compact form sorts object keys.
    const QByteArray canonical = QJsonDocument(key).toJson(QJsonDocument::Compact);
    return base64Url(QCryptographicHash::hash(canonical, QCryptographicHash::Sha256));
}

QByteArray AcmeJws::keyAuthorization(const QString& token) const
{
    return token.toLatin1() + '.' + thumbprint();
}

QByteArray AcmeJws::signRaw(const QByteArray& data) const
{
    if (!m_key)
        return {};
    OpenSsl::Ptr<EVP_MD_CTX, EVP_MD_CTX_free> context(EVP_MD_CTX_new());
    size_t derLength = 0;
    if (!context || EVP_DigestSignInit(context.get(), nullptr, EVP_sha256(), nullptr, m_key.get()) != 1 ||
        EVP_DigestSign(context.get(), nullptr, &derLength, reinterpret_cast<const unsigned char*>(data.constData()),
                       size_t(data.size())) != 1) {
        OpenSsl::clearErrors();
        return {};
    }
    QByteArray der(qsizetype(derLength), '\0');
    if (EVP_DigestSign(context.get(), reinterpret_cast<unsigned char*>(der.data()), &derLength,
                       reinterpret_cast<const unsigned char*>(data.constData()), size_t(data.size())) != 1) {
        OpenSsl::clearErrors();
        return {};
    }
    const unsigned char* cursor = reinterpret_cast<const unsigned char*>(der.constData());
    OpenSsl::Ptr<ECDSA_SIG, ECDSA_SIG_free> signature(d2i_ECDSA_SIG(nullptr, &cursor, long(derLength)));
    if (!signature) {
        OpenSsl::clearErrors();
        return {};
    }
    const QByteArray r = paddedBignum(ECDSA_SIG_get0_r(signature.get()));
    const QByteArray s = paddedBignum(ECDSA_SIG_get0_s(signature.get()));
    if (r.isEmpty() || s.isEmpty())
        return {};
    return r + s;
}

QByteArray AcmeJws::sign(const QString& url, const QString& nonce, const QByteArray& payload,
                         const QString& keyId) const
{
    QJsonObject header{
        {QStringLiteral("alg"), QStringLiteral("ES256")},
        {QStringLiteral("nonce"), nonce},
        {QStringLiteral("url"), url},
    };
    if (keyId.isEmpty())
        header.insert(QStringLiteral("jwk"), jwk());
    else
        header.insert(QStringLiteral("kid"), keyId);
    const QByteArray protectedPart = base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact));
    const QByteArray payloadPart = base64Url(payload);
    const QByteArray signature = signRaw(protectedPart + '.' + payloadPart);
    if (signature.isEmpty())
        return {};
    const QJsonObject jws{
        {QStringLiteral("protected"), QString::fromLatin1(protectedPart)},
        {QStringLiteral("payload"), QString::fromLatin1(payloadPart)},
        {QStringLiteral("signature"), QString::fromLatin1(base64Url(signature))},
    };
    return QJsonDocument(jws).toJson(QJsonDocument::Compact);
}

QByteArray AcmeJws::base64Url(const QByteArray& data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace Portico

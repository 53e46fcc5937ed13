// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tls/CertificateFactory.h"

#include <openssl/rsa.h>

namespace Portico {

using namespace OpenSsl;

namespace {

// RFC 5280's upper bound for a commonName.
constexpr int maxCommonNameLength = 64;

bool setSerial(X509* certificate)
{
    // 159 random bits: positive, below the 20-octet limit, and unguessable as CA/Browser rules ask.
    BignumPtr serial(BN_new());
    return serial && BN_rand(serial.get(), 159, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY) == 1 &&
           BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(certificate)) != nullptr;
}

// The subject name; a common name too long for the field is left out (the SANs carry the names anyway).
NamePtr makeName(const QString& commonName)
{
    NamePtr name(X509_NAME_new());
    const QByteArray utf8 = commonName.toUtf8();
    if (!name || commonName.isEmpty() || commonName.size() > maxCommonNameLength)
        return name;
    if (X509_NAME_add_entry_by_NID(name.get(), NID_commonName, MBSTRING_UTF8,
                                   reinterpret_cast<const unsigned char*>(utf8.constData()),
                                   static_cast<int>(utf8.size()), -1, 0) != 1)
        return NamePtr();
    return name;
}

GeneralNamesPtr makeAltNames(const CertificateFactory::Subject& subject)
{
    GeneralNamesPtr names(GENERAL_NAMES_new());
    if (!names)
        return names;
    auto add = [&names](int type, const QString& value) {
        const QByteArray text = value.toLatin1();
        GENERAL_NAME* name = a2i_GENERAL_NAME(nullptr, nullptr, nullptr, type, text.constData(), 0);
        if (!name)
            return false;
        if (sk_GENERAL_NAME_push(names.get(), name) <= 0) {
            GENERAL_NAME_free(name);
            return false;
        }
        return true;
    };
    for (const QString& dns : subject.dnsNames) {
        if (!add(GEN_DNS, dns))
            return GeneralNamesPtr();
    }
    for (const QString& ip : subject.ipAddresses) {
        if (!add(GEN_IPADD, ip))
            return GeneralNamesPtr();
    }
    return names;
}

bool addExtension(X509* certificate, X509V3_CTX* context, int nid, const char* value)
{
    ExtensionPtr extension(X509V3_EXT_nconf_nid(nullptr, context, nid, value));
    return extension && X509_add_ext(certificate, extension.get(), -1) == 1;
}

bool isRsa(EVP_PKEY* key)
{
    return EVP_PKEY_is_a(key, "RSA") == 1;
}

// The common part of every certificate: version 3, serial, names, validity, public key.
X509Ptr makeCertificate(EVP_PKEY* key, const X509_NAME* subject, const X509_NAME* issuer, const QDateTime& notBefore,
                        const QDateTime& notAfter)
{
    X509Ptr certificate(X509_new());
    if (!certificate || X509_set_version(certificate.get(), X509_VERSION_3) != 1 || !setSerial(certificate.get()) ||
        X509_set_subject_name(certificate.get(), subject) != 1 ||
        X509_set_issuer_name(certificate.get(), issuer) != 1 ||
        !ASN1_TIME_set(X509_getm_notBefore(certificate.get()), static_cast<time_t>(notBefore.toSecsSinceEpoch())) ||
        !ASN1_TIME_set(X509_getm_notAfter(certificate.get()), static_cast<time_t>(notAfter.toSecsSinceEpoch())) ||
        X509_set_pubkey(certificate.get(), key) != 1)
        return X509Ptr();
    return certificate;
}

// The extensions of a TLS server certificate. The SANs are critical when the subject is empty (RFC 5280 4.2.1.6).
bool addServerExtensions(X509* certificate, X509* issuer, EVP_PKEY* key, const CertificateFactory::Subject& subject,
                         bool emptySubject)
{
    X509V3_CTX context;
    X509V3_set_ctx(&context, issuer, certificate, nullptr, nullptr, 0);
    GeneralNamesPtr altNames = makeAltNames(subject);
    const bool ok =
        altNames && addExtension(certificate, &context, NID_basic_constraints, "critical,CA:FALSE") &&
        addExtension(certificate, &context, NID_key_usage,
                     isRsa(key) ? "critical,digitalSignature,keyEncipherment" : "critical,digitalSignature") &&
        addExtension(certificate, &context, NID_ext_key_usage, "serverAuth") &&
        addExtension(certificate, &context, NID_subject_key_identifier, "hash") &&
        X509_add1_ext_i2d(certificate, NID_subject_alt_name, altNames.get(), emptySubject ? 1 : 0,
                          X509V3_ADD_DEFAULT) == 1;
    if (!ok || issuer == certificate)
        return ok;
    return addExtension(certificate, &context, NID_authority_key_identifier, "keyid:always");
}

bool sign(X509* certificate, EVP_PKEY* key)
{
    // Ed25519 signs the message itself and takes no digest.
    const EVP_MD* digest = EVP_PKEY_is_a(key, "ED25519") ? nullptr : EVP_sha256();
    return X509_sign(certificate, key, digest) > 0;
}

} // namespace

EvpPkeyPtr CertificateFactory::generateKey(CertificateKeyType type)
{
    const bool rsa = type == CertificateKeyType::Rsa2048 || type == CertificateKeyType::Rsa3072 ||
                     type == CertificateKeyType::Rsa4096;
    EvpPkeyCtxPtr context(EVP_PKEY_CTX_new_from_name(nullptr, rsa ? "RSA" : "EC", nullptr));
    if (!context || EVP_PKEY_keygen_init(context.get()) != 1)
        return EvpPkeyPtr();
    int ok = 0;
    switch (type) {
    case CertificateKeyType::EcdsaP256:
        ok = EVP_PKEY_CTX_set_group_name(context.get(), "P-256");
        break;
    case CertificateKeyType::EcdsaP384:
        ok = EVP_PKEY_CTX_set_group_name(context.get(), "P-384");
        break;
    case CertificateKeyType::Rsa2048:
        ok = EVP_PKEY_CTX_set_rsa_keygen_bits(context.get(), 2048);
        break;
    case CertificateKeyType::Rsa3072:
        ok = EVP_PKEY_CTX_set_rsa_keygen_bits(context.get(), 3072);
        break;
    case CertificateKeyType::Rsa4096:
        ok = EVP_PKEY_CTX_set_rsa_keygen_bits(context.get(), 4096);
        break;
    }
    EVP_PKEY* key = nullptr;
    if (ok <= 0 || EVP_PKEY_generate(context.get(), &key) != 1)
        return EvpPkeyPtr();
    return EvpPkeyPtr(key);
}

X509Ptr CertificateFactory::selfSigned(EVP_PKEY* key, const Subject& subject, const QDateTime& notBefore,
                                       const QDateTime& notAfter)
{
    NamePtr name = makeName(subject.commonName);
    if (!name)
        return X509Ptr();
    X509Ptr certificate = makeCertificate(key, name.get(), name.get(), notBefore, notAfter);
    if (!certificate ||
        !addServerExtensions(certificate.get(), certificate.get(), key, subject,
                             X509_NAME_entry_count(name.get()) == 0) ||
        !sign(certificate.get(), key))
        return X509Ptr();
    return certificate;
}

X509Ptr CertificateFactory::certificateAuthority(EVP_PKEY* key, const QString& commonName, const QDateTime& notBefore,
                                                 const QDateTime& notAfter, const QStringList& permittedDomains)
{
    NamePtr name = makeName(commonName.left(maxCommonNameLength));
    if (!name)
        return X509Ptr();
    X509Ptr certificate = makeCertificate(key, name.get(), name.get(), notBefore, notAfter);
    if (!certificate)
        return X509Ptr();
    X509V3_CTX context;
    X509V3_set_ctx(&context, certificate.get(), certificate.get(), nullptr, nullptr, 0);
    bool ok = addExtension(certificate.get(), &context, NID_basic_constraints, "critical,CA:TRUE,pathlen:0") &&
              addExtension(certificate.get(), &context, NID_key_usage, "critical,keyCertSign,cRLSign") &&
              addExtension(certificate.get(), &context, NID_subject_key_identifier, "hash");
    if (ok && !permittedDomains.isEmpty()) {
        // The domains were checked by CertificateNames, so they hold no commas or colons that could
        // change the meaning of this configuration string.
        QStringList parts{QStringLiteral("critical")};
        for (const QString& domain : permittedDomains)
            parts.append(QStringLiteral("permitted;DNS:") + domain);
        const QByteArray value = parts.join(u',').toLatin1();
        ok = addExtension(certificate.get(), &context, NID_name_constraints, value.constData());
    }
    if (!ok || !sign(certificate.get(), key))
        return X509Ptr();
    return certificate;
}

X509Ptr CertificateFactory::issue(EVP_PKEY* key, const Subject& subject, X509* caCertificate, EVP_PKEY* caKey,
                                  const QDateTime& notBefore, const QDateTime& notAfter)
{
    NamePtr name = makeName(subject.commonName);
    if (!name)
        return X509Ptr();
    X509Ptr certificate = makeCertificate(key, name.get(), X509_get_subject_name(caCertificate), notBefore, notAfter);
    if (!certificate ||
        !addServerExtensions(certificate.get(), caCertificate, key, subject, X509_NAME_entry_count(name.get()) == 0) ||
        !sign(certificate.get(), caKey))
        return X509Ptr();
    return certificate;
}

X509ReqPtr CertificateFactory::request(EVP_PKEY* key, const Subject& subject)
{
    NamePtr name = makeName(subject.commonName);
    GeneralNamesPtr altNames = makeAltNames(subject);
    X509ReqPtr request(X509_REQ_new());
    ExtensionStackPtr extensions(sk_X509_EXTENSION_new_null());
    if (!name || !altNames || !request || !extensions || X509_REQ_set_version(request.get(), X509_REQ_VERSION_1) != 1 ||
        X509_REQ_set_subject_name(request.get(), name.get()) != 1 || X509_REQ_set_pubkey(request.get(), key) != 1)
        return X509ReqPtr();
    ExtensionPtr altNameExtension(
        X509V3_EXT_i2d(NID_subject_alt_name, X509_NAME_entry_count(name.get()) == 0 ? 1 : 0, altNames.get()));
    if (!altNameExtension || sk_X509_EXTENSION_push(extensions.get(), altNameExtension.get()) <= 0)
        return X509ReqPtr();
    altNameExtension.release(); // the stack owns it now
    const EVP_MD* digest = EVP_PKEY_is_a(key, "ED25519") ? nullptr : EVP_sha256();
    if (X509_REQ_add_extensions(request.get(), extensions.get()) != 1 || X509_REQ_sign(request.get(), key, digest) <= 0)
        return X509ReqPtr();
    return request;
}

} // namespace Portico

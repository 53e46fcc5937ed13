// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tls/X509Reader.h"

#include <QHostAddress>
#include <QtEndian>

#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/pem.h>

#include <ctime>

namespace Portico {

using namespace OpenSsl;

namespace {

QString asn1Text(const ASN1_STRING* string)
{
    unsigned char* utf8 = nullptr;
    const int size = ASN1_STRING_to_UTF8(&utf8, string);
    if (size < 0)
        return QString();
    QString text = QString::fromUtf8(reinterpret_cast<const char*>(utf8), size);
    OPENSSL_free(utf8);
    return text;
}

QString hexPairs(const unsigned char* data, unsigned int size, bool separated)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    return QString::fromLatin1(separated ? bytes.toHex(':') : bytes.toHex()).toUpper();
}

void readAltNames(X509* certificate, CertificateInfo& info)
{
    GeneralNamesPtr names(
        static_cast<GENERAL_NAMES*>(X509_get_ext_d2i(certificate, NID_subject_alt_name, nullptr, nullptr)));
    if (!names)
        return;
    for (int i = 0; i < sk_GENERAL_NAME_num(names.get()); ++i) {
        const GENERAL_NAME* name = sk_GENERAL_NAME_value(names.get(), i);
        if (name->type == GEN_DNS) {
            info.dnsNames.append(asn1Text(name->d.dNSName));
        } else if (name->type == GEN_IPADD) {
            const ASN1_OCTET_STRING* ip = name->d.iPAddress;
            const unsigned char* data = ASN1_STRING_get0_data(ip);
            QHostAddress address;
            if (ASN1_STRING_length(ip) == 4) {
                address.setAddress(qFromBigEndian<quint32>(data));
            } else if (ASN1_STRING_length(ip) == 16) {
                address.setAddress(data);
            }
            if (!address.isNull())
                info.ipAddresses.append(address.toString());
        }
    }
}

} // namespace

CertificateInfo X509Reader::describe(const X509List& chain)
{
    CertificateInfo info;
    if (chain.empty())
        return info;
    X509* leaf = chain.front().get();
    info.subject = nameText(X509_get_subject_name(leaf));
    info.commonName = commonName(X509_get_subject_name(leaf));
    info.issuer = nameText(X509_get_issuer_name(leaf));
    info.issuerCommonName = commonName(X509_get_issuer_name(leaf));
    readAltNames(leaf, info);

    BignumPtr serial(ASN1_INTEGER_to_BN(X509_get0_serialNumber(leaf), nullptr));
    if (serial) {
        char* hex = BN_bn2hex(serial.get());
        info.serialNumber = QString::fromLatin1(hex);
        OPENSSL_free(hex);
    }
    info.notBefore = toDateTime(X509_get0_notBefore(leaf));
    info.notAfter = toDateTime(X509_get0_notAfter(leaf));

    const KeyFacts key = keyFacts(X509_get0_pubkey(leaf));
    info.keyAlgorithm = key.algorithm;
    info.keyBits = key.bits;
    info.curve = key.curve;
    info.sha256Fingerprint = fingerprint(leaf, EVP_sha256());
    info.sha1Fingerprint = fingerprint(leaf, EVP_sha1());
    info.selfSigned = isSelfSigned(leaf);
    info.ca = isCa(leaf);

    for (std::size_t i = 1; i < chain.size(); ++i) {
        X509* certificate = chain[i].get();
        info.chain.append(CertificateChainEntry{nameText(X509_get_subject_name(certificate)),
                                                nameText(X509_get_issuer_name(certificate)),
                                                toDateTime(X509_get0_notAfter(certificate))});
    }
    clearErrors();
    return info;
}

X509Reader::KeyFacts X509Reader::keyFacts(const EVP_PKEY* key)
{
    KeyFacts facts;
    if (!key)
        return facts;
    facts.bits = EVP_PKEY_get_bits(key);
    if (EVP_PKEY_is_a(key, "RSA")) {
        facts.algorithm = KeyAlgorithm::Rsa;
        facts.typeName = QStringLiteral("RSA");
    } else if (EVP_PKEY_is_a(key, "ED25519")) {
        facts.algorithm = KeyAlgorithm::Ed25519;
        facts.typeName = QStringLiteral("Ed25519");
    } else if (EVP_PKEY_is_a(key, "EC")) {
        char group[64] = {};
        size_t length = 0;
        QString curveName;
        if (EVP_PKEY_get_group_name(key, group, sizeof group, &length) == 1)
            curveName = QString::fromLatin1(group, static_cast<qsizetype>(length));
        const char* nist = EC_curve_nid2nist(OBJ_sn2nid(group));
        const QString nistName = nist ? QString::fromLatin1(nist) : QString();
        if (nistName == QLatin1String("P-256") || nistName == QLatin1String("P-384") ||
            nistName == QLatin1String("P-521")) {
            facts.algorithm = KeyAlgorithm::Ecdsa;
            facts.curve = nistName;
        }
        facts.typeName = QStringLiteral("EC %1").arg(nistName.isEmpty() ? curveName : nistName);
    } else {
        const char* type = EVP_PKEY_get0_type_name(key);
        facts.typeName = type ? QString::fromLatin1(type) : QStringLiteral("unknown");
    }
    return facts;
}

QDateTime X509Reader::toDateTime(const ASN1_TIME* time)
{
    std::tm tm = {};
    if (!time || ASN1_TIME_to_tm(time, &tm) != 1)
        return QDateTime();
    return QDateTime(QDate(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday), QTime(tm.tm_hour, tm.tm_min, tm.tm_sec),
                     Qt::UTC);
}

QString X509Reader::nameText(const X509_NAME* name)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || X509_NAME_print_ex(bio.get(), name, 0, XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB) < 0)
        return QString();
    return QString::fromUtf8(bioBytes(bio.get()));
}

QString X509Reader::commonName(const X509_NAME* name)
{
    const int index = X509_NAME_get_index_by_NID(name, NID_commonName, -1);
    if (index < 0)
        return QString();
    return asn1Text(X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, index)));
}

QString X509Reader::displayName(X509* certificate)
{
    const QString cn = commonName(X509_get_subject_name(certificate));
    return cn.isEmpty() ? nameText(X509_get_subject_name(certificate)) : cn;
}

QString X509Reader::fingerprint(const X509* certificate, const EVP_MD* digest)
{
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    if (X509_digest(certificate, digest, md, &size) != 1)
        return QString();
    return hexPairs(md, size, true);
}

bool X509Reader::isSelfSigned(X509* certificate)
{
    const bool selfSigned = X509_self_signed(certificate, 1) == 1;
    clearErrors();
    return selfSigned;
}

bool X509Reader::isCa(X509* certificate)
{
    return X509_check_ca(certificate) > 0;
}

bool X509Reader::issued(X509* issuer, X509* subject)
{
    const bool linked =
        X509_check_issued(issuer, subject) == X509_V_OK && X509_verify(subject, X509_get0_pubkey(issuer)) == 1;
    clearErrors();
    return linked;
}

X509List X509Reader::readCertificates(const QByteArray& pem)
{
    X509List certificates;
    BioPtr bio = readBio(pem);
    while (X509* certificate = PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr))
        certificates.emplace_back(certificate);
    clearErrors();
    return certificates;
}

} // namespace Portico

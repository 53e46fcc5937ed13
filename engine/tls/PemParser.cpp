// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tls/PemParser.h"

#include "tls/X509Reader.h"

#include <openssl/err.h>
#include <openssl/pem.h>

#include <cstring>

namespace Portico {

using namespace OpenSsl;

namespace {

struct PassphraseRequest
{
    QByteArray passphrase;
    bool asked = false;
};

// OpenSSL asks for the passphrase only when the key is encrypted; without one the read fails instead of
// falling back to a terminal prompt.
int passphraseCallback(char* buffer, int size, int /*writing*/, void* user)
{
    auto* request = static_cast<PassphraseRequest*>(user);
    request->asked = true;
    if (request->passphrase.isEmpty() || request->passphrase.size() > size)
        return -1;
    std::memcpy(buffer, request->passphrase.constData(), static_cast<size_t>(request->passphrase.size()));
    return static_cast<int>(request->passphrase.size());
}

// The strings PEM_read_bio hands out; the block's body is wiped before it is freed since it may be a key.
struct PemBlock
{
    char* name = nullptr;
    char* header = nullptr;
    unsigned char* data = nullptr;
    long length = 0;

    PemBlock() = default;
    PemBlock(const PemBlock&) = delete;
    PemBlock& operator=(const PemBlock&) = delete;
    ~PemBlock()
    {
        OPENSSL_free(name);
        OPENSSL_free(header);
        OPENSSL_clear_free(data, static_cast<size_t>(length));
    }
};

bool isCertificateBlock(const QByteArray& name)
{
    return name == "CERTIFICATE" || name == "X509 CERTIFICATE" || name == "TRUSTED CERTIFICATE";
}

bool isKeyBlock(const QByteArray& name)
{
    return name == "PRIVATE KEY" || name == "ENCRYPTED PRIVATE KEY" || name.endsWith(" PRIVATE KEY");
}

bool sameCertificate(X509* a, X509* b)
{
    return X509_cmp(a, b) == 0;
}

void addCertificate(PemParser::Material& material, X509Ptr certificate)
{
    for (const X509Ptr& existing : material.certificates) {
        if (sameCertificate(existing.get(), certificate.get()))
            return;
    }
    material.certificates.push_back(std::move(certificate));
}

CertificateError invalid(const char* what, int position)
{
    return CertificateError{CertificateErrorCode::InvalidData, {QString::fromLatin1(what), QString::number(position)}};
}

std::optional<CertificateError> readKey(const PemBlock& block, const QString& passphrase, int position,
                                        PemParser::Material& material)
{
    // The block goes back into PEM form in a secure-heap BIO (wiped on free) so OpenSSL can decrypt and decode it
    // whatever its format: PKCS#8, encrypted PKCS#8, or a traditional RSA/EC key with Proc-Type headers.
    BioPtr bio(BIO_new(BIO_s_secmem()));
    if (!bio || PEM_write_bio(bio.get(), block.name, block.header, block.data, block.length) <= 0)
        return CertificateError{CertificateErrorCode::CryptoFailed, {QStringLiteral("PEM"), takeErrors()}};
    PassphraseRequest request{passphrase.toUtf8(), false};
    EvpPkeyPtr key(PEM_read_bio_PrivateKey(bio.get(), nullptr, passphraseCallback, &request));
    OPENSSL_cleanse(request.passphrase.data(), static_cast<size_t>(request.passphrase.size()));
    if (!key) {
        clearErrors();
        if (request.asked)
            return CertificateError{passphrase.isEmpty() ? CertificateErrorCode::PassphraseRequired
                                                         : CertificateErrorCode::WrongPassphrase,
                                    {}};
        return invalid("private-key", position);
    }
    if (auto error = PemParser::checkKey(key.get()))
        return error;
    material.keys.push_back(std::move(key));
    return std::nullopt;
}

std::optional<CertificateError> readCertificate(const PemBlock& block, int position, PemParser::Material& material)
{
    const unsigned char* cursor = block.data;
    const bool trusted = std::strcmp(block.name, "TRUSTED CERTIFICATE") == 0;
    X509Ptr certificate(trusted ? d2i_X509_AUX(nullptr, &cursor, block.length)
                                : d2i_X509(nullptr, &cursor, block.length));
    if (!certificate) {
        clearErrors();
        return invalid("certificate", position);
    }
    addCertificate(material, std::move(certificate));
    return std::nullopt;
}

} // namespace

std::optional<CertificateError> PemParser::parse(const QByteArray& data, const QString& passphrase, Material& material)
{
    if (data.trimmed().isEmpty())
        return std::nullopt;
    BioPtr bio = readBio(data);
    int blocks = 0;
    int certificates = 0;
    int keys = 0;
    for (;;) {
        PemBlock block;
        if (PEM_read_bio(bio.get(), &block.name, &block.header, &block.data, &block.length) != 1) {
            // The normal end is "no start line"; anything else is a block with a damaged body or end line.
            const unsigned long error = ERR_peek_last_error();
            clearErrors();
            if (ERR_GET_LIB(error) == ERR_LIB_PEM && ERR_GET_REASON(error) == PEM_R_NO_START_LINE)
                break;
            return invalid("pem-block", blocks + 1);
        }
        ++blocks;
        const QByteArray name(block.name);
        std::optional<CertificateError> error;
        if (isCertificateBlock(name))
            error = readCertificate(block, ++certificates, material);
        else if (isKeyBlock(name))
            error = readKey(block, passphrase, ++keys, material);
        if (error)
            return error;
    }
    if (blocks > 0)
        return std::nullopt;

    // No PEM at all: a lone DER certificate is accepted, anything else is garbage.
    const auto* cursor = reinterpret_cast<const unsigned char*>(data.constData());
    X509Ptr certificate(d2i_X509(nullptr, &cursor, static_cast<long>(data.size())));
    clearErrors();
    if (!certificate || cursor != reinterpret_cast<const unsigned char*>(data.constData()) + data.size())
        return CertificateError{CertificateErrorCode::InvalidData, {QStringLiteral("pem")}};
    addCertificate(material, std::move(certificate));
    return std::nullopt;
}

std::optional<CertificateError> PemParser::checkKey(const EVP_PKEY* key)
{
    const X509Reader::KeyFacts facts = X509Reader::keyFacts(key);
    if (facts.algorithm == KeyAlgorithm::Unknown)
        return CertificateError{CertificateErrorCode::UnsupportedKeyType, {facts.typeName}};
    if (facts.algorithm == KeyAlgorithm::Rsa && facts.bits < minimumRsaBits)
        return CertificateError{CertificateErrorCode::KeyTooWeak,
                                {QString::number(facts.bits), QString::number(minimumRsaBits)}};
    return std::nullopt;
}

} // namespace Portico

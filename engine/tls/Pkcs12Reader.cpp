// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tls/Pkcs12Reader.h"

#include "core/Logging.h"

#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/provider.h>

namespace Portico {

using namespace OpenSsl;

namespace {

// A library context with the default and (when installed) legacy providers, alive until the process exits.
class LegacyContext
{
public:
    LegacyContext()
        : m_context(OSSL_LIB_CTX_new())
    {
        if (m_context) {
            m_default = OSSL_PROVIDER_load(m_context, "default");
            m_legacy = OSSL_PROVIDER_load(m_context, "legacy");
        }
        clearErrors();
        if (m_legacy)
            qCInfo(lcTls) << "OpenSSL legacy provider loaded for reading old PKCS#12 files";
        else
            qCInfo(lcTls) << "OpenSSL legacy provider not available: PKCS#12 files encrypted with RC2 or 3DES "
                             "cannot be read";
    }
    LegacyContext(const LegacyContext&) = delete;
    LegacyContext& operator=(const LegacyContext&) = delete;
    ~LegacyContext()
    {
        if (m_legacy)
            OSSL_PROVIDER_unload(m_legacy);
        if (m_default)
            OSSL_PROVIDER_unload(m_default);
        OSSL_LIB_CTX_free(m_context);
    }

    OSSL_LIB_CTX* context() const { return m_default ? m_context : nullptr; }
    bool hasLegacy() const { return m_legacy != nullptr; }

    static const LegacyContext& instance()
    {
        static const LegacyContext context;
        return context;
    }

private:
    OSSL_LIB_CTX* m_context = nullptr;
    OSSL_PROVIDER* m_default = nullptr;
    OSSL_PROVIDER* m_legacy = nullptr;
};

// Makes a library context this thread's default for as long as it lives.
class DefaultContextScope
{
public:
    explicit DefaultContextScope(OSSL_LIB_CTX* context)
        : m_previous(context ? OSSL_LIB_CTX_set0_default(context) : nullptr)
        , m_active(context != nullptr)
    {}
    DefaultContextScope(const DefaultContextScope&) = delete;
    DefaultContextScope& operator=(const DefaultContextScope&) = delete;
    ~DefaultContextScope()
    {
        if (m_active)
            OSSL_LIB_CTX_set0_default(m_previous);
    }

private:
    OSSL_LIB_CTX* m_previous;
    bool m_active;
};

struct Parsed
{
    EVP_PKEY* key = nullptr;
    X509* certificate = nullptr;
    STACK_OF(X509) * others = nullptr;

    Parsed() = default;
    Parsed(const Parsed&) = delete;
    Parsed& operator=(const Parsed&) = delete;
    ~Parsed()
    {
        EVP_PKEY_free(key);
        X509_free(certificate);
        sk_X509_pop_free(others, X509_free);
    }
};

bool isUnsupportedAlgorithm(unsigned long error)
{
    const int reason = ERR_GET_REASON(error);
    return reason == ERR_R_UNSUPPORTED || reason == EVP_R_UNSUPPORTED_ALGORITHM || reason == EVP_R_UNSUPPORTED_CIPHER ||
           reason == ERR_R_FETCH_FAILED;
}

// Moves the objects out of the legacy context through their encodings, so nothing the store keeps depends on it.
QByteArray certificatesPem(const Parsed& parsed)
{
    QByteArray pem;
    if (parsed.certificate)
        pem += toPem(parsed.certificate);
    for (int i = 0; i < sk_X509_num(parsed.others); ++i)
        pem += toPem(sk_X509_value(parsed.others, i));
    return pem;
}

} // namespace

std::optional<CertificateError> Pkcs12Reader::read(const QByteArray& data, const QString& password,
                                                   PemParser::Material& material)
{
    BioPtr bio = readBio(data);
    Pkcs12Ptr pkcs12(d2i_PKCS12_bio(bio.get(), nullptr));
    if (!pkcs12) {
        clearErrors();
        return CertificateError{CertificateErrorCode::InvalidData, {QStringLiteral("pkcs12")}};
    }
    QByteArray secret = password.toUtf8();
    // An empty password may have been applied as "no password" or as "", depending on the tool that wrote the file.
    const char* pass = secret.constData();
    if (PKCS12_mac_present(pkcs12.get()) == 1) {
        bool verified = PKCS12_verify_mac(pkcs12.get(), pass, static_cast<int>(secret.size())) == 1;
        if (!verified && secret.isEmpty()) {
            pass = nullptr;
            verified = PKCS12_verify_mac(pkcs12.get(), nullptr, 0) == 1;
        }
        if (!verified) {
            const unsigned long error = ERR_peek_last_error();
            const QString reason = takeErrors();
            OPENSSL_cleanse(secret.data(), static_cast<size_t>(secret.size()));
            if (isUnsupportedAlgorithm(error))
                return CertificateError{CertificateErrorCode::UnsupportedPkcs12, {reason}};
            return CertificateError{CertificateErrorCode::WrongPkcs12Password, {}};
        }
    }

    QByteArray keyPem;
    QByteArray certificates;
    {
        const LegacyContext& legacy = LegacyContext::instance();
        const DefaultContextScope scope(legacy.context());
        Parsed parsed;
        const bool ok = PKCS12_parse(pkcs12.get(), pass, &parsed.key, &parsed.certificate, &parsed.others) == 1;
        OPENSSL_cleanse(secret.data(), static_cast<size_t>(secret.size()));
        if (!ok) {
            const unsigned long error = ERR_peek_last_error();
            const QString reason = takeErrors();
            if (isUnsupportedAlgorithm(error))
                return CertificateError{CertificateErrorCode::UnsupportedPkcs12, {reason}};
            // Without a MAC a wrong password shows only as data that does not decrypt.
            if (PKCS12_mac_present(pkcs12.get()) != 1)
                return CertificateError{CertificateErrorCode::WrongPkcs12Password, {}};
            return CertificateError{CertificateErrorCode::InvalidData, {QStringLiteral("pkcs12")}};
        }
        if (parsed.key)
            keyPem = privateKeyToPem(parsed.key);
        certificates = certificatesPem(parsed);
    }

    std::optional<CertificateError> error = PemParser::parse(certificates, QString(), material);
    if (!error)
        error = PemParser::parse(keyPem, QString(), material);
    keyPem.fill('\0');
    return error;
}

bool Pkcs12Reader::legacyProviderAvailable()
{
    return LegacyContext::instance().hasLegacy();
}

} // namespace Portico

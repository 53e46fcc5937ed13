// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tls/ChainBuilder.h"

#include "tls/X509Reader.h"

#include <algorithm>
#include <tuple>

namespace Portico {

using namespace OpenSsl;

namespace {

bool keyMatches(X509* certificate, const EVP_PKEY* key)
{
    const bool match = EVP_PKEY_eq(X509_get0_pubkey(certificate), key) == 1;
    clearErrors();
    return match;
}

bool issuesAnother(X509* certificate, const X509List& certificates)
{
    return std::any_of(certificates.begin(), certificates.end(), [certificate](const X509Ptr& other) {
        return other.get() != certificate && X509Reader::issued(certificate, other.get());
    });
}

// Among the certificates for the key, prefer a server certificate over a CA certificate that happens to share
// the key, and then the one that lasts longest (a bundle may hold an old and a renewed certificate).
std::optional<std::size_t> findLeaf(const X509List& certificates, const EVP_PKEY* key)
{
    std::optional<std::size_t> best;
    auto rank = [&certificates](std::size_t index) {
        X509* certificate = certificates[index].get();
        return std::make_tuple(!issuesAnother(certificate, certificates), !X509Reader::isCa(certificate),
                               X509Reader::toDateTime(X509_get0_notAfter(certificate)));
    };
    for (std::size_t i = 0; i < certificates.size(); ++i) {
        if (!keyMatches(certificates[i].get(), key))
            continue;
        if (!best || rank(i) > rank(*best))
            best = i;
    }
    return best;
}

std::optional<CertificateError> orderFrom(std::size_t leafIndex, X509List certificates, ChainBuilder::Chain& chain)
{
    X509List rest;
    for (std::size_t i = 0; i < certificates.size(); ++i) {
        if (i == leafIndex)
            chain.certificates.push_back(std::move(certificates[i]));
        else
            rest.push_back(std::move(certificates[i]));
    }
    while (!rest.empty()) {
        X509* current = chain.certificates.back().get();
        if (X509Reader::isSelfSigned(current))
            break;
        const auto issuer = std::find_if(rest.begin(), rest.end(), [current](const X509Ptr& candidate) {
            return X509Reader::issued(candidate.get(), current);
        });
        if (issuer == rest.end())
            break;
        chain.certificates.push_back(std::move(*issuer));
        rest.erase(issuer);
    }
    if (!rest.empty())
        return CertificateError{CertificateErrorCode::ChainBroken, {X509Reader::displayName(rest.front().get())}};
    return std::nullopt;
}

} // namespace

std::optional<CertificateError> ChainBuilder::build(PemParser::Material material, Chain& chain)
{
    if (material.certificates.empty())
        return CertificateError{CertificateErrorCode::NoCertificate, {}};
    if (material.keys.empty())
        return CertificateError{CertificateErrorCode::NoPrivateKey, {}};
    for (EvpPkeyPtr& key : material.keys) {
        const std::optional<std::size_t> leaf = findLeaf(material.certificates, key.get());
        if (!leaf)
            continue;
        chain.key = std::move(key);
        return orderFrom(*leaf, std::move(material.certificates), chain);
    }
    return CertificateError{CertificateErrorCode::KeyMismatch, {}};
}

std::optional<CertificateError> ChainBuilder::buildFor(X509List certificates, EvpPkeyPtr key, Chain& chain)
{
    PemParser::Material material;
    material.certificates = std::move(certificates);
    material.keys.push_back(std::move(key));
    return build(std::move(material), chain);
}

std::optional<CertificateError> ChainBuilder::checkValidity(const X509List& certificates, const QDateTime& now)
{
    for (const X509Ptr& certificate : certificates) {
        const QDateTime notBefore = X509Reader::toDateTime(X509_get0_notBefore(certificate.get()));
        const QDateTime notAfter = X509Reader::toDateTime(X509_get0_notAfter(certificate.get()));
        if (now > notAfter)
            return CertificateError{CertificateErrorCode::CertificateExpired,
                                    {X509Reader::displayName(certificate.get()), notAfter.toString(Qt::ISODate)}};
        if (now < notBefore)
            return CertificateError{CertificateErrorCode::CertificateNotYetValid,
                                    {X509Reader::displayName(certificate.get()), notBefore.toString(Qt::ISODate)}};
    }
    return std::nullopt;
}

} // namespace Portico

// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/pkcs12.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>
#include <vector>

// Owning handles for the OpenSSL objects the certificate store uses, so no error path can leak one.
// Internal to engine/tls: the public headers there speak Qt types only.
namespace Portico::OpenSsl {

template<typename T, void (*Free)(T*)>
struct Deleter
{
    void operator()(T* pointer) const { Free(pointer); }
};

template<typename T, void (*Free)(T*)>
using Ptr = std::unique_ptr<T, Deleter<T, Free>>;

inline void freeBio(BIO* bio)
{
    BIO_free_all(bio);
}

inline void freeX509Stack(STACK_OF(X509) * stack)
{
    sk_X509_pop_free(stack, X509_free);
}

inline void freeExtensionStack(STACK_OF(X509_EXTENSION) * stack)
{
    sk_X509_EXTENSION_pop_free(stack, X509_EXTENSION_free);
}

inline void freeGeneralNames(GENERAL_NAMES* names)
{
    GENERAL_NAMES_free(names);
}

using BioPtr = Ptr<BIO, freeBio>;
using BignumPtr = Ptr<BIGNUM, BN_free>;
using EvpPkeyPtr = Ptr<EVP_PKEY, EVP_PKEY_free>;
using EvpPkeyCtxPtr = Ptr<EVP_PKEY_CTX, EVP_PKEY_CTX_free>;
using ExtensionPtr = Ptr<X509_EXTENSION, X509_EXTENSION_free>;
using ExtensionStackPtr = Ptr<STACK_OF(X509_EXTENSION), freeExtensionStack>;
using GeneralNamesPtr = Ptr<GENERAL_NAMES, freeGeneralNames>;
using NamePtr = Ptr<X509_NAME, X509_NAME_free>;
using Pkcs12Ptr = Ptr<PKCS12, PKCS12_free>;
using X509Ptr = Ptr<X509, X509_free>;
using X509ReqPtr = Ptr<X509_REQ, X509_REQ_free>;
using X509StackPtr = Ptr<STACK_OF(X509), freeX509Stack>;

using X509List = std::vector<X509Ptr>;
using KeyList = std::vector<EvpPkeyPtr>;

// A read-only memory BIO over bytes that must outlive it.
BioPtr readBio(const QByteArray& bytes);
// Everything written to a memory BIO.
QByteArray bioBytes(BIO* bio);
// A new reference to the certificate (X509_up_ref), owned.
X509Ptr share(X509* certificate);

QByteArray toPem(X509* certificate);
QByteArray toDer(X509* certificate);
// Unencrypted PKCS#8 PEM: the store's key file format.
QByteArray privateKeyToPem(EVP_PKEY* key);
QByteArray requestToPem(X509_REQ* request);

// The reasons in OpenSSL's error queue for this thread ("a; b"), which is then cleared. Never holds key material.
QString takeErrors();
// Drops whatever an expected failure left in this thread's error queue.
void clearErrors();

} // namespace Portico::OpenSsl

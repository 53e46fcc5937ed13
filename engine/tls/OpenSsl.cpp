// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tls/OpenSsl.h"

#include <openssl/err.h>
#include <openssl/pem.h>

#include <QStringList>

namespace Portico::OpenSsl {

BioPtr readBio(const QByteArray& bytes)
{
    return BioPtr(BIO_new_mem_buf(bytes.constData(), static_cast<int>(bytes.size())));
}

QByteArray bioBytes(BIO* bio)
{
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return size > 0 ? QByteArray(data, static_cast<qsizetype>(size)) : QByteArray();
}

X509Ptr share(X509* certificate)
{
    X509_up_ref(certificate);
    return X509Ptr(certificate);
}

QByteArray toPem(X509* certificate)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_X509(bio.get(), certificate) != 1)
        return QByteArray();
    return bioBytes(bio.get());
}

QByteArray toDer(X509* certificate)
{
    unsigned char* der = nullptr;
    const int size = i2d_X509(certificate, &der);
    if (size <= 0)
        return QByteArray();
    QByteArray bytes(reinterpret_cast<const char*>(der), size);
    OPENSSL_free(der);
    return bytes;
}

QByteArray privateKeyToPem(EVP_PKEY* key)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return QByteArray();
    QByteArray pem = bioBytes(bio.get());
    // The BIO's copy of the key is wiped before it is freed.
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    if (size > 0)
        OPENSSL_cleanse(data, static_cast<size_t>(size));
    return pem;
}

QByteArray requestToPem(X509_REQ* request)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_X509_REQ(bio.get(), request) != 1)
        return QByteArray();
    return bioBytes(bio.get());
}

QString takeErrors()
{
    QStringList reasons;
    while (const unsigned long code = ERR_get_error()) {
        const char* reason = ERR_reason_error_string(code);
        const QString text = reason ? QString::fromLatin1(reason) : QStringLiteral("error %1").arg(code);
        if (!reasons.contains(text))
            reasons.append(text);
    }
    return reasons.join(QStringLiteral("; "));
}

void clearErrors()
{
    ERR_clear_error();
}

} // namespace Portico::OpenSsl

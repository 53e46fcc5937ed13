// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CertificateTestData.h"

#include "TestPaths.h"
#include "tls/CertificateNames.h"
#include "tls/OpenSsl.h"
#include "tls/X509Reader.h"

#include <QDir>
#include <QFile>

#include <openssl/x509_vfy.h>

#include <sys/stat.h>

namespace Portico::Test {

using namespace OpenSsl;

QString CertificateTestData::path(const QString& fileName)
{
    return TestPaths::data(QStringLiteral("certificates/") + fileName);
}

QByteArray CertificateTestData::read(const QString& fileName)
{
    QFile file(path(fileName));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read test data %s", qPrintable(file.fileName()));
    return file.readAll();
}

bool CertificateTestData::isEmptyFolder(const QString& path)
{
    const QDir folder(path);
    return !folder.exists() ||
           folder.entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot).isEmpty();
}

int CertificateTestData::mode(const QString& path)
{
    struct stat status = {};
    if (::stat(QFile::encodeName(path).constData(), &status) != 0)
        return -1;
    return static_cast<int>(status.st_mode & 0777);
}

QString CertificateTestData::verify(const QByteArray& leafPem, const QByteArray& trustedPem, const QString& host,
                                    const QDateTime& at)
{
    X509List chain = X509Reader::readCertificates(leafPem);
    const X509List trusted = X509Reader::readCertificates(trustedPem);
    if (chain.empty() || trusted.empty())
        return QStringLiteral("no certificate to verify");
    Ptr<X509_STORE, X509_STORE_free> store(X509_STORE_new());
    for (const X509Ptr& certificate : trusted)
        X509_STORE_add_cert(store.get(), certificate.get());
    X509StackPtr untrusted(sk_X509_new_null());
    for (std::size_t i = 1; i < chain.size(); ++i)
        sk_X509_push(untrusted.get(), chain[i].get());
    Ptr<X509_STORE_CTX, X509_STORE_CTX_free> context(X509_STORE_CTX_new());
    X509_STORE_CTX_init(context.get(), store.get(), chain.front().get(), untrusted.get());
    X509_VERIFY_PARAM* parameters = X509_STORE_CTX_get0_param(context.get());
    X509_VERIFY_PARAM_set_time(parameters, static_cast<time_t>(at.toSecsSinceEpoch()));
    X509_VERIFY_PARAM_set_purpose(parameters, X509_PURPOSE_SSL_SERVER);
    if (!host.isEmpty()) {
        const QByteArray name = host.toLatin1();
        if (CertificateNames::isIpAddress(host))
            X509_VERIFY_PARAM_set1_ip_asc(parameters, name.constData());
        else
            X509_VERIFY_PARAM_set1_host(parameters, name.constData(), static_cast<size_t>(name.size()));
    }
    const bool ok = X509_verify_cert(context.get()) == 1;
    const QString reason = QString::fromLatin1(X509_verify_cert_error_string(X509_STORE_CTX_get_error(context.get())));
    // The stack only borrowed the certificates; the chain list owns them.
    while (sk_X509_num(untrusted.get()) > 0)
        sk_X509_pop(untrusted.get());
    clearErrors();
    return ok ? QString() : reason;
}

} // namespace Portico::Test

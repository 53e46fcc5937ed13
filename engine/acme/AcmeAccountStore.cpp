// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "acme/AcmeAccountStore.h"

#include "core/Logging.h"
#include "io/FileModes.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace Portico {

namespace {

void setError(QString* error, const QString& text)
{
    if (error)
        *error = text;
}

} // namespace

AcmeAccountStore::AcmeAccountStore(const QString& certificateDirectory)
    : m_folder(QDir(certificateDirectory).filePath(QStringLiteral("acme")))
    , m_keyFile(QDir(m_folder).filePath(QStringLiteral("account.pem")))
{}

AcmeJws AcmeAccountStore::loadOrCreate(QString* error) const
{
    QFile existing(m_keyFile);
    if (existing.exists()) {
        if (!existing.open(QIODevice::ReadOnly)) {
            setError(error, QStringLiteral("cannot read %1: %2").arg(m_keyFile, existing.errorString()));
            return {};
        }
        QByteArray pem = existing.readAll();
        AcmeJws key = AcmeJws::fromPem(pem);
        pem.fill('\0');
        // A damaged key is not replaced silently: the account (and its rate limits) belongs to it.
        if (key.isNull())
            setError(error, QStringLiteral("%1 does not hold an ECDSA P-256 private key").arg(m_keyFile));
        return key;
    }

    if (!QFileInfo(m_folder).isDir() &&
        (!QDir().mkpath(m_folder) || !QFile::setPermissions(m_folder, FileModes::ownerOnlyFolder))) {
        setError(error, QStringLiteral("cannot create the folder %1").arg(m_folder));
        return {};
    }
    AcmeJws key = AcmeJws::generate();
    if (key.isNull()) {
        setError(error, QStringLiteral("cannot generate an account key"));
        return {};
    }
    QByteArray pem = key.privateKeyPem();
    // The temporary file is narrowed before the key goes in.
    QSaveFile file(m_keyFile);
    const bool written = file.open(QIODevice::WriteOnly) && file.setPermissions(FileModes::ownerOnly) &&
                         file.write(pem) == pem.size() && file.commit();
    pem.fill('\0');
    if (!written) {
        setError(error, QStringLiteral("cannot write %1: %2").arg(m_keyFile, file.errorString()));
        file.cancelWriting();
        return {};
    }
    qCInfo(lcAcme).noquote() << "Created an ACME account key in" << m_keyFile;
    return key;
}

} // namespace Portico

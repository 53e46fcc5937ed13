// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "acme/AcmeChallengeStore.h"

#include <QMutexLocker>

namespace Portico {

void AcmeChallengeStore::add(const QString& token, const QByteArray& keyAuthorization)
{
    const QMutexLocker locker(&m_mutex);
    m_answers.insert(token.toLatin1(), keyAuthorization);
}

void AcmeChallengeStore::remove(const QString& token)
{
    const QMutexLocker locker(&m_mutex);
    m_answers.remove(token.toLatin1());
}

QByteArray AcmeChallengeStore::find(QByteArrayView token) const
{
    const QMutexLocker locker(&m_mutex);
    return m_answers.value(token.toByteArray());
}

qsizetype AcmeChallengeStore::size() const
{
    const QMutexLocker locker(&m_mutex);
    return m_answers.size();
}

} // namespace Portico

// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QMutex>
#include <QString>

namespace Portico {

// The HTTP-01 answers Portico's own HTTP listeners serve at /.well-known/acme-challenge/<token> while an ACME
// order runs. Filled on the controller's thread, read by the workers; only challenge requests look here, so the
// lock never touches ordinary traffic.
class AcmeChallengeStore
{
public:
    static constexpr QByteArrayView pathPrefix = "/.well-known/acme-challenge/";

    void add(const QString& token, const QByteArray& keyAuthorization);
    void remove(const QString& token);
    // Empty when the token is unknown.
    QByteArray find(QByteArrayView token) const;
    qsizetype size() const;

private:
    mutable QMutex m_mutex;
    QHash<QByteArray, QByteArray> m_answers;
};

} // namespace Portico

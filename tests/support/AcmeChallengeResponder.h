// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>
#include <QTcpServer>

namespace Portico::Test {

// Answers GET /.well-known/acme-challenge/<token> with the key authorization, on loopback, for ACME tests
// (Portico's own HTTP listener takes this over in the product). Everything else is a 404.
class AcmeChallengeResponder : public QObject
{
    Q_OBJECT

public:
    explicit AcmeChallengeResponder(QObject* parent = nullptr);

    // Port 0 picks a free one.
    bool listen(quint16 port = 0);
    quint16 port() const { return m_server.serverPort(); }

    void addToken(const QString& token, const QByteArray& keyAuthorization);
    void removeToken(const QString& token);
    // How many times the token was fetched (by the CA's validation).
    int hits(const QString& token) const { return m_hits.value(token); }

private:
    void onNewConnection();

    QTcpServer m_server;
    QHash<QString, QByteArray> m_tokens;
    QHash<QString, int> m_hits;
};

} // namespace Portico::Test

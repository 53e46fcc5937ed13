// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "acme/AcmeClientOptions.h"
#include "acme/AcmeError.h"
#include "acme/AcmeJws.h"
#include "acme/AcmeResult.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QObject>
#include <QSslConfiguration>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>

class QNetworkReply;

namespace Portico {

// One ACME (RFC 8555) certificate order at a time, asynchronous, on the thread that owns it: directory,
// account (created, or found again for the same key), order, HTTP-01 challenges, finalize with a fresh key and
// request, download. challengeReady() hands the token and key authorization to whatever serves
// /.well-known/acme-challenge/<token> on port 80; it must be answering when the slot returns. finished() comes
// exactly once per start().
class AcmeClient : public QObject
{
    Q_OBJECT

public:
    AcmeClient(AcmeClientOptions options, AcmeJws accountKey, QObject* parent = nullptr);
    ~AcmeClient() override;

    // Orders a certificate for the DNS names (the first becomes the common name). Ignored while running.
    void start(const QStringList& names);
    // Stops the run; finished() reports Cancelled.
    void cancel();
    bool isRunning() const { return m_running; }

signals:
    void challengeReady(const QString& token, const QByteArray& keyAuthorization);
    // The CA has decided on the challenge: the responder may forget the token.
    void challengeDone(const QString& token);
    void finished(const Portico::AcmeResult& result);

private:
    struct Reply
    {
        int status = 0;
        QByteArray body;
        QJsonObject json;
        QString location;
        int retryAfterMs = -1;
    };
    using Handler = std::function<void(const Reply&)>;

    void fetchDirectory();
    void fetchNonce(const std::function<void()>& then);
    // A JWS-signed POST; an empty payload is a POST-as-GET. A badNonce answer is retried once with a fresh nonce.
    void signedPost(const QUrl& url, const QByteArray& payload, const Handler& handler, bool retried = false);
    void createAccount();
    void createOrder();
    void nextAuthorization();
    void handleAuthorization(const QUrl& url, const Reply& reply, int polls);
    void finalizeOrder();
    void handleOrder(const Reply& reply, int polls);
    void downloadCertificate(const QUrl& url);

    QNetworkRequest makeRequest(const QUrl& url) const;
    // Handles transport errors and problem documents (reporting them), true when the reply can be used.
    bool readReply(QNetworkReply* reply, Reply& out);
    void later(int retryAfterMs, const std::function<void()>& what);
    void fail(AcmeErrorCode code, const QString& detail);
    void fail(const AcmeError& error);
    void succeed();

    AcmeClientOptions m_options;
    AcmeJws m_accountKey;
    QNetworkAccessManager m_network;
    QSslConfiguration m_ssl;
    QString m_sslProblem; // the CA file could not be read

    bool m_running = false;
    quint64 m_run = 0; // bumped on every start and cancel, so late replies and timers of an old run do nothing
    QStringList m_names;
    QUrl m_newNonceUrl;
    QUrl m_newAccountUrl;
    QUrl m_newOrderUrl;
    QString m_nonce;
    QString m_accountUrl;
    QUrl m_orderUrl;
    QUrl m_finalizeUrl;
    QList<QUrl> m_authorizations;
    QString m_currentToken;
    QByteArray m_privateKeyPem;
    QByteArray m_chainPem;
    QList<QNetworkReply*> m_replies;
};

} // namespace Portico

// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "acme/AcmeClient.h"

#include "core/Logging.h"
#include "tls/CertificateFactory.h"
#include "tls/OpenSsl.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QTimer>

namespace Portico {

namespace {

const QByteArray replayNonceHeader = QByteArrayLiteral("Replay-Nonce");
constexpr qint64 maxRetryAfterMs = 3600 * 1000;

QString statusOf(const QJsonObject& object)
{
    return object.value(QStringLiteral("status")).toString();
}

// Seconds or an HTTP date (RFC 9110); -1 when absent or unreadable.
int parseRetryAfter(const QByteArray& value)
{
    const QByteArray text = value.trimmed();
    if (text.isEmpty())
        return -1;
    bool isNumber = false;
    qint64 ms = text.toLongLong(&isNumber) * 1000;
    if (!isNumber) {
        const QDateTime when = QDateTime::fromString(QString::fromLatin1(text), Qt::RFC2822Date);
        if (!when.isValid())
            return -1;
        ms = QDateTime::currentDateTimeUtc().msecsTo(when);
    }
    return int(qBound(qint64(0), ms, maxRetryAfterMs));
}

QByteArray requestDer(X509_REQ* request)
{
    const int length = i2d_X509_REQ(request, nullptr);
    if (length <= 0)
        return {};
    QByteArray der(length, '\0');
    unsigned char* cursor = reinterpret_cast<unsigned char*>(der.data());
    if (i2d_X509_REQ(request, &cursor) != length)
        return {};
    return der;
}

QByteArray toJson(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

AcmeClient::AcmeClient(AcmeClientOptions options, AcmeJws accountKey, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_accountKey(std::move(accountKey))
    , m_ssl(QSslConfiguration::defaultConfiguration())
{
    if (!m_options.caCertificatesFile.isEmpty()) {
        const QList<QSslCertificate> extra = QSslCertificate::fromPath(m_options.caCertificatesFile, QSsl::Pem);
        if (extra.isEmpty())
            m_sslProblem = QStringLiteral("no CA certificate in %1").arg(m_options.caCertificatesFile);
        else
            m_ssl.addCaCertificates(extra);
    }
}

AcmeClient::~AcmeClient()
{
    ++m_run;
    for (QNetworkReply* reply : std::as_const(m_replies)) {
        reply->abort();
        reply->deleteLater();
    }
}

void AcmeClient::start(const QStringList& names)
{
    if (m_running)
        return;
    m_running = true;
    ++m_run;
    m_names = names;
    m_nonce.clear();
    m_orderUrl.clear();
    m_finalizeUrl.clear();
    m_authorizations.clear();
    m_currentToken.clear();
    m_privateKeyPem.clear();
    m_chainPem.clear();
    if (names.isEmpty())
        return fail(AcmeErrorCode::RejectedIdentifier, QStringLiteral("no names to order"));
    if (m_accountKey.isNull())
        return fail(AcmeErrorCode::KeyFailure, QStringLiteral("no account key"));
    if (!m_sslProblem.isEmpty())
        return fail(AcmeErrorCode::NetworkError, m_sslProblem);
    qCInfo(lcAcme) << "ordering a certificate for" << names << "from" << m_options.directoryUrl.toDisplayString();
    fetchDirectory();
}

void AcmeClient::cancel()
{
    if (m_running)
        fail(AcmeErrorCode::Cancelled, QString());
}

QNetworkRequest AcmeClient::makeRequest(const QUrl& url) const
{
    QNetworkRequest request(url);
    request.setSslConfiguration(m_ssl);
    request.setTransferTimeout(m_options.requestTimeoutMs);
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("Portico-ACME"));
    return request;
}

bool AcmeClient::readReply(QNetworkReply* reply, Reply& out)
{
    m_replies.removeOne(reply);
    reply->deleteLater();
    const QByteArray nonce = reply->rawHeader(replayNonceHeader);
    if (!nonce.isEmpty())
        m_nonce = QString::fromLatin1(nonce);
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.body = reply->readAll();
    out.json = QJsonDocument::fromJson(out.body).object();
    out.location = QString::fromLatin1(reply->rawHeader(QByteArrayLiteral("Location")));
    out.retryAfterMs = parseRetryAfter(reply->rawHeader(QByteArrayLiteral("Retry-After")));
    if (out.status == 0) {
        fail(AcmeErrorCode::NetworkError, reply->errorString());
        return false;
    }
    if (out.status >= 400) {
        if (std::optional<AcmeError> problem = AcmeError::fromProblem(out.body, out.status)) {
            fail(*problem);
        } else {
            fail(AcmeErrorCode::InvalidResponse,
                 QStringLiteral("HTTP %1 from %2").arg(out.status).arg(reply->url().toDisplayString()));
        }
        return false;
    }
    return true;
}

void AcmeClient::fetchDirectory()
{
    QNetworkReply* reply = m_network.get(makeRequest(m_options.directoryUrl));
    m_replies.append(reply);
    const quint64 run = m_run;
    connect(reply, &QNetworkReply::finished, this, [this, reply, run] {
        if (run != m_run)
            return;
        Reply out;
        if (!readReply(reply, out))
            return;
        m_newNonceUrl = QUrl(out.json.value(QStringLiteral("newNonce")).toString());
        m_newAccountUrl = QUrl(out.json.value(QStringLiteral("newAccount")).toString());
        m_newOrderUrl = QUrl(out.json.value(QStringLiteral("newOrder")).toString());
        if (!m_newNonceUrl.isValid() || !m_newAccountUrl.isValid() || !m_newOrderUrl.isValid() ||
            m_newNonceUrl.isEmpty() || m_newAccountUrl.isEmpty() || m_newOrderUrl.isEmpty())
            return fail(AcmeErrorCode::InvalidResponse,
                        QStringLiteral("the directory lacks newNonce/newAccount/newOrder"));
        createAccount();
    });
}

void AcmeClient::fetchNonce(const std::function<void()>& then)
{
    QNetworkReply* reply = m_network.head(makeRequest(m_newNonceUrl));
    m_replies.append(reply);
    const quint64 run = m_run;
    connect(reply, &QNetworkReply::finished, this, [this, reply, run, then] {
        if (run != m_run)
            return;
        m_nonce.clear();
        Reply out;
        if (!readReply(reply, out))
            return;
        if (m_nonce.isEmpty())
            return fail(AcmeErrorCode::InvalidResponse, QStringLiteral("newNonce sent no Replay-Nonce"));
        then();
    });
}

void AcmeClient::signedPost(const QUrl& url, const QByteArray& payload, const Handler& handler, bool retried)
{
    if (m_nonce.isEmpty())
        return fetchNonce([this, url, payload, handler, retried] { signedPost(url, payload, handler, retried); });
    const QString nonce = std::exchange(m_nonce, QString());
    // new-account is the one request signed with the bare key; the rest name the account.
    const QString keyId = url == m_newAccountUrl ? QString() : m_accountUrl;
    const QByteArray body = m_accountKey.sign(url.toString(QUrl::FullyEncoded), nonce, payload, keyId);
    if (body.isEmpty())
        return fail(AcmeErrorCode::KeyFailure, QStringLiteral("signing with the account key failed"));
    QNetworkRequest request = makeRequest(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/jose+json"));
    QNetworkReply* reply = m_network.post(request, body);
    m_replies.append(reply);
    const quint64 run = m_run;
    connect(reply, &QNetworkReply::finished, this, [this, reply, run, url, payload, handler, retried] {
        if (run != m_run)
            return;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (!retried && status >= 400) {
            const QByteArray body = reply->peek(reply->bytesAvailable());
            const std::optional<AcmeError> problem = AcmeError::fromProblem(body, status);
            if (problem && problem->code == AcmeErrorCode::BadNonce) {
                qCDebug(lcAcme) << "bad nonce from" << url.toDisplayString() << "- retrying once";
                m_replies.removeOne(reply);
                reply->deleteLater();
                const QByteArray fresh = reply->rawHeader(replayNonceHeader);
                m_nonce = QString::fromLatin1(fresh);
                return signedPost(url, payload, handler, true);
            }
        }
        Reply out;
        if (readReply(reply, out))
            handler(out);
    });
}

void AcmeClient::createAccount()
{
    QJsonObject payload{{QStringLiteral("termsOfServiceAgreed"), m_options.termsAgreed}};
    if (!m_options.contactEmail.isEmpty())
        payload.insert(QStringLiteral("contact"), QJsonArray{QStringLiteral("mailto:") + m_options.contactEmail});
    signedPost(m_newAccountUrl, toJson(payload), [this](const Reply& reply) {
        if (reply.location.isEmpty())
            return fail(AcmeErrorCode::InvalidResponse, QStringLiteral("newAccount sent no Location"));
        m_accountUrl = reply.location;
        qCDebug(lcAcme) << "account" << m_accountUrl << (reply.status == 201 ? "created" : "found");
        createOrder();
    });
}

void AcmeClient::createOrder()
{
    QJsonArray identifiers;
    for (const QString& name : std::as_const(m_names))
        identifiers.append(
            QJsonObject{{QStringLiteral("type"), QStringLiteral("dns")}, {QStringLiteral("value"), name}});
    signedPost(m_newOrderUrl, toJson(QJsonObject{{QStringLiteral("identifiers"), identifiers}}),
               [this](const Reply& reply) {
                   m_orderUrl = QUrl(reply.location);
                   m_finalizeUrl = QUrl(reply.json.value(QStringLiteral("finalize")).toString());
                   const QJsonArray authorizations = reply.json.value(QStringLiteral("authorizations")).toArray();
                   if (m_orderUrl.isEmpty() || m_finalizeUrl.isEmpty() || authorizations.isEmpty())
                       return fail(AcmeErrorCode::InvalidResponse, QStringLiteral("newOrder answer is incomplete"));
                   if (statusOf(reply.json) == QLatin1String("invalid"))
                       return fail(AcmeErrorCode::OrderInvalid, QStringLiteral("the new order is invalid"));
                   for (const QJsonValue& value : authorizations)
                       m_authorizations.append(QUrl(value.toString()));
                   qCDebug(lcAcme) << "order" << m_orderUrl.toDisplayString() << "with" << m_authorizations.size()
                                   << "authorizations";
                   nextAuthorization();
               });
}

void AcmeClient::nextAuthorization()
{
    if (m_authorizations.isEmpty())
        return finalizeOrder();
    const QUrl url = m_authorizations.takeFirst();
    m_currentToken.clear();
    signedPost(url, QByteArray(), [this, url](const Reply& reply) { handleAuthorization(url, reply, 0); });
}

void AcmeClient::handleAuthorization(const QUrl& url, const Reply& reply, int polls)
{
    const QString status = statusOf(reply.json);
    const QJsonArray challenges = reply.json.value(QStringLiteral("challenges")).toArray();
    QJsonObject http01;
    for (const QJsonValue& value : challenges) {
        if (value.toObject().value(QStringLiteral("type")).toString() == QLatin1String("http-01"))
            http01 = value.toObject();
    }
    if (status == QLatin1String("valid")) {
        if (!m_currentToken.isEmpty())
            emit challengeDone(std::exchange(m_currentToken, QString()));
        return nextAuthorization();
    }
    if (status == QLatin1String("invalid")) {
        if (!m_currentToken.isEmpty())
            emit challengeDone(std::exchange(m_currentToken, QString()));
        for (const QJsonValue& value : challenges) {
            const QJsonObject problem = value.toObject().value(QStringLiteral("error")).toObject();
            if (std::optional<AcmeError> error = AcmeError::fromProblem(toJson(problem), 0))
                return fail(*error);
        }
        return fail(AcmeErrorCode::OrderInvalid,
                    QStringLiteral("authorization %1 is invalid").arg(url.toDisplayString()));
    }
    if (status != QLatin1String("pending"))
        return fail(AcmeErrorCode::OrderInvalid, QStringLiteral("authorization is %1").arg(status));
    if (m_currentToken.isEmpty()) {
        // First look at a pending authorization: publish the answer, then tell the CA to check it.
        const QString token = http01.value(QStringLiteral("token")).toString();
        const QUrl challengeUrl(http01.value(QStringLiteral("url")).toString());
        if (token.isEmpty() || challengeUrl.isEmpty())
            return fail(
                AcmeErrorCode::ChallengeUnavailable,
                reply.json.value(QStringLiteral("identifier")).toObject().value(QStringLiteral("value")).toString());
        m_currentToken = token;
        emit challengeReady(token, m_accountKey.keyAuthorization(token));
        return signedPost(challengeUrl, QByteArrayLiteral("{}"), [this, url](const Reply& answer) {
            later(answer.retryAfterMs, [this, url] {
                signedPost(url, QByteArray(), [this, url](const Reply& next) { handleAuthorization(url, next, 1); });
            });
        });
    }
    if (polls >= m_options.maxPolls)
        return fail(AcmeErrorCode::Timeout, QStringLiteral("authorization still pending"));
    later(reply.retryAfterMs, [this, url, polls] {
        signedPost(url, QByteArray(),
                   [this, url, polls](const Reply& next) { handleAuthorization(url, next, polls + 1); });
    });
}

void AcmeClient::finalizeOrder()
{
    OpenSsl::EvpPkeyPtr key = CertificateFactory::generateKey(m_options.keyType);
    OpenSsl::X509ReqPtr request =
        key ? CertificateFactory::request(key.get(), CertificateFactory::Subject{m_names.first(), m_names, {}})
            : OpenSsl::X509ReqPtr();
    const QByteArray der = request ? requestDer(request.get()) : QByteArray();
    if (der.isEmpty())
        return fail(AcmeErrorCode::KeyFailure, OpenSsl::takeErrors());
    m_privateKeyPem = OpenSsl::privateKeyToPem(key.get());
    const QJsonObject payload{{QStringLiteral("csr"), QString::fromLatin1(AcmeJws::base64Url(der))}};
    signedPost(m_finalizeUrl, toJson(payload), [this](const Reply& reply) { handleOrder(reply, 0); });
}

void AcmeClient::handleOrder(const Reply& reply, int polls)
{
    const QString status = statusOf(reply.json);
    if (status == QLatin1String("valid")) {
        const QUrl certificate(reply.json.value(QStringLiteral("certificate")).toString());
        if (certificate.isEmpty())
            return fail(AcmeErrorCode::InvalidResponse, QStringLiteral("valid order without a certificate URL"));
        return downloadCertificate(certificate);
    }
    if (status == QLatin1String("invalid")) {
        const QJsonObject problem = reply.json.value(QStringLiteral("error")).toObject();
        if (std::optional<AcmeError> error = AcmeError::fromProblem(toJson(problem), 0))
            return fail(*error);
        return fail(AcmeErrorCode::OrderInvalid, QStringLiteral("the order is invalid"));
    }
    if (polls >= m_options.maxPolls)
        return fail(AcmeErrorCode::Timeout, QStringLiteral("the order is still %1").arg(status));
    later(reply.retryAfterMs, [this, polls] {
        signedPost(m_orderUrl, QByteArray(), [this, polls](const Reply& next) { handleOrder(next, polls + 1); });
    });
}

void AcmeClient::downloadCertificate(const QUrl& url)
{
    // POST-as-GET with the PEM chain media type (RFC 8555 section 7.4.2).
    if (m_nonce.isEmpty())
        return fetchNonce([this, url] { downloadCertificate(url); });
    const QByteArray body = m_accountKey.sign(url.toString(QUrl::FullyEncoded), std::exchange(m_nonce, QString()),
                                              QByteArray(), m_accountUrl);
    QNetworkRequest request = makeRequest(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/jose+json"));
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/pem-certificate-chain"));
    QNetworkReply* reply = m_network.post(request, body);
    m_replies.append(reply);
    const quint64 run = m_run;
    connect(reply, &QNetworkReply::finished, this, [this, reply, run] {
        if (run != m_run)
            return;
        Reply out;
        if (!readReply(reply, out))
            return;
        if (!out.body.contains("-----BEGIN CERTIFICATE-----"))
            return fail(AcmeErrorCode::InvalidResponse, QStringLiteral("the certificate download is not PEM"));
        m_chainPem = out.body;
        succeed();
    });
}

void AcmeClient::later(int retryAfterMs, const std::function<void()>& what)
{
    const int delay = retryAfterMs >= 0 ? retryAfterMs : m_options.pollIntervalMs;
    const quint64 run = m_run;
    QTimer::singleShot(delay, this, [this, run, what] {
        if (run == m_run)
            what();
    });
}

void AcmeClient::fail(AcmeErrorCode code, const QString& detail)
{
    AcmeError error;
    error.code = code;
    error.detail = detail;
    fail(error);
}

void AcmeClient::fail(const AcmeError& error)
{
    qCWarning(lcAcme) << "order for" << m_names << "failed:" << AcmeError::codeName(error.code) << error.detail;
    AcmeResult result;
    result.names = m_names;
    result.accountUrl = m_accountUrl;
    result.error = error;
    m_running = false;
    ++m_run;
    for (QNetworkReply* reply : std::exchange(m_replies, {})) {
        reply->abort();
        reply->deleteLater();
    }
    if (!m_currentToken.isEmpty())
        emit challengeDone(std::exchange(m_currentToken, QString()));
    m_privateKeyPem.clear();
    emit finished(result);
}

void AcmeClient::succeed()
{
    qCInfo(lcAcme) << "certificate issued for" << m_names;
    AcmeResult result;
    result.names = m_names;
    result.certificateChainPem = std::exchange(m_chainPem, QByteArray());
    result.privateKeyPem = std::exchange(m_privateKeyPem, QByteArray());
    result.accountUrl = m_accountUrl;
    m_running = false;
    ++m_run;
    emit finished(result);
}

} // namespace Portico

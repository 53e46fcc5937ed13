// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "acme/PreflightRunner.h"

#include "acme/AcmeChallengeStore.h"
#include "acme/AcmeJws.h"

#include <QHostAddress>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QUrl>

#include <algorithm>

namespace Portico {

namespace {

constexpr int probeTimeoutMs = 10000;

QByteArray randomText(int bytes)
{
    QByteArray data(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(data.data()), bytes / 4);
    return AcmeJws::base64Url(data);
}

// Addresses a public CA cannot connect to.
bool isLocalAddress(const QHostAddress& address)
{
    if (address.isLoopback() || address.isLinkLocal() || address.isSiteLocal() || address.isUniqueLocalUnicast())
        return true;
    static const QPair<QHostAddress, int> privateIpv4[] = {
        QHostAddress::parseSubnet(QStringLiteral("10.0.0.0/8")),
        QHostAddress::parseSubnet(QStringLiteral("172.16.0.0/12")),
        QHostAddress::parseSubnet(QStringLiteral("192.168.0.0/16")),
        QHostAddress::parseSubnet(QStringLiteral("100.64.0.0/10")),
    };
    return std::any_of(std::begin(privateIpv4), std::end(privateIpv4),
                       [&address](const QPair<QHostAddress, int>& subnet) { return address.isInSubnet(subnet); });
}

} // namespace

PreflightRunner::PreflightRunner(PreflightReport report, QStringList probeNames, quint16 port,
                                 std::shared_ptr<AcmeChallengeStore> challenges, QObject* parent)
    : QObject(parent)
    , m_report(std::move(report))
    , m_names(std::move(probeNames))
    , m_port(port)
    , m_challenges(std::move(challenges))
{
    // The CA connects directly, so the probe does too, whatever proxy the environment names.
    m_network.setProxy(QNetworkProxy::NoProxy);
}

PreflightRunner::~PreflightRunner()
{
    for (int lookup : std::as_const(m_lookups))
        QHostInfo::abortHostLookup(lookup);
    if (!m_token.isEmpty() && m_challenges)
        m_challenges->remove(m_token);
}

void PreflightRunner::start()
{
    if (m_started)
        return;
    m_started = true;
    // One more than the work, so that nothing finishes before everything is under way.
    m_pending = 1;
    if (!m_names.isEmpty() && m_challenges) {
        m_token = QString::fromLatin1(randomText(32));
        m_answer = m_token.toLatin1() + ".portico-preflight-" + randomText(16);
        m_challenges->add(m_token, m_answer);
    }
    for (const QString& name : std::as_const(m_names)) {
        ++m_pending;
        m_lookups.append(
            QHostInfo::lookupHost(name, this, [this, name](const QHostInfo& info) { resolved(name, info); }));
        if (!m_challenges)
            continue;
        QUrl url;
        url.setScheme(QStringLiteral("http"));
        url.setHost(name);
        url.setPort(m_port);
        url.setPath(QString::fromLatin1(AcmeChallengeStore::pathPrefix.toByteArray()) + m_token);
        QNetworkRequest request(url);
        request.setTransferTimeout(probeTimeoutMs);
        ++m_pending;
        QNetworkReply* reply = m_network.get(request);
        const QString urlText = url.toString();
        connect(reply, &QNetworkReply::finished, this, [this, name, urlText, reply] { fetched(name, urlText, reply); });
    }
    // Even with nothing to wait for, finished() comes from the event loop, never from inside start().
    QMetaObject::invokeMethod(this, &PreflightRunner::oneDone, Qt::QueuedConnection);
}

void PreflightRunner::resolved(const QString& name, const QHostInfo& info)
{
    m_lookups.removeOne(info.lookupId());
    PreflightCheck check;
    check.kind = PreflightCheckKind::NameResolves;
    check.name = name;
    const QList<QHostAddress> addresses = info.addresses();
    if (info.error() != QHostInfo::NoError || addresses.isEmpty()) {
        check.status = PreflightStatus::Failed;
        check.args = QStringList{info.errorString()};
    } else {
        QStringList texts;
        for (const QHostAddress& address : addresses)
            texts.append(address.toString());
        check.args = QStringList{texts.join(QStringLiteral(", "))};
        check.status = std::all_of(addresses.cbegin(), addresses.cend(), isLocalAddress) ? PreflightStatus::Warning
                                                                                         : PreflightStatus::Passed;
    }
    m_report.checks.append(check);
    oneDone();
}

void PreflightRunner::fetched(const QString& name, const QString& url, QNetworkReply* reply)
{
    reply->deleteLater();
    PreflightCheck check;
    check.kind = PreflightCheckKind::ChallengeReachable;
    check.name = name;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    if (reply->error() == QNetworkReply::NoError && status == 200 && body.trimmed() == m_answer) {
        check.status = PreflightStatus::Passed;
        check.args = QStringList{url, QString::number(status)};
    } else {
        check.status = PreflightStatus::Failed;
        QString what;
        if (status != 0)
            what = status == 200 ? QStringLiteral("200 (a different answer)") : QString::number(status);
        else
            what = reply->errorString();
        check.args = QStringList{url, what};
    }
    m_report.checks.append(check);
    oneDone();
}

void PreflightRunner::oneDone()
{
    if (--m_pending > 0)
        return;
    if (!m_token.isEmpty() && m_challenges) {
        m_challenges->remove(m_token);
        m_token.clear();
    }
    sortChecks(m_report);
    Q_EMIT finished(m_report);
}

void PreflightRunner::sortChecks(PreflightReport& report)
{
    const QStringList& names = report.names;
    const auto rank = [&names](const PreflightCheck& check) {
        return std::pair(check.name.isEmpty() ? -1 : int(names.indexOf(check.name)), int(check.kind));
    };
    std::stable_sort(report.checks.begin(), report.checks.end(),
                     [&rank](const PreflightCheck& a, const PreflightCheck& b) { return rank(a) < rank(b); });
}

} // namespace Portico

// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "controller/PreflightReport.h"

#include <QByteArray>
#include <QHostInfo>
#include <QNetworkAccessManager>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

class QNetworkReply;

namespace Portico {

class AcmeChallengeStore;

// The slow pre-flight checks of CertificateCenter::runPreflight(): what each name resolves to, and whether a probe
// answer put into the challenge store comes back from http://<name>:<port>/.well-known/acme-challenge/<probe>
// the way the CA would fetch it. It adds its checks to the report it was given and sorts them: general checks
// first, then each name's in the order of the names.
class PreflightRunner : public QObject
{
    Q_OBJECT

public:
    PreflightRunner(PreflightReport report, QStringList probeNames, quint16 port,
                    std::shared_ptr<AcmeChallengeStore> challenges, QObject* parent = nullptr);
    // Takes the probe answer out of the challenge store.
    ~PreflightRunner() override;

    // finished() follows exactly once, never from within start().
    void start();

    // Sorts the checks: general ones first, then by name in the report's order, then by kind.
    static void sortChecks(PreflightReport& report);

Q_SIGNALS:
    void finished(const Portico::PreflightReport& report);

private:
    void resolved(const QString& name, const QHostInfo& info);
    void fetched(const QString& name, const QString& url, QNetworkReply* reply);
    void oneDone();

    PreflightReport m_report;
    QStringList m_names;
    quint16 m_port = 0;
    std::shared_ptr<AcmeChallengeStore> m_challenges;
    QNetworkAccessManager m_network;
    QString m_token;
    QByteArray m_answer;
    QList<int> m_lookups;
    int m_pending = 0;
    bool m_started = false;
};

} // namespace Portico

// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CacheScenario.h"

#include "HttpClient.h"
#include "ProxyScenario.h"

#include <QLocale>

namespace Portico::Test {

CacheScenario::CacheScenario()
    : m_backend(std::make_unique<TestBackend>("a"))
    , m_engine(std::make_unique<EngineController>(m_clock))
{}

CacheScenario::~CacheScenario()
{
    // The engine goes first: its connections point at the backend.
    m_engine.reset();
    m_backend.reset();
}

Config CacheScenario::config(int workers, const QList<CacheRule>& rules) const
{
    Config config = ProxyScenario::config({m_backend->port()}, workers);
    SiteConfig& site = config.sites.first();
    site.cache.enabled = true;
    site.cache.rules = rules;
    site.compression = false;
    return config;
}

bool CacheScenario::start(const Config& config)
{
    const ApplyResult result = m_engine->start(config);
    if (!result.ok()) {
        qWarning() << result.errors.first().toString();
        return false;
    }
    m_port = m_engine->listeners().first().port;
    return m_port != 0;
}

HttpResponse CacheScenario::request(const QByteArray& method, const QByteArray& target, const QByteArrayList& fields,
                                    const QByteArray& body)
{
    HttpClient client;
    if (!client.connectTo(m_port))
        return {};
    QByteArray text = method + ' ' + target + " HTTP/1.1\r\nHost: localhost\r\n";
    for (const QByteArray& field : fields)
        text += field + "\r\n";
    if (!body.isEmpty() || method == "POST" || method == "PUT")
        text += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    text += "\r\n" + body;
    client.send(text);
    return client.readResponse(method == "HEAD");
}

QByteArray CacheScenario::httpDate(qint64 offsetSeconds) const
{
    return QLocale::c()
        .toString(m_clock.now().addSecs(offsetSeconds).toUTC(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
        .toLatin1();
}

CacheRule CacheScenario::rule(const QString& pathGlob, CacheAction action, qint64 ttlSeconds, bool overrideBackend)
{
    CacheRule rule;
    rule.name = QStringLiteral("rule for ") + pathGlob;
    rule.pathGlobs = {pathGlob};
    rule.action = action;
    rule.ttlSeconds = ttlSeconds;
    rule.overrideBackend = overrideBackend;
    return rule;
}

} // namespace Portico::Test

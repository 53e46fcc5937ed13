// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HttpResponse.h"
#include "ManualClock.h"
#include "TestBackend.h"

#include "cache/CacheRule.h"
#include "controller/EngineController.h"

#include <memory>

namespace Portico::Test {

// What the cache scenarios share: a TestBackend, an engine whose time is a ManualClock (freshness moves
// only when the test advances it), and a one-site config with caching on and compression off (so that
// compression's "Vary: Accept-Encoding" does not blur what the cache does on its own).
class CacheScenario
{
public:
    CacheScenario();
    ~CacheScenario();
    Q_DISABLE_COPY_MOVE(CacheScenario)

    Config config(int workers = 1, const QList<CacheRule>& rules = {}) const;
    // Starts the engine; false (with a warning saying why) when it does not start.
    bool start(const Config& config);
    bool start() { return start(config()); }
    quint16 port() const { return m_port; }

    // One request on a new connection, "Host: localhost"; fields are whole lines without CRLF.
    HttpResponse request(const QByteArray& method, const QByteArray& target, const QByteArrayList& fields = {},
                         const QByteArray& body = {});
    HttpResponse get(const QByteArray& target, const QByteArrayList& fields = {})
    {
        return request("GET", target, fields);
    }

    void advanceSeconds(qint64 seconds) { m_clock.advance(seconds * 1000); }
    // The engine's wall-clock time plus offsetSeconds as an HTTP-date, for Date, Expires and Last-Modified.
    QByteArray httpDate(qint64 offsetSeconds = 0) const;
    // A rule matching paths under a glob.
    static CacheRule rule(const QString& pathGlob, CacheAction action, qint64 ttlSeconds, bool overrideBackend);

    ManualClock& clock() { return m_clock; }
    TestBackend& backend() { return *m_backend; }
    EngineController& engine() { return *m_engine; }

private:
    ManualClock m_clock;
    std::unique_ptr<TestBackend> m_backend;
    std::unique_ptr<EngineController> m_engine;
    quint16 m_port = 0;
};

} // namespace Portico::Test

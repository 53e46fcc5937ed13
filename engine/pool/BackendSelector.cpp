// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pool/BackendSelector.h"

#include "pool/LeastConnections.h"
#include "pool/PoolCursor.h"
#include "pool/PoolRuntime.h"

#include <QtEndian>

namespace Portico {

namespace {

enum class Skip
{
    None,
    Excluded,
    Maintenance,
    Drain,
    Down,
    Ejected,
    Unresolved,
    Full,
};

QString skipName(Skip skip)
{
    switch (skip) {
    case Skip::None:
        return QString();
    case Skip::Excluded:
        return QStringLiteral("failed this request already");
    case Skip::Maintenance:
        return QStringLiteral("maintenance");
    case Skip::Drain:
        return QStringLiteral("drain");
    case Skip::Down:
        return QStringLiteral("down");
    case Skip::Ejected:
        return QStringLiteral("ejected");
    case Skip::Unresolved:
        return QStringLiteral("unresolved");
    case Skip::Full:
        return QStringLiteral("full");
    }
    return QString();
}

bool isFull(const BackendTarget& backend)
{
    return backend.maxConnections > 0 &&
           backend.state->active.load(std::memory_order_relaxed) >= backend.maxConnections;
}

Skip skipReason(const BackendTarget& backend, int index, int exclude)
{
    if (index == exclude)
        return Skip::Excluded;
    if (backend.admin == BackendAdminState::Maintenance)
        return Skip::Maintenance;
    if (backend.admin == BackendAdminState::Drain)
        return Skip::Drain;
    if (!backend.resolved())
        return Skip::Unresolved;
    if (!backend.state->healthy()) {
        return backend.state->health.load(std::memory_order_relaxed) == BackendHealth::Down ? Skip::Down
                                                                                            : Skip::Ejected;
    }
    return Skip::None;
}

void step(QList<RouteTestStep>* explain, RouteTestStepKind kind, QStringList args = {})
{
    if (explain)
        explain->append(RouteTestStep{kind, std::move(args)});
}

QString keyText(const BackendTarget& backend)
{
    return QString::fromLatin1(backend.key);
}

} // namespace

QByteArray BackendSelector::clientKey(const QHostAddress& address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    if (isV4) {
        QByteArray bytes(4, Qt::Uninitialized);
        qToBigEndian(v4, bytes.data());
        return bytes;
    }
    const Q_IPV6ADDR v6 = address.toIPv6Address();
    return QByteArray(reinterpret_cast<const char*>(v6.c), 16);
}

BackendSelector::Selection BackendSelector::select(const PoolRuntime& pool, PoolCursor& cursor, const Input& input,
                                                   QList<RouteTestStep>* explain)
{
    Selection selection;
    const std::vector<BackendTarget>& backends = pool.backends;
    const size_t count = backends.size();
    const BalanceConfig& balance = pool.config.balance;
    step(explain, RouteTestStepKind::PoolChosen, {pool.config.name, BalanceConfig::algorithmName(balance.algorithm)});
    if (count == 0) {
        step(explain, RouteTestStepKind::NoBackend);
        return selection;
    }

    if (pool.sticky) {
        selection.setSticky = true;
        int pointed = -1;
        if (!input.stickyValue.isEmpty()) {
            if (const std::optional<quint64> id = pool.sticky->decode(input.stickyValue))
                pointed = pool.indexOfStickyId(*id);
        }
        step(explain, RouteTestStepKind::StickyCookie,
             {QString::fromLatin1(pool.cookieName), pointed >= 0 ? keyText(backends[size_t(pointed)]) : QString()});
        if (pointed >= 0) {
            const BackendTarget& backend = backends[size_t(pointed)];
            const Skip skip = skipReason(backend, pointed, input.exclude);
            // Draining keeps its sticky clients until they finish.
            if ((skip == Skip::None || skip == Skip::Drain) && !isFull(backend)) {
                selection.index = pointed;
                selection.setSticky = false;
                step(explain, RouteTestStepKind::BackendChosen, {keyText(backend)});
                return selection;
            }
            step(explain, RouteTestStepKind::BackendSkipped,
                 {keyText(backend), skip == Skip::None ? skipName(Skip::Full) : skipName(skip)});
        }
    }

    cursor.weights.assign(count, 0);
    bool anyUp = false;
    bool anyRoom = false;
    for (const bool backups : {false, true}) {
        for (size_t i = 0; i < count; ++i) {
            const BackendTarget& backend = backends[i];
            if (backend.backup != backups)
                continue;
            Skip skip = skipReason(backend, static_cast<int>(i), input.exclude);
            if (skip == Skip::None) {
                anyUp = true;
                if (isFull(backend))
                    skip = Skip::Full;
            }
            if (skip != Skip::None) {
                step(explain, RouteTestStepKind::BackendSkipped, {keyText(backend), skipName(skip)});
                continue;
            }
            anyRoom = true;
            cursor.weights[i] = qMax(1, backend.state->effectiveWeight.load(std::memory_order_relaxed));
        }
        // Backups only stand in while no primary is up.
        if (anyUp)
            break;
    }
    if (!anyRoom && anyUp) {
        selection.queue = true;
        return selection;
    }
    if (!anyRoom) {
        if (balance.whenAllDown == AllDownPolicy::TryAll) {
            for (size_t i = 0; i < count; ++i) {
                if (backends[i].admin == BackendAdminState::Enabled && static_cast<int>(i) != input.exclude)
                    cursor.weights[i] = backends[i].weight;
            }
        }
        bool any = false;
        for (const int weight : cursor.weights)
            any = any || weight > 0;
        if (!any) {
            step(explain, RouteTestStepKind::NoBackend);
            return selection;
        }
        selection.allDown = true;
        step(explain, RouteTestStepKind::AllDownTryAll);
    }

    int picked = -1;
    switch (balance.algorithm) {
    case BalanceAlgorithm::RoundRobin:
        // Equal weights through the smooth rotation: a backend that is out does not hand its turn to
        // its neighbour, which a plain "next eligible" rotation would.
        for (int& weight : cursor.weights)
            weight = weight > 0 ? 1 : 0;
        picked = cursor.weighted.pick(cursor.weights);
        break;
    case BalanceAlgorithm::WeightedRoundRobin:
    case BalanceAlgorithm::StickyCookie:
        picked = cursor.weighted.pick(cursor.weights);
        break;
    case BalanceAlgorithm::LeastConnections:
        cursor.active.resize(count);
        for (size_t i = 0; i < count; ++i)
            cursor.active[i] = backends[i].state->active.load(std::memory_order_relaxed);
        picked = LeastConnections::pick(cursor.weights, cursor.active, cursor.rotation++);
        break;
    case BalanceAlgorithm::ConsistentHash: {
        QByteArray clientBytes;
        QByteArrayView key = input.hashValue;
        if (balance.hashOn == HashSource::ClientIp) {
            clientBytes = clientKey(input.client);
            key = clientBytes;
        }
        const QString source = BalanceConfig::hashSourceName(balance.hashOn);
        step(explain, RouteTestStepKind::HashKey,
             {source,
              balance.hashOn == HashSource::ClientIp ? input.client.toString() : QString::fromLatin1(input.hashValue)});
        if (key.isEmpty()) {
            // Nothing to hash on: spread such requests like weighted round robin.
            picked = cursor.weighted.pick(cursor.weights);
        } else {
            picked = pool.ring.pick(ConsistentHashRing::hash(key),
                                    [&cursor](int i) { return cursor.weights[static_cast<size_t>(i)] > 0; });
        }
        break;
    }
    }
    if (picked < 0) {
        step(explain, RouteTestStepKind::NoBackend);
        return selection;
    }
    selection.index = picked;
    step(explain, RouteTestStepKind::BackendChosen, {keyText(backends[size_t(picked)])});
    return selection;
}

} // namespace Portico

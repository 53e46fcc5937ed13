// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/Config.h"
#include "core/Clock.h"
#include "stats/WorkerCounters.h"

#include <QByteArray>

#include <memory>

namespace Portico {

// What a worker's connections share. Lives on the worker's thread and is only touched there,
// so reading the current config is a plain pointer copy, no lock.
class WorkerContext
{
public:
    WorkerContext(int workerIndex, WorkerCounters& counters, const Clock& clock)
        : workerIndex(workerIndex)
        , counters(counters)
        , clock(clock)
    {}

    // "Sun, 06 Nov 1994 08:49:37 GMT", formatted at most once a second.
    const QByteArray& httpDate();
    // A new request ID: unique within the process and cheap to make.
    QByteArray nextRequestId();

    const int workerIndex;
    WorkerCounters& counters;
    const Clock& clock;
    std::shared_ptr<const Config> config;
    bool shuttingDown = false;

private:
    QByteArray m_date;
    qint64 m_dateSecond = -1;
    quint64 m_requestSequence = 0;
    QByteArray m_requestIdPrefix;
};

} // namespace Portico

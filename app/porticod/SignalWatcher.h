// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QSocketNotifier;

namespace Portico {

// Turns SIGINT and SIGTERM into a Qt signal on the main thread. The C handler only writes a byte to
// a socket pair (async-signal-safe); a QSocketNotifier reads it back in the event loop.
class SignalWatcher : public QObject
{
    Q_OBJECT

public:
    explicit SignalWatcher(QObject* parent = nullptr);
    ~SignalWatcher() override;

Q_SIGNALS:
    void terminationRequested(int signalNumber);

private:
    void onActivated();

    QSocketNotifier* m_notifier = nullptr;
};

} // namespace Portico

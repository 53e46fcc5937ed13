// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTcpServer>

#include <functional>

namespace Portico {

// A worker's accepting side of one listener: hands each accepted descriptor straight to the
// worker instead of queueing QTcpSocket objects.
class Listener : public QTcpServer
{
    Q_OBJECT

public:
    Listener(std::function<void(qintptr)> onAccepted, QObject* parent);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    std::function<void(qintptr)> m_onAccepted;
};

} // namespace Portico

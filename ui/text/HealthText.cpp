// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/HealthText.h"

#include "text/NumberText.h"

namespace Portico {

QString HealthText::checkResult(const HealthCheckResult& result)
{
    switch (result.failure) {
    case HealthCheckFailure::None:
        if (result.httpStatus > 0)
            //: A passed check: HTTP status, the path asked for, the time it took.
            return tr("HTTP %1 on %2 in %3")
                .arg(QString::number(result.httpStatus), result.path, NumberText::milliseconds(result.elapsedMs));
        return tr("Connected in %1").arg(NumberText::milliseconds(result.elapsedMs));
    case HealthCheckFailure::Refused:
        return tr("Connection refused");
    case HealthCheckFailure::Reset:
        return tr("Connection closed before a full answer");
    case HealthCheckFailure::TimedOut:
        return tr("No answer within %1").arg(NumberText::milliseconds(result.elapsedMs));
    case HealthCheckFailure::NameNotFound:
        return tr("Host name not found");
    case HealthCheckFailure::Unreachable:
        return tr("Host unreachable");
    case HealthCheckFailure::BadStatus:
        //: A failed check: the HTTP status received and the path asked for.
        return tr("HTTP %1 on %2").arg(QString::number(result.httpStatus), result.path);
    case HealthCheckFailure::BodyMismatch:
        return tr("The answer lacks \"%1\"").arg(result.expected);
    case HealthCheckFailure::BadResponse:
        return tr("The answer is not HTTP");
    }
    return QString();
}

QString HealthText::probeAnswer(const HealthCheckResult& result)
{
    const QString time = NumberText::milliseconds(result.elapsedMs);
    switch (result.failure) {
    case HealthCheckFailure::None:
        if (result.httpStatus <= 0)
            return tr("Reachable: it accepted a connection in %1").arg(time);
        if (result.server.isEmpty())
            return tr("Answered HTTP %1 in %2").arg(QString::number(result.httpStatus), time);
        //: %3 is the Server header the backend sent, e.g. "nginx/1.22".
        return tr("Answered HTTP %1 in %2 (server: %3)").arg(QString::number(result.httpStatus), time, result.server);
    case HealthCheckFailure::Refused:
        return tr("Nothing accepts connections on this port. Is the application running, and is the port right?");
    case HealthCheckFailure::Reset:
        return tr("It accepted the connection but closed it without a full answer. Is this an HTTP server?");
    case HealthCheckFailure::TimedOut:
        return tr("No answer within %1. The server may be overloaded, or a firewall drops the connection.").arg(time);
    case HealthCheckFailure::NameNotFound:
        return tr("This host name is not known. Check the spelling, or use the IP address.");
    case HealthCheckFailure::Unreachable:
        return tr("This computer has no route to the host. Check the address and the network.");
    case HealthCheckFailure::BadStatus:
        return tr("It answered HTTP %1 on %2, which does not count as healthy.")
            .arg(QString::number(result.httpStatus), result.path);
    case HealthCheckFailure::BodyMismatch:
        return tr("It answered, but the page lacks \"%1\".").arg(result.expected);
    case HealthCheckFailure::BadResponse:
        return tr("Something answers on this port, but not with HTTP.");
    }
    return QString();
}

QString HealthText::healthName(BackendHealth health)
{
    switch (health) {
    case BackendHealth::Unchecked:
        //: A backend without active health checks that has not failed recently.
        return tr("Not checked");
    case BackendHealth::Up:
        return tr("Up");
    case BackendHealth::Down:
        return tr("Down");
    case BackendHealth::Ejected:
        //: Taken out of rotation for a while because real requests to it failed.
        return tr("Taken out");
    }
    return QString();
}

QString HealthText::adminStateName(BackendAdminState state)
{
    switch (state) {
    case BackendAdminState::Enabled:
        return tr("Enabled");
    case BackendAdminState::Drain:
        //: Admin state: gets no new visitors, finishes what it has.
        return tr("Draining");
    case BackendAdminState::Maintenance:
        return tr("Maintenance");
    }
    return QString();
}

QString HealthText::transitionReason(const BackendTransition& transition)
{
    switch (transition.cause) {
    case TransitionCause::ActiveCheck:
        return tr("Health check: %1").arg(checkResult(transition.check));
    case TransitionCause::PassiveErrors:
        return tr("%n failed request(s) in a row; out for %1", nullptr, transition.failures)
            .arg(NumberText::milliseconds(transition.coolDownMs));
    case TransitionCause::CoolDownOver:
        return tr("The cool-down is over; back in rotation");
    case TransitionCause::ConfigChanged:
        return tr("Added, or its health settings changed");
    }
    return QString();
}

QString HealthText::transition(const BackendTransition& transition)
{
    //: A state change of a backend: old state, new state, why.
    return tr("%1 → %2: %3").arg(healthName(transition.from), healthName(transition.to), transitionReason(transition));
}

} // namespace Portico

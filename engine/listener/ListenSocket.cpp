// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "listener/ListenSocket.h"

#include "core/Logging.h"

#include <cstring>
#include <utility>

#ifdef Q_OS_WIN
#include <winsock2.h>
#include <ws2tcpip.h>
#else
#include <arpa/inet.h>
#include <cerrno>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace Portico {

namespace {

#ifdef Q_OS_WIN
int lastSocketError()
{
    return WSAGetLastError();
}
void closeDescriptor(qintptr descriptor)
{
    ::closesocket(static_cast<SOCKET>(descriptor));
}
#else
int lastSocketError()
{
    return errno;
}
void closeDescriptor(qintptr descriptor)
{
    ::close(static_cast<int>(descriptor));
}
#endif

} // namespace

ListenSocket::ListenSocket(ListenSocket&& other) noexcept
    : m_descriptor(std::exchange(other.m_descriptor, -1))
    , m_siblings(std::exchange(other.m_siblings, {}))
    , m_port(other.m_port)
    , m_error(std::move(other.m_error))
{}

ListenSocket& ListenSocket::operator=(ListenSocket&& other) noexcept
{
    if (this != &other) {
        close();
        m_descriptor = std::exchange(other.m_descriptor, -1);
        m_siblings = std::exchange(other.m_siblings, {});
        m_port = other.m_port;
        m_error = std::move(other.m_error);
    }
    return *this;
}

ListenSocket::~ListenSocket()
{
    close();
}

qintptr ListenSocket::bindSocket(const QHostAddress& address, quint16 port, int backlog, bool reusePort, bool listen,
                                 quint16& boundPort, QString& error)
{
    const bool ipv6 = address.protocol() == QAbstractSocket::IPv6Protocol;

    sockaddr_storage storage{};
    socklen_t length = 0;
    if (ipv6) {
        auto* in6 = reinterpret_cast<sockaddr_in6*>(&storage);
        in6->sin6_family = AF_INET6;
        in6->sin6_port = htons(port);
        const Q_IPV6ADDR raw = address.toIPv6Address();
        static_assert(sizeof(raw.c) == sizeof(in6->sin6_addr));
        memcpy(&in6->sin6_addr, raw.c, sizeof(raw.c));
        length = sizeof(sockaddr_in6);
    } else {
        auto* in4 = reinterpret_cast<sockaddr_in*>(&storage);
        in4->sin_family = AF_INET;
        in4->sin_port = htons(port);
        in4->sin_addr.s_addr = htonl(address.toIPv4Address());
        length = sizeof(sockaddr_in);
    }

#ifdef Q_OS_WIN
    // Not yet verified on Windows.
    const SOCKET fd = ::socket(ipv6 ? AF_INET6 : AF_INET, SOCK_STREAM, IPPROTO_TCP);
    if (fd == INVALID_SOCKET) {
        error = qt_error_string(lastSocketError());
        return -1;
    }
    const auto descriptor = static_cast<qintptr>(fd);
    Q_UNUSED(reusePort)
    BOOL exclusive = TRUE;
    ::setsockopt(fd, SOL_SOCKET, SO_EXCLUSIVEADDRUSE, reinterpret_cast<const char*>(&exclusive), sizeof exclusive);
    if (ipv6) {
        DWORD only = 1;
        ::setsockopt(fd, IPPROTO_IPV6, IPV6_V6ONLY, reinterpret_cast<const char*>(&only), sizeof only);
    }
    u_long nonBlocking = 1;
    ::ioctlsocket(fd, FIONBIO, &nonBlocking);
#else
    const int fd = ::socket(ipv6 ? AF_INET6 : AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        error = qt_error_string(lastSocketError());
        return -1;
    }
    const auto descriptor = static_cast<qintptr>(fd);
    // Lets a restarted Portico bind again while old connections sit in TIME_WAIT. It does not let two
    // live listeners share a port (that would be SO_REUSEPORT), so "port in use" is still reported.
    int on = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
    if (ipv6)
        ::setsockopt(fd, IPPROTO_IPV6, IPV6_V6ONLY, &on, sizeof on);
#ifdef SO_REUSEPORT
    if (reusePort)
        ::setsockopt(fd, SOL_SOCKET, SO_REUSEPORT, &on, sizeof on);
#else
    Q_UNUSED(reusePort)
#endif
#endif

    if (::bind(fd, reinterpret_cast<const sockaddr*>(&storage), length) != 0 ||
        (listen && ::listen(fd, backlog) != 0)) {
        error = qt_error_string(lastSocketError());
        closeDescriptor(descriptor);
        return -1;
    }
    sockaddr_storage bound{};
    socklen_t boundLength = sizeof bound;
    ::getsockname(fd, reinterpret_cast<sockaddr*>(&bound), &boundLength);
    boundPort = ntohs(ipv6 ? reinterpret_cast<const sockaddr_in6*>(&bound)->sin6_port
                           : reinterpret_cast<const sockaddr_in*>(&bound)->sin_port);
    return descriptor;
}

bool ListenSocket::open(const QHostAddress& address, quint16 port, int backlog, int groupSize)
{
    close();
    m_error.clear();
    if (groupSize <= 1 || !supportsReusePort()) {
        m_descriptor = bindSocket(address, port, backlog, false, true, m_port, m_error);
        return m_descriptor >= 0;
    }
    // SO_REUSEPORT would also let us join a group another process of the same user holds. An
    // exclusive bind first keeps "port in use" an error; the gap before the group binds is tiny.
    quint16 free = 0;
    const qintptr probe = bindSocket(address, port, backlog, false, false, free, m_error);
    if (probe < 0)
        return false;
    closeDescriptor(probe);
    m_descriptor = bindSocket(address, free, backlog, true, true, m_port, m_error);
    if (m_descriptor < 0)
        return false;
    for (int i = 1; i < groupSize; ++i) {
        quint16 same = 0;
        const qintptr sibling = bindSocket(address, m_port, backlog, true, true, same, m_error);
        if (sibling < 0) {
            close();
            return false;
        }
        m_siblings.push_back(sibling);
    }
    return true;
}

qintptr ListenSocket::takeSibling()
{
    if (m_siblings.empty())
        return -1;
    const qintptr sibling = m_siblings.back();
    m_siblings.pop_back();
    return sibling;
}

bool ListenSocket::supportsReusePort()
{
#if defined(Q_OS_LINUX) && defined(SO_REUSEPORT)
    // Linux spreads connections over the group by hash, each worker accepting from its own queue.
    return qEnvironmentVariableIsEmpty("PORTICO_NO_REUSEPORT");
#else
    return false;
#endif
}

qintptr ListenSocket::duplicate() const
{
    if (m_descriptor < 0)
        return -1;
#ifdef Q_OS_WIN
    return -1;
#else
    return ::fcntl(static_cast<int>(m_descriptor), F_DUPFD_CLOEXEC, 0);
#endif
}

qintptr ListenSocket::release()
{
    return std::exchange(m_descriptor, -1);
}

bool ListenSocket::duplicatesShareAccepts()
{
#ifdef Q_OS_WIN
    return false;
#else
    return true;
#endif
}

void ListenSocket::close()
{
    if (m_descriptor >= 0)
        closeDescriptor(std::exchange(m_descriptor, -1));
    for (const qintptr sibling : m_siblings)
        closeDescriptor(sibling);
    m_siblings.clear();
}

} // namespace Portico

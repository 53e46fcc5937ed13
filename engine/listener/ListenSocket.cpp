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
    , m_port(other.m_port)
    , m_error(std::move(other.m_error))
{}

ListenSocket& ListenSocket::operator=(ListenSocket&& other) noexcept
{
    if (this != &other) {
        close();
        m_descriptor = std::exchange(other.m_descriptor, -1);
        m_port = other.m_port;
        m_error = std::move(other.m_error);
    }
    return *this;
}

ListenSocket::~ListenSocket()
{
    close();
}

bool ListenSocket::open(const QHostAddress& address, quint16 port, int backlog)
{
    close();
    m_error.clear();
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
        m_error = qt_error_string(lastSocketError());
        return false;
    }
    const auto descriptor = static_cast<qintptr>(fd);
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
        m_error = qt_error_string(lastSocketError());
        return false;
    }
    const auto descriptor = static_cast<qintptr>(fd);
    // Lets a restarted Portico bind again while old connections sit in TIME_WAIT. It does not let two
    // live listeners share a port (that would be SO_REUSEPORT), so "port in use" is still reported.
    int on = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
    if (ipv6)
        ::setsockopt(fd, IPPROTO_IPV6, IPV6_V6ONLY, &on, sizeof on);
#endif

    if (::bind(fd, reinterpret_cast<const sockaddr*>(&storage), length) != 0 || ::listen(fd, backlog) != 0) {
        m_error = qt_error_string(lastSocketError());
        closeDescriptor(descriptor);
        return false;
    }
    sockaddr_storage bound{};
    socklen_t boundLength = sizeof bound;
    ::getsockname(fd, reinterpret_cast<sockaddr*>(&bound), &boundLength);
    m_port = ntohs(ipv6 ? reinterpret_cast<const sockaddr_in6*>(&bound)->sin6_port
                        : reinterpret_cast<const sockaddr_in*>(&bound)->sin_port);
    m_descriptor = descriptor;
    return true;
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
}

} // namespace Portico

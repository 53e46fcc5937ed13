// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/Socket.h"

#include "io/ByteBuffer.h"

#include <cerrno>
#include <cstring>

#ifdef Q_OS_WIN
#error "The native data path is not yet ported to Windows"
#else
#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <unistd.h>
#endif

namespace Portico {

namespace {

Socket::Status failure()
{
    return (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR) ? Socket::Status::WouldBlock
                                                                       : Socket::Status::Error;
}

} // namespace

Socket::Status Socket::read(qintptr descriptor, ByteBuffer& buffer, qsizetype& count)
{
    count = 0;
    char* target = buffer.writePointer();
    const qsizetype room = buffer.writableSize();
    if (room == 0)
        return Status::WouldBlock;
    const ssize_t received = ::recv(static_cast<int>(descriptor), target, static_cast<size_t>(room), 0);
    if (received > 0) {
        buffer.commit(received);
        count = received;
        return Status::Ok;
    }
    if (received == 0)
        return Status::Closed;
    return failure();
}

Socket::Status Socket::write(qintptr descriptor, QByteArrayView bytes, qsizetype& count)
{
    count = 0;
    if (bytes.isEmpty())
        return Status::Ok;
    const ssize_t sent =
        ::send(static_cast<int>(descriptor), bytes.data(), static_cast<size_t>(bytes.size()), MSG_NOSIGNAL);
    if (sent >= 0) {
        count = sent;
        return Status::Ok;
    }
    return failure();
}

Socket::Status Socket::write(qintptr descriptor, QByteArrayView first, QByteArrayView second, qsizetype& count)
{
    count = 0;
    iovec pieces[2];
    pieces[0].iov_base = const_cast<char*>(first.data());
    pieces[0].iov_len = static_cast<size_t>(first.size());
    pieces[1].iov_base = const_cast<char*>(second.data());
    pieces[1].iov_len = static_cast<size_t>(second.size());
    msghdr message{};
    message.msg_iov = pieces;
    message.msg_iovlen = second.isEmpty() ? 1 : 2;
    const ssize_t sent = ::sendmsg(static_cast<int>(descriptor), &message, MSG_NOSIGNAL);
    if (sent >= 0) {
        count = sent;
        return Status::Ok;
    }
    return failure();
}

qintptr Socket::connectTo(const QHostAddress& address, quint16 port, int& errorCode)
{
    errorCode = 0;
    const bool ipv6 = address.protocol() == QAbstractSocket::IPv6Protocol;
    sockaddr_storage storage{};
    socklen_t length = 0;
    if (ipv6) {
        auto* in6 = reinterpret_cast<sockaddr_in6*>(&storage);
        in6->sin6_family = AF_INET6;
        in6->sin6_port = htons(port);
        const Q_IPV6ADDR raw = address.toIPv6Address();
        std::memcpy(&in6->sin6_addr, raw.c, sizeof(raw.c));
        length = sizeof(sockaddr_in6);
    } else {
        auto* in4 = reinterpret_cast<sockaddr_in*>(&storage);
        in4->sin_family = AF_INET;
        in4->sin_port = htons(port);
        in4->sin_addr.s_addr = htonl(address.toIPv4Address());
        length = sizeof(sockaddr_in);
    }
    const int fd = ::socket(ipv6 ? AF_INET6 : AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        errorCode = errno;
        return -1;
    }
    setNoDelay(fd);
    if (::connect(fd, reinterpret_cast<const sockaddr*>(&storage), length) != 0 && errno != EINPROGRESS) {
        errorCode = errno;
        ::close(fd);
        return -1;
    }
    return fd;
}

int Socket::pendingError(qintptr descriptor)
{
    int error = 0;
    socklen_t length = sizeof error;
    if (::getsockopt(static_cast<int>(descriptor), SOL_SOCKET, SO_ERROR, &error, &length) != 0)
        return errno;
    return error;
}

void Socket::shutdownWrite(qintptr descriptor)
{
    ::shutdown(static_cast<int>(descriptor), SHUT_WR);
}

void Socket::close(qintptr descriptor)
{
    if (descriptor >= 0)
        ::close(static_cast<int>(descriptor));
}

QHostAddress Socket::peerAddress(qintptr descriptor, quint16* port)
{
    sockaddr_storage storage{};
    socklen_t length = sizeof storage;
    if (::getpeername(static_cast<int>(descriptor), reinterpret_cast<sockaddr*>(&storage), &length) != 0)
        return QHostAddress();
    QHostAddress address(reinterpret_cast<const sockaddr*>(&storage));
    if (port) {
        *port = storage.ss_family == AF_INET6 ? ntohs(reinterpret_cast<const sockaddr_in6*>(&storage)->sin6_port)
                                              : ntohs(reinterpret_cast<const sockaddr_in*>(&storage)->sin_port);
    }
    return address;
}

void Socket::setNoDelay(qintptr descriptor)
{
    int on = 1;
    ::setsockopt(static_cast<int>(descriptor), IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);
}

} // namespace Portico

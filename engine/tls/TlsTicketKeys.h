// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <array>
#include <atomic>
#include <memory>

typedef struct ssl_ctx_st SSL_CTX;

namespace Portico {

// Session-ticket keys shared by every HTTPS context and worker, so a client resumes whichever worker or config
// generation it lands on. The newest key seals new tickets; the previous ones still open tickets they sealed
// (which are then renewed). rotate() runs on the controller's thread while workers read lock-free.
class TlsTicketKeys
{
public:
    static constexpr int keptKeys = 3;

    TlsTicketKeys();
    Q_DISABLE_COPY_MOVE(TlsTicketKeys)

    // A fresh key becomes the newest; the oldest is dropped.
    void rotate();
    // Has OpenSSL seal and open the context's tickets with these keys (which must outlive it).
    void install(SSL_CTX* context) const;

    struct Key
    {
        std::array<unsigned char, 16> name{};
        std::array<unsigned char, 32> aesKey{};
        std::array<unsigned char, 32> hmacKey{};
    };
    struct KeySet
    {
        std::array<Key, keptKeys> keys{}; // newest first
        int count = 0;
    };
    std::shared_ptr<const KeySet> current() const { return m_keys.load(std::memory_order_acquire); }

private:
    std::atomic<std::shared_ptr<const KeySet>> m_keys;
};

} // namespace Portico

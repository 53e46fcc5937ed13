// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tls/TlsTicketKeys.h"

#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <openssl/ssl.h>

#include <cstring>

namespace Portico {

namespace {

int exDataIndex()
{
    static const int index = SSL_CTX_get_ex_new_index(0, nullptr, nullptr, nullptr, nullptr);
    return index;
}

// OpenSSL 3's ticket callback: enc 1 seals with the newest key, enc 0 finds the key by name. Returns 1 to use
// the ticket, 2 to use it and issue a fresh one (sealed by an older key), 0 for no resumption, -1 on failure.
int ticketCallback(SSL* ssl, unsigned char* keyName, unsigned char* iv, EVP_CIPHER_CTX* cipher, EVP_MAC_CTX* mac,
                   int encrypt)
{
    const auto* keys = static_cast<const TlsTicketKeys*>(SSL_CTX_get_ex_data(SSL_get_SSL_CTX(ssl), exDataIndex()));
    if (!keys)
        return encrypt ? -1 : 0;
    const std::shared_ptr<const TlsTicketKeys::KeySet> set = keys->current();
    if (!set || set->count == 0)
        return encrypt ? -1 : 0;
    auto macParams = [](const TlsTicketKeys::Key& key) {
        static char digest[] = "SHA256";
        return std::array<OSSL_PARAM, 3>{
            OSSL_PARAM_construct_octet_string(OSSL_MAC_PARAM_KEY, const_cast<unsigned char*>(key.hmacKey.data()),
                                              key.hmacKey.size()),
            OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digest, 0), OSSL_PARAM_construct_end()};
    };
    if (encrypt) {
        const TlsTicketKeys::Key& key = set->keys[0];
        if (RAND_bytes(iv, 16) != 1)
            return -1;
        std::memcpy(keyName, key.name.data(), key.name.size());
        const auto params = macParams(key);
        if (EVP_EncryptInit_ex(cipher, EVP_aes_256_cbc(), nullptr, key.aesKey.data(), iv) != 1 ||
            EVP_MAC_CTX_set_params(mac, params.data()) != 1)
            return -1;
        return 1;
    }
    for (int i = 0; i < set->count; ++i) {
        const TlsTicketKeys::Key& key = set->keys[static_cast<size_t>(i)];
        if (std::memcmp(keyName, key.name.data(), key.name.size()) != 0)
            continue;
        const auto params = macParams(key);
        if (EVP_MAC_CTX_set_params(mac, params.data()) != 1 ||
            EVP_DecryptInit_ex(cipher, EVP_aes_256_cbc(), nullptr, key.aesKey.data(), iv) != 1)
            return -1;
        return i == 0 ? 1 : 2;
    }
    return 0;
}

} // namespace

TlsTicketKeys::TlsTicketKeys()
{
    rotate();
}

void TlsTicketKeys::rotate()
{
    auto next = std::make_shared<KeySet>();
    Key& fresh = next->keys[0];
    if (RAND_bytes(fresh.name.data(), static_cast<int>(fresh.name.size())) != 1 ||
        RAND_bytes(fresh.aesKey.data(), static_cast<int>(fresh.aesKey.size())) != 1 ||
        RAND_bytes(fresh.hmacKey.data(), static_cast<int>(fresh.hmacKey.size())) != 1)
        return; // keep the keys in use rather than seal with weak ones
    next->count = 1;
    if (const std::shared_ptr<const KeySet> previous = current()) {
        for (int i = 0; i < previous->count && next->count < keptKeys; ++i)
            next->keys[static_cast<size_t>(next->count++)] = previous->keys[static_cast<size_t>(i)];
    }
    m_keys.store(std::move(next), std::memory_order_release);
}

void TlsTicketKeys::install(SSL_CTX* context) const
{
    SSL_CTX_set_ex_data(context, exDataIndex(), const_cast<TlsTicketKeys*>(this));
    SSL_CTX_set_tlsext_ticket_key_evp_cb(context, ticketCallback);
}

} // namespace Portico

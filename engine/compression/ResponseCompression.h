// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compression/ContentCoding.h"

#include <QByteArray>
#include <QByteArrayView>

#include <memory>

namespace Portico {

class Compressor;

// One response body being compressed on its way to the client: payload pieces in, compressed bytes
// out, framed as chunks for HTTP/1.1 clients (raw for HTTP/1.0 ones, whose body ends with the close),
// and the same compressed bytes (without framing) to the cache fill when there is one.
class ResponseCompression
{
public:
    ResponseCompression();
    ~ResponseCompression();
    Q_DISABLE_COPY_MOVE(ResponseCompression)

    // False when the library could not start (then the response goes out as it is).
    bool start(ContentCoding coding, int level, bool chunked);
    void reset();
    bool active() const { return m_compressor != nullptr; }
    bool finished() const { return m_finished; }
    ContentCoding coding() const { return m_coding; }

    // Appends the output to out (framed) and to tee (when not null); false when the library failed.
    bool feed(QByteArrayView payload, QByteArray& out, QByteArray* tee);
    // Ends the stream: the rest of the output and, when chunked, the last chunk.
    bool finish(QByteArray& out, QByteArray* tee);

    quint64 bytesIn() const { return m_bytesIn; }
    quint64 bytesOut() const { return m_bytesOut; }

private:
    void deliver(QByteArray& out, QByteArray* tee);

    std::unique_ptr<Compressor> m_compressor;
    ContentCoding m_coding = ContentCoding::Identity;
    bool m_chunked = true;
    bool m_finished = false;
    QByteArray m_scratch;
    quint64 m_bytesIn = 0;
    quint64 m_bytesOut = 0;
};

} // namespace Portico

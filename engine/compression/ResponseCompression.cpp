// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "compression/ResponseCompression.h"

#include "compression/Compressor.h"

namespace Portico {

ResponseCompression::ResponseCompression() = default;
ResponseCompression::~ResponseCompression() = default;

bool ResponseCompression::start(ContentCoding coding, int level, bool chunked)
{
    reset();
    m_compressor = Compressor::create(coding, level);
    if (!m_compressor)
        return false;
    m_coding = coding;
    m_chunked = chunked;
    return true;
}

void ResponseCompression::reset()
{
    m_compressor.reset();
    m_coding = ContentCoding::Identity;
    m_finished = false;
    m_scratch.resize(0);
    m_bytesIn = 0;
    m_bytesOut = 0;
}

bool ResponseCompression::feed(QByteArrayView payload, QByteArray& out, QByteArray* tee)
{
    if (!m_compressor || m_finished)
        return false;
    if (payload.isEmpty())
        return true;
    m_scratch.resize(0);
    if (!m_compressor->compress(payload, m_scratch))
        return false;
    m_bytesIn += static_cast<quint64>(payload.size());
    deliver(out, tee);
    return true;
}

bool ResponseCompression::finish(QByteArray& out, QByteArray* tee)
{
    if (!m_compressor || m_finished)
        return false;
    m_finished = true;
    m_scratch.resize(0);
    if (!m_compressor->finish(m_scratch))
        return false;
    deliver(out, tee);
    if (m_chunked)
        out.append("0\r\n\r\n");
    return true;
}

void ResponseCompression::deliver(QByteArray& out, QByteArray* tee)
{
    if (m_scratch.isEmpty())
        return;
    m_bytesOut += static_cast<quint64>(m_scratch.size());
    if (tee)
        tee->append(m_scratch);
    if (m_chunked) {
        out.append(QByteArray::number(m_scratch.size(), 16));
        out.append("\r\n", 2);
        out.append(m_scratch);
        out.append("\r\n", 2);
    } else {
        out.append(m_scratch);
    }
}

} // namespace Portico

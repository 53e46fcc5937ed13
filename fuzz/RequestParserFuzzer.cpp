// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the HTTP/1.1 parsers. For every input it checks, besides what the
// sanitizers catch, that the outcome does not depend on how the bytes arrive: parsing the input
// whole and parsing it in pieces (each in a new allocation, so views must be moved) must agree.
// A request that completes with a chunked body also runs the body through ChunkedDecoder, and
// the same bytes are parsed as an upstream response.
#include "http/ChunkedDecoder.h"
#include "http/RequestParser.h"
#include "http/ResponseParser.h"

#include <QByteArray>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <type_traits>

using namespace Portico;

namespace {

[[noreturn]] void mismatch(const char* what, const QByteArray& whole, const QByteArray& pieces)
{
    std::fprintf(stderr, "fuzz_request_parser: %s differs between whole and split input\nwhole:  %s\npieces: %s\n",
                 what, whole.constData(), pieces.constData());
    std::abort();
}

QByteArray describeFields(const MessageHead& head)
{
    QByteArray text = " v=" + QByteArray::number(head.versionMinor) + " cl=" + QByteArray::number(head.contentLength) +
                      " framing=" + QByteArray::number(static_cast<int>(head.framing)) +
                      " ka=" + QByteArray::number(head.keepAlive) + " upgrade=" + head.upgrade.toByteArray() +
                      " size=" + QByteArray::number(head.size);
    for (const HttpHeader& header : head.headers) {
        text += '|' + header.name.toByteArray() + ':' + header.value.toByteArray() + '/' +
                QByteArray::number(static_cast<int>(header.kind)) + '/' + QByteArray::number(header.hopByHop);
    }
    return text;
}

QByteArray describe(const RequestHead& head)
{
    return head.method.toByteArray() + ' ' + head.target.toByteArray() +
           " form=" + QByteArray::number(static_cast<int>(head.targetForm)) + " scheme=" + head.scheme.toByteArray() +
           " authority=" + head.authority.toByteArray() + " path=" + head.path.toByteArray() +
           " host=" + head.host.toByteArray() + " expect=" + QByteArray::number(head.expectContinue) +
           " upgrade=" + QByteArray::number(head.upgradeRequested) + describeFields(head);
}

QByteArray describe(const ResponseHead& head)
{
    return QByteArray::number(head.status) + ' ' + head.reason.toByteArray() +
           " tunnel=" + QByteArray::number(head.tunnel) + describeFields(head);
}

template<typename Result>
QByteArray describeResult(const Result& result)
{
    return QByteArray::number(static_cast<int>(result.status)) + ' ' + parseErrorName(result.error) + ' ' +
           QByteArray::number(result.consumed);
}

// Piece sizes 1..16 from a small deterministic generator, so a crash reproduces from the input alone.
class Splitter
{
public:
    explicit Splitter(qsizetype seed)
        : m_state(static_cast<quint32>(seed) * 2654435761u + 1)
    {}
    qsizetype next()
    {
        m_state = m_state * 1103515245u + 12345u;
        return 1 + static_cast<qsizetype>((m_state >> 16) % 16);
    }

private:
    quint32 m_state;
};

template<typename Parser>
void checkHead(const HttpLimits& limits, QByteArrayView input, HttpMethod requestMethod)
{
    Parser whole(limits);
    if constexpr (std::is_same_v<Parser, ResponseParser>)
        whole.setRequestMethod(requestMethod);
    const auto wholeResult = whole.parse(input);

    Parser split(limits);
    if constexpr (std::is_same_v<Parser, ResponseParser>)
        split.setRequestMethod(requestMethod);
    Splitter splitter(input.size());
    QByteArray previous;
    auto splitResult = split.result();
    for (qsizetype length = 0; length < input.size();) {
        length = qMin(input.size(), length + splitter.next());
        // A new allocation while the previous one is alive: the parser sees the bytes move.
        QByteArray current(input.data(), length);
        splitResult = split.parse(current);
        previous.swap(current);
        if (splitResult.status != Parser::Status::NeedMore)
            break;
    }
    if (describeResult(wholeResult) != describeResult(splitResult))
        mismatch("result", describeResult(wholeResult), describeResult(splitResult));
    if (wholeResult.status == Parser::Status::Complete && describe(whole.head()) != describe(split.head()))
        mismatch("head", describe(whole.head()), describe(split.head()));
    if (wholeResult.status == Parser::Status::Error && httpStatusFor(wholeResult.error) < 400)
        std::abort();
}

// Decodes body with input arriving in pieces of the given sizes (0: all at once), like a connection's buffer.
QByteArray decodeBody(const HttpLimits& limits, QByteArrayView body, qsizetype seed, bool whole)
{
    ChunkedDecoder decoder(limits);
    Splitter splitter(seed);
    QByteArray buffer;
    QByteArray payload;
    qsizetype fed = 0;
    while (fed < body.size()) {
        const qsizetype step = whole ? body.size() : splitter.next();
        buffer = buffer + body.sliced(fed, qMin(step, body.size() - fed)).toByteArray();
        fed += qMin(step, body.size() - fed);
        for (;;) {
            const ChunkedDecoder::Result result = decoder.decode(buffer, whole ? buffer.size() + 1 : splitter.next());
            if (result.consumed < 0 || result.consumed > buffer.size())
                std::abort();
            if (result.status == ChunkedDecoder::Status::Data) {
                if (result.data.isEmpty() || result.data.data() < buffer.constData() ||
                    result.data.data() + result.data.size() > buffer.constData() + buffer.size())
                    std::abort();
                payload += result.data.toByteArray();
                buffer.remove(0, result.consumed);
                continue;
            }
            if (result.status == ChunkedDecoder::Status::Done) {
                QByteArray text =
                    "done " + payload + " rest=" + buffer.mid(result.consumed) + body.sliced(fed).toByteArray();
                for (const HttpHeader& field : decoder.trailers())
                    text += '|' + field.name.toByteArray() + ':' + field.value.toByteArray();
                return text;
            }
            if (result.status == ChunkedDecoder::Status::Error)
                return QByteArray("error ") + parseErrorName(result.error) + ' ' + payload;
            buffer.remove(0, result.consumed);
            break;
        }
    }
    return "needmore " + payload;
}

void checkRequest(const HttpLimits& limits, QByteArrayView input)
{
    checkHead<RequestParser>(limits, input, HttpMethod::Get);

    RequestParser parser(limits);
    if (parser.parse(input).status != RequestParser::Status::Complete)
        return;
    const RequestHead& head = parser.head();
    if (head.framing != BodyFraming::Chunked)
        return;
    const QByteArrayView body = input.sliced(head.size);
    const QByteArray whole = decodeBody(limits, body, body.size(), true);
    const QByteArray split = decodeBody(limits, body, body.size(), false);
    if (whole != split)
        mismatch("chunked body", whole, split);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));

    const HttpLimits defaults;
    // Small limits make the 414/431 paths and the extension bound reachable with short inputs.
    HttpLimits small;
    small.maxRequestLineBytes = 64;
    small.maxHeaderBytes = 256;
    small.maxHeaderCount = 6;
    small.maxChunkExtensionBytes = 16;

    checkRequest(defaults, input);
    checkRequest(small, input);
    checkHead<ResponseParser>(defaults, input, size % 2 == 0 ? HttpMethod::Get : HttpMethod::Head);
    checkHead<ResponseParser>(small, input, HttpMethod::Connect);
    // Bodies on their own too, so the decoder is fuzzed without needing a valid head first.
    const QByteArray whole = decodeBody(small, input, static_cast<qsizetype>(size), true);
    const QByteArray split = decodeBody(small, input, static_cast<qsizetype>(size), false);
    if (whole != split)
        mismatch("chunked input", whole, split);
    return 0;
}

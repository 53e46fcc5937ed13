// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/ClientAddress.h"

#include "core/ConfigGeneration.h"
#include "http/HttpChars.h"
#include "http/RequestHead.h"

#include <QVarLengthArray>

namespace Portico {

namespace {

// Inline capacity: a request walks these without touching the heap in any office-sized setup.
using NodeList = QVarLengthArray<QByteArrayView, 8>;

bool isPort(QByteArrayView text)
{
    if (text.isEmpty() || text.size() > 5)
        return false;
    int value = 0;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return false;
        value = value * 10 + (c - '0');
    }
    return value <= 65535;
}

// One hop as proxies write it: "203.0.113.7", "203.0.113.7:5120", "2001:db8::1", "[2001:db8::1]",
// "[2001:db8::1]:5120". Anything else ("unknown", "_hidden", garbage) is not an address.
bool parseNode(QByteArrayView text, IpKey& out)
{
    if (text.startsWith('[')) {
        const qsizetype close = text.indexOf(']');
        if (close < 0)
            return false;
        const QByteArrayView inside = text.sliced(1, close - 1);
        const QByteArrayView rest = text.sliced(close + 1);
        if (!inside.contains(':') || (!rest.isEmpty() && !(rest.startsWith(':') && isPort(rest.sliced(1)))))
            return false;
        text = inside;
    } else if (const qsizetype colon = text.indexOf(':'); colon >= 0 && text.lastIndexOf(':') == colon) {
        if (!isPort(text.sliced(colon + 1)))
            return false;
        text = text.first(colon);
    }
    return IpKey::tryParse(text, out) && !out.isNull();
}

// The for= value of each element of a Forwarded field (RFC 7239 4), left to right; a null view where an element
// has none or does not parse.
void collectForwarded(QByteArrayView value, NodeList& out)
{
    const qsizetype n = value.size();
    qsizetype i = 0;
    QByteArrayView node;
    bool hasPairs = false;
    bool bad = false;
    const auto skipWhitespace = [&value, &i, n] {
        while (i < n && HttpChars::isWhitespace(value[i]))
            ++i;
    };
    const auto endElement = [&] {
        if (hasPairs || bad)
            out.append(bad ? QByteArrayView() : node);
        node = QByteArrayView();
        hasPairs = bad = false;
    };
    const auto fail = [&] {
        bad = true;
        const qsizetype comma = value.indexOf(',', i);
        i = comma < 0 ? n : comma;
    };
    while (true) {
        skipWhitespace();
        if (i == n) {
            endElement();
            return;
        }
        if (value[i] == ',') {
            endElement();
            ++i;
            continue;
        }
        if (value[i] == ';') {
            ++i;
            continue;
        }
        const qsizetype nameStart = i;
        while (i < n && HttpChars::isTokenChar(value[i]))
            ++i;
        const QByteArrayView name = value.sliced(nameStart, i - nameStart);
        if (name.isEmpty() || i == n || value[i] != '=') {
            fail();
            continue;
        }
        ++i;
        QByteArrayView pairValue;
        if (i < n && value[i] == '"') {
            const qsizetype start = ++i;
            while (i < n && value[i] != '"' && value[i] != '\\')
                ++i;
            // Addresses never need an escape; an unterminated string ends the element.
            if (i == n || value[i] != '"') {
                fail();
                continue;
            }
            pairValue = value.sliced(start, i - start);
            ++i;
        } else {
            const qsizetype start = i;
            while (i < n && HttpChars::isTokenChar(value[i]))
                ++i;
            pairValue = value.sliced(start, i - start);
        }
        hasPairs = true;
        if (HttpChars::equalsIgnoreCase(name, "for")) {
            if (!node.isNull() || pairValue.isEmpty()) {
                fail();
                continue;
            }
            node = pairValue;
        }
        skipWhitespace();
        if (i < n && value[i] != ';' && value[i] != ',')
            fail();
    }
}

} // namespace

IpKey ClientAddress::resolve(const IpKey& peer, const RequestHead& head, const ConfigGeneration& generation)
{
    const IpMatcher& trusted = generation.trustedProxies;
    if (!trusted.contains(peer))
        return peer;

    // Right to left over every X-Forwarded-For line (one list, RFC 9110 5.3): each trusted hop vouches for the
    // entry to its left, up to the first hop that is not one of ours.
    IpKey last = peer;
    bool sawForwardedFor = false;
    for (qsizetype h = head.headers.size(); h-- > 0;) {
        const HttpHeader& field = head.headers[h];
        if (field.kind != HttpHeader::Kind::XForwardedFor)
            continue;
        sawForwardedFor = true;
        QByteArrayView rest = field.value;
        while (true) {
            const qsizetype comma = rest.lastIndexOf(',');
            const QByteArrayView entry = HttpChars::trimmed(comma < 0 ? rest : rest.sliced(comma + 1));
            if (!entry.isEmpty()) {
                IpKey hop;
                if (!parseNode(entry, hop))
                    return last;
                if (!trusted.contains(hop))
                    return hop;
                last = hop;
            }
            if (comma < 0)
                break;
            rest = rest.first(comma);
        }
    }
    if (sawForwardedFor)
        return last;

    NodeList nodes;
    for (const HttpHeader& field : head.headers) {
        if (field.kind == HttpHeader::Kind::Forwarded)
            collectForwarded(field.value, nodes);
    }
    for (qsizetype k = nodes.size(); k-- > 0;) {
        IpKey hop;
        if (nodes[k].isNull() || !parseNode(nodes[k], hop))
            return last;
        if (!trusted.contains(hop))
            return hop;
        last = hop;
    }
    return last;
}

} // namespace Portico

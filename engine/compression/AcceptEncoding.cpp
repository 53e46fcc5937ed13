// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "compression/AcceptEncoding.h"

#include "http/HttpChars.h"

#include <algorithm>
#include <optional>

namespace Portico {

namespace {

using HttpChars::equalsIgnoreCase;
using HttpChars::trimmed;

// qvalue (RFC 9110 12.4.2) in thousandths: "0" to "0.999" and "1" to "1.000"; nullopt when malformed.
std::optional<int> parseQValue(QByteArrayView text)
{
    if (text.isEmpty() || (text[0] != '0' && text[0] != '1'))
        return std::nullopt;
    const bool one = text[0] == '1';
    if (text.size() == 1)
        return one ? 1000 : 0;
    if (text[1] != '.' || text.size() > 5)
        return std::nullopt;
    int thousandths = 0;
    int scale = 100;
    for (qsizetype i = 2; i < text.size(); ++i) {
        if (!HttpChars::isDigit(text[i]) || (one && text[i] != '0'))
            return std::nullopt;
        thousandths += (text[i] - '0') * scale;
        scale /= 10;
    }
    return one ? 1000 : thousandths;
}

// The weights the field gives each coding Portico cares about; nullopt means "not mentioned".
struct Weights
{
    std::optional<int> brotli;
    std::optional<int> gzip;
    std::optional<int> identity;
    std::optional<int> any;
};

void record(std::optional<int>& slot, int weight)
{
    // A repeated coding keeps its first weight.
    if (!slot)
        slot = weight;
}

Weights parseWeights(QByteArrayView field)
{
    Weights weights;
    HttpChars::forEachListElement(field, [&weights](QByteArrayView element) {
        QByteArrayView coding = element;
        int weight = 1000;
        const qsizetype semicolon = element.indexOf(';');
        if (semicolon >= 0) {
            coding = trimmed(element.first(semicolon));
            QByteArrayView parameters = element.sliced(semicolon + 1);
            // Parameters other than q are ignored; a malformed q makes the whole element void.
            while (!parameters.isEmpty()) {
                const qsizetype next = parameters.indexOf(';');
                const QByteArrayView parameter = trimmed(next >= 0 ? parameters.first(next) : parameters);
                parameters = next >= 0 ? parameters.sliced(next + 1) : QByteArrayView();
                const qsizetype equals = parameter.indexOf('=');
                if (equals < 0 || !equalsIgnoreCase(trimmed(parameter.first(equals)), "q"))
                    continue;
                const std::optional<int> q = parseQValue(trimmed(parameter.sliced(equals + 1)));
                if (!q)
                    return;
                weight = *q;
            }
        }
        if (equalsIgnoreCase(coding, "br"))
            record(weights.brotli, weight);
        else if (equalsIgnoreCase(coding, "gzip") || equalsIgnoreCase(coding, "x-gzip"))
            record(weights.gzip, weight);
        else if (equalsIgnoreCase(coding, "identity"))
            record(weights.identity, weight);
        else if (coding == "*")
            record(weights.any, weight);
    });
    return weights;
}

} // namespace

ContentCoding AcceptEncoding::negotiate(QByteArrayView acceptEncoding, bool brotliOffered, bool gzipOffered)
{
    // An absent or empty field: identity (RFC 9110 12.5.3 allows any coding when the field is absent, but
    // clients that send nothing are mostly tools that would not expect a compressed body).
    if (HttpChars::trimmed(acceptEncoding).isEmpty())
        return ContentCoding::Identity;
    const Weights weights = parseWeights(acceptEncoding);
    const int anyWeight = weights.any.value_or(0);
    const int brotli = brotliOffered ? weights.brotli.value_or(anyWeight) : 0;
    const int gzip = gzipOffered ? weights.gzip.value_or(anyWeight) : 0;
    // Ties go to br, which compresses better.
    const ContentCoding best = brotli >= gzip ? ContentCoding::Brotli : ContentCoding::Gzip;
    const int bestWeight = std::max(brotli, gzip);
    if (bestWeight == 0)
        return ContentCoding::Identity;
    // identity is always acceptable as a fallback; it beats a coding only when the client weighs it higher,
    // by name or through "*".
    const std::optional<int> identity = weights.identity ? weights.identity : weights.any;
    if (identity && *identity > bestWeight)
        return ContentCoding::Identity;
    return best;
}

} // namespace Portico

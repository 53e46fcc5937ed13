// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "compression/CompressionPolicy.h"

#include "compression/AcceptEncoding.h"
#include "compression/CompressionConfig.h"
#include "http/HttpChars.h"
#include "http/ResponseHead.h"

namespace Portico {

namespace {

using HttpChars::equalsIgnoreCase;

bool statusHasNoBody(int status)
{
    return status < 200 || status == 204 || status == 304;
}

// What decide() needs from the response fields, gathered in one pass (this runs for every response).
struct FieldFacts
{
    // Content-Encoding present with any coding other than identity.
    bool encoded = false;
    bool noTransform = false;
    const HttpHeader* contentType = nullptr;
};

FieldFacts scanFields(const ResponseHead& response)
{
    FieldFacts facts;
    for (const HttpHeader& header : response.headers) {
        if (header.nameIs("Content-Encoding")) {
            HttpChars::forEachListElement(header.value, [&facts](QByteArrayView coding) {
                if (!equalsIgnoreCase(coding, "identity"))
                    facts.encoded = true;
            });
        } else if (header.nameIs("Cache-Control")) {
            HttpChars::forEachListElement(header.value, [&facts](QByteArrayView directive) {
                const qsizetype equals = directive.indexOf('=');
                const QByteArrayView name = HttpChars::trimmed(equals >= 0 ? directive.first(equals) : directive);
                if (equalsIgnoreCase(name, "no-transform"))
                    facts.noTransform = true;
            });
        } else if (facts.contentType == nullptr && header.nameIs("Content-Type")) {
            facts.contentType = &header;
        }
    }
    return facts;
}

} // namespace

CompressionPolicy::Verdict CompressionPolicy::decide(const CompressionConfig& config, bool siteEnabled,
                                                     QByteArrayView acceptEncoding, bool requestHasRange,
                                                     bool headRequest, const ResponseHead& response,
                                                     ContentCoding& coding)
{
    coding = ContentCoding::Identity;
    if (!config.enabled || !siteEnabled || (!config.gzip && !config.brotli))
        return Verdict::Off;
    if (headRequest || statusHasNoBody(response.status) || response.status == 206 || !response.hasBody())
        return Verdict::Status;
    if (requestHasRange)
        return Verdict::RangeRequest;
    const FieldFacts facts = scanFields(response);
    if (facts.encoded)
        return Verdict::AlreadyEncoded;
    if (facts.noTransform)
        return Verdict::NoTransform;
    if (facts.contentType == nullptr || !typeMatches(facts.contentType->value, config))
        return Verdict::Type;
    if (response.contentLength >= 0 && response.contentLength < config.minBytes)
        return Verdict::TooSmall;
    const ContentCoding pick = AcceptEncoding::negotiate(acceptEncoding, config.brotli, config.gzip);
    if (pick == ContentCoding::Identity)
        return Verdict::NotAccepted;
    coding = pick;
    return Verdict::Compress;
}

bool CompressionPolicy::typeMatches(QByteArrayView contentType, const CompressionConfig& config)
{
    const qsizetype semicolon = contentType.indexOf(';');
    const QByteArrayView mediaType = HttpChars::trimmed(semicolon >= 0 ? contentType.first(semicolon) : contentType);
    const qsizetype slash = mediaType.indexOf('/');
    if (slash <= 0 || slash == mediaType.size() - 1)
        return false;
    const QLatin1String whole(mediaType.data(), mediaType.size());
    const QLatin1String type(mediaType.data(), slash);
    // Compared in place: this runs for every response, so no lowered copies.
    for (const QString& configured : config.types) {
        const QStringView pattern(configured);
        if (pattern.endsWith(QLatin1String("/*"))) {
            if (pattern.chopped(2).compare(type, Qt::CaseInsensitive) == 0)
                return true;
        } else if (pattern.compare(whole, Qt::CaseInsensitive) == 0) {
            return true;
        }
    }
    return false;
}

QByteArray CompressionPolicy::weakenedEtag(QByteArrayView etag)
{
    if (etag.isEmpty() || etag.startsWith("W/"))
        return etag.toByteArray();
    QByteArray weak;
    weak.reserve(etag.size() + 2);
    weak.append("W/").append(etag);
    return weak;
}

} // namespace Portico

// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cache/CachePolicy.h"

#include "cache/CacheControl.h"
#include "cache/CacheKey.h"
#include "cache/CacheRequestFacts.h"
#include "cache/CacheRuleOutcome.h"
#include "cache/HttpDate.h"
#include "http/HttpChars.h"
#include "http/ResponseHead.h"

#include <QDateTime>
#include <QLocale>

namespace Portico {

namespace {

using Fields = QList<QPair<QByteArray, QByteArray>>;

constexpr qint64 heuristicCapMs = 24LL * 60 * 60 * 1000;

QList<QByteArrayView> valuesOf(const Fields& fields, QByteArrayView name)
{
    QList<QByteArrayView> values;
    for (const auto& [fieldName, value] : fields) {
        if (HttpChars::equalsIgnoreCase(fieldName, name))
            values.append(value);
    }
    return values;
}

QList<QByteArrayView> valuesOf(const ResponseHead& head, QByteArrayView name)
{
    QList<QByteArrayView> values;
    for (const HttpHeader& header : head.headers) {
        if (header.nameIs(name))
            values.append(header.value);
    }
    return values;
}

QByteArray firstValue(const Fields& fields, QByteArrayView name)
{
    const QList<QByteArrayView> values = valuesOf(fields, name);
    return values.isEmpty() ? QByteArray() : values.front().toByteArray();
}

std::optional<qint64> dateOf(const Fields& fields, QByteArrayView name)
{
    const QList<QByteArrayView> values = valuesOf(fields, name);
    return values.isEmpty() ? std::nullopt : HttpDate::parse(values.front());
}

// The Age field: its first value when it is delta-seconds, else 0 (RFC 9111 5.1 says to ignore it).
qint64 ageOf(const ResponseHead& head)
{
    const QList<QByteArrayView> values = valuesOf(head, "age");
    if (values.isEmpty())
        return 0;
    QByteArrayView first = HttpChars::trimmed(values.front());
    const qsizetype comma = first.indexOf(',');
    if (comma >= 0)
        first = HttpChars::trimmed(first.first(comma));
    if (first.isEmpty() || first.size() > 10)
        return 0;
    qint64 seconds = 0;
    for (const char c : first) {
        if (!HttpChars::isDigit(c))
            return 0;
        seconds = seconds * 10 + (c - '0');
    }
    return seconds;
}

bool startsWithIgnoreCase(QByteArrayView text, QByteArrayView prefix)
{
    return text.size() >= prefix.size() && HttpChars::equalsIgnoreCase(text.first(prefix.size()), prefix);
}

bool containsName(const QList<QByteArray>& lowerCaseNames, QByteArrayView name)
{
    for (const QByteArray& candidate : lowerCaseNames) {
        if (HttpChars::equalsIgnoreCase(candidate, name))
            return true;
    }
    return false;
}

// Fields a stored response never keeps: framing and hop-by-hop ones (Portico writes its own), Age
// (recomputed on every use), Set-Cookie (another user's cookie), and the fields private= and no-cache=
// name.
bool keptInStore(const HttpHeader& header, const CacheControl& directives)
{
    if (header.hopByHop)
        return false;
    switch (header.kind) {
    case HttpHeader::Kind::ContentLength:
    case HttpHeader::Kind::TransferEncoding:
    case HttpHeader::Kind::Connection:
    case HttpHeader::Kind::KeepAlive:
    case HttpHeader::Kind::Te:
    case HttpHeader::Kind::Trailer:
    case HttpHeader::Kind::Upgrade:
    case HttpHeader::Kind::ProxyConnection:
        return false;
    default:
        break;
    }
    if (header.nameIs("age") || header.nameIs("set-cookie") || startsWithIgnoreCase(header.name, "proxy-"))
        return false;
    return !containsName(directives.privateFields, header.name) && !containsName(directives.noCacheFields, header.name);
}

// Statuses whose semantics every cache knows (must-understand, RFC 9111 5.2.2.3).
bool understoodStatus(int status)
{
    switch (status) {
    case 200:
    case 203:
    case 204:
    case 300:
    case 301:
    case 302:
    case 303:
    case 307:
    case 308:
    case 404:
    case 405:
    case 410:
    case 414:
    case 451:
    case 501:
        return true;
    default:
        return false;
    }
}

// Lifetime, its origin and the directives that shape its use, from the stored fields, the rule and
// the times already in entry. Returns whether the fields themselves gave a lifetime (explicit freshness).
bool applyFreshness(CacheEntry& entry, const CacheRuleOutcome& rule)
{
    const CacheControl directives = CacheControl::fromValues(valuesOf(entry.headers, "cache-control"));
    entry.mustRevalidate = directives.mustRevalidate || directives.proxyRevalidate || directives.sMaxAge.has_value();
    entry.noCache = directives.noCache;
    entry.staleWhileRevalidateMs = directives.staleWhileRevalidate.value_or(0) * 1000;
    entry.staleIfErrorMs = directives.staleIfError.value_or(0) * 1000;
    entry.heuristic = false;
    entry.overridden = false;
    entry.ruleIndex = -1;

    bool explicitLifetime = true;
    qint64 lifetimeMs = 0;
    if (directives.sMaxAge) {
        lifetimeMs = *directives.sMaxAge * 1000;
    } else if (directives.maxAge) {
        lifetimeMs = *directives.maxAge * 1000;
    } else if (const QList<QByteArrayView> expires = valuesOf(entry.headers, "expires"); !expires.isEmpty()) {
        // An invalid Expires ("0", "-1") means already expired (RFC 9111 5.3).
        const std::optional<qint64> expiresMs = HttpDate::parse(expires.front());
        lifetimeMs = expiresMs ? qMax<qint64>(0, *expiresMs - entry.dateMs) : 0;
    } else {
        explicitLifetime = false;
    }

    const bool ruleApplies = rule.action == CacheAction::CacheFor && CachePolicy::heuristicallyCacheable(entry.status);
    if (ruleApplies && rule.overrideBackend) {
        lifetimeMs = rule.ttlSeconds * 1000;
        entry.overridden = true;
        entry.noCache = false;
        entry.ruleIndex = rule.ruleIndex;
    } else if (ruleApplies && !explicitLifetime) {
        lifetimeMs = rule.ttlSeconds * 1000;
        entry.ruleIndex = rule.ruleIndex;
    } else if (!explicitLifetime && (CachePolicy::heuristicallyCacheable(entry.status) || directives.isPublic)) {
        const std::optional<qint64> lastModified = dateOf(entry.headers, "last-modified");
        if (lastModified && *lastModified < entry.dateMs) {
            const qint64 percent = qBound(0, rule.heuristicPercent, 100);
            lifetimeMs = qMin((entry.dateMs - *lastModified) * percent / 100, heuristicCapMs);
            entry.heuristic = lifetimeMs > 0;
        }
    }
    entry.freshnessLifetimeMs = lifetimeMs;
    return explicitLifetime;
}

void readValidatorsAndDate(CacheEntry& entry)
{
    entry.etag = firstValue(entry.headers, "etag");
    entry.lastModified = firstValue(entry.headers, "last-modified");
    entry.dateMs = dateOf(entry.headers, "date").value_or(entry.responseTimeMs);
}

QByteArray httpDate(qint64 ms)
{
    return QLocale::c()
        .toString(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
        .toLatin1();
}

} // namespace

CachePolicy::StoreVerdict CachePolicy::prepare(const CacheRequestFacts& request, const ResponseHead& response,
                                               const CacheRuleOutcome& rule, qint64 requestTimeMs,
                                               qint64 responseTimeMs, CacheEntry& entry)
{
    entry.status = response.status;
    entry.reason = response.reason.toByteArray();
    if (request.method != HttpMethod::Get)
        return StoreVerdict::Method;
    if (rule.action == CacheAction::NeverCache)
        return StoreVerdict::RuleNever;
    if (response.status == 206)
        return StoreVerdict::PartialContent;
    if (response.status < 200 || response.status == 304 || response.status > 599)
        return StoreVerdict::Status;

    const CacheControl requestDirectives = CacheControl::fromValues(request.fieldValues("cache-control"));
    const CacheControl directives = CacheControl::fromValues(valuesOf(response, "cache-control"));
    const bool understood = understoodStatus(response.status);
    if (directives.mustUnderstand && !understood)
        return StoreVerdict::Status;
    // must-understand with an understood status overrides no-store (RFC 9111 5.2.2.3).
    if (requestDirectives.noStore || (directives.noStore && !directives.mustUnderstand))
        return StoreVerdict::NoStore;
    if (directives.isPrivate)
        return StoreVerdict::Private;
    if (request.field("authorization").data() != nullptr && !directives.isPublic && !directives.sMaxAge &&
        !directives.mustRevalidate)
        return StoreVerdict::Authorization;
    const bool overrideStores =
        rule.action == CacheAction::CacheFor && rule.overrideBackend && heuristicallyCacheable(response.status);
    if (response.find("set-cookie") != nullptr && !overrideStores)
        return StoreVerdict::SetCookie;

    entry.varyNames.clear();
    entry.varyValues.clear();
    for (const QByteArrayView vary : valuesOf(response, "vary")) {
        bool varyAll = false;
        HttpChars::forEachListElement(vary, [&](QByteArrayView element) {
            if (element == "*") {
                varyAll = true;
                return;
            }
            const QByteArray name = element.toByteArray().toLower();
            if (!entry.varyNames.contains(name)) {
                entry.varyNames.append(name);
                entry.varyValues.append(CacheKey::normalizedValue(name, request));
            }
        });
        if (varyAll)
            return StoreVerdict::VaryAll;
    }

    entry.headers.clear();
    for (const HttpHeader& header : response.headers) {
        if (keptInStore(header, directives))
            entry.headers.append({header.name.toByteArray(), header.value.toByteArray()});
    }
    const QByteArray coding = HttpChars::trimmed(firstValue(entry.headers, "content-encoding")).toByteArray().toLower();
    entry.contentEncoding = coding == "gzip" || coding == "br" ? coding : QByteArray();
    entry.requestTimeMs = requestTimeMs;
    entry.responseTimeMs = responseTimeMs;
    entry.ageSeconds = ageOf(response);
    readValidatorsAndDate(entry);

    const bool explicitLifetime = applyFreshness(entry, rule);
    if (!explicitLifetime && !heuristicallyCacheable(entry.status) && !directives.isPublic)
        return StoreVerdict::Status;
    const bool hasValidator = !entry.etag.isEmpty() || !entry.lastModified.isEmpty();
    if (!hasValidator && (entry.noCache || (entry.freshnessLifetimeMs <= 0 && entry.staleWhileRevalidateMs <= 0)))
        return StoreVerdict::NoFreshness;
    return StoreVerdict::Store;
}

qint64 CachePolicy::currentAgeMs(const CacheEntry& entry, qint64 nowMs)
{
    const qint64 apparentAge = qMax<qint64>(0, entry.responseTimeMs - entry.dateMs);
    const qint64 responseDelay = entry.responseTimeMs - entry.requestTimeMs;
    const qint64 correctedAgeValue = entry.ageSeconds * 1000 + responseDelay;
    const qint64 correctedInitialAge = qMax(apparentAge, correctedAgeValue);
    const qint64 residentTime = nowMs - entry.responseTimeMs;
    return correctedInitialAge + residentTime;
}

qint64 CachePolicy::remainingMs(const CacheEntry& entry, qint64 nowMs)
{
    return entry.freshnessLifetimeMs - currentAgeMs(entry, nowMs);
}

CachePolicy::Use CachePolicy::use(const CacheEntry& entry, const CacheRequestFacts& request, qint64 nowMs)
{
    const QList<QByteArrayView> cacheControl = request.fieldValues("cache-control");
    const CacheControl directives = CacheControl::fromValues(cacheControl);
    if (directives.noCache || entry.noCache)
        return Use::Validate;
    if (cacheControl.isEmpty()) {
        // RFC 9111 5.4: Pragma: no-cache counts only without Cache-Control.
        bool pragmaNoCache = false;
        for (const QByteArrayView pragma : request.fieldValues("pragma")) {
            HttpChars::forEachListElement(pragma, [&pragmaNoCache](QByteArrayView element) {
                pragmaNoCache = pragmaNoCache || HttpChars::equalsIgnoreCase(element, "no-cache");
            });
        }
        if (pragmaNoCache)
            return Use::Validate;
    }
    const qint64 ageMs = currentAgeMs(entry, nowMs);
    // max-age=0 is how browsers ask for revalidation ("reload"), whatever the age.
    if (directives.maxAge && (*directives.maxAge == 0 || ageMs > *directives.maxAge * 1000))
        return Use::Validate;
    const qint64 remaining = entry.freshnessLifetimeMs - ageMs;
    if (remaining > 0) {
        if (directives.minFresh && remaining < *directives.minFresh * 1000)
            return Use::Validate;
        return Use::Fresh;
    }
    if (entry.mustRevalidate)
        return Use::Validate;
    const qint64 staleness = -remaining;
    if (directives.maxStaleAny || (directives.maxStale && staleness <= *directives.maxStale * 1000))
        return Use::Fresh;
    if (entry.staleWhileRevalidateMs > 0 && staleness <= entry.staleWhileRevalidateMs)
        return Use::StaleWhileRevalidate;
    return Use::Validate;
}

bool CachePolicy::mayServeOnError(const CacheEntry& entry, const CacheRequestFacts& request, qint64 nowMs)
{
    if (entry.mustRevalidate || entry.noCache)
        return false;
    const CacheControl directives = CacheControl::fromValues(request.fieldValues("cache-control"));
    const qint64 windowMs = qMax(entry.staleIfErrorMs, directives.staleIfError.value_or(0) * 1000);
    if (windowMs <= 0)
        return false;
    return -remainingMs(entry, nowMs) <= windowMs;
}

std::shared_ptr<const CacheEntry> CachePolicy::freshened(const CacheEntry& stored, const ResponseHead& notModified,
                                                         const CacheRuleOutcome& rule, qint64 requestTimeMs,
                                                         qint64 responseTimeMs)
{
    auto entry = std::make_shared<CacheEntry>(stored);
    const CacheControl directives = CacheControl::fromValues(valuesOf(notModified, "cache-control"));
    // RFC 9111 3.2: the 304's fields replace the stored ones, except those the stored body depends
    // on (its coding, Portico's weakened ETag of a compressed variant) and the key (Vary).
    Fields updates;
    for (const HttpHeader& header : notModified.headers) {
        if (!keptInStore(header, directives) || header.nameIs("content-encoding") || header.nameIs("vary") ||
            (!stored.contentEncoding.isEmpty() && header.nameIs("etag")))
            continue;
        updates.append({header.name.toByteArray(), header.value.toByteArray()});
    }
    entry->headers.removeIf([&updates](const QPair<QByteArray, QByteArray>& field) {
        for (const auto& update : updates) {
            if (HttpChars::equalsIgnoreCase(update.first, field.first))
                return true;
        }
        return false;
    });
    // A 304 without Date was generated now; the stored Date would make the refreshed entry look old.
    if (notModified.find("date") == nullptr) {
        entry->headers.removeIf([](const QPair<QByteArray, QByteArray>& field) {
            return HttpChars::equalsIgnoreCase(field.first, "date");
        });
        entry->headers.append({QByteArrayLiteral("Date"), httpDate(responseTimeMs)});
    }
    entry->headers += updates;

    entry->requestTimeMs = requestTimeMs;
    entry->responseTimeMs = responseTimeMs;
    entry->ageSeconds = ageOf(notModified);
    const QByteArray storedEtag = entry->etag;
    readValidatorsAndDate(*entry);
    if (!stored.contentEncoding.isEmpty())
        entry->etag = storedEtag;
    applyFreshness(*entry, rule);
    return entry;
}

bool CachePolicy::invalidates(HttpMethod method, int status)
{
    switch (method) {
    case HttpMethod::Get:
    case HttpMethod::Head:
    case HttpMethod::Options:
    case HttpMethod::Trace:
    case HttpMethod::Connect:
        return false;
    default:
        return status >= 200 && status < 400;
    }
}

bool CachePolicy::heuristicallyCacheable(int status)
{
    switch (status) {
    case 200:
    case 203:
    case 204:
    case 206:
    case 300:
    case 301:
    case 308:
    case 404:
    case 405:
    case 410:
    case 414:
    case 501:
        return true;
    default:
        return false;
    }
}

} // namespace Portico

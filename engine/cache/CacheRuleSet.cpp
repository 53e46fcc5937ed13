// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cache/CacheRuleSet.h"

#include "cache/CacheRequestFacts.h"

#include <array>
#include <bit>

namespace Portico {

namespace {

// Glob positions a match can be at, one bit each: enough for CacheRule::maxGlobLength.
constexpr qsizetype maxGlobStates = 320;
using GlobStates = std::array<quint64, maxGlobStates / 64>;

char lowerAscii(char c)
{
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

// lower must already be in lower case.
bool equalsLower(QByteArrayView text, QByteArrayView lower)
{
    if (text.size() != lower.size())
        return false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (lowerAscii(text[i]) != lower[i])
            return false;
    }
    return true;
}

bool startsWithLower(QByteArrayView text, QByteArrayView lower)
{
    return text.size() >= lower.size() && equalsLower(text.first(lower.size()), lower);
}

bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

QByteArrayView trimmed(QByteArrayView text)
{
    while (!text.isEmpty() && isBlank(text.front()))
        text = text.sliced(1);
    while (!text.isEmpty() && isBlank(text.back()))
        text.chop(1);
    return text;
}

QByteArrayView lastSegment(QByteArrayView path)
{
    return path.sliced(path.lastIndexOf('/') + 1);
}

QByteArrayView extensionOf(QByteArrayView path)
{
    const QByteArrayView segment = lastSegment(path);
    const qsizetype dot = segment.lastIndexOf('.');
    return dot < 0 ? QByteArrayView() : segment.sliced(dot + 1);
}

// Adds position p and every position reachable from it without reading a character (past stars,
// which may match nothing).
void addGlobState(GlobStates& states, QByteArrayView glob, qsizetype p)
{
    for (;;) {
        states[static_cast<size_t>(p / 64)] |= quint64(1) << (p % 64);
        if (p >= glob.size() || glob[p] != '*')
            return;
        p += p + 1 < glob.size() && glob[p + 1] == '*' ? 2 : 1;
    }
}

bool methodAllowed(HttpMethod method, bool get, bool head)
{
    return (method == HttpMethod::Get && get) || (method == HttpMethod::Head && head);
}

} // namespace

CacheRuleSet::CacheRuleSet(const SiteCacheConfig& config)
    : m_config(config)
{
    m_rules.reserve(static_cast<size_t>(config.rules.size()));
    for (const CacheRule& rule : config.rules) {
        Compiled compiled;
        compiled.route = rule.route;
        for (const QString& glob : rule.pathGlobs)
            compiled.globs << glob.toUtf8();
        for (const QString& extension : rule.extensions)
            compiled.extensions << extension.toLower().toUtf8();
        for (const QString& type : rule.contentTypes) {
            QByteArray lower = type.toLower().toUtf8();
            const bool prefix = lower.endsWith("/*");
            if (prefix)
                lower.chop(1);
            compiled.contentTypes << lower;
            compiled.contentTypeIsPrefix << prefix;
        }
        if (!rule.methods.isEmpty()) {
            compiled.get = rule.methods.contains(QLatin1String("GET"));
            compiled.head = rule.methods.contains(QLatin1String("HEAD"));
        }
        for (const QString& cookie : rule.bypassCookies)
            compiled.cookies << cookie.toUtf8();
        for (const QString& header : rule.bypassHeaders)
            compiled.headers << header.toUtf8();
        for (const QString& parameter : rule.ignoredParameters)
            compiled.ignoredParameters << parameter.toUtf8();
        m_rules.push_back(std::move(compiled));
    }
}

CacheRequestOutcome CacheRuleSet::matchRequest(const CacheRequestFacts& request, QStringView routePrefix) const
{
    CacheRequestOutcome outcome;
    if (request.method != HttpMethod::Get && request.method != HttpMethod::Head) {
        outcome.bypass = CacheBypass::Method;
        return outcome;
    }
    const QByteArrayView extension = extensionOf(request.path);
    const size_t count = std::min(m_rules.size(), static_cast<size_t>(SiteCacheConfig::maxRules));
    for (size_t i = 0; i < count; ++i) {
        const Compiled& rule = m_rules[i];
        if (!rule.route.isEmpty() && routePrefix != rule.route)
            continue;
        if (!methodAllowed(request.method, rule.get, rule.head))
            continue;
        if (!rule.extensions.isEmpty()) {
            bool any = false;
            for (const QByteArray& wanted : rule.extensions)
                any = any || (!extension.isEmpty() && equalsLower(extension, wanted));
            if (!any)
                continue;
        }
        if (!rule.globs.isEmpty()) {
            bool any = false;
            for (const QByteArray& glob : rule.globs)
                any = any || globMatchesBytes(glob, request.path);
            if (!any)
                continue;
        }
        outcome.candidates |= quint64(1) << i;
    }
    if (outcome.candidates == 0)
        return outcome;

    const int first = std::countr_zero(outcome.candidates);
    const Compiled& keyRule = m_rules[static_cast<size_t>(first)];
    outcome.keyRule = first;
    outcome.ignoreQuery = m_config.rules.at(first).ignoreQuery;
    outcome.ignoredParameters = keyRule.ignoredParameters;

    if (keyRule.contentTypes.isEmpty() && m_config.rules.at(first).action == CacheAction::NeverCache) {
        outcome.bypass = CacheBypass::NeverRule;
        outcome.bypassRule = first;
        return outcome;
    }
    // Any rule that may still decide the response can send the request past the cache: those up to
    // and including the first one that does not wait for the content type.
    for (quint64 rest = outcome.candidates; rest != 0; rest &= rest - 1) {
        const int index = std::countr_zero(rest);
        const Compiled& rule = m_rules[static_cast<size_t>(index)];
        for (const QByteArray& header : rule.headers) {
            if (!request.field(header).isNull()) {
                outcome.bypass = CacheBypass::Header;
                outcome.bypassDetail = header;
                outcome.bypassRule = index;
                return outcome;
            }
        }
        if (!rule.cookies.isEmpty() && hasCookie(request, rule, outcome.bypassDetail)) {
            outcome.bypass = CacheBypass::Cookie;
            outcome.bypassRule = index;
            return outcome;
        }
        if (rule.contentTypes.isEmpty())
            break;
    }
    return outcome;
}

bool CacheRuleSet::hasCookie(const CacheRequestFacts& request, const Compiled& rule, QByteArray& name) const
{
    // Cookie: a=1; b=2 (RFC 6265 5.4), possibly on several lines from lenient clients.
    for (const QByteArrayView line : request.fieldValues("Cookie")) {
        QByteArrayView rest = line;
        while (!rest.isEmpty()) {
            const qsizetype semicolon = rest.indexOf(';');
            const QByteArrayView pair = semicolon < 0 ? rest : rest.first(semicolon);
            rest = semicolon < 0 ? QByteArrayView() : rest.sliced(semicolon + 1);
            const qsizetype equals = pair.indexOf('=');
            const QByteArrayView cookie = trimmed(equals < 0 ? pair : pair.first(equals));
            for (const QByteArray& wanted : rule.cookies) {
                // Cookie names are case-sensitive.
                if (cookie == QByteArrayView(wanted)) {
                    name = wanted;
                    return true;
                }
            }
        }
    }
    return false;
}

CacheRuleOutcome CacheRuleSet::matchResponse(const CacheRequestOutcome& request, QByteArrayView contentType) const
{
    CacheRuleOutcome outcome;
    const qsizetype semicolon = contentType.indexOf(';');
    const QByteArrayView type = trimmed(semicolon < 0 ? contentType : contentType.first(semicolon));
    for (quint64 rest = request.candidates; rest != 0; rest &= rest - 1) {
        const int index = std::countr_zero(rest);
        if (static_cast<size_t>(index) >= m_rules.size())
            break;
        const Compiled& rule = m_rules[static_cast<size_t>(index)];
        bool matches = rule.contentTypes.isEmpty();
        for (qsizetype t = 0; !matches && t < rule.contentTypes.size(); ++t) {
            const QByteArray& wanted = rule.contentTypes.at(t);
            matches = rule.contentTypeIsPrefix.at(t) ? type.size() > wanted.size() && startsWithLower(type, wanted)
                                                     : equalsLower(type, wanted);
        }
        if (!matches)
            continue;
        const CacheRule& decided = m_config.rules.at(index);
        outcome.ruleIndex = index;
        outcome.action = decided.action;
        outcome.ttlSeconds = decided.ttlSeconds;
        outcome.overrideBackend = decided.overrideBackend;
        return outcome;
    }
    return outcome;
}

bool CacheRuleSet::globMatches(QStringView glob, QByteArrayView path)
{
    return globMatchesBytes(glob.toUtf8(), path);
}

bool CacheRuleSet::globMatchesBytes(QByteArrayView glob, QByteArrayView path)
{
    // A glob without "/" names files wherever they are: it is matched against the last segment.
    if (!glob.contains('/'))
        path = lastSegment(path);
    if (glob.size() >= maxGlobStates)
        return false;
    // A set of positions in the glob (a small NFA), so that no path makes "*" and "**" backtrack.
    const size_t words = static_cast<size_t>(glob.size() / 64 + 1);
    GlobStates current{};
    addGlobState(current, glob, 0);
    for (const char c : path) {
        GlobStates next{};
        bool any = false;
        for (size_t w = 0; w < words; ++w) {
            for (quint64 bits = current[w]; bits != 0; bits &= bits - 1) {
                const qsizetype p = static_cast<qsizetype>(w * 64) + std::countr_zero(bits);
                if (p >= glob.size())
                    continue;
                const char g = glob[p];
                if (g == '*') {
                    const bool across = p + 1 < glob.size() && glob[p + 1] == '*';
                    if (across || c != '/') {
                        addGlobState(next, glob, p);
                        any = true;
                    }
                } else if (g == '?' ? c != '/' : g == c) {
                    addGlobState(next, glob, p + 1);
                    any = true;
                }
            }
        }
        if (!any)
            return false;
        current = next;
    }
    const qsizetype end = glob.size();
    return (current[static_cast<size_t>(end / 64)] >> (end % 64)) & 1;
}

} // namespace Portico

// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cache/CacheControl.h"

#include "http/HttpChars.h"

namespace Portico {

namespace {

// RFC 9111 1.2.2: larger values are to be taken as 2^31.
constexpr qint64 deltaSecondsCap = 2147483648LL;

std::optional<qint64> deltaSeconds(QByteArrayView text)
{
    if (text.isEmpty())
        return std::nullopt;
    qint64 value = 0;
    for (const char c : text) {
        if (!HttpChars::isDigit(c))
            return std::nullopt;
        value = qMin(value * 10 + (c - '0'), deltaSecondsCap);
    }
    return value;
}

// "a, B ,c" -> ["a", "b", "c"]
QList<QByteArray> fieldNames(QByteArrayView list)
{
    QList<QByteArray> names;
    HttpChars::forEachListElement(list, [&names](QByteArrayView element) {
        if (HttpChars::isToken(element))
            names.append(element.toByteArray().toLower());
    });
    return names;
}

// Two different max-age values make the response stale (RFC 9111 4.2.1 allows either that or the first).
void setAge(std::optional<qint64>& target, std::optional<qint64> value, bool fallbackToZero)
{
    if (!value && !fallbackToZero)
        return;
    const qint64 seconds = value.value_or(0);
    if (target && *target != seconds)
        target = 0;
    else
        target = seconds;
}

} // namespace

void CacheControl::parse(QByteArrayView value)
{
    const qsizetype size = value.size();
    qsizetype i = 0;
    while (i < size) {
        while (i < size && (value[i] == ',' || HttpChars::isWhitespace(value[i])))
            ++i;
        const qsizetype nameStart = i;
        while (i < size && HttpChars::isTokenChar(value[i]))
            ++i;
        const QByteArrayView name = value.sliced(nameStart, i - nameStart);
        while (i < size && HttpChars::isWhitespace(value[i]))
            ++i;
        QByteArray argument;
        bool hasArgument = false;
        bool junk = false;
        if (i < size && value[i] == '=') {
            ++i;
            while (i < size && HttpChars::isWhitespace(value[i]))
                ++i;
            hasArgument = true;
            if (i < size && value[i] == '"') {
                ++i;
                bool closed = false;
                while (i < size) {
                    const char c = value[i++];
                    if (c == '"') {
                        closed = true;
                        break;
                    }
                    if (c == '\\' && i < size)
                        argument += value[i++];
                    else
                        argument += c;
                }
                junk = !closed;
            } else {
                const qsizetype argumentStart = i;
                while (i < size && HttpChars::isTokenChar(value[i]))
                    ++i;
                argument = value.sliced(argumentStart, i - argumentStart).toByteArray();
            }
        }
        // Whatever else precedes the next comma makes this directive malformed; skip it.
        while (i < size && HttpChars::isWhitespace(value[i]))
            ++i;
        if (i < size && value[i] != ',') {
            junk = true;
            while (i < size && value[i] != ',')
                ++i;
        }
        if (name.isEmpty())
            continue;

        const auto is = [name](QByteArrayView directive) {
            return HttpChars::equalsIgnoreCase(name, directive);
        };
        const std::optional<qint64> seconds = hasArgument && !junk ? deltaSeconds(argument) : std::nullopt;
        if (is("max-age")) {
            setAge(maxAge, seconds, true);
        } else if (is("s-maxage")) {
            setAge(sMaxAge, seconds, false);
        } else if (junk) {
            continue;
        } else if (is("no-cache")) {
            if (hasArgument)
                noCacheFields += fieldNames(argument);
            else
                noCache = true;
        } else if (is("private")) {
            if (hasArgument)
                privateFields += fieldNames(argument);
            else
                isPrivate = true;
        } else if (is("no-store")) {
            noStore = true;
        } else if (is("public")) {
            isPublic = true;
        } else if (is("must-revalidate")) {
            mustRevalidate = true;
        } else if (is("proxy-revalidate")) {
            proxyRevalidate = true;
        } else if (is("must-understand")) {
            mustUnderstand = true;
        } else if (is("no-transform")) {
            noTransform = true;
        } else if (is("only-if-cached")) {
            onlyIfCached = true;
        } else if (is("immutable")) {
            immutable = true;
        } else if (is("stale-while-revalidate")) {
            if (seconds && !staleWhileRevalidate)
                staleWhileRevalidate = seconds;
        } else if (is("stale-if-error")) {
            if (seconds && !staleIfError)
                staleIfError = seconds;
        } else if (is("min-fresh")) {
            if (seconds && !minFresh)
                minFresh = seconds;
        } else if (is("max-stale")) {
            if (!hasArgument)
                maxStaleAny = true;
            else if (seconds && !maxStale)
                maxStale = seconds;
        }
    }
}

CacheControl CacheControl::fromValues(const QList<QByteArrayView>& values)
{
    CacheControl directives;
    for (const QByteArrayView value : values)
        directives.parse(value);
    return directives;
}

} // namespace Portico

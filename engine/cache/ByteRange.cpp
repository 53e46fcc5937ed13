// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cache/ByteRange.h"

#include "http/HttpChars.h"

#include <optional>

namespace Portico {

namespace {

std::optional<qint64> position(QByteArrayView digits)
{
    if (digits.isEmpty() || digits.size() > 18)
        return std::nullopt;
    qint64 value = 0;
    for (const char c : digits) {
        if (!HttpChars::isDigit(c))
            return std::nullopt;
        value = value * 10 + (c - '0');
    }
    return value;
}

ByteRange partial(qint64 first, qint64 last)
{
    ByteRange range;
    range.kind = ByteRange::Kind::Partial;
    range.first = first;
    range.last = last;
    return range;
}

ByteRange unsatisfiable()
{
    ByteRange range;
    range.kind = ByteRange::Kind::Unsatisfiable;
    return range;
}

} // namespace

ByteRange ByteRange::parse(QByteArrayView rangeField, qint64 length)
{
    const QByteArrayView field = HttpChars::trimmed(rangeField);
    const qsizetype equals = field.indexOf('=');
    if (equals < 0 || !HttpChars::equalsIgnoreCase(HttpChars::trimmed(field.first(equals)), "bytes"))
        return {};
    const QByteArrayView spec = HttpChars::trimmed(field.sliced(equals + 1));
    const qsizetype dash = spec.indexOf('-');
    // Several ranges (or a malformed list) get the whole body.
    if (dash < 0 || spec.contains(','))
        return {};
    const QByteArrayView firstText = HttpChars::trimmed(spec.first(dash));
    const QByteArrayView lastText = HttpChars::trimmed(spec.sliced(dash + 1));
    if (firstText.isEmpty()) {
        // "-n": the last n bytes.
        const std::optional<qint64> suffix = position(lastText);
        if (!suffix)
            return {};
        if (*suffix == 0 || length == 0)
            return unsatisfiable();
        return partial(qMax<qint64>(0, length - *suffix), length - 1);
    }
    const std::optional<qint64> first = position(firstText);
    if (!first)
        return {};
    std::optional<qint64> last;
    if (!lastText.isEmpty()) {
        last = position(lastText);
        // An invalid range-spec makes the field invalid: it is ignored.
        if (!last || *last < *first)
            return {};
    }
    if (*first >= length)
        return unsatisfiable();
    return partial(*first, qMin(last.value_or(length - 1), length - 1));
}

} // namespace Portico

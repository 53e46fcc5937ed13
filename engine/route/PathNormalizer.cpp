// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "route/PathNormalizer.h"

namespace Portico {

namespace {

bool isDot(QByteArrayView segment)
{
    return segment.size() == 1 && segment.front() == '.';
}

bool isDotDot(QByteArrayView segment)
{
    return segment.size() == 2 && segment.at(0) == '.' && segment.at(1) == '.';
}

} // namespace

bool PathNormalizer::hasDotSegment(QByteArrayView path)
{
    const qsizetype size = path.size();
    for (qsizetype i = 0; i < size; ++i) {
        if (path.at(i) != '/' || i + 1 >= size || path.at(i + 1) != '.')
            continue;
        // "/." followed by the end, "/" or ".": a "." or ".." segment unless more follows the dots.
        const qsizetype after = i + 2;
        if (after == size || path.at(after) == '/')
            return true;
        if (path.at(after) == '.' && (after + 1 == size || path.at(after + 1) == '/'))
            return true;
    }
    return false;
}

PathNormalizer::Result PathNormalizer::normalise(QByteArrayView path, QByteArray& normalised)
{
    if (!hasDotSegment(path))
        return Result::Unchanged;

    // The output only ever shrinks relative to the input, so one reservation is enough.
    normalised.clear();
    normalised.reserve(path.size());
    // Every segment follows a "/"; the path starts with one.
    qsizetype start = 1;
    while (start <= path.size()) {
        qsizetype end = path.indexOf('/', start);
        const bool last = end < 0;
        if (last)
            end = path.size();
        const QByteArrayView segment = path.sliced(start, end - start);
        if (isDot(segment)) {
            if (last)
                normalised.append('/');
        } else if (isDotDot(segment)) {
            if (normalised.isEmpty())
                return Result::AboveRoot;
            normalised.truncate(normalised.lastIndexOf('/'));
            if (last)
                normalised.append('/');
        } else {
            normalised.append('/');
            normalised.append(segment);
        }
        start = end + 1;
    }
    if (normalised.isEmpty())
        normalised.append('/');
    return Result::Normalised;
}

} // namespace Portico

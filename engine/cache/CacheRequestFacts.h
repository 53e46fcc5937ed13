// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/HttpMethod.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>

namespace Portico {

class MessageHead;

// What the cache rules and the cache policy read of a request: on the hot path a view of the parsed
// head, in the Cache Rule wizard's tester plain values.
class CacheRequestFacts
{
public:
    HttpMethod method = HttpMethod::Get;
    // The path as routed (dot segments removed), without the query.
    QByteArrayView path;
    // What follows "?", without it; empty when none.
    QByteArrayView query;
    // Fields come from head when set, else from fields.
    const MessageHead* head = nullptr;
    const QList<QPair<QByteArray, QByteArray>>* fields = nullptr;

    // The first field of that name (case-insensitive); a null view when absent.
    QByteArrayView field(QByteArrayView name) const;
    // Every value of that field, in order (Cache-Control and friends may come on several lines).
    QList<QByteArrayView> fieldValues(QByteArrayView name) const;
};

} // namespace Portico

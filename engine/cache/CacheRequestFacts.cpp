// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cache/CacheRequestFacts.h"

#include "http/HttpChars.h"
#include "http/MessageHead.h"

namespace Portico {

QByteArrayView CacheRequestFacts::field(QByteArrayView name) const
{
    if (head != nullptr) {
        const HttpHeader* header = head->find(name);
        if (header == nullptr)
            return {};
        // Present but empty must not read as absent.
        return header->value.data() != nullptr ? header->value : QByteArrayView("");
    }
    if (fields != nullptr) {
        for (const auto& [fieldName, value] : *fields) {
            if (HttpChars::equalsIgnoreCase(fieldName, name))
                return value.isNull() ? QByteArrayView("") : QByteArrayView(value);
        }
    }
    return {};
}

QList<QByteArrayView> CacheRequestFacts::fieldValues(QByteArrayView name) const
{
    QList<QByteArrayView> values;
    if (head != nullptr) {
        for (const HttpHeader& header : head->headers) {
            if (header.nameIs(name))
                values.append(header.value);
        }
    } else if (fields != nullptr) {
        for (const auto& [fieldName, value] : *fields) {
            if (HttpChars::equalsIgnoreCase(fieldName, name))
                values.append(value);
        }
    }
    return values;
}

} // namespace Portico

// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/ConfigError.h"
#include "config/EnumNames.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <functional>
#include <initializer_list>
#include <utility>

namespace Portico {

// Walks one JSON object while remembering its path, so that each problem is recorded once with
// the exact location of the value ("sites[2].routes[0].pool"). Keys never read are reported as
// unknown by finish(). Feature parsers use it to keep their config reading beside their code.
class JsonReader
{
public:
    JsonReader(QJsonObject object, QString path, ConfigErrors& errors);

    const QString& path() const { return m_path; }
    QString pathOf(const QString& key) const;
    bool contains(const QString& key) const { return m_object.contains(key); }
    // The raw value, without marking the key as read.
    QJsonValue peek(const QString& key) const { return m_object.value(key); }
    // Marks key as read without judging its value (a value that must not be kept or echoed, or one read by peek).
    void skip(const QString& key) { take(key); }

    QString string(const QString& key, const QString& fallback, bool required = false);
    // A string that must not be blank when present (names, hosts); a value of the wrong type is
    // reported once, as WrongType, not also as EmptyValue.
    QString nonEmptyString(const QString& key, bool required = false);
    // A header, cookie or method name (an RFC 9110 token); blank is EmptyValue, anything else bad is InvalidToken.
    QString token(const QString& key, const QString& fallback, bool required = false);
    qint64 integer(const QString& key, qint64 fallback, qint64 minimum, qint64 maximum, bool required = false);
    // A JSON number where fractions make sense (requests per second); finite, within minimum..maximum.
    double number(const QString& key, double fallback, double minimum, double maximum);
    bool boolean(const QString& key, bool fallback);
    QStringList stringList(const QString& key, bool required = false);
    // An array of header, cookie or parameter names: each an RFC 9110 token, an error reported at its own index.
    QStringList tokenList(const QString& key);
    // Reads an array of strings; calls read for each string element with its path ("serverNames[2]").
    void stringArray(const QString& key, const std::function<void(const QString&, const QString&)>& read,
                     bool required = false);

    // Reads key as one of names; returns the matching value or fallback.
    template<typename E>
    E choice(const QString& key, E fallback, std::initializer_list<std::pair<const char*, E>> names);
    template<typename E, std::size_t N>
    E choice(const QString& key, E fallback, const EnumNames<E, N>& names);

    // Reads a nested object; calls read with a reader for it (an empty one when absent).
    void object(const QString& key, const std::function<void(JsonReader&)>& read, bool required = false);
    // Reads an array of objects; calls read for each element with its index.
    void objectArray(const QString& key, const std::function<void(JsonReader&, int)>& read, bool required = false);

    // When key is present, reports it as KeyNotAllowed (because ruledBy is value) without reading it
    // further, and returns true.
    bool notAllowed(const QString& key, const QString& ruledBy, const QString& value);

    void addError(ConfigErrorCode code, const QString& key, const QStringList& args = {});
    void addErrorAt(ConfigErrorCode code, const QString& fullPath, const QStringList& args = {});
    ConfigErrors& errors() { return m_errors; }

    // Reports every key that no read asked for.
    void finish();

    // Header and cookie names and methods are RFC 9110 tokens: letters, digits and !#$%&'*+-.^_`|~.
    static bool isToken(const QString& text);

private:
    QJsonValue take(const QString& key);
    bool checkType(const QString& key, const QJsonValue& value, QJsonValue::Type type, const char* typeName);
    template<typename E, typename Names>
    E choiceOf(const QString& key, E fallback, const Names& names);

    QJsonObject m_object;
    QString m_path;
    ConfigErrors& m_errors;
    QSet<QString> m_seen;
};

template<typename E>
E JsonReader::choice(const QString& key, E fallback, std::initializer_list<std::pair<const char*, E>> names)
{
    return choiceOf(key, fallback, names);
}

template<typename E, std::size_t N>
E JsonReader::choice(const QString& key, E fallback, const EnumNames<E, N>& names)
{
    return choiceOf(key, fallback, names);
}

template<typename E, typename Names>
E JsonReader::choiceOf(const QString& key, E fallback, const Names& names)
{
    if (!contains(key)) {
        take(key);
        return fallback;
    }
    const QString text = string(key, QString());
    QStringList allowed;
    for (const auto& [name, value] : names) {
        if (text == QLatin1String(name))
            return value;
        allowed << QLatin1String(name);
    }
    if (m_object.value(key).isString())
        addError(ConfigErrorCode::InvalidValue, key, {allowed.join(QStringLiteral(", "))});
    return fallback;
}

} // namespace Portico

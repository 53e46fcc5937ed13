// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/JsonReader.h"

#include "http/HttpChars.h"

#include <cmath>

namespace Portico {

JsonReader::JsonReader(QJsonObject object, QString path, ConfigErrors& errors)
    : m_object(std::move(object))
    , m_path(std::move(path))
    , m_errors(errors)
{}

QString JsonReader::pathOf(const QString& key) const
{
    return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key;
}

QJsonValue JsonReader::take(const QString& key)
{
    m_seen.insert(key);
    return m_object.value(key);
}

bool JsonReader::checkType(const QString& key, const QJsonValue& value, QJsonValue::Type type, const char* typeName)
{
    if (value.type() == type)
        return true;
    addError(ConfigErrorCode::WrongType, key, {QLatin1String(typeName)});
    return false;
}

QString JsonReader::string(const QString& key, const QString& fallback, bool required)
{
    const QJsonValue value = take(key);
    if (value.isUndefined()) {
        if (required)
            addError(ConfigErrorCode::MissingKey, key);
        return fallback;
    }
    if (!checkType(key, value, QJsonValue::String, "string"))
        return fallback;
    return value.toString();
}

qint64 JsonReader::integer(const QString& key, qint64 fallback, qint64 minimum, qint64 maximum, bool required)
{
    const QJsonValue value = take(key);
    if (value.isUndefined()) {
        if (required)
            addError(ConfigErrorCode::MissingKey, key);
        return fallback;
    }
    // JSON has one number type; insist on whole numbers so "port": 80.5 is not silently truncated.
    const double number = value.toDouble();
    if (!value.isDouble() || !std::isfinite(number) || std::trunc(number) != number) {
        addError(ConfigErrorCode::WrongType, key, {QStringLiteral("integer")});
        return fallback;
    }
    // Casting a double beyond the qint64 range is undefined; toInteger() is exact where toDouble() rounds.
    const bool representable = number >= -9.2e18 && number <= 9.2e18;
    const qint64 whole = representable ? value.toInteger(static_cast<qint64>(number)) : 0;
    if (!representable || whole < minimum || whole > maximum) {
        addError(ConfigErrorCode::OutOfRange, key, {QString::number(minimum), QString::number(maximum)});
        return fallback;
    }
    return whole;
}

double JsonReader::number(const QString& key, double fallback, double minimum, double maximum)
{
    const QJsonValue value = take(key);
    if (value.isUndefined())
        return fallback;
    const double number = value.toDouble();
    if (!value.isDouble() || !std::isfinite(number)) {
        addError(ConfigErrorCode::WrongType, key, {QStringLiteral("number")});
        return fallback;
    }
    if (number < minimum || number > maximum) {
        addError(ConfigErrorCode::OutOfRange, key, {QString::number(minimum), QString::number(maximum)});
        return fallback;
    }
    return number;
}

QString JsonReader::nonEmptyString(const QString& key, bool required)
{
    const bool present = m_object.value(key).isString();
    const QString text = string(key, QString(), required);
    if (present && text.trimmed().isEmpty())
        addError(ConfigErrorCode::EmptyValue, key);
    return text;
}

QString JsonReader::token(const QString& key, const QString& fallback, bool required)
{
    const bool present = m_object.value(key).isString();
    const QString text = string(key, fallback, required);
    if (!present)
        return text;
    if (text.trimmed().isEmpty())
        addError(ConfigErrorCode::EmptyValue, key);
    else if (!isToken(text))
        addError(ConfigErrorCode::InvalidToken, key, {text});
    return text;
}

bool JsonReader::isToken(const QString& text)
{
    // Anything outside Latin-1 becomes '?', which is no token character either.
    return HttpChars::isToken(text.toLatin1());
}

bool JsonReader::notAllowed(const QString& key, const QString& ruledBy, const QString& value)
{
    if (!contains(key))
        return false;
    take(key);
    addError(ConfigErrorCode::KeyNotAllowed, key, {ruledBy, value});
    return true;
}

bool JsonReader::boolean(const QString& key, bool fallback)
{
    const QJsonValue value = take(key);
    if (value.isUndefined() || !checkType(key, value, QJsonValue::Bool, "boolean"))
        return fallback;
    return value.toBool();
}

QStringList JsonReader::tokenList(const QString& key)
{
    QStringList result;
    stringArray(key, [this, &result](const QString& text, const QString& path) {
        if (text.trimmed().isEmpty())
            addErrorAt(ConfigErrorCode::EmptyValue, path);
        else if (!isToken(text))
            addErrorAt(ConfigErrorCode::InvalidToken, path, {text});
        else
            result << text;
    });
    return result;
}

QStringList JsonReader::stringList(const QString& key, bool required)
{
    QStringList result;
    const auto append = [&result](const QString& text, const QString&) {
        result << text;
    };
    stringArray(key, append, required);
    return result;
}

void JsonReader::stringArray(const QString& key, const std::function<void(const QString&, const QString&)>& read,
                             bool required)
{
    const QJsonValue value = take(key);
    if (value.isUndefined()) {
        if (required)
            addError(ConfigErrorCode::MissingKey, key);
        return;
    }
    if (!checkType(key, value, QJsonValue::Array, "array of strings"))
        return;
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString itemPath = pathOf(key) + QStringLiteral("[%1]").arg(i);
        if (!array.at(i).isString()) {
            addErrorAt(ConfigErrorCode::WrongType, itemPath, {QStringLiteral("string")});
            continue;
        }
        read(array.at(i).toString(), itemPath);
    }
}

void JsonReader::object(const QString& key, const std::function<void(JsonReader&)>& read, bool required)
{
    const QJsonValue value = take(key);
    if (value.isUndefined()) {
        if (required)
            addError(ConfigErrorCode::MissingKey, key);
        JsonReader empty(QJsonObject(), pathOf(key), m_errors);
        read(empty);
        return;
    }
    if (!checkType(key, value, QJsonValue::Object, "object"))
        return;
    JsonReader child(value.toObject(), pathOf(key), m_errors);
    read(child);
    child.finish();
}

void JsonReader::objectArray(const QString& key, const std::function<void(JsonReader&, int)>& read, bool required)
{
    const QJsonValue value = take(key);
    if (value.isUndefined()) {
        if (required)
            addError(ConfigErrorCode::MissingKey, key);
        return;
    }
    if (!checkType(key, value, QJsonValue::Array, "array"))
        return;
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString itemPath = pathOf(key) + QStringLiteral("[%1]").arg(i);
        if (!array.at(i).isObject()) {
            addErrorAt(ConfigErrorCode::WrongType, itemPath, {QStringLiteral("object")});
            continue;
        }
        JsonReader child(array.at(i).toObject(), itemPath, m_errors);
        read(child, static_cast<int>(i));
        child.finish();
    }
}

void JsonReader::addError(ConfigErrorCode code, const QString& key, const QStringList& args)
{
    addErrorAt(code, pathOf(key), args);
}

void JsonReader::addErrorAt(ConfigErrorCode code, const QString& fullPath, const QStringList& args)
{
    m_errors.append(ConfigError{code, fullPath, args});
}

void JsonReader::finish()
{
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        if (!m_seen.contains(it.key()))
            addError(ConfigErrorCode::UnknownKey, it.key());
    }
}

} // namespace Portico

// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/BasicAuthConfig.h"

#include "config/JsonReader.h"
#include "security/PasswordHash.h"
#include "security/SecurityJson.h"

#include <QHash>
#include <QJsonArray>

namespace Portico {

namespace {

// RFC 7617: the user-id ends at the first colon, and control characters have no place in it.
bool isValidUserName(const QString& name)
{
    return !name.trimmed().isEmpty() && !name.contains(QLatin1Char(':')) && SecurityJson::isFieldValue(name);
}

} // namespace

BasicAuthConfig BasicAuthConfig::read(JsonReader& reader)
{
    BasicAuthConfig config;
    // The realm goes into WWW-Authenticate, so it must be field text; blank would give the login box no title.
    const QString realm =
        reader.contains(QStringLiteral("realm")) ? reader.nonEmptyString(QStringLiteral("realm")) : config.realm;
    if (!SecurityJson::isFieldValue(realm))
        reader.addError(ConfigErrorCode::InvalidFieldValue, QStringLiteral("realm"));
    else if (!realm.trimmed().isEmpty())
        config.realm = realm;

    QHash<QString, QString> namePaths;
    reader.objectArray(QStringLiteral("users"), [&config, &namePaths](JsonReader& item, int) {
        User user;
        const bool nameIsString = item.peek(QStringLiteral("name")).isString();
        user.name = item.string(QStringLiteral("name"), QString(), true);
        if (nameIsString && !isValidUserName(user.name)) {
            item.addError(ConfigErrorCode::InvalidUserName, QStringLiteral("name"), {user.name});
        } else if (nameIsString) {
            if (namePaths.contains(user.name))
                item.addError(ConfigErrorCode::DuplicateName, QStringLiteral("name"),
                              {user.name, namePaths.value(user.name)});
            else
                namePaths.insert(user.name, item.path());
        }

        // A plain password is refused outright and never echoed: errors end up in logs and on screen.
        const bool plain = item.contains(QStringLiteral("password"));
        if (plain) {
            item.skip(QStringLiteral("password"));
            item.addError(ConfigErrorCode::PlainPassword, QStringLiteral("password"));
        }
        const bool hashIsString = item.peek(QStringLiteral("passwordHash")).isString();
        user.passwordHash = item.string(QStringLiteral("passwordHash"), QString(), !plain);
        if (hashIsString && !PasswordHash::isValid(user.passwordHash))
            item.addError(ConfigErrorCode::InvalidPasswordHash, QStringLiteral("passwordHash"));
        config.users.append(user);
    });
    SecurityJson::checkListSize(reader, QStringLiteral("users"));
    return config;
}

QJsonObject BasicAuthConfig::toJson() const
{
    QJsonArray list;
    for (const User& user : users)
        list.append(
            QJsonObject{{QStringLiteral("name"), user.name}, {QStringLiteral("passwordHash"), user.passwordHash}});
    return QJsonObject{{QStringLiteral("realm"), realm}, {QStringLiteral("users"), list}};
}

} // namespace Portico

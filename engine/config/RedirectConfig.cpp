// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/RedirectConfig.h"

#include "config/JsonReader.h"

#include <QUrl>

#include <limits>

namespace Portico {

RedirectConfig RedirectConfig::read(JsonReader& reader)
{
    RedirectConfig redirect;
    const qsizetype errorsBefore = reader.errors().size();
    const qint64 status = reader.integer(QStringLiteral("status"), redirect.status, std::numeric_limits<int>::min(),
                                         std::numeric_limits<int>::max());
    if (reader.errors().size() == errorsBefore) {
        if (isValidStatus(status))
            redirect.status = static_cast<int>(status);
        else
            reader.addError(ConfigErrorCode::InvalidValue, QStringLiteral("status"),
                            {QStringLiteral("301, 302, 307, 308")});
    }
    redirect.keepPath = reader.boolean(QStringLiteral("keepPath"), redirect.keepPath);
    redirect.to = reader.nonEmptyString(QStringLiteral("to"), true);
    if (!redirect.to.trimmed().isEmpty() && !isValidTarget(redirect.to, redirect.keepPath))
        reader.addError(ConfigErrorCode::InvalidUrl, QStringLiteral("to"), {redirect.to});
    return redirect;
}

QJsonObject RedirectConfig::toJson() const
{
    return QJsonObject{
        {QStringLiteral("status"), status}, {QStringLiteral("to"), to}, {QStringLiteral("keepPath"), keepPath}};
}

bool RedirectConfig::isValidStatus(qint64 status)
{
    return status == 301 || status == 302 || status == 307 || status == 308;
}

bool RedirectConfig::isValidTarget(const QString& to, bool keepPath)
{
    for (const QChar c : to) {
        const char16_t u = c.unicode();
        if (u <= 0x20 || u >= 0x7f || QStringView(u"\"<>\\^`{|}").contains(c))
            return false;
    }
    if (keepPath && (to.contains(QLatin1Char('?')) || to.contains(QLatin1Char('#'))))
        return false;
    const QUrl url(to, QUrl::StrictMode);
    if (!url.isValid())
        return false;
    const QString scheme = url.scheme();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return false;
    // "https:host/x" has no authority; only "scheme://host" is absolute in the sense a Location needs.
    return to.mid(scheme.size(), 3) == QLatin1String("://") && !url.host().isEmpty() && url.userInfo().isEmpty();
}

} // namespace Portico

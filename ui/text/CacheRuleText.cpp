// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/CacheRuleText.h"

#include <QRegularExpression>

#include <limits>

namespace Portico {

namespace {

QString orList(const QStringList& items)
{
    if (items.size() < 2)
        return items.value(0);
    return CacheRuleText::tr("%1 or %2").arg(CacheRuleText::joinList(items.first(items.size() - 1)), items.last());
}

} // namespace

QString CacheRuleText::duration(qint64 seconds)
{
    const int n = static_cast<int>(qMin<qint64>(seconds, std::numeric_limits<int>::max()));
    if (n > 0 && n % 86400 == 0)
        return tr("%n day(s)", nullptr, n / 86400);
    if (n > 0 && n % 3600 == 0)
        return tr("%n hour(s)", nullptr, n / 3600);
    if (n > 0 && n % 60 == 0)
        return tr("%n minute(s)", nullptr, n / 60);
    return tr("%n second(s)", nullptr, n);
}

QString CacheRuleText::action(const CacheRule& rule)
{
    switch (rule.action) {
    case CacheAction::CacheFor:
        return rule.overrideBackend
                   ? tr("stored for %1, even when the app says no-cache or gives a time of its own (override)")
                         .arg(duration(rule.ttlSeconds))
                   : tr("stored for %1 when the app does not say").arg(duration(rule.ttlSeconds));
    case CacheAction::NeverCache:
        return tr("never stored");
    case CacheAction::RespectBackend:
        break;
    }
    return tr("stored as the app's headers say");
}

QString CacheRuleText::match(const CacheRule& rule)
{
    QStringList methods = rule.methods;
    QString requests;
    if (methods.isEmpty() ||
        (methods.size() == 2 && methods.contains(QLatin1String("GET")) && methods.contains(QLatin1String("HEAD"))))
        requests = tr("GET and HEAD requests");
    else
        requests = tr("%1 requests").arg(methods.join(QStringLiteral(", ")));

    QStringList criteria;
    if (!rule.route.isEmpty())
        criteria << tr("on the route %1").arg(rule.route);
    if (!rule.pathGlobs.isEmpty())
        criteria << tr("whose path matches %1").arg(orList(rule.pathGlobs));
    if (!rule.extensions.isEmpty()) {
        QStringList dotted;
        for (const QString& extension : rule.extensions)
            dotted << QLatin1Char('.') + extension;
        criteria << tr("for files ending in %1").arg(orList(dotted));
    }
    if (!rule.contentTypes.isEmpty())
        criteria << tr("answered with %1").arg(orList(rule.contentTypes));
    if (criteria.isEmpty())
        return tr("All %1 to the site").arg(requests);
    return tr("%1 %2").arg(requests, criteria.join(tr(", and ")));
}

QStringList CacheRuleText::keyAndBypass(const CacheRule& rule)
{
    QStringList lines;
    if (rule.action == CacheAction::NeverCache)
        return lines;
    if (rule.ignoreQuery)
        lines << tr("The query string is ignored: /page?a=1 and /page?a=2 share one stored copy.");
    else if (!rule.ignoredParameters.isEmpty())
        lines
            << tr("These query parameters are ignored for the stored copy: %1.").arg(joinList(rule.ignoredParameters));
    if (!rule.bypassCookies.isEmpty())
        lines
            << tr("Skipped (straight to the app) when the request has the cookie %1.").arg(orList(rule.bypassCookies));
    if (!rule.bypassHeaders.isEmpty())
        lines
            << tr("Skipped (straight to the app) when the request has the header %1.").arg(orList(rule.bypassHeaders));
    return lines;
}

QStringList CacheRuleText::describe(const CacheRule& rule)
{
    QStringList lines;
    lines << tr("%1: %2.").arg(match(rule), action(rule));
    lines << keyAndBypass(rule);
    return lines;
}

QString CacheRuleText::quotedName(const QString& name)
{
    return name.trimmed().isEmpty() ? tr("(unnamed)") : tr("\u201c%1\u201d").arg(name);
}

QStringList CacheRuleText::splitList(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

QString CacheRuleText::joinList(const QStringList& items)
{
    return items.join(QStringLiteral(", "));
}

} // namespace Portico

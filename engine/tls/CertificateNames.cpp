// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tls/CertificateNames.h"

#include <QHostAddress>
#include <QUrl>

#include <algorithm>

namespace Portico {

namespace {

bool isLabel(QStringView label)
{
    if (label.isEmpty() || label.size() > 63 || label.startsWith(u'-') || label.endsWith(u'-'))
        return false;
    for (const QChar c : label) {
        const bool ok = (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-';
        if (!ok)
            return false;
    }
    return true;
}

QString withoutTrailingDot(QString name)
{
    if (name.endsWith(u'.'))
        name.chop(1);
    return name;
}

} // namespace

std::optional<CertificateError> CertificateNames::split(const QStringList& names, QStringList& dnsNames,
                                                        QStringList& ipAddresses)
{
    for (const QString& raw : names) {
        const QString name = raw.trimmed();
        if (name.isEmpty())
            continue;
        if (isIpAddress(name)) {
            const QString address = QHostAddress(name).toString();
            if (!ipAddresses.contains(address))
                ipAddresses.append(address);
            continue;
        }
        const QString dns = normalizedDnsName(name);
        if (dns.isEmpty())
            return CertificateError{CertificateErrorCode::InvalidName, {name}};
        if (!dnsNames.contains(dns))
            dnsNames.append(dns);
    }
    if (dnsNames.isEmpty() && ipAddresses.isEmpty())
        return CertificateError{CertificateErrorCode::NoNames, {}};
    return std::nullopt;
}

QString CertificateNames::normalizedDnsName(const QString& name)
{
    QString text = withoutTrailingDot(name.trimmed());
    const bool wildcard = text.startsWith(QLatin1String("*."));
    if (wildcard)
        text = text.mid(2);
    // QUrl::toAce lower-cases and turns international names into "xn--" labels; it is empty for invalid ones.
    const QString ace = QString::fromLatin1(QUrl::toAce(text));
    if (ace.isEmpty() || ace.size() > 253)
        return QString();
    const QStringList labels = ace.split(u'.');
    if (wildcard && labels.size() < 2)
        return QString();
    for (const QString& label : labels) {
        if (!isLabel(label))
            return QString();
    }
    // An all-digit last label is an IPv4 address in a short form ("10.1"), never a name (RFC 3696 section 2).
    const QString& last = labels.last();
    if (std::all_of(last.begin(), last.end(), [](QChar c) { return c.isDigit(); }))
        return QString();
    return wildcard ? QStringLiteral("*.") + ace : ace;
}

QString CertificateNames::normalizedHost(const QString& host)
{
    QString text = host.trimmed();
    if (text.startsWith(u'[') && text.endsWith(u']'))
        text = text.mid(1, text.size() - 2);
    if (isIpAddress(text))
        return QHostAddress(text).toString();
    return withoutTrailingDot(text).toLower();
}

bool CertificateNames::isIpAddress(const QString& text)
{
    // QHostAddress also takes inet_aton short forms ("10" is 0.0.0.10); a host name never means those.
    if (!text.contains(u':') && (text.count(u'.') != 3 || text.endsWith(u'.')))
        return false;
    QHostAddress address;
    return address.setAddress(text);
}

bool CertificateNames::wildcardCovers(const QString& pattern, const QString& host)
{
    if (!pattern.startsWith(QLatin1String("*.")))
        return false;
    const QStringView suffix = QStringView(pattern).mid(1); // ".example.com"
    if (host.size() <= suffix.size() || !host.endsWith(suffix, Qt::CaseInsensitive))
        return false;
    const QStringView first = QStringView(host).left(host.size() - suffix.size());
    return !first.contains(u'.') && !isIpAddress(host);
}

} // namespace Portico

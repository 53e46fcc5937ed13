// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/AccessLogFilterModel.h"

#include "models/AccessLogModel.h"

#include <QLatin1String>

namespace Portico {

namespace {

// Byte-wise and ASCII case-insensitive: log fields are raw bytes off the wire (mostly ASCII, percent-encoded).
bool containsText(const QByteArray& haystack, const QByteArray& needle)
{
    return QLatin1String(haystack).contains(QLatin1String(needle), Qt::CaseInsensitive);
}

} // namespace

AccessLogFilterModel::AccessLogFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    // The tail keeps its arrival order; sorting thousands of rows a second would cost more than it helps.
    setDynamicSortFilter(false);
}

void AccessLogFilterModel::setSourceModel(QAbstractItemModel* model)
{
    m_log = qobject_cast<const AccessLogModel*>(model);
    Q_ASSERT(!model || m_log);
    QSortFilterProxyModel::setSourceModel(model);
}

void AccessLogFilterModel::setSite(const QString& site)
{
    if (site == m_site)
        return;
    m_site = site;
    invalidateFilter();
}

void AccessLogFilterModel::setStatusClass(StatusClass statusClass)
{
    if (statusClass == m_statusClass)
        return;
    m_statusClass = statusClass;
    invalidateFilter();
}

void AccessLogFilterModel::setClient(const QString& client)
{
    const QString trimmed = client.trimmed();
    if (trimmed == m_client)
        return;
    m_client = trimmed;
    m_subnet = trimmed.contains(QLatin1Char('/')) ? QHostAddress::parseSubnet(trimmed) : qMakePair(QHostAddress(), -1);
    invalidateFilter();
}

void AccessLogFilterModel::setText(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    m_textBytes = trimmed.toUtf8();
    invalidateFilter();
}

bool AccessLogFilterModel::isFiltering() const
{
    return !m_site.isEmpty() || m_statusClass != StatusClass::All || !m_client.isEmpty() || !m_text.isEmpty();
}

bool AccessLogFilterModel::statusMatches(int status) const
{
    const int statusClass = status / 100;
    switch (m_statusClass) {
    case StatusClass::All:
        return true;
    case StatusClass::Success:
        return statusClass == 2;
    case StatusClass::Redirect:
        return statusClass == 3;
    case StatusClass::ClientError:
        return statusClass == 4;
    case StatusClass::ServerError:
        return statusClass == 5;
    case StatusClass::Errors:
        return statusClass == 4 || statusClass == 5;
    }
    return true;
}

bool AccessLogFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (!m_log || sourceParent.isValid())
        return false;
    const AccessLogEntry& entry = m_log->entry(sourceRow);
    if (!statusMatches(entry.status))
        return false;
    if (!m_site.isEmpty() && entry.site != m_site)
        return false;
    if (!m_client.isEmpty()) {
        if (m_subnet.second >= 0) {
            if (!entry.client.isInSubnet(m_subnet))
                return false;
        } else if (!entry.client.toString().startsWith(m_client, Qt::CaseInsensitive)) {
            return false;
        }
    }
    if (!m_textBytes.isEmpty()) {
        return containsText(entry.target, m_textBytes) || containsText(entry.method, m_textBytes) ||
               containsText(entry.userAgent, m_textBytes) || containsText(entry.requestId, m_textBytes) ||
               containsText(entry.backend, m_textBytes);
    }
    return true;
}

} // namespace Portico

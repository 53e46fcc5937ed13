// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/CertificateTableModel.h"

#include "text/CertificateText.h"
#include "text/NumberText.h"
#include "widgets/UiStyle.h"

#include <QFont>
#include <QPalette>

namespace Portico {

namespace {

QStringList namesOf(const CertificateEntry& entry)
{
    if (entry.kind == CertificateEntryKind::PendingRequest)
        return entry.requestedNames;
    return entry.info.dnsNames + entry.info.ipAddresses;
}

} // namespace

CertificateTableModel::CertificateTableModel(QObject* parent)
    : QAbstractTableModel(parent)
    , m_now(QDateTime::currentDateTimeUtc())
{}

int CertificateTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int CertificateTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

CertificateTableModel::ExpiryLevel CertificateTableModel::expiryLevel(const CertificateInfo& info, const QDateTime& now)
{
    if (info.isNull())
        return ExpiryLevel::Normal;
    if (info.notAfter <= now || info.daysLeft(now) < urgentDays)
        return ExpiryLevel::Urgent;
    if (info.daysLeft(now) < soonDays)
        return ExpiryLevel::Soon;
    return ExpiryLevel::Normal;
}

QString CertificateTableModel::text(int row, int column) const
{
    const CertificateEntry& entry = m_entries.at(row);
    const bool pending = entry.kind == CertificateEntryKind::PendingRequest;
    switch (column) {
    case NameColumn:
        return entry.name;
    case NamesColumn:
        return namesOf(entry).join(QStringLiteral(", "));
    case IssuerColumn:
        if (pending)
            return tr("Waiting for the CA's answer");
        if (entry.info.selfSigned)
            return tr("Itself (self-signed)");
        return entry.info.issuerCommonName.isEmpty() ? entry.info.issuer : entry.info.issuerCommonName;
    case SourceColumn:
        return CertificateText::sourceName(entry.source);
    case KeyTypeColumn:
        return pending ? NumberText::none() : CertificateText::keyDescription(entry.info);
    case ExpiresColumn:
        if (pending)
            return NumberText::none();
        if (entry.info.notAfter <= m_now)
            //: Expiry column of a certificate past its date: the date it expired.
            return tr("%1 (expired)").arg(CertificateText::date(entry.info.notAfter));
        // How far away only when it matters; the tooltip always says.
        if (expiryLevel(entry.info, m_now) == ExpiryLevel::Normal)
            return CertificateText::date(entry.info.notAfter);
        //: Expiry column: the date, then how far away it is ("in 12 days").
        return tr("%1 (%2)").arg(CertificateText::date(entry.info.notAfter),
                                 CertificateText::expiryRelative(entry.info, m_now));
    case UsedByColumn: {
        const QStringList places = m_usedBy.value(entry.id);
        return places.isEmpty() ? tr("Not used") : CertificateText::usedByList(places);
    }
    default:
        return QString();
    }
}

QVariant CertificateTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return QVariant();
    const CertificateEntry& entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return text(index.row(), index.column());
    case Qt::ToolTipRole:
        if (index.column() == NamesColumn)
            return namesOf(entry).join(QLatin1Char('\n'));
        if (index.column() == ExpiresColumn && !entry.info.isNull()) {
            //: Tooltip: the expiry date and time, then how far away ("in 12 days", "expired 3 days ago").
            QString tip = tr("Valid until %1 (%2)")
                              .arg(CertificateText::dateTime(entry.info.notAfter),
                                   CertificateText::expiryRelative(entry.info, m_now));
            if (const auto renewal = m_renewals.find(entry.id); renewal != m_renewals.end() && renewal->due.isValid())
                tip += QLatin1Char('\n') + tr("Renewed automatically from %1").arg(CertificateText::date(renewal->due));
            return tip;
        }
        return text(index.row(), index.column());
    case Qt::ForegroundRole:
        if (index.column() == ExpiresColumn) {
            switch (expiryLevel(entry.info, m_now)) {
            case ExpiryLevel::Urgent:
                return UiStyle::errorColor();
            case ExpiryLevel::Soon:
                return UiStyle::warningColor();
            case ExpiryLevel::Normal:
                break;
            }
        }
        if (index.column() == UsedByColumn && !m_usedBy.contains(entry.id))
            return UiStyle::secondaryText(QPalette());
        return QVariant();
    case Qt::FontRole:
        if (index.column() == ExpiresColumn && expiryLevel(entry.info, m_now) != ExpiryLevel::Normal) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return QVariant();
    case EntryIdRole:
        return entry.id;
    case ExpiryLevelRole:
        return static_cast<int>(expiryLevel(entry.info, m_now));
    default:
        return QVariant();
    }
}

QVariant CertificateTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case NameColumn:
        return tr("Name");
    case NamesColumn:
        return tr("Host names");
    case IssuerColumn:
        return tr("Issued by");
    case SourceColumn:
        return tr("Source");
    case KeyTypeColumn:
        return tr("Key");
    case ExpiresColumn:
        return tr("Expires");
    case UsedByColumn:
        return tr("Used by");
    default:
        return QVariant();
    }
}

void CertificateTableModel::setEntries(const QList<CertificateEntry>& entries,
                                       const QHash<QString, QStringList>& usedBy,
                                       const QList<CertificateRenewal>& renewals, const QDateTime& now)
{
    beginResetModel();
    m_entries.clear();
    for (const CertificateEntry& entry : entries) {
        if (entry.kind != CertificateEntryKind::LocalCa)
            m_entries << entry;
    }
    m_usedBy.clear();
    for (auto it = usedBy.cbegin(); it != usedBy.cend(); ++it) {
        if (!it.value().isEmpty())
            m_usedBy.insert(it.key(), it.value());
    }
    m_renewals.clear();
    for (const CertificateRenewal& renewal : renewals)
        m_renewals.insert(renewal.id, renewal);
    m_now = now;
    endResetModel();
}

QStringList CertificateTableModel::usedBy(int row) const
{
    return m_usedBy.value(m_entries.at(row).id);
}

std::optional<CertificateRenewal> CertificateTableModel::renewal(int row) const
{
    const auto it = m_renewals.find(m_entries.at(row).id);
    if (it == m_renewals.end())
        return std::nullopt;
    return *it;
}

int CertificateTableModel::rowOf(const QString& id) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).id == id)
            return row;
    }
    return -1;
}

void CertificateTableModel::retranslate()
{
    beginResetModel();
    endResetModel();
}

} // namespace Portico

// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "controller/CertificateRenewal.h"
#include "tls/CertificateEntry.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>

#include <optional>

namespace Portico {

// The server certificates and pending requests of the store, one per row, with where each is used and, for ACME
// entries, their renewal state. The local CA is not a row: the page shows it on its own.
class CertificateTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        NamesColumn,
        IssuerColumn,
        SourceColumn,
        KeyTypeColumn,
        ExpiresColumn,
        UsedByColumn,
        ColumnCount,
    };
    enum Role
    {
        EntryIdRole = Qt::UserRole + 1, // QString
        ExpiryLevelRole,                // int (ExpiryLevel)
    };
    // Red when expired or within a week, amber within a month.
    enum class ExpiryLevel
    {
        Normal,
        Soon,
        Urgent,
    };
    static constexpr int urgentDays = 7;
    static constexpr int soonDays = 30;

    explicit CertificateTableModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // entries may include the local CA; it is left out. usedBy maps entry ids to CertificateCenter::usedBy().
    void setEntries(const QList<CertificateEntry>& entries, const QHash<QString, QStringList>& usedBy,
                    const QList<CertificateRenewal>& renewals, const QDateTime& now);
    const CertificateEntry& entry(int row) const { return m_entries.at(row); }
    QStringList usedBy(int row) const;
    std::optional<CertificateRenewal> renewal(int row) const;
    // Row of the entry with this id, or -1.
    int rowOf(const QString& id) const;
    const QDateTime& now() const { return m_now; }
    void retranslate();

    static ExpiryLevel expiryLevel(const CertificateInfo& info, const QDateTime& now);

private:
    QString text(int row, int column) const;

    QList<CertificateEntry> m_entries;
    QHash<QString, QStringList> m_usedBy;
    QHash<QString, CertificateRenewal> m_renewals;
    QDateTime m_now;
};

} // namespace Portico

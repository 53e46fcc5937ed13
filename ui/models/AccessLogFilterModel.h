// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QSortFilterProxyModel>

namespace Portico {

class AccessLogModel;

// Narrows the access-log tail by site, status class, client and free text. Every test works on the
// source entry directly with prepared needles (no regular expressions, no QVariant), so filtering a
// second's batch of a few thousand rows stays cheap.
class AccessLogFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class StatusClass
    {
        All,
        Success,     // 2xx
        Redirect,    // 3xx
        ClientError, // 4xx
        ServerError, // 5xx
        Errors,      // 4xx and 5xx
    };
    Q_ENUM(StatusClass)

    explicit AccessLogFilterModel(QObject* parent = nullptr);

    // Must be an AccessLogModel (or nullptr).
    void setSourceModel(QAbstractItemModel* model) override;

    // Empty: every site.
    void setSite(const QString& site);
    void setStatusClass(StatusClass statusClass);
    // An address, the start of one ("192.168.1.") or a subnet ("10.0.0.0/8"); empty: every client.
    void setClient(const QString& client);
    // Case-insensitive, in the path, method, user agent, request ID and backend; empty: everything.
    void setText(const QString& text);

    QString site() const { return m_site; }
    StatusClass statusClass() const { return m_statusClass; }
    QString client() const { return m_client; }
    QString text() const { return m_text; }
    bool isFiltering() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    bool statusMatches(int status) const;

    const AccessLogModel* m_log = nullptr;
    QString m_site;
    StatusClass m_statusClass = StatusClass::All;
    QString m_client;
    QPair<QHostAddress, int> m_subnet{QHostAddress(), -1};
    QString m_text;
    QByteArray m_textBytes;
};

} // namespace Portico

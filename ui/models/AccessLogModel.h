// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "log/AccessLogBatch.h"

#include <QAbstractTableModel>
#include <QFont>
#include <QList>
#include <QPalette>

#include <vector>

namespace Portico {

// The live tail of the access log: the newest requests, oldest first (newest at the bottom, as in a
// terminal tail), in a ring of at most capacity() entries. A batch is one row insertion plus, when the
// ring is full, one removal of the oldest rows, so views and proxies do a bounded amount of work per
// second whatever the traffic. While paused, batches wait in a queue of the same capacity.
class AccessLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TimeColumn,
        ClientColumn,
        MethodColumn,
        PathColumn,
        StatusColumn,
        BytesColumn,
        DurationColumn,
        SiteColumn,
        BackendColumn,
        ColumnCount
    };

    static constexpr int defaultCapacity = 5000;

    explicit AccessLogModel(QObject* parent = nullptr);
    AccessLogModel(int capacity, QObject* parent);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    int capacity() const { return m_capacity; }
    // row 0 is the oldest entry kept.
    const AccessLogEntry& entry(int row) const;
    // The rows (any order) as access-log lines in the combined format, oldest first, one per line.
    QString combinedText(QList<int> rows) const;

    // Appends the batch (or queues it while paused) and counts what the engine skipped.
    void appendBatch(const AccessLogBatch& batch);
    // Forgets every entry, queued ones and the skipped count.
    void clear();

    bool isPaused() const { return m_paused; }
    // Resuming appends what was queued, as one batch.
    void setPaused(bool paused);
    // Entries queued while paused (at most capacity()).
    int pendingCount() const { return static_cast<int>(m_pending.size()); }
    // Entries that arrived while paused but did not fit in the queue.
    quint64 pendingDropped() const { return m_pendingDropped; }
    // Requests the engine did not pass on (over its per-second cap) since the start or clear().
    quint64 skipped() const { return m_skipped; }

    // Status colours follow the palette so both light and dark themes stay readable.
    void setPalette(const QPalette& palette);
    // Tells views that the header texts changed (after a language switch).
    void retranslate();

Q_SIGNALS:
    // Pause state, the queue, or the skipped count changed.
    void statusChanged();

private:
    void append(const QList<AccessLogEntry>& entries);
    QVariant display(const AccessLogEntry& entry, int column) const;
    QVariant statusColor(int status) const;

    int m_capacity;
    // Grows to m_capacity, then wraps: row r lives at (m_first + r) % m_ring.size(). While it grows,
    // m_first + m_size == m_ring.size(), so appending is a push_back.
    std::vector<AccessLogEntry> m_ring;
    int m_first = 0;
    int m_size = 0;
    bool m_paused = false;
    QList<AccessLogEntry> m_pending;
    quint64 m_pendingDropped = 0;
    quint64 m_skipped = 0;
    QPalette m_palette;
    QFont m_monospace;
};

} // namespace Portico

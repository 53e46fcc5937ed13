// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/AccessLogModel.h"

#include "text/NumberText.h"
#include "widgets/UiStyle.h"

#include <QFontDatabase>
#include <QLocale>

#include <algorithm>
#include <utility>

namespace Portico {

AccessLogModel::AccessLogModel(QObject* parent)
    : AccessLogModel(defaultCapacity, parent)
{}

AccessLogModel::AccessLogModel(int capacity, QObject* parent)
    : QAbstractTableModel(parent)
    , m_capacity(std::max(1, capacity))
    , m_monospace(QFontDatabase::systemFont(QFontDatabase::FixedFont))
{
    m_monospace.setStyleHint(QFont::TypeWriter);
}

int AccessLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_size;
}

int AccessLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const AccessLogEntry& AccessLogModel::entry(int row) const
{
    Q_ASSERT(row >= 0 && row < m_size);
    return m_ring[static_cast<size_t>(m_first + row) % m_ring.size()];
}

QVariant AccessLogModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const AccessLogEntry& logged = entry(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(logged, column);
    case Qt::ToolTipRole:
        if (column == TimeColumn)
            return QLocale().toString(logged.time.toLocalTime(), QLocale::LongFormat);
        // Everything the log line says, including what has no column (user agent, request ID).
        return QString::fromUtf8(logged.toCombined()).trimmed();
    case Qt::TextAlignmentRole:
        if (column == StatusColumn || column == BytesColumn || column == DurationColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        return column == StatusColumn ? statusColor(logged.status) : QVariant();
    case Qt::FontRole:
        return column == PathColumn ? QVariant(m_monospace) : QVariant();
    default:
        return QVariant();
    }
}

QVariant AccessLogModel::display(const AccessLogEntry& logged, int column) const
{
    switch (column) {
    case TimeColumn:
        return NumberText::eventTime(logged.time);
    case ClientColumn:
        return logged.client.toString();
    case MethodColumn:
        return QString::fromLatin1(logged.method);
    case PathColumn:
        return QString::fromUtf8(logged.target);
    case StatusColumn:
        // 0: the client went away (or the request was refused) before any status was sent.
        return logged.status > 0 ? QString::number(logged.status) : NumberText::none();
    case BytesColumn:
        return NumberText::bytes(logged.bytesOut);
    case DurationColumn:
        return NumberText::latency(logged.durationUs);
    case SiteColumn:
        return logged.site.isEmpty() ? NumberText::none() : logged.site;
    case BackendColumn:
        return logged.backend.isEmpty() ? NumberText::none() : QString::fromLatin1(logged.backend);
    default:
        return QVariant();
    }
}

QVariant AccessLogModel::statusColor(int status) const
{
    QColor accent;
    switch (status / 100) {
    case 3:
        return UiStyle::secondaryText(m_palette);
    case 4:
        accent = UiStyle::warningColor();
        break;
    case 5:
        accent = UiStyle::errorColor();
        break;
    default:
        // 2xx is the normal case: plain text keeps the eye on what went wrong.
        return QVariant();
    }
    // The accents are tuned for light backgrounds; on dark ones, mix in some white to keep the contrast.
    if (m_palette.color(QPalette::Base).lightness() >= 128)
        return accent;
    constexpr float white = 0.35f;
    return QColor::fromRgbF(accent.redF() * (1 - white) + white, accent.greenF() * (1 - white) + white,
                            accent.blueF() * (1 - white) + white);
}

QVariant AccessLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case ClientColumn:
        return tr("Client");
    case MethodColumn:
        return tr("Method");
    case PathColumn:
        return tr("Path");
    case StatusColumn:
        return tr("Status");
    case BytesColumn:
        //: Size of the response sent to the client.
        return tr("Bytes");
    case DurationColumn:
        return tr("Duration");
    case SiteColumn:
        return tr("Site");
    case BackendColumn:
        return tr("Backend");
    default:
        return QVariant();
    }
}

QString AccessLogModel::combinedText(QList<int> rows) const
{
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    QByteArray text;
    for (const int row : std::as_const(rows)) {
        if (row >= 0 && row < m_size)
            text += entry(row).toCombined();
    }
    return QString::fromUtf8(text);
}

void AccessLogModel::appendBatch(const AccessLogBatch& batch)
{
    const quint64 skippedBefore = m_skipped;
    m_skipped += batch.skipped;
    if (m_paused) {
        if (!batch.entries.isEmpty()) {
            m_pending.append(batch.entries);
            const qsizetype excess = m_pending.size() - m_capacity;
            if (excess > 0) {
                m_pending.remove(0, excess);
                m_pendingDropped += static_cast<quint64>(excess);
            }
            Q_EMIT statusChanged();
        } else if (m_skipped != skippedBefore) {
            Q_EMIT statusChanged();
        }
        return;
    }
    append(batch.entries);
    if (m_skipped != skippedBefore)
        Q_EMIT statusChanged();
}

void AccessLogModel::append(const QList<AccessLogEntry>& entries)
{
    // A batch larger than the ring only contributes its newest entries.
    const int offset = static_cast<int>(std::max<qsizetype>(0, entries.size() - m_capacity));
    const int incoming = static_cast<int>(entries.size()) - offset;
    if (incoming <= 0)
        return;
    const int overflow = m_size + incoming - m_capacity;
    if (overflow > 0) {
        beginRemoveRows(QModelIndex(), 0, overflow - 1);
        const size_t ringSize = m_ring.size();
        // The removed entries stay in the ring until overwritten: the ring's memory is bounded anyway.
        m_first = static_cast<int>((static_cast<size_t>(m_first) + static_cast<size_t>(overflow)) % ringSize);
        m_size -= overflow;
        if (m_size == 0) {
            // Everything went: start from the ring's beginning so the growing invariant holds again.
            m_first = 0;
            if (m_ring.size() < static_cast<size_t>(m_capacity))
                m_ring.clear();
        }
        endRemoveRows();
    }
    beginInsertRows(QModelIndex(), m_size, m_size + incoming - 1);
    for (int i = offset; i < entries.size(); ++i) {
        if (m_ring.size() < static_cast<size_t>(m_capacity)) {
            m_ring.push_back(entries.at(i));
        } else {
            m_ring[(static_cast<size_t>(m_first) + static_cast<size_t>(m_size)) % m_ring.size()] = entries.at(i);
        }
        ++m_size;
    }
    endInsertRows();
}

void AccessLogModel::clear()
{
    beginResetModel();
    m_ring.clear();
    m_ring.shrink_to_fit();
    m_first = 0;
    m_size = 0;
    endResetModel();
    m_pending.clear();
    m_pendingDropped = 0;
    m_skipped = 0;
    Q_EMIT statusChanged();
}

void AccessLogModel::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    m_paused = paused;
    if (!paused) {
        const QList<AccessLogEntry> pending = std::exchange(m_pending, {});
        m_pendingDropped = 0;
        append(pending);
    }
    Q_EMIT statusChanged();
}

void AccessLogModel::setPalette(const QPalette& palette)
{
    m_palette = palette;
    if (m_size > 0)
        Q_EMIT dataChanged(index(0, StatusColumn), index(m_size - 1, StatusColumn), {Qt::ForegroundRole});
}

void AccessLogModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (m_size > 0)
        Q_EMIT dataChanged(index(0, 0), index(m_size - 1, ColumnCount - 1));
}

} // namespace Portico

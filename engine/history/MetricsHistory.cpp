// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/MetricsHistory.h"

#include "history/BackendTimelineStore.h"
#include "history/HistoryReader.h"
#include "history/HistoryWriter.h"
#include "history/SeriesTiers.h"
#include "history/SnapshotDiffer.h"
#include "history/TopListBuckets.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QSaveFile>
#include <QStandardPaths>

#include <zlib.h>

#include <algorithm>

namespace Portico {

namespace {

constexpr char magic[] = {'P', 'H', 'S', 'T'};
// magic, version, body size; the CRC-32 follows the body.
constexpr qsizetype headerBytes = 4 + 4 + 8;
constexpr qsizetype crcBytes = 4;
// Far above a week of many sites, far below what a damaged length could ask for.
constexpr qint64 maxBodyBytes = 512LL * 1024 * 1024;
constexpr qsizetype maxSites = 4096;

quint32 crc32Of(const QByteArray& data)
{
    uLong crc = crc32(0L, Z_NULL, 0);
    crc = crc32(crc, reinterpret_cast<const Bytef*>(data.constData()), uInt(data.size()));
    return quint32(crc);
}

QDataStream& configured(QDataStream& stream)
{
    stream.setVersion(QDataStream::Qt_6_4);
    stream.setByteOrder(QDataStream::BigEndian);
    return stream;
}

} // namespace

class MetricsHistory::Data
{
public:
    SeriesTiers total;
    QMap<QString, SeriesTiers> sites;
    TopListBuckets tops;
    BackendTimelineStore backends;
    // Not saved: after a load the next snapshot has no predecessor.
    SnapshotDiffer differ;
    qint64 lastSweepMinute = 0;
};

MetricsHistory::MetricsHistory()
    : m_data(std::make_shared<Data>())
{}

void MetricsHistory::detach()
{
    if (m_data.use_count() > 1)
        m_data = std::make_shared<Data>(*m_data);
}

QString MetricsHistory::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/history/metrics.dat");
}

void MetricsHistory::record(const StatsSnapshot& snapshot)
{
    if (!snapshot.time.isValid())
        return;
    detach();
    Data& d = *m_data;
    const SnapshotDiffer::Points points = d.differ.next(snapshot);
    d.total.add(points.total);
    for (const auto& [site, point] : points.sites)
        d.sites[site].add(point);
    d.backends.setCurrent(snapshot.backends);

    // Once a minute: sites gone from the config age out, and so do old backend changes.
    const qint64 nowMs = points.total.timeMs;
    const qint64 minute = nowMs / 60'000;
    if (minute == d.lastSweepMinute)
        return;
    d.lastSweepMinute = minute;
    for (auto it = d.sites.begin(); it != d.sites.end();) {
        const bool current = std::any_of(snapshot.sites.cbegin(), snapshot.sites.cend(),
                                         [&it](const SiteStats& site) { return site.name == it.key(); });
        if (!current)
            it->prune(nowMs);
        if (!current && it->isEmpty())
            it = d.sites.erase(it);
        else
            ++it;
    }
    d.backends.prune(nowMs);
}

void MetricsHistory::recordTransition(const QString& pool, const QString& backend, const BackendTransition& transition)
{
    detach();
    m_data->backends.add(pool, backend, transition);
}

void MetricsHistory::recordTally(const RequestTally& tally)
{
    if (tally.isEmpty())
        return;
    detach();
    m_data->tops.add(tally);
}

MetricsSeries MetricsHistory::series(HistoryRange range, const QString& site, qint64 nowMs) const
{
    MetricsSeries result;
    result.range = range;
    result.site = site;
    result.endMs = nowMs;
    result.resolutionMs = SeriesTiers::resolutionMs(range);
    if (site.isEmpty()) {
        result.points = m_data->total.points(range, nowMs);
    } else {
        const auto found = m_data->sites.constFind(site);
        if (found != m_data->sites.cend())
            result.points = found->points(range, nowMs);
    }
    return result;
}

TopLists MetricsHistory::topLists(HistoryRange range, qint64 nowMs, int limit) const
{
    return m_data->tops.lists(range, nowMs, limit);
}

QList<BackendTimeline> MetricsHistory::backendTimelines(HistoryRange range, qint64 nowMs) const
{
    return m_data->backends.timelines(range, nowMs);
}

QStringList MetricsHistory::sites() const
{
    return m_data->sites.keys();
}

bool MetricsHistory::isEmpty() const
{
    return m_data->total.isEmpty() && m_data->sites.isEmpty() && m_data->tops.isEmpty() && m_data->backends.isEmpty();
}

std::array<qsizetype, 3> MetricsHistory::tierSizes(const QString& site) const
{
    const SeriesTiers* tiers = &m_data->total;
    if (!site.isEmpty()) {
        const auto found = m_data->sites.constFind(site);
        if (found == m_data->sites.cend())
            return {};
        tiers = &*found;
    }
    return {tiers->tierSize(SeriesTiers::Tier::Seconds), tiers->tierSize(SeriesTiers::Tier::TenSeconds),
            tiers->tierSize(SeriesTiers::Tier::Minutes)};
}

qsizetype MetricsHistory::storageBytes() const
{
    qsizetype bytes = m_data->total.storageBytes();
    for (const SeriesTiers& tiers : m_data->sites)
        bytes += tiers.storageBytes();
    return bytes;
}

QByteArray MetricsHistory::serialize() const
{
    HistoryWriter body;
    m_data->total.write(body);
    body.writeCount(m_data->sites.size());
    for (auto it = m_data->sites.cbegin(); it != m_data->sites.cend(); ++it) {
        body.writeString(it.key());
        it->write(body);
    }
    m_data->tops.write(body);
    m_data->backends.write(body);
    // Mostly small numbers in 64-bit fields: packs to a fraction, which matters when it is saved every minute.
    const QByteArray packed = qCompress(body.data(), 6);

    QByteArray file;
    file.reserve(headerBytes + packed.size() + crcBytes);
    QDataStream out(&file, QIODevice::WriteOnly);
    configured(out);
    out.writeRawData(magic, sizeof(magic));
    out << formatVersion << quint64(packed.size());
    out.writeRawData(packed.constData(), int(packed.size()));
    out << crc32Of(packed);
    return file;
}

bool MetricsHistory::deserialize(const QByteArray& data, MetricsHistory& into, QString* error)
{
    auto refuse = [error](const QString& reason) {
        if (error)
            *error = reason;
        return false;
    };
    if (data.size() < qsizetype(sizeof(magic)) || !data.startsWith(QByteArray::fromRawData(magic, sizeof(magic))))
        return refuse(QStringLiteral("not a Portico history file"));
    if (data.size() < headerBytes + crcBytes)
        return refuse(QStringLiteral("the file ends early (truncated)"));
    QDataStream header(data.mid(sizeof(magic), headerBytes - qsizetype(sizeof(magic))));
    configured(header);
    quint32 version = 0;
    quint64 bodySize = 0;
    header >> version >> bodySize;
    if (version == 0)
        return refuse(QStringLiteral("an unknown format version (0)"));
    if (version > formatVersion)
        return refuse(QStringLiteral("written by a newer version of Portico (format %1; this one reads up to %2)")
                          .arg(version)
                          .arg(formatVersion));
    const quint64 available = quint64(data.size() - headerBytes - crcBytes);
    if (bodySize > available)
        return refuse(QStringLiteral("the file ends early (truncated)"));
    if (bodySize < available)
        return refuse(QStringLiteral("unexpected data after the end of the history"));
    const QByteArray packed = data.mid(headerBytes, qsizetype(bodySize));
    QDataStream trailer(data.mid(headerBytes + qsizetype(bodySize)));
    configured(trailer);
    quint32 crc = 0;
    trailer >> crc;
    if (crc != crc32Of(packed))
        return refuse(QStringLiteral("the checksum does not match (the file is damaged)"));
    if (packed.size() < 4)
        return refuse(QStringLiteral("the history data is empty"));
    const quint32 unpackedSize = (quint32(quint8(packed[0])) << 24) | (quint32(quint8(packed[1])) << 16) |
                                 (quint32(quint8(packed[2])) << 8) | quint32(quint8(packed[3]));
    if (unpackedSize > maxBodyBytes)
        return refuse(QStringLiteral("the history claims an impossible size (%1 bytes)").arg(unpackedSize));
    const QByteArray body = qUncompress(packed);
    if (body.isEmpty())
        return refuse(QStringLiteral("the history data cannot be unpacked"));

    HistoryReader in(body, version);
    auto fresh = std::make_shared<Data>();
    fresh->total.read(in);
    qsizetype siteCount = 0;
    if (in.readCount(maxSites, 8, siteCount)) {
        for (qsizetype i = 0; i < siteCount && in.ok(); ++i) {
            QString name;
            if (!in.readString(name))
                break;
            SeriesTiers tiers;
            tiers.read(in);
            fresh->sites.insert(name, tiers);
        }
    }
    fresh->tops.read(in);
    fresh->backends.read(in);
    if (!in.ok())
        return refuse(QStringLiteral("damaged history data: %1").arg(in.error()));
    if (!in.atEnd())
        return refuse(QStringLiteral("unexpected data after the end of the history"));
    into.m_data = std::move(fresh);
    return true;
}

bool MetricsHistory::save(const QString& path, QString* error) const
{
    auto fail = [error](const QString& reason) {
        if (error)
            *error = reason;
        return false;
    };
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return fail(QStringLiteral("cannot create the folder %1").arg(info.absolutePath()));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    const QByteArray data = serialize();
    if (file.write(data) != data.size())
        return fail(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    if (!file.commit())
        return fail(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    return true;
}

MetricsHistory MetricsHistory::load(const QString& path, QString* warning)
{
    MetricsHistory history;
    QFile file(path);
    if (!file.exists())
        return history;
    if (!file.open(QIODevice::ReadOnly)) {
        if (warning)
            *warning = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return history;
    }
    if (file.size() > maxBodyBytes) {
        if (warning)
            *warning = QStringLiteral("%1 is too large to be a history file").arg(path);
        return history;
    }
    QString reason;
    if (!deserialize(file.readAll(), history, &reason)) {
        if (warning)
            *warning = QStringLiteral("%1: %2").arg(path, reason);
        return MetricsHistory();
    }
    return history;
}

} // namespace Portico

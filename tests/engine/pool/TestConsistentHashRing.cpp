// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AllocationCounter.h"
#include "pool/ConsistentHashRing.h"

#include <QRandomGenerator>
#include <QTest>

#include <vector>

using namespace Portico;

namespace {

constexpr int keyCount = 100'000;

QList<QByteArray> backendKeys(int count, int first = 0)
{
    QList<QByteArray> keys;
    for (int i = first; i < first + count; ++i)
        keys.append("10.0.0." + QByteArray::number(11 + i) + ":8080");
    return keys;
}

// Client addresses as the engine would hash them, from a fixed seed.
std::vector<quint64> keyHashes()
{
    QRandomGenerator random(20'260'104);
    std::vector<quint64> hashes;
    hashes.reserve(keyCount);
    for (int i = 0; i < keyCount; ++i) {
        const quint32 address = random.generate();
        const QByteArray text = QByteArray::number(address >> 24) + '.' + QByteArray::number((address >> 16) & 255) +
                                '.' + QByteArray::number((address >> 8) & 255) + '.' +
                                QByteArray::number(address & 255);
        hashes.push_back(ConsistentHashRing::hash(text));
    }
    return hashes;
}

const auto anyBackend = [](int) {
    return true;
};

std::vector<int> owners(const ConsistentHashRing& ring, const std::vector<quint64>& hashes)
{
    std::vector<int> result;
    result.reserve(hashes.size());
    for (const quint64 hash : hashes)
        result.push_back(ring.pick(hash, anyBackend));
    return result;
}

std::vector<double> shares(const std::vector<int>& owners, int backends)
{
    std::vector<double> result(static_cast<std::size_t>(backends), 0.0);
    for (const int owner : owners)
        result[static_cast<std::size_t>(owner)] += 1.0 / static_cast<double>(owners.size());
    return result;
}

QByteArray describe(const std::vector<double>& shares)
{
    QByteArray text;
    for (const double share : shares)
        text += QByteArray::number(share * 100, 'f', 2) + "% ";
    return text;
}

} // namespace

class TestConsistentHashRing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void hashMatchesReference_data();
    void hashMatchesReference();
    void pointCounts_data();
    void pointCounts();
    void equalWeightsShareEvenly_data();
    void equalWeightsShareEvenly();
    void weightedSharesFollowWeights_data();
    void weightedSharesFollowWeights();
    void sameKeySameBackend();
    void addingBackendMovesOnlyOntoIt_data();
    void addingBackendMovesOnlyOntoIt();
    void removingBackendMovesOnlyItsKeys_data();
    void removingBackendMovesOnlyItsKeys();
    void raisingWeightMovesOnlyOntoThatBackend();
    void ineligibleBackendKeysMoveAndComeBack();
    void noneEligible();
    void eligibleAskedOncePerBackend();
    void pickAllocatesNothing();

private:
    std::vector<quint64> m_hashes;
};

void TestConsistentHashRing::initTestCase()
{
    m_hashes = keyHashes();
}

void TestConsistentHashRing::hashMatchesReference_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<quint64>("expected");
    // Values from the reference implementation (xxhsum -H1, xxHash 0.8.1); the lengths cover
    // every tail path and the 32-byte stripes.
    QTest::newRow("empty") << QByteArray() << quint64(0xef46db3751d8e999ULL);
    QTest::newRow("1 byte") << QByteArray("a") << quint64(0xd24ec4f1a98c6e5bULL);
    QTest::newRow("3 bytes") << QByteArray("abc") << quint64(0x44bc2cf5ad770999ULL);
    QTest::newRow("8 bytes") << QByteArray("12345678") << quint64(0xd2d02f08cf7cfd4aULL);
    QTest::newRow("12 bytes") << QByteArray("123456789012") << quint64(0xb5cee4c943d43c7eULL);
    QTest::newRow("ring point") << QByteArray("127.0.0.1:8080#0") << quint64(0xd5bf3c302fa9c0f0ULL);
    QTest::newRow("32 bytes") << QByteArray("0123456789abcdef0123456789abcdef") << quint64(0x642a94958e71e6c5ULL);
    QTest::newRow("39 bytes") << QByteArray("Nobody inspects the spammish repetition")
                              << quint64(0xfbcea83c8a378bf1ULL);
    QTest::newRow("42 bytes") << QByteArray("0123456789abcdef0123456789abcdef0123456789")
                              << quint64(0xa76190c3acf08a1cULL);
    QTest::newRow("101 bytes") << QByteArray("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"
                                             "0123456789abcdef0123456789abcdef01234")
                               << quint64(0x22214d41d12d3eddULL);
}

void TestConsistentHashRing::hashMatchesReference()
{
    QFETCH(QByteArray, data);
    QFETCH(quint64, expected);
    QCOMPARE(ConsistentHashRing::hash(data), expected);
}

void TestConsistentHashRing::pointCounts_data()
{
    QTest::addColumn<QList<int>>("weights");
    QTest::addColumn<int>("pointsPerWeight");
    QTest::addColumn<int>("expected");
    QTest::newRow("default") << QList<int>{1, 1, 1} << ConsistentHashRing::defaultPointsPerWeight << 3000;
    QTest::newRow("weights scale") << QList<int>{1, 2, 3} << 10 << 60;
    QTest::newRow("zero and negative weights get none") << QList<int>{0, 2, -1} << 10 << 20;
    QTest::newRow("capped") << QList<int>{1000, 1000, 1000} << 1000 << int(ConsistentHashRing::maxPoints);
    QTest::newRow("none") << QList<int>{} << 100 << 0;
}

void TestConsistentHashRing::pointCounts()
{
    QFETCH(QList<int>, weights);
    QFETCH(int, pointsPerWeight);
    QFETCH(int, expected);
    const ConsistentHashRing ring(backendKeys(int(weights.size())), weights, pointsPerWeight);
    QCOMPARE(ring.backendCount(), weights.size());
    if (ring.pointCount() != expected) {
        // Scaling down rounds each backend's count down: less than one point per backend short of the cap.
        QVERIFY2(expected == ConsistentHashRing::maxPoints, qPrintable(QString::number(ring.pointCount())));
        QVERIFY2(ring.pointCount() < expected && ring.pointCount() > expected - int(weights.size()),
                 qPrintable(QString::number(ring.pointCount())));
    }
}

void TestConsistentHashRing::equalWeightsShareEvenly_data()
{
    QTest::addColumn<int>("backends");
    for (int n = 2; n <= 8; ++n)
        QTest::addRow("%d backends", n) << n;
}

void TestConsistentHashRing::equalWeightsShareEvenly()
{
    QFETCH(int, backends);
    const ConsistentHashRing ring(backendKeys(backends), QList<int>(backends, 1));
    const std::vector<double> result = shares(owners(ring, m_hashes), backends);
    for (const double share : result)
        QVERIFY2(std::abs(share - 1.0 / backends) <= 0.03, describe(result).constData());
}

void TestConsistentHashRing::weightedSharesFollowWeights_data()
{
    QTest::addColumn<QList<int>>("weights");
    QTest::newRow("3,1") << QList<int>{3, 1};
    QTest::newRow("1,2,3") << QList<int>{1, 2, 3};
    QTest::newRow("5,3,2") << QList<int>{5, 3, 2};
    QTest::newRow("10,10,1") << QList<int>{10, 10, 1};
    QTest::newRow("hundreds, scaled down") << QList<int>{500, 300, 200, 1000};
}

void TestConsistentHashRing::weightedSharesFollowWeights()
{
    QFETCH(QList<int>, weights);
    const int backends = int(weights.size());
    const ConsistentHashRing ring(backendKeys(backends), weights);
    int total = 0;
    for (const int weight : weights)
        total += weight;
    const std::vector<double> result = shares(owners(ring, m_hashes), backends);
    for (int i = 0; i < backends; ++i)
        QVERIFY2(std::abs(result[std::size_t(i)] - double(weights[i]) / total) <= 0.03, describe(result).constData());
}

void TestConsistentHashRing::sameKeySameBackend()
{
    // Two rings built apart from the same config (two generations, two processes) agree on every key.
    const ConsistentHashRing first(backendKeys(4), {1, 2, 1, 1});
    const ConsistentHashRing second(backendKeys(4), {1, 2, 1, 1});
    QCOMPARE(owners(first, m_hashes), owners(second, m_hashes));
    QCOMPARE(first.pick(ConsistentHashRing::hash("192.0.2.7"), anyBackend),
             second.pick(ConsistentHashRing::hash("192.0.2.7"), anyBackend));
}

void TestConsistentHashRing::addingBackendMovesOnlyOntoIt_data()
{
    QTest::addColumn<int>("backends");
    for (int n = 1; n <= 6; ++n)
        QTest::addRow("%d + 1", n) << n;
}

void TestConsistentHashRing::addingBackendMovesOnlyOntoIt()
{
    QFETCH(int, backends);
    const ConsistentHashRing before(backendKeys(backends), QList<int>(backends, 1));
    const ConsistentHashRing after(backendKeys(backends + 1), QList<int>(backends + 1, 1));
    const std::vector<int> was = owners(before, m_hashes);
    const std::vector<int> now = owners(after, m_hashes);
    int moved = 0;
    for (std::size_t i = 0; i < was.size(); ++i) {
        if (was[i] == now[i])
            continue;
        ++moved;
        QCOMPARE(now[i], backends);
    }
    const double fraction = double(moved) / keyCount;
    const double expected = 1.0 / (backends + 1);
    QVERIFY2(fraction >= 0.5 * expected && fraction <= 1.5 * expected, qPrintable(QString::number(fraction)));
}

void TestConsistentHashRing::removingBackendMovesOnlyItsKeys_data()
{
    QTest::addColumn<int>("backends");
    QTest::addColumn<int>("removed");
    QTest::newRow("first of 3") << 3 << 0;
    QTest::newRow("middle of 4") << 4 << 2;
    QTest::newRow("last of 5") << 5 << 4;
    QTest::newRow("one of 2") << 2 << 1;
}

void TestConsistentHashRing::removingBackendMovesOnlyItsKeys()
{
    QFETCH(int, backends);
    QFETCH(int, removed);
    QList<QByteArray> keys = backendKeys(backends);
    const ConsistentHashRing before(keys, QList<int>(backends, 1));
    keys.removeAt(removed);
    const ConsistentHashRing after(keys, QList<int>(backends - 1, 1));
    const std::vector<int> was = owners(before, m_hashes);
    const std::vector<int> now = owners(after, m_hashes);
    int moved = 0;
    for (std::size_t i = 0; i < was.size(); ++i) {
        // Indexes after the removed backend shift down by one.
        const int nowAsBefore = now[i] >= removed ? now[i] + 1 : now[i];
        if (was[i] == removed) {
            ++moved;
            QVERIFY(nowAsBefore != removed);
        } else {
            QCOMPARE(nowAsBefore, was[i]);
        }
    }
    QVERIFY(moved > 0);
}

void TestConsistentHashRing::raisingWeightMovesOnlyOntoThatBackend()
{
    // Slow start or an edited weight: more points for one backend take keys only onto it.
    const ConsistentHashRing before(backendKeys(3), {1, 1, 1});
    const ConsistentHashRing after(backendKeys(3), {1, 3, 1});
    const std::vector<int> was = owners(before, m_hashes);
    const std::vector<int> now = owners(after, m_hashes);
    for (std::size_t i = 0; i < was.size(); ++i) {
        if (was[i] != now[i])
            QCOMPARE(now[i], 1);
    }
}

void TestConsistentHashRing::ineligibleBackendKeysMoveAndComeBack()
{
    const int backends = 4;
    const ConsistentHashRing ring(backendKeys(backends), QList<int>(backends, 1));
    const std::vector<int> was = owners(ring, m_hashes);
    const int out = 1;
    std::vector<int> movedTo(backends, 0);
    for (std::size_t i = 0; i < m_hashes.size(); ++i) {
        const int now = ring.pick(m_hashes[i], [&](int backend) { return backend != out; });
        QVERIFY(now >= 0 && now != out);
        if (was[i] == out)
            ++movedTo[std::size_t(now)];
        else
            QCOMPARE(now, was[i]);
    }
    // Its keys spread over the others rather than all landing on one neighbour.
    for (int backend = 0; backend < backends; ++backend) {
        if (backend != out)
            QVERIFY2(movedTo[std::size_t(backend)] > 0, qPrintable(QString::number(backend)));
    }
    // Eligible again: every key is back where it was.
    QCOMPARE(owners(ring, m_hashes), was);
}

void TestConsistentHashRing::noneEligible()
{
    const ConsistentHashRing empty;
    QCOMPARE(empty.pick(42, anyBackend), -1);
    const ConsistentHashRing noPoints(backendKeys(2), {0, 0});
    QCOMPARE(noPoints.pick(42, anyBackend), -1);
    const ConsistentHashRing ring(backendKeys(3), {1, 1, 1});
    QCOMPARE(ring.pick(42, [](int) { return false; }), -1);
    // The ends of the ring: past the last point wraps to the first.
    QVERIFY(ring.pick(0, anyBackend) >= 0);
    QCOMPARE(ring.pick(~quint64(0), anyBackend), ring.pick(0, anyBackend));
}

void TestConsistentHashRing::eligibleAskedOncePerBackend()
{
    const ConsistentHashRing ring(backendKeys(5), {1, 1, 1, 1, 0});
    for (const quint64 hash : {quint64(0), quint64(1) << 63, ~quint64(0), m_hashes[0]}) {
        std::vector<int> asked(5, 0);
        QCOMPARE(ring.pick(hash,
                           [&](int backend) {
                               ++asked[std::size_t(backend)];
                               return false;
                           }),
                 -1);
        QCOMPARE(asked, (std::vector<int>{1, 1, 1, 1, 0}));
    }
}

void TestConsistentHashRing::pickAllocatesNothing()
{
    if (!Test::AllocationCounter::supported())
        QSKIP("allocations cannot be counted in this build");
    const ConsistentHashRing ring(backendKeys(4), {1, 2, 1, 1});
    int out = 0;
    {
        Test::AllocationCounter counter;
        for (std::size_t i = 0; i < 1000; ++i) {
            out = int(i % 4);
            QVERIFY(ring.pick(m_hashes[i], [out](int backend) { return backend != out; }) >= 0);
        }
        QCOMPARE(counter.count(), 0);
    }
    Test::AllocationCounter counter;
    QByteArray allocated(100, 'x');
    QVERIFY(counter.count() > 0);
}

QTEST_GUILESS_MAIN(TestConsistentHashRing)
#include "TestConsistentHashRing.moc"

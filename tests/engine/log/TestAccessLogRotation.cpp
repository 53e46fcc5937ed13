// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ManualClock.h"
#include "log/AccessLogWriter.h"
#include "log/LogArchiver.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <zlib.h>

#include <atomic>

using namespace Portico;
using Portico::Test::ManualClock;

namespace {

// Local time, as the writer names and dates its files.
const QDateTime lateEvening(QDate(2026, 3, 1), QTime(23, 59, 30));

std::atomic<int> logWarnings{0};
QtMessageHandler previousHandler = nullptr;

void countLogWarnings(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (type == QtWarningMsg && context.category && qstrcmp(context.category, "portico.engine.log") == 0)
        ++logWarnings;
    previousHandler(type, context, message);
}

// Counts the writer's warnings while in scope; Qt Test still prints them.
class WarningCounter
{
public:
    WarningCounter()
    {
        logWarnings = 0;
        previousHandler = qInstallMessageHandler(countLogWarnings);
    }
    ~WarningCounter() { qInstallMessageHandler(previousHandler); }
    int count() const { return logWarnings; }
};

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// zlib rather than libarchive, so the check does not share the writer's code: the whole file must
// be one gzip stream with nothing after it.
QByteArray gunzip(const QByteArray& compressed, bool* ok)
{
    *ok = false;
    z_stream stream{};
    if (inflateInit2(&stream, 16 + MAX_WBITS) != Z_OK)
        return {};
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(compressed.constData()));
    stream.avail_in = static_cast<uInt>(compressed.size());
    QByteArray out;
    char buffer[16 * 1024];
    int status = Z_OK;
    while (status == Z_OK) {
        stream.next_out = reinterpret_cast<Bytef*>(buffer);
        stream.avail_out = sizeof(buffer);
        status = inflate(&stream, Z_NO_FLUSH);
        out.append(buffer, static_cast<qsizetype>(sizeof(buffer) - stream.avail_out));
    }
    *ok = status == Z_STREAM_END && stream.avail_in == 0;
    inflateEnd(&stream);
    return out;
}

QByteArray gunzipFile(const QString& path)
{
    bool ok = false;
    const QByteArray text = gunzip(readAll(path), &ok);
    if (!ok)
        qWarning("not a complete gzip file: %s", qPrintable(path));
    return ok ? text : QByteArray("<broken gzip>");
}

// A line of exactly 100 bytes.
QByteArray line(int number)
{
    QByteArray text = "line " + QByteArray::number(number) + ' ';
    return text.leftJustified(99, 'x') + '\n';
}

QString stamp(const QDateTime& time)
{
    return time.toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
}

// Every file in dir except the live log, by name.
QStringList rotatedNames(const QDir& dir)
{
    QStringList names = dir.entryList(QDir::Files, QDir::Name);
    names.removeAll(QStringLiteral("access.log"));
    return names;
}

void touch(const QString& path, const QByteArray& content = "old")
{
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(file.errorString()));
    file.write(content);
}

} // namespace

class TestAccessLogRotation : public QObject
{
    Q_OBJECT

private slots:
    void sizeLimitRotatesBeforeTheBatchThatWouldPassIt();
    void newLocalDayRotates();
    void logFromAnEarlierDayRotatesOnFirstWrite();
    void archiverWritesStandardGzip_data();
    void archiverWritesStandardGzip();
    void retentionDeletesOnlyOldRotatedFiles();
    void shorterRetentionAppliesAtOnce();
    void leftoverUncompressedCopiesAreCompressed();
    void nameCollisionGetsANumber();
    void unwritableDirectoryWarnsOnceAndRecovers();
    void failedRotationKeepsEveryLine();
    void fullDiskWarnsOnce();
};

void TestAccessLogRotation::sizeLimitRotatesBeforeTheBatchThatWouldPassIt()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ManualClock clock(lateEvening.addSecs(-3600));
    AccessLogWriter writer(clock);
    writer.setRotation(1000, 14);
    writer.setPath(dir.filePath(QStringLiteral("access.log")));

    QByteArray all;
    for (int i = 0; i < 25; ++i) {
        all += line(i);
        writer.write(line(i));
    }
    writer.flush();

    // The clock stood still: the second copy of the same second gets -1.
    const QString s = stamp(clock.now());
    QCOMPARE(rotatedNames(QDir(dir.path())),
             (QStringList{QStringLiteral("access-%1-1.log.gz").arg(s), QStringLiteral("access-%1.log.gz").arg(s)}));
    const QByteArray first = gunzipFile(dir.filePath(QStringLiteral("access-%1.log.gz").arg(s)));
    const QByteArray second = gunzipFile(dir.filePath(QStringLiteral("access-%1-1.log.gz").arg(s)));
    const QByteArray live = readAll(dir.filePath(QStringLiteral("access.log")));
    QCOMPARE(first.size(), 1000);
    QCOMPARE(second.size(), 1000);
    QCOMPARE(live.size(), 500);
    QCOMPARE(first + second + live, all);
}

void TestAccessLogRotation::newLocalDayRotates()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ManualClock clock(lateEvening);
    AccessLogWriter writer(clock);
    writer.setRotation(1'000'000, 14);
    writer.setPath(dir.filePath(QStringLiteral("access.log")));

    writer.write(line(1));
    clock.advance(20'000); // 23:59:50, same day
    writer.write(line(2));
    QCOMPARE(rotatedNames(QDir(dir.path())), QStringList());

    clock.advance(40'000); // 00:00:30
    writer.write(line(3));
    const QString firstCopy = QStringLiteral("access-20260302-000030.log.gz");
    QCOMPARE(rotatedNames(QDir(dir.path())), QStringList{firstCopy});
    QCOMPARE(gunzipFile(dir.filePath(firstCopy)), line(1) + line(2));
    QCOMPARE(readAll(dir.filePath(QStringLiteral("access.log"))), line(3));

    // A silent day in between: one copy for the lines there are, none for the empty day.
    clock.advance(2 * 86'400'000LL);
    writer.write(line(4));
    const QString secondCopy = QStringLiteral("access-20260304-000030.log.gz");
    QCOMPARE(rotatedNames(QDir(dir.path())), (QStringList{firstCopy, secondCopy}));
    QCOMPARE(gunzipFile(dir.filePath(secondCopy)), line(3));
    QCOMPARE(readAll(dir.filePath(QStringLiteral("access.log"))), line(4));
}

void TestAccessLogRotation::logFromAnEarlierDayRotatesOnFirstWrite()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ManualClock clock(lateEvening);
    const QString livePath = dir.filePath(QStringLiteral("access.log"));
    touch(livePath, line(1));
    {
        QFile file(livePath);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.setFileTime(lateEvening.addDays(-1), QFileDevice::FileModificationTime));
    }

    AccessLogWriter writer(clock);
    writer.setPath(livePath);
    QCOMPARE(rotatedNames(QDir(dir.path())), QStringList());
    writer.write(line(2));
    const QString copy = QStringLiteral("access-%1.log.gz").arg(stamp(clock.now()));
    QCOMPARE(rotatedNames(QDir(dir.path())), QStringList{copy});
    QCOMPARE(gunzipFile(dir.filePath(copy)), line(1));
    QCOMPARE(readAll(livePath), line(2));
}

void TestAccessLogRotation::archiverWritesStandardGzip_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("one line") << line(1);
    QByteArray big;
    for (int i = 0; i < 20'000; ++i)
        big += line(i);
    QTest::newRow("larger than one chunk") << big;
    QByteArray binary;
    for (int i = 0; i < 70'000; ++i)
        binary += static_cast<char>((i * 7919) % 256);
    QTest::newRow("any bytes") << binary;
}

void TestAccessLogRotation::archiverWritesStandardGzip()
{
    QFETCH(QByteArray, content);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString source = dir.filePath(QStringLiteral("in.log"));
    touch(source, content);
    QString error;
    QVERIFY2(LogArchiver::gzip(source, dir.filePath(QStringLiteral("in.log.gz")), &error), qPrintable(error));
    bool ok = false;
    QCOMPARE(gunzip(readAll(dir.filePath(QStringLiteral("in.log.gz"))), &ok), content);
    QVERIFY(ok);
    QCOMPARE(readAll(source), content);

    // A missing source leaves no destination behind.
    QVERIFY(
        !LogArchiver::gzip(dir.filePath(QStringLiteral("missing.log")), dir.filePath(QStringLiteral("m.gz")), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("m.gz"))));
}

void TestAccessLogRotation::retentionDeletesOnlyOldRotatedFiles()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ManualClock clock(lateEvening);
    const QDateTime now = clock.now();
    auto copy = [&dir](const QDateTime& time, const char* tail) {
        return dir.filePath(QStringLiteral("access-") + stamp(time) + QLatin1String(tail));
    };
    const QString old20 = copy(now.addDays(-20), ".log.gz");
    const QString old15 = copy(now.addDays(-15), "-3.log.gz");
    const QString kept13 = copy(now.addDays(-13), ".log.gz");
    const QString kept1 = copy(now.addDays(-1), "-1.log.gz");
    // Not rotated copies of this log, whatever their age.
    const QStringList foreign{dir.filePath(QStringLiteral("other-20200101-000000.log.gz")),
                              dir.filePath(QStringLiteral("access-2020.log.gz")),
                              dir.filePath(QStringLiteral("access-20200101-000000.txt.gz")),
                              dir.filePath(QStringLiteral("notes.txt"))};
    for (const QString& path : QStringList{old20, old15, kept13, kept1} + foreign)
        touch(path);

    AccessLogWriter writer(clock);
    writer.setRotation(1'000'000, 14);
    writer.setPath(dir.filePath(QStringLiteral("access.log")));
    QVERIFY(!QFileInfo::exists(old20));
    QVERIFY(!QFileInfo::exists(old15));
    QVERIFY(QFileInfo::exists(kept13));
    QVERIFY(QFileInfo::exists(kept1));
    for (const QString& path : foreign)
        QVERIFY2(QFileInfo::exists(path), qPrintable(path));

    // Two days on, the next rotation takes the copy that is now 15 days old.
    writer.write(line(1));
    clock.advance(2 * 86'400'000LL);
    writer.write(line(2));
    QVERIFY(!QFileInfo::exists(kept13));
    QVERIFY(QFileInfo::exists(kept1));
    QVERIFY(QFileInfo::exists(copy(clock.now(), ".log.gz")));
    for (const QString& path : foreign)
        QVERIFY2(QFileInfo::exists(path), qPrintable(path));
}

void TestAccessLogRotation::shorterRetentionAppliesAtOnce()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ManualClock clock(lateEvening);
    const QString fiveDays = dir.filePath(QStringLiteral("access-%1.log.gz").arg(stamp(clock.now().addDays(-5))));
    touch(fiveDays);
    AccessLogWriter writer(clock);
    writer.setRotation(1'000'000, 14);
    writer.setPath(dir.filePath(QStringLiteral("access.log")));
    QVERIFY(QFileInfo::exists(fiveDays));
    writer.setRotation(1'000'000, 3);
    QVERIFY(!QFileInfo::exists(fiveDays));
}

void TestAccessLogRotation::leftoverUncompressedCopiesAreCompressed()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ManualClock clock(lateEvening);
    // Left by a compression that failed or was cut short: the plain copy is the one to trust.
    const QString plain = dir.filePath(QStringLiteral("access-%1.log").arg(stamp(clock.now().addDays(-1))));
    touch(plain, line(7));
    AccessLogWriter writer(clock);
    writer.setPath(dir.filePath(QStringLiteral("access.log")));
    QVERIFY(!QFileInfo::exists(plain));
    QCOMPARE(gunzipFile(plain + QStringLiteral(".gz")), line(7));
}

void TestAccessLogRotation::nameCollisionGetsANumber()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ManualClock clock(lateEvening);
    const QString s = stamp(clock.now());
    const QString taken = dir.filePath(QStringLiteral("access-%1.log.gz").arg(s));
    const QString takenToo = dir.filePath(QStringLiteral("access-%1-1.log.gz").arg(s));
    touch(taken, "first");
    touch(takenToo, "second");

    AccessLogWriter writer(clock);
    writer.setPath(dir.filePath(QStringLiteral("access.log")));
    writer.write(line(1));
    writer.rotate();
    QCOMPARE(readAll(taken), QByteArray("first"));
    QCOMPARE(readAll(takenToo), QByteArray("second"));
    QCOMPARE(gunzipFile(dir.filePath(QStringLiteral("access-%1-2.log.gz").arg(s))), line(1));
    QCOMPARE(readAll(dir.filePath(QStringLiteral("access.log"))), QByteArray());
}

void TestAccessLogRotation::unwritableDirectoryWarnsOnceAndRecovers()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ManualClock clock(lateEvening);
    // A file where the log folder should be: no folder can be made there, not even by root.
    const QString blocker = dir.filePath(QStringLiteral("logs"));
    touch(blocker);
    const QString livePath = blocker + QStringLiteral("/access.log");

    WarningCounter warnings;
    AccessLogWriter writer(clock);
    writer.setPath(livePath);
    for (int i = 0; i < 5; ++i)
        writer.write(line(i));
    writer.rotate();
    writer.flush();
    QCOMPARE(warnings.count(), 1);

    // Once the folder can be made, writing resumes without a restart.
    QVERIFY(QFile::remove(blocker));
    writer.write(line(9));
    QCOMPARE(readAll(livePath), line(9));
    QCOMPARE(warnings.count(), 1);
}

void TestAccessLogRotation::failedRotationKeepsEveryLine()
{
#ifdef Q_OS_UNIX
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ManualClock clock(lateEvening);
    const QString logDir = dir.filePath(QStringLiteral("logs"));
    QVERIFY(QDir().mkpath(logDir));
    const QString livePath = logDir + QStringLiteral("/access.log");

    WarningCounter warnings;
    AccessLogWriter writer(clock);
    writer.setRotation(250, 14);
    writer.setPath(livePath);
    writer.write(line(0));
    // A folder where no new name can be made: the live file stays writable, renaming it fails.
    QVERIFY(QFile::setPermissions(logDir, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    const auto restore = qScopeGuard([&logDir] {
        QFile::setPermissions(logDir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    });
    if (QFile probe(logDir + QStringLiteral("/probe")); probe.open(QIODevice::WriteOnly)) {
        probe.remove();
        QSKIP("permissions do not apply to this user (root)");
    }
    QByteArray all = line(0);
    for (int i = 1; i < 8; ++i) {
        all += line(i);
        writer.write(line(i));
    }
    QCOMPARE(warnings.count(), 1);
    QCOMPARE(readAll(livePath), all);
#else
    QSKIP("folder permissions are POSIX-only here");
#endif
}

void TestAccessLogRotation::fullDiskWarnsOnce()
{
    if (!QFileInfo::exists(QStringLiteral("/dev/full")))
        QSKIP("needs /dev/full, where every write fails with 'no space left'");
    ManualClock clock(lateEvening);
    WarningCounter warnings;
    AccessLogWriter writer(clock);
    writer.setRotation(150, 14);
    writer.setPath(QStringLiteral("/dev/full"));
    for (int i = 0; i < 5; ++i)
        writer.write(line(i));
    writer.flush();
    QCOMPARE(warnings.count(), 1);
}

QTEST_GUILESS_MAIN(TestAccessLogRotation)
#include "TestAccessLogRotation.moc"

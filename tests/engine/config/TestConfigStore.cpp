// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ManualClock.h"
#include "TestPaths.h"
#include "config/ConfigStore.h"
#include "config/ConfigValidator.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace Portico {

// Lets QCOMPARE print errors that differ.
char* toString(const ConfigError& error)
{
    return QTest::toString(ConfigError::codeName(error.code) + QLatin1Char('@') + error.path + QStringLiteral(" [") +
                           error.args.join(QStringLiteral(", ")) + QLatin1Char(']'));
}

} // namespace Portico

using namespace Portico;
using Portico::Test::ManualClock;
using Portico::Test::TestPaths;

namespace {

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray("<cannot read: ") + file.errorString().toUtf8() + '>';
    return file.readAll();
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

// Everything in a directory, hidden files included, so stray temporary files show up.
QStringList entries(const QString& dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

// Configs that differ only in one number, so each saved version is recognisable.
Config version(int workers)
{
    Config config = Config::defaultConfig();
    config.settings.workers = workers;
    return config;
}

int workersIn(const QString& path)
{
    const ConfigValidation validation = ConfigValidator::validate(fileBytes(path));
    return validation.ok() ? validation.config->settings.workers : -1;
}

Config goodFile(const QString& name)
{
    QFile file(TestPaths::data(QStringLiteral("config/good/%1.json").arg(name)));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(file.fileName()));
    const ConfigValidation validation = ConfigValidator::validate(file.readAll());
    if (!validation.ok())
        qFatal("%s is not valid", qPrintable(file.fileName()));
    return *validation.config;
}

QByteArray routeToMissingPool()
{
    return R"({ "version": 1, "listeners": [ { "port": 8080 } ],
                "sites": [ { "name": "a", "serverNames": ["a.test"], "routes": [ { "pool": "api" } ] } ] })";
}

// The warning ConfigStore logs when it moves a file, naming both places.
void expectMovedWarning(const QString& from, const QString& to)
{
    QTest::ignoreMessage(
        QtWarningMsg, QRegularExpression(QStringLiteral("^Configuration %1 is not usable .*; moved it to %2$")
                                             .arg(QRegularExpression::escape(from), QRegularExpression::escape(to))));
}

const QDateTime start(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC);

} // namespace

class TestConfigStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void defaultFilePathIsInTheAppConfigDirectory();
    void historyDirectoryIsBesideTheFile();
    void missingFileGivesDefaultAndWritesNothing();
    void saveThenLoadRoundTrip_data();
    void saveThenLoadRoundTrip();
    void savedServerNamesAreNormalised();
    void saveLeavesNoTemporaryFiles();
    void fileWithSecretIsOwnerOnly();
    void failedWriteKeepsPreviousContent();
    void unreadableFileIsReportedAndLeftAlone_data();
    void unreadableFileIsReportedAndLeftAlone();
    void historyKeepsPreviousVersionsNewestFirst();
    void historyTimestampsAreUtc();
    void sameTimestampGetsACounter();
    void historyIsCappedAfterManySaves();
    void historyIgnoresForeignFiles();
    void restoreBringsBackAnOldVersion();
    void restoreRefusesBadEntries_data();
    void restoreRefusesBadEntries();
    void badFileIsMovedAside_data();
    void badFileIsMovedAside();
    void badFileIsKeptWhenAsked_data();
    void badFileIsKeptWhenAsked();
    void movedAsideFilesAreNeverOverwritten();
    void saveRefusesInvalidConfig_data();
    void saveRefusesInvalidConfig();

private:
    void badFileRows();
};

void TestConfigStore::initTestCase()
{
    // defaultFilePath() must never point a test at the real user's configuration.
    QStandardPaths::setTestModeEnabled(true);
}

void TestConfigStore::defaultFilePathIsInTheAppConfigDirectory()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
    QVERIFY(dir.contains(QStringLiteral("qttest"), Qt::CaseInsensitive));
    QCOMPARE(ConfigStore::defaultFilePath(), dir + QStringLiteral("/portico.json"));
    const ConfigStore store(ConfigStore::defaultFilePath());
    QCOMPARE(store.filePath(), dir + QStringLiteral("/portico.json"));
    QCOMPARE(store.historyDirectory(), QDir(dir).filePath(QStringLiteral("history")));
}

void TestConfigStore::historyDirectoryIsBesideTheFile()
{
    QTemporaryDir temp;
    QVERIFY(temp.isValid());
    const ConfigStore store(temp.filePath(QStringLiteral("etc/site.json")));
    QCOMPARE(store.historyDirectory(), temp.filePath(QStringLiteral("etc/history")));
    QVERIFY(store.history().isEmpty());
}

void TestConfigStore::missingFileGivesDefaultAndWritesNothing()
{
    QTemporaryDir temp;
    QVERIFY(temp.isValid());
    const ManualClock clock(start);
    const ConfigStore store(temp.filePath(QStringLiteral("sub/portico.json")), clock);

    const ConfigLoadResult result = store.load();
    QCOMPARE(result.status, ConfigLoadStatus::Missing);
    QVERIFY(result.config == Config::defaultConfig());
    QVERIFY(result.errors.isEmpty());
    QVERIFY(result.movedAsidePath.isEmpty());
    QVERIFY(result.usable());
    QCOMPARE(entries(temp.path()), QStringList());
    QVERIFY(store.history().isEmpty());
}

void TestConfigStore::saveThenLoadRoundTrip_data()
{
    QTest::addColumn<Config>("config");
    QTest::newRow("default") << Config::defaultConfig();
    QTest::newRow("full") << goodFile(QStringLiteral("full"));
    QTest::newRow("wildcard-names") << goodFile(QStringLiteral("wildcard-names"));
    QTest::newRow("ipv6-listener") << goodFile(QStringLiteral("ipv6-listener"));
    QTest::newRow("load-balancing") << goodFile(QStringLiteral("load-balancing"));
}

void TestConfigStore::saveThenLoadRoundTrip()
{
    QFETCH(Config, config);
    QTemporaryDir temp;
    QVERIFY(temp.isValid());
    const ManualClock clock(start);
    // The directory does not exist yet: save creates it.
    const ConfigStore store(temp.filePath(QStringLiteral("nested/deeper/portico.json")), clock);

    QCOMPARE(store.save(config), ConfigErrors());
    QCOMPARE(fileBytes(store.filePath()), config.toJsonBytes());

    const ConfigLoadResult result = store.load();
    QCOMPARE(result.status, ConfigLoadStatus::Loaded);
    QVERIFY(result.errors.isEmpty());
    QVERIFY(result.config == config);
    QVERIFY(result.usable());
    // The first save had nothing to archive.
    QVERIFY(store.history().isEmpty());
}

void TestConfigStore::savedServerNamesAreNormalised()
{
    QTemporaryDir temp;
    QVERIFY(temp.isValid());
    const ManualClock clock(start);
    const ConfigStore store(temp.filePath(QStringLiteral("portico.json")), clock);
    Config config = Config::defaultConfig();
    config.sites.append(SiteConfig{QStringLiteral("shop"), {QStringLiteral("Shop.Example.COM")}, true, {}});

    QCOMPARE(store.save(config), ConfigErrors());
    // What is on disk is exactly what load() returns, so the UI can compare the two.
    const ConfigLoadResult result = store.load();
    QCOMPARE(result.status, ConfigLoadStatus::Loaded);
    QCOMPARE(result.config.sites.at(0).serverNames, QStringList{QStringLiteral("shop.example.com")});
    QCOMPARE(fileBytes(store.filePath()), result.config.toJsonBytes());
}

void TestConfigStore::saveLeavesNoTemporaryFiles()
{
    QTemporaryDir temp;
    QVERIFY(temp.isValid());
    ManualClock clock(start);
    const ConfigStore store(temp.filePath(QStringLiteral("portico.json")), clock);
    for (int i = 1; i <= 3; ++i) {
        QCOMPARE(store.save(version(i)), ConfigErrors());
        clock.advance(1000);
    }
    QCOMPARE(entries(temp.path()), (QStringList{QStringLiteral("history"), QStringLiteral("portico.json")}));
    QCOMPARE(entries(store.historyDirectory()), (QStringList{QStringLiteral("portico-20260101-090001-000.json"),
                                                             QStringLiteral("portico-20260101-090002-000.json")}));
    QCOMPARE(workersIn(store.filePath()), 3);
}

void TestConfigStore::fileWithSecretIsOwnerOnly()
{
    QTemporaryDir temp;
    QVERIFY(temp.isValid());
    ManualClock clock(start);
    const ConfigStore store(temp.filePath(QStringLiteral("portico.json")), clock);
    const QFile::Permissions ownerOnly = QFile::ReadOwner | QFile::WriteOwner;
    const auto permissionsOf = [](const QString& path) {
        // ReadUser etc. mirror the owner bits for the process owner; only owner, group and other count.
        return QFile::permissions(path) &
               (QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::WriteGroup |
                QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther);
    };

    QCOMPARE(store.save(version(1)), ConfigErrors());

    Config withSecret = version(2);
    withSecret.settings.stickySecret = QStringLiteral("s3cret");
    clock.advance(1000);
    QCOMPARE(store.save(withSecret), ConfigErrors());
    QCOMPARE(permissionsOf(store.filePath()), ownerOnly);
    QVERIFY(fileBytes(store.filePath()).contains("s3cret"));

    // The version holding the secret goes to history as an owner-only copy.
    clock.advance(1000);
    QCOMPARE(store.save(withSecret), ConfigErrors());
    const QList<ConfigHistoryEntry> history = store.history();
    QCOMPARE(history.size(), 2);
    QCOMPARE(workersIn(history.first().filePath), 2);
    QCOMPARE(permissionsOf(history.first().filePath), ownerOnly);
}

void TestConfigStore::failedWriteKeepsPreviousContent()
{
    QTemporaryDir temp;
    QVERIFY(temp.isValid());
    ManualClock clock(start);
    const QString dir = temp.filePath(QStringLiteral("conf"));
    const ConfigStore store(dir + QStringLiteral("/portico.json"), clock);
    QCOMPARE(store.save(version(1)), ConfigErrors());
    // An existing, writable history directory gets the write as far as QSaveFile.
    QVERIFY(QDir().mkpath(store.historyDirectory()));
    const QByteArray before = fileBytes(store.filePath());

    const QFile::Permissions writable = QFile::permissions(dir);
    QVERIFY(QFile::setPermissions(dir, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadUser | QFile::ExeUser));
    auto restorePermissions = qScopeGuard([&] { QFile::setPermissions(dir, writable); });
    QFile probe(dir + QStringLiteral("/probe"));
    if (probe.open(QIODevice::WriteOnly)) {
        probe.close();
        probe.remove();
        QSKIP("This process can write into read-only directories (root or CAP_DAC_OVERRIDE), so a failing "
              "write cannot be arranged");
    }

    clock.advance(1000);
    QTest::ignoreMessage(
        QtWarningMsg,
        QRegularExpression(QStringLiteral("^Cannot write %1 - ").arg(QRegularExpression::escape(store.filePath()))));
    const ConfigErrors errors = store.save(version(2));
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().code, ConfigErrorCode::WriteFailed);
    QCOMPARE(errors.first().args.value(0), store.filePath());
    QVERIFY(!errors.first().args.value(1).isEmpty());

    restorePermissions.dismiss();
    QVERIFY(QFile::setPermissions(dir, writable));
    QCOMPARE(fileBytes(store.filePath()), before);
    QCOMPARE(entries(dir), (QStringList{QStringLiteral("history"), QStringLiteral("portico.json")}));
    // The copy archived before the failed write duplicated the unchanged file and was taken back.
    QCOMPARE(entries(store.historyDirectory()), QStringList());

    // Once the directory is writable again, saving works and archives the surviving version.
    QCOMPARE(store.save(version(2)), ConfigErrors());
    QCOMPARE(workersIn(store.filePath()), 2);
    QCOMPARE(store.history().size(), 1);
    QCOMPARE(workersIn(store.history().first().filePath), 1);
}

void TestConfigStore::unreadableFileIsReportedAndLeftAlone_data()
{
    QTest::addColumn<bool>("directory");
    QTest::newRow("path is a directory") << true;
    QTest::newRow("no read permission") << false;
}

void TestConfigStore::unreadableFileIsReportedAndLeftAlone()
{
    QFETCH(bool, directory);
    QTemporaryDir temp;
    QVERIFY(temp.isValid());
    const ManualClock clock(start);
    const ConfigStore store(temp.filePath(QStringLiteral("portico.json")), clock);
    const QByteArray content = Config::defaultConfig().toJsonBytes();
    if (directory) {
        QVERIFY(QDir().mkpath(store.filePath()));
    } else {
        QVERIFY(writeFile(store.filePath(), content));
        QVERIFY(QFile::setPermissions(store.filePath(), QFile::Permissions()));
    }
    auto restorePermissions = qScopeGuard([&] {
        if (!directory)
            QFile::setPermissions(store.filePath(), QFile::ReadOwner | QFile::WriteOwner);
    });
    if (!directory) {
        QFile probe(store.filePath());
        if (probe.open(QIODevice::ReadOnly))
            QSKIP("This process can read files without read permission (root or CAP_DAC_OVERRIDE)");
    }

    const ConfigLoadResult result = store.load();
    QCOMPARE(result.status, ConfigLoadStatus::Invalid);
    QVERIFY(!result.usable());
    QVERIFY(result.config == Config::defaultConfig());
    QVERIFY(result.movedAsidePath.isEmpty());
    QCOMPARE(result.errors.size(), 1);
    QCOMPARE(result.errors.first().code, ConfigErrorCode::ReadFailed);
    QCOMPARE(result.errors.first().args.value(0), store.filePath());
    QVERIFY(!result.errors.first().args.value(1).isEmpty());

    // Nothing is known about the file, so a save must not replace it either.
    const ConfigErrors saveErrors = store.save(version(2));
    QCOMPARE(saveErrors.size(), 1);
    QCOMPARE(saveErrors.first().code, ConfigErrorCode::ReadFailed);

    QCOMPARE(entries(temp.path()), QStringList{QStringLiteral("portico.json")});
    if (!directory) {
        restorePermissions.dismiss();
        QVERIFY(QFile::setPermissions(store.filePath(), QFile::ReadOwner | QFile::WriteOwner));
        QCOMPARE(fileBytes(store.filePath()), content);
    }
}

void TestConfigStore::historyKeepsPreviousVersionsNewestFirst()
{
    QTemporaryDir temp;
    QVERIFY(temp.isValid());
    ManualClock clock(start);
    const ConfigStore store(temp.filePath(QStringLiteral("portico.json")), clock);

    QCOMPARE(store.save(version(1)), ConfigErrors());
    QVERIFY(store.history().isEmpty());

    clock.advance(1500);
    const QDateTime second = clock.now();
    QCOMPARE(store.save(version(2)), ConfigErrors());
    QList<ConfigHistoryEntry> history = store.history();
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.at(0).savedAt, second);
    QCOMPARE(history.at(0).filePath,
             QDir(store.historyDirectory()).filePath(QStringLiteral("portico-20260101-090001-500.json")));
    QCOMPARE(workersIn(history.at(0).filePath), 1);

    clock.advance(3'600'000 + 7);
    const QDateTime third = clock.now();
    QCOMPARE(store.save(version(3)), ConfigErrors());
    history = store.history();
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.at(0).savedAt, third);
    QCOMPARE(history.at(0).filePath,
             QDir(store.historyDirectory()).filePath(QStringLiteral("portico-20260101-100001-507.json")));
    QCOMPARE(workersIn(history.at(0).filePath), 2);
    QCOMPARE(history.at(1).savedAt, second);
    QCOMPARE(workersIn(history.at(1).filePath), 1);

    QCOMPARE(workersIn(store.filePath()), 3);
    QCOMPARE(store.load().config.settings.workers, 3);
}

void TestConfigStore::historyTimestampsAreUtc()
{
    QTemporaryDir temp;
    QVERIFY(temp.isValid());
    // A clock that reports local time two hours ahead of UTC: names and savedAt must still be UTC.
    ManualClock clock(QDateTime(QDate(2026, 3, 29), QTime(3, 30, 15, 42), Qt::OffsetFromUTC, 2 * 3600));
    const ConfigStore store(temp.filePath(QStringLiteral("portico.json")), clock);
    QCOMPARE(store.save(version(1)), ConfigErrors());
    QCOMPARE(store.save(version(2)), ConfigErrors());

    const QList<ConfigHistoryEntry> history = store.history();
    QCOMPARE(history.size(), 1);
    QCOMPARE(QFileInfo(history.at(0).filePath).fileName(), QStringLiteral("portico-20260329-013015-042.json"));
    QCOMPARE(history.at(0).savedAt, QDateTime(QDate(2026, 3, 29), QTime(1, 30, 15, 42), Qt::UTC));
    QCOMPARE(history.at(0).savedAt.timeSpec(), Qt::UTC);
}

void TestConfigStore::sameTimestampGetsACounter()
{
    QTemporaryDir temp;
    QVERIFY(temp.isValid());
    const ManualClock clock(start);
    const ConfigStore store(temp.filePath(QStringLiteral("portico.json")), clock);
    for (int i = 1; i <= 4; ++i)
        QCOMPARE(store.save(version(i)), ConfigErrors());

    const QList<ConfigHistoryEntry> history = store.history();
    QCOMPARE(history.size(), 3);
    const QStringList expectedNames{QStringLiteral("portico-20260101-090000-000-3.json"),
                                    QStringLiteral("portico-20260101-090000-000-2.json"),
                                    QStringLiteral("portico-20260101-090000-000.json")};
    for (qsizetype i = 0; i < history.size(); ++i) {
        QCOMPARE(QFileInfo(history.at(i).filePath).fileName(), expectedNames.at(i));
        QCOMPARE(history.at(i).savedAt, start);
        // Newest first even within one millisecond.
        QCOMPARE(workersIn(history.at(i).filePath), 3 - static_cast<int>(i));
    }
}

void TestConfigStore::historyIsCappedAfterManySaves()
{
    QTemporaryDir temp;
    QVERIFY(temp.isValid());
    ManualClock clock(start);
    const ConfigStore store(temp.filePath(QStringLiteral("portico.json")), clock);
    for (int i = 1; i <= 25; ++i) {
        QCOMPARE(store.save(version(i)), ConfigErrors());
        clock.advance(1000);
    }

    const QList<ConfigHistoryEntry> history = store.history();
    QCOMPARE(history.size(), ConfigStore::historyLimit);
    QCOMPARE(entries(store.historyDirectory()).size(), ConfigStore::historyLimit);
    // 24 versions were replaced; the 4 oldest (1 to 4) were pruned.
    for (qsizetype i = 0; i < history.size(); ++i) {
        QCOMPARE(workersIn(history.at(i).filePath), 24 - static_cast<int>(i));
        QCOMPARE(history.at(i).savedAt, start.addSecs(24 - i));
    }
    QCOMPARE(workersIn(store.filePath()), 25);
}

void TestConfigStore::historyIgnoresForeignFiles()
{
    QTemporaryDir temp;
    QVERIFY(temp.isValid());
    ManualClock clock(start);
    const ConfigStore store(temp.filePath(QStringLiteral("portico.json")), clock);
    QVERIFY(QDir().mkpath(store.historyDirectory()));
    const QStringList foreign{QStringLiteral("notes.txt"),
                              QStringLiteral("other-20250101-090000-000.json"),
                              QStringLiteral("portico-20250101.json"),
                              QStringLiteral("portico-20251399-000000-000.json"),
                              QStringLiteral("portico-20250101-090000-000.json.bak"),
                              QStringLiteral("portico.json")};
    for (const QString& name : foreign)
        QVERIFY(writeFile(QDir(store.historyDirectory()).filePath(name), "keep me"));

    for (int i = 1; i <= ConfigStore::historyLimit + 3; ++i) {
        QCOMPARE(store.save(version(i)), ConfigErrors());
        clock.advance(1000);
    }
    QCOMPARE(store.history().size(), ConfigStore::historyLimit);
    for (const ConfigHistoryEntry& entry : store.history())
        QVERIFY(!foreign.contains(QFileInfo(entry.filePath).fileName()));
    // Pruning removes only files it wrote itself.
    for (const QString& name : foreign)
        QCOMPARE(fileBytes(QDir(store.historyDirectory()).filePath(name)), QByteArray("keep me"));
}

void TestConfigStore::restoreBringsBackAnOldVersion()
{
    QTemporaryDir temp;
    QVERIFY(temp.isValid());
    ManualClock clock(start);
    const ConfigStore store(temp.filePath(QStringLiteral("portico.json")), clock);
    for (int i = 1; i <= 3; ++i) {
        QCOMPARE(store.save(version(i)), ConfigErrors());
        clock.advance(1000);
    }
    QList<ConfigHistoryEntry> history = store.history();
    QCOMPARE(history.size(), 2);
    const ConfigHistoryEntry oldest = history.last();
    QCOMPARE(workersIn(oldest.filePath), 1);

    const QDateTime restoredAt = clock.now();
    QCOMPARE(store.restore(oldest), ConfigErrors());
    QCOMPARE(store.load().config, version(1));

    // The version that was current went to history like any replaced version; the restored one stays there too.
    history = store.history();
    QCOMPARE(history.size(), 3);
    QCOMPARE(history.at(0).savedAt, restoredAt);
    QCOMPARE(workersIn(history.at(0).filePath), 3);
    QCOMPARE(workersIn(history.at(1).filePath), 2);
    QCOMPARE(history.at(2), oldest);
    QCOMPARE(workersIn(history.at(2).filePath), 1);
}

void TestConfigStore::restoreRefusesBadEntries_data()
{
    QTest::addColumn<QByteArray>("content"); // empty: the entry's file does not exist
    QTest::addColumn<ConfigErrorCode>("code");
    QTest::newRow("not json") << QByteArray("{ \"version\": 1,") << ConfigErrorCode::InvalidJson;
    QTest::newRow("invalid config") << routeToMissingPool() << ConfigErrorCode::UnknownPool;
    QTest::newRow("missing file") << QByteArray() << ConfigErrorCode::ReadFailed;
}

void TestConfigStore::restoreRefusesBadEntries()
{
    QFETCH(QByteArray, content);
    QFETCH(ConfigErrorCode, code);
    QTemporaryDir temp;
    QVERIFY(temp.isValid());
    ManualClock clock(start);
    const ConfigStore store(temp.filePath(QStringLiteral("portico.json")), clock);
    QCOMPARE(store.save(version(1)), ConfigErrors());
    clock.advance(1000);
    QCOMPARE(store.save(version(2)), ConfigErrors());
    const QByteArray current = fileBytes(store.filePath());

    const QString bad = QDir(store.historyDirectory()).filePath(QStringLiteral("portico-20251231-235959-999.json"));
    if (!content.isEmpty())
        QVERIFY(writeFile(bad, content));
    const ConfigHistoryEntry entry{QDateTime(QDate(2025, 12, 31), QTime(23, 59, 59, 999), Qt::UTC), bad};
    QCOMPARE(store.history().size(), content.isEmpty() ? 1 : 2);

    const ConfigErrors errors = store.restore(entry);
    QVERIFY(!errors.isEmpty());
    QCOMPARE(errors.first().code, code);
    if (code == ConfigErrorCode::ReadFailed)
        QCOMPARE(errors.first().args.value(0), bad);
    QCOMPARE(fileBytes(store.filePath()), current);
    QCOMPARE(store.history().size(), content.isEmpty() ? 1 : 2);
    if (!content.isEmpty())
        QCOMPARE(fileBytes(bad), content);
}

void TestConfigStore::badFileRows()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<ConfigErrorCode>("code");
    QTest::newRow("invalid json") << QByteArray("{ \"version\": 1,, }") << ConfigErrorCode::InvalidJson;
    QTest::newRow("empty") << QByteArray() << ConfigErrorCode::InvalidJson;
    QTest::newRow("binary") << QByteArray("\x00\xff\xfe\x01garbage\n", 12) << ConfigErrorCode::InvalidJson;
    QTest::newRow("truncated") << Config::defaultConfig().toJsonBytes().left(40) << ConfigErrorCode::InvalidJson;
    QTest::newRow("invalid config") << routeToMissingPool() << ConfigErrorCode::UnknownPool;
    QTest::newRow("newer version") << QByteArray(R"({ "version": 99 })") << ConfigErrorCode::UnsupportedVersion;
}

void TestConfigStore::badFileIsMovedAside_data()
{
    badFileRows();
}

void TestConfigStore::badFileIsMovedAside()
{
    QFETCH(QByteArray, content);
    QFETCH(ConfigErrorCode, code);
    QTemporaryDir temp;
    QVERIFY(temp.isValid());
    ManualClock clock(start);
    clock.advance(1234);
    const ConfigStore store(temp.filePath(QStringLiteral("portico.json")), clock);
    QVERIFY(writeFile(store.filePath(), content));
    const QString expectedPath = temp.filePath(QStringLiteral("portico.json.broken-20260101-090001-234"));

    expectMovedWarning(store.filePath(), expectedPath);
    const ConfigLoadResult result = store.load(ConfigStore::OnBadFile::MoveAside);
    QCOMPARE(result.status, ConfigLoadStatus::MovedAside);
    QVERIFY(!result.usable());
    QCOMPARE(result.movedAsidePath, expectedPath);
    QVERIFY(!result.errors.isEmpty());
    QCOMPARE(result.errors.first().code, code);
    QVERIFY(result.config == Config::defaultConfig());

    QVERIFY(!QFileInfo::exists(store.filePath()));
    QCOMPARE(fileBytes(expectedPath), content);
    QCOMPARE(entries(temp.path()), QStringList{QFileInfo(expectedPath).fileName()});

    // With the bad file out of the way the next load starts fresh.
    QCOMPARE(store.load().status, ConfigLoadStatus::Missing);
}

void TestConfigStore::badFileIsKeptWhenAsked_data()
{
    badFileRows();
}

void TestConfigStore::badFileIsKeptWhenAsked()
{
    QFETCH(QByteArray, content);
    QFETCH(ConfigErrorCode, code);
    QTemporaryDir temp;
    QVERIFY(temp.isValid());
    const ManualClock clock(start);
    const ConfigStore store(temp.filePath(QStringLiteral("portico.json")), clock);
    QVERIFY(writeFile(store.filePath(), content));
    const QDateTime modified = QFileInfo(store.filePath()).lastModified();

    const ConfigLoadResult result = store.load(ConfigStore::OnBadFile::Keep);
    QCOMPARE(result.status, ConfigLoadStatus::Invalid);
    QVERIFY(!result.usable());
    QVERIFY(result.movedAsidePath.isEmpty());
    QVERIFY(!result.errors.isEmpty());
    QCOMPARE(result.errors.first().code, code);
    QVERIFY(result.config == Config::defaultConfig());

    QCOMPARE(fileBytes(store.filePath()), content);
    QCOMPARE(QFileInfo(store.filePath()).lastModified(), modified);
    QCOMPARE(entries(temp.path()), QStringList{QStringLiteral("portico.json")});
}

void TestConfigStore::movedAsideFilesAreNeverOverwritten()
{
    QTemporaryDir temp;
    QVERIFY(temp.isValid());
    // The clock stands still, so every moved-aside name would be the same without a counter.
    const ManualClock clock(start);
    const ConfigStore store(temp.filePath(QStringLiteral("portico.json")), clock);
    const QString first = temp.filePath(QStringLiteral("portico.json.broken-20260101-090000-000"));
    const QString second = first + QStringLiteral("-2");
    const QString third = first + QStringLiteral("-3");

    QVERIFY(writeFile(store.filePath(), "first {"));
    expectMovedWarning(store.filePath(), first);
    QCOMPARE(store.load().movedAsidePath, first);

    QVERIFY(writeFile(store.filePath(), "second {"));
    expectMovedWarning(store.filePath(), second);
    QCOMPARE(store.load().movedAsidePath, second);

    // A save over an unparsable file moves it aside too instead of archiving or replacing it.
    QVERIFY(writeFile(store.filePath(), "third {"));
    expectMovedWarning(store.filePath(), third);
    QCOMPARE(store.save(version(7)), ConfigErrors());

    QCOMPARE(fileBytes(first), QByteArray("first {"));
    QCOMPARE(fileBytes(second), QByteArray("second {"));
    QCOMPARE(fileBytes(third), QByteArray("third {"));
    QCOMPARE(workersIn(store.filePath()), 7);
    QVERIFY(store.history().isEmpty());
    QCOMPARE(entries(temp.path()), (QStringList{QStringLiteral("portico.json"), QFileInfo(first).fileName(),
                                                QFileInfo(second).fileName(), QFileInfo(third).fileName()}));
}

void TestConfigStore::saveRefusesInvalidConfig_data()
{
    QTest::addColumn<Config>("config");
    QTest::addColumn<QString>("path");
    QTest::addColumn<ConfigErrorCode>("code");

    const RouteConfig toApi{QStringLiteral("/"), QStringLiteral("api"), false, QString(), -1};
    Config missingPool = Config::defaultConfig();
    missingPool.sites.append(SiteConfig{QStringLiteral("a"), {QStringLiteral("a.test")}, false, {toApi}});
    QTest::newRow("route to missing pool")
        << missingPool << QStringLiteral("sites[0].routes[0].pool") << ConfigErrorCode::UnknownPool;

    Config twoListeners = Config::defaultConfig();
    twoListeners.listeners.append(twoListeners.listeners.first());
    QTest::newRow("duplicate listener") << twoListeners << QStringLiteral("listeners[1]")
                                        << ConfigErrorCode::DuplicateListener;

    Config badName = Config::defaultConfig();
    badName.sites.append(SiteConfig{QStringLiteral("a"), {QStringLiteral("bad_name.test")}, false, {}});
    QTest::newRow("invalid server name") << badName << QStringLiteral("sites[0].serverNames[0]")
                                         << ConfigErrorCode::InvalidServerName;

    Config emptyPool = Config::defaultConfig();
    emptyPool.pools.append(PoolConfig{QString(), {}});
    QTest::newRow("empty pool name") << emptyPool << QStringLiteral("pools[0].name") << ConfigErrorCode::EmptyValue;
}

void TestConfigStore::saveRefusesInvalidConfig()
{
    QFETCH(Config, config);
    QFETCH(QString, path);
    QFETCH(ConfigErrorCode, code);
    QTemporaryDir temp;
    QVERIFY(temp.isValid());
    ManualClock clock(start);

    // Nothing on disk yet: not even the directory is created.
    const ConfigStore fresh(temp.filePath(QStringLiteral("fresh/portico.json")), clock);
    ConfigErrors errors = fresh.save(config);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().code, code);
    QCOMPARE(errors.first().path, path);
    QVERIFY(!QFileInfo::exists(temp.filePath(QStringLiteral("fresh"))));

    // An existing file stays exactly as it was, and nothing is archived.
    const ConfigStore store(temp.filePath(QStringLiteral("portico.json")), clock);
    QCOMPARE(store.save(version(1)), ConfigErrors());
    const QByteArray before = fileBytes(store.filePath());
    clock.advance(1000);
    errors = store.save(config);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().code, code);
    QCOMPARE(errors.first().path, path);
    QCOMPARE(fileBytes(store.filePath()), before);
    QCOMPARE(entries(temp.path()), QStringList{QStringLiteral("portico.json")});
    QVERIFY(store.history().isEmpty());
}

QTEST_GUILESS_MAIN(TestConfigStore)
#include "TestConfigStore.moc"

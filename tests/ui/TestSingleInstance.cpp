// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestPaths.h"

#include "app/SingleInstance.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Portico;
using namespace Portico::Test;

namespace {

// Unique per test run, so a real Portico or a parallel test never answers.
QString uniqueKey()
{
    return QStringLiteral("portico-test-") + QUuid::createUuid().toString(QUuid::Id128).left(16);
}

} // namespace

class TestSingleInstance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void secondLaunchNotifiesTheFirst();
    void nobodyAnswersWhenNothingRuns();
    void differentKeysDoNotMeet();
    void keyFollowsTheConfigPath();
    void secondPorticoWithTheSameConfigExits();
};

void TestSingleInstance::secondLaunchNotifiesTheFirst()
{
    const QString key = uniqueKey();
    SingleInstance first(key);
    QVERIFY(first.listen());
    QSignalSpy activated(&first, &SingleInstance::activationRequested);

    SingleInstance second(key);
    QVERIFY(second.notifyRunningInstance());
    QVERIFY(activated.wait());
    QCOMPARE(activated.size(), 1);

    // And again: the first keeps listening.
    SingleInstance third(key);
    QVERIFY(third.notifyRunningInstance());
    QTRY_COMPARE(activated.size(), 2);
}

void TestSingleInstance::nobodyAnswersWhenNothingRuns()
{
    SingleInstance lonely(uniqueKey());
    QVERIFY(!lonely.notifyRunningInstance(1000));
    QVERIFY(lonely.listen());
    QVERIFY(lonely.isListening());
}

void TestSingleInstance::differentKeysDoNotMeet()
{
    SingleInstance first(uniqueKey());
    QVERIFY(first.listen());
    QSignalSpy activated(&first, &SingleInstance::activationRequested);
    SingleInstance other(uniqueKey());
    QVERIFY(!other.notifyRunningInstance(1000));
    QCOMPARE(activated.size(), 0);
}

void TestSingleInstance::keyFollowsTheConfigPath()
{
    const QString a = SingleInstance::keyForConfig(QStringLiteral("/tmp/a/portico.json"));
    const QString b = SingleInstance::keyForConfig(QStringLiteral("/tmp/b/portico.json"));
    QVERIFY(a != b);
    QCOMPARE(SingleInstance::keyForConfig(QStringLiteral("/tmp/a/../a/portico.json")), a);
    QCOMPARE(SingleInstance::keyForConfig(QStringLiteral("portico.json")),
             SingleInstance::keyForConfig(QDir::current().absoluteFilePath(QStringLiteral("portico.json"))));
    QVERIFY(a.startsWith(QLatin1String("portico-")));
    // Unix socket paths are short; the key must leave room for the directory.
    QVERIFY(a.size() <= 64);
}

void TestSingleInstance::secondPorticoWithTheSameConfigExits()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString config = dir.filePath(QStringLiteral("portico.json"));
    QFile file(config);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"version":1,"listeners":[{"address":"127.0.0.1","port":0}]})");
    file.close();

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    const QStringList arguments{QStringLiteral("--config"), config};

    QProcess first;
    first.setProcessEnvironment(environment);
    first.start(TestPaths::program(QStringLiteral("portico")), arguments);
    QVERIFY(first.waitForStarted());
    // Ready once it answers on its instance socket.
    SingleInstance probe(SingleInstance::keyForConfig(config));
    QTRY_VERIFY_WITH_TIMEOUT(probe.notifyRunningInstance(500) || first.state() == QProcess::NotRunning, 30'000);
    QCOMPARE(first.state(), QProcess::Running);

    QProcess second;
    second.setProcessEnvironment(environment);
    second.start(TestPaths::program(QStringLiteral("portico")), arguments);
    const bool secondFinished = second.waitForFinished(30'000);
    const QByteArray secondOutput = second.readAllStandardOutput();

    first.terminate();
    if (!first.waitForFinished(10'000)) {
        first.kill();
        first.waitForFinished();
    }
    if (!secondFinished) {
        second.kill();
        second.waitForFinished();
    }
    QVERIFY2(secondFinished, "the second portico kept running");
    QCOMPARE(second.exitStatus(), QProcess::NormalExit);
    QCOMPARE(second.exitCode(), 0);
    QVERIFY2(secondOutput.contains("already running"), secondOutput.constData());
}

QTEST_MAIN(TestSingleInstance)
#include "TestSingleInstance.moc"

// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/EngineSession.h"
#include "config/ConfigStore.h"
#include "dialogs/ReviewChangesDialog.h"
#include "widgets/ConfigHistoryWidget.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <memory>

using namespace Portico;

// The config history in Settings: one row per saved version, newest first, and Restore through the review.
class TestConfigHistoryWidget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void emptyHistorySaysSo();
    void rowsFollowTheSaves();
    void restoreAppliesTheOldVersion();
    void cancelledRestoreChangesNothing();

private:
    // Saves two changes: the weight of the server to 2, then to 3 with a second listener.
    void saveTwoChanges();
    void answerReview(bool apply);
    int weight(const Config& config) const { return config.pools.first().backends.first().weight; }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<EngineSession> m_session;
    std::unique_ptr<ConfigHistoryWidget> m_widget;
    std::unique_ptr<QTimer> m_answerTimer;
    QTreeWidget* m_list = nullptr;
    QPushButton* m_restore = nullptr;
};

void TestConfigHistoryWidget::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    EngineController::registerMetaTypes();
}

void TestConfigHistoryWidget::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("portico.json"));
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"version":1,"settings":{"workers":1},"listeners":[{"address":"127.0.0.1","port":0}],
        "sites":[{"name":"app","serverNames":["app.example.com"],"routes":[{"path":"/","pool":"app"}]}],
        "pools":[{"name":"app","backends":[{"host":"127.0.0.1","port":9}]}]})");
    file.close();
    m_session = std::make_unique<EngineSession>(m_path);
    m_session->loadConfig();
    QCOMPARE(m_session->loadResult().status, ConfigLoadStatus::Loaded);
    QVERIFY(m_session->start());
    m_widget = std::make_unique<ConfigHistoryWidget>(*m_session);
    m_widget->resize(900, 400);
    m_widget->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_widget.get()));
    m_list = m_widget->findChild<QTreeWidget*>(QStringLiteral("configHistoryTreeWidget"));
    m_restore = m_widget->findChild<QPushButton*>(QStringLiteral("restoreConfigButton"));
    QVERIFY(m_list && m_restore);
}

void TestConfigHistoryWidget::cleanup()
{
    m_answerTimer.reset();
    m_widget.reset();
    if (m_session)
        QVERIFY(m_session->stopAndWait(m_session->stopTimeoutMs()));
    m_session.reset();
    m_dir.reset();
}

void TestConfigHistoryWidget::saveTwoChanges()
{
    Config config = m_session->engine().config();
    config.pools.first().backends.first().weight = 2;
    QVERIFY(m_session->applyConfig(config).isEmpty());
    config.pools.first().backends.first().weight = 3;
    config.listeners.append(ListenerConfig{QStringLiteral("127.0.0.1"), 0, ListenerProtocol::Http});
    config.listeners.last().address = QStringLiteral("127.0.0.2");
    QVERIFY(m_session->applyConfig(config).isEmpty());
}

void TestConfigHistoryWidget::answerReview(bool apply)
{
    m_answerTimer = std::make_unique<QTimer>();
    m_answerTimer->setInterval(10);
    connect(m_answerTimer.get(), &QTimer::timeout, this, [this, apply] {
        auto* dialog = qobject_cast<ReviewChangesDialog*>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible())
            return;
        m_answerTimer->stop();
        dialog
            ->findChild<QPushButton*>(apply ? QStringLiteral("applyChangesButton")
                                            : QStringLiteral("cancelChangesButton"))
            ->click();
    });
    m_answerTimer->start();
}

void TestConfigHistoryWidget::emptyHistorySaysSo()
{
    QVERIFY(m_widget->findChild<QLabel*>(QStringLiteral("configHistoryEmptyLabel"))->isVisible());
    QVERIFY(!m_list->isVisible());
    QVERIFY(!m_restore->isEnabled());
    QVERIFY(!m_list->accessibleName().isEmpty());
    QVERIFY(!m_restore->accessibleName().isEmpty());
}

void TestConfigHistoryWidget::rowsFollowTheSaves()
{
    saveTwoChanges();
    const QList<ConfigHistoryEntry> history = ConfigStore(m_path).history();
    QCOMPARE(history.size(), 2);
    QTRY_COMPARE(m_list->topLevelItemCount(), 2);
    QVERIFY(m_list->isVisible());
    QVERIFY(!m_widget->findChild<QLabel*>(QStringLiteral("configHistoryEmptyLabel"))->isVisible());
    for (int row = 0; row < 2; ++row)
        QCOMPARE(m_list->topLevelItem(row)->text(0),
                 QLocale().toString(history.at(row).savedAt.toLocalTime(), QLocale::ShortFormat));
    // Newest first; each says what restoring it would change compared with the config in force.
    const QString newest = m_list->topLevelItem(0)->text(1);
    QVERIFY2(newest.contains(QLatin1String("(weight 2)")), qPrintable(newest));
    QVERIFY2(newest.endsWith(QLatin1String("and 1 more")), qPrintable(newest));
    const QString oldest = m_list->topLevelItem(1)->text(1);
    QVERIFY2(oldest.contains(QLatin1String("(weight 1)")), qPrintable(oldest));

    QVERIFY(!m_restore->isEnabled());
    m_list->setCurrentItem(m_list->topLevelItem(1));
    QVERIFY(m_restore->isEnabled());
    // PORTICO_TEST_GRAB_DIR: a picture of the list, to look at by eye.
    if (const QString dir = qEnvironmentVariable("PORTICO_TEST_GRAB_DIR"); !dir.isEmpty()) {
        QCoreApplication::processEvents();
        QVERIFY(m_widget->grab().save(QDir(dir).filePath(QStringLiteral("config-history.png"))));
    }
}

void TestConfigHistoryWidget::restoreAppliesTheOldVersion()
{
    saveTwoChanges();
    QTRY_COMPARE(m_list->topLevelItemCount(), 2);
    m_list->setCurrentItem(m_list->topLevelItem(1));
    answerReview(true);
    QTest::mouseClick(m_restore, Qt::LeftButton);
    QCOMPARE(weight(m_session->engine().config()), 1);
    QCOMPARE(m_session->engine().config().listeners.size(), 1);
    const Config saved = ConfigStore(m_path).load(ConfigStore::OnBadFile::Keep).config;
    QCOMPARE(saved, m_session->engine().config());
    // The restore is a save like any other: the version it replaced joins the history.
    QCOMPARE(ConfigStore(m_path).history().size(), 3);
    QTRY_COMPARE(m_list->topLevelItemCount(), 3);
}

void TestConfigHistoryWidget::cancelledRestoreChangesNothing()
{
    saveTwoChanges();
    QTRY_COMPARE(m_list->topLevelItemCount(), 2);
    const Config current = m_session->engine().config();
    m_list->setCurrentItem(m_list->topLevelItem(1));
    answerReview(false);
    QVERIFY(!m_widget->restore(1));
    QCOMPARE(m_session->engine().config(), current);
    QCOMPARE(ConfigStore(m_path).history().size(), 2);
}

QTEST_MAIN(TestConfigHistoryWidget)
#include "TestConfigHistoryWidget.moc"

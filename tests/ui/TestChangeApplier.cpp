// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpClient.h"
#include "TestBackend.h"
#include "app/ChangeApplier.h"
#include "app/EngineSession.h"
#include "config/ConfigStore.h"
#include "dialogs/ReviewChangesDialog.h"

#include <QApplication>
#include <QFile>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace Portico;
using namespace Portico::Test;

// ChangeApplier over a real engine on port 0 and real backends: what is refused keeps the old config serving.
class TestChangeApplier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void invalidConfigIsRefusedAndTheOldOneServes();
    void listenerThatCannotOpenIsRefusedInPlainWords();
    void reviewedChangeApplies();
    void cancelledReviewChangesNothing();
    void nothingToChangeSaysSo();
    void callerCanShowTheErrorsItself();

private:
    enum class Answer
    {
        Apply,
        ApplyByKeyboard,
        Cancel,
    };
    // Answers the review dialog once it shows (exec() blocks the test until then) and keeps its sentences.
    void answerReview(Answer answer);
    QByteArray servedBy();
    QByteArray fileBytes() const;
    Config withBackend(quint16 port) const;
    QMessageBox* messageBox(const char* name) const;

    std::unique_ptr<TestBackend> m_backendA;
    std::unique_ptr<TestBackend> m_backendB;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<EngineSession> m_session;
    std::unique_ptr<QWidget> m_parent;
    std::unique_ptr<QTimer> m_answerTimer;
    QStringList m_reviewed;
    bool m_reviewShown = false;
};

void TestChangeApplier::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    EngineController::registerMetaTypes();
}

void TestChangeApplier::init()
{
    m_backendA = std::make_unique<TestBackend>("a");
    m_backendB = std::make_unique<TestBackend>("b");
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("portico.json"));
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral(R"({"version":1,"settings":{"workers":1},"listeners":[{"address":"127.0.0.1","port":0}],
        "sites":[{"name":"app","serverNames":["app.example.com"],"routes":[{"path":"/","pool":"app"}]}],
        "pools":[{"name":"app","backends":[{"host":"127.0.0.1","port":%1}]}]})")
                   .arg(m_backendA->port())
                   .toUtf8());
    file.close();
    m_session = std::make_unique<EngineSession>(m_path);
    m_session->loadConfig();
    QCOMPARE(m_session->loadResult().status, ConfigLoadStatus::Loaded);
    QVERIFY(m_session->start());
    QCOMPARE(servedBy(), QByteArray("a"));
    m_parent = std::make_unique<QWidget>();
    m_parent->resize(800, 600);
    m_parent->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_parent.get()));
    m_reviewed.clear();
    m_reviewShown = false;
}

void TestChangeApplier::cleanup()
{
    m_answerTimer.reset();
    m_parent.reset();
    if (m_session)
        QVERIFY(m_session->stopAndWait(m_session->stopTimeoutMs()));
    m_session.reset();
    m_dir.reset();
    m_backendB.reset();
    m_backendA.reset();
}

void TestChangeApplier::answerReview(Answer answer)
{
    m_answerTimer = std::make_unique<QTimer>();
    m_answerTimer->setInterval(10);
    connect(m_answerTimer.get(), &QTimer::timeout, this, [this, answer] {
        auto* dialog = qobject_cast<ReviewChangesDialog*>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible())
            return;
        m_answerTimer->stop();
        m_reviewShown = true;
        m_reviewed = dialog->changes();
        auto* apply = dialog->findChild<QPushButton*>(QStringLiteral("applyChangesButton"));
        auto* cancel = dialog->findChild<QPushButton*>(QStringLiteral("cancelChangesButton"));
        QVERIFY(apply && cancel);
        QVERIFY(apply->isDefault());
        if (answer == Answer::ApplyByKeyboard)
            QTest::keyClick(dialog, Qt::Key_Return);
        else
            QTest::mouseClick(answer == Answer::Apply ? apply : cancel, Qt::LeftButton);
    });
    m_answerTimer->start();
}

QByteArray TestChangeApplier::servedBy()
{
    const quint16 port = m_session->engine().listeners().value(0).port;
    const HttpResponse response = HttpClient::get(port, "/", "app.example.com");
    return response.status == 200 ? response.header("X-Backend") : QByteArray::number(response.status);
}

QByteArray TestChangeApplier::fileBytes() const
{
    QFile file(m_path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

Config TestChangeApplier::withBackend(quint16 port) const
{
    Config config = m_session->engine().config();
    config.pools.first().backends.first().port = port;
    return config;
}

QMessageBox* TestChangeApplier::messageBox(const char* name) const
{
    return m_parent->findChild<QMessageBox*>(QString::fromLatin1(name));
}

void TestChangeApplier::invalidConfigIsRefusedAndTheOldOneServes()
{
    const QByteArray before = fileBytes();
    Config candidate = m_session->engine().config();
    candidate.sites.first().routes.first().pool = QStringLiteral("missing");
    answerReview(Answer::Apply);

    QVERIFY(!ChangeApplier::apply(m_parent.get(), *m_session, candidate));
    QVERIFY(!m_reviewShown); // refused before any review
    QMessageBox* box = messageBox("applyFailedMessageBox");
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible());
    QVERIFY2(box->text().contains(QLatin1String("sites[0].routes[0].pool")), qPrintable(box->text()));
    QVERIFY2(box->text().contains(QLatin1String("keeps serving with the configuration it had before")),
             qPrintable(box->text()));
    QCOMPARE(fileBytes(), before);
    QCOMPARE(servedBy(), QByteArray("a"));
    box->button(QMessageBox::Ok)->click();
    QTRY_VERIFY(!messageBox("applyFailedMessageBox"));
}

void TestChangeApplier::listenerThatCannotOpenIsRefusedInPlainWords()
{
    QTcpServer blocker;
    QVERIFY(blocker.listen(QHostAddress::LocalHost, 0));
    const QByteArray before = fileBytes();
    const Config running = m_session->engine().config();
    Config candidate = running;
    candidate.listeners.append(
        ListenerConfig{QStringLiteral("127.0.0.1"), blocker.serverPort(), ListenerProtocol::Http});
    answerReview(Answer::Apply);

    QVERIFY(!ChangeApplier::apply(m_parent.get(), *m_session, candidate));
    QVERIFY(m_reviewShown);
    QVERIFY2(m_reviewed.join(QLatin1Char('\n'))
                 .contains(QStringLiteral("Portico also listens on 127.0.0.1:%1.").arg(blocker.serverPort())),
             qPrintable(m_reviewed.join(QLatin1Char('\n'))));
    QMessageBox* box = messageBox("applyFailedMessageBox");
    QVERIFY(box);
    const QString text = box->text();
    QVERIFY2(text.contains(QStringLiteral("port %1 is already used by another program").arg(blocker.serverPort())),
             qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("Nothing was changed")), qPrintable(text));
    QCOMPARE(m_session->engine().config(), running);
    QCOMPARE(fileBytes(), before);
    QVERIFY(ConfigStore(m_path).history().isEmpty());
    QCOMPARE(servedBy(), QByteArray("a"));
}

void TestChangeApplier::reviewedChangeApplies()
{
    QSignalSpy applied(m_session.get(), &EngineSession::configApplied);
    const Config candidate = withBackend(m_backendB->port());
    answerReview(Answer::ApplyByKeyboard);

    QVERIFY(ChangeApplier::apply(m_parent.get(), *m_session, candidate));
    QVERIFY(m_reviewShown);
    const QString reviewed = m_reviewed.join(QLatin1Char('\n'));
    QVERIFY2(reviewed.contains(QStringLiteral("127.0.0.1:%1").arg(m_backendB->port())), qPrintable(reviewed));
    QCOMPARE(applied.size(), 1);
    QCOMPARE(m_session->engine().config(), candidate);
    QCOMPARE(ConfigStore(m_path).load(ConfigStore::OnBadFile::Keep).config, candidate);
    QCOMPARE(ConfigStore(m_path).history().size(), 1);
    QCOMPARE(servedBy(), QByteArray("b"));
    QVERIFY(!messageBox("applyFailedMessageBox"));
}

void TestChangeApplier::cancelledReviewChangesNothing()
{
    QSignalSpy applied(m_session.get(), &EngineSession::configApplied);
    const QByteArray before = fileBytes();
    const Config running = m_session->engine().config();
    answerReview(Answer::Cancel);

    QVERIFY(!ChangeApplier::apply(m_parent.get(), *m_session, withBackend(m_backendB->port())));
    QVERIFY(m_reviewShown);
    QCOMPARE(applied.size(), 0);
    QCOMPARE(m_session->engine().config(), running);
    QCOMPARE(fileBytes(), before);
    QCOMPARE(servedBy(), QByteArray("a"));
    // Cancelling is not a failure to report.
    QVERIFY(!messageBox("applyFailedMessageBox"));
}

void TestChangeApplier::nothingToChangeSaysSo()
{
    QSignalSpy applied(m_session.get(), &EngineSession::configApplied);
    answerReview(Answer::Apply);
    QVERIFY(ChangeApplier::apply(m_parent.get(), *m_session, m_session->engine().config()));
    QVERIFY(!m_reviewShown);
    QVERIFY(messageBox("nothingChangesMessageBox"));
    QCOMPARE(applied.size(), 0);
    QVERIFY(ConfigStore(m_path).history().isEmpty());
}

void TestChangeApplier::callerCanShowTheErrorsItself()
{
    Config candidate = m_session->engine().config();
    candidate.sites.first().routes.first().pool = QStringLiteral("missing");
    ConfigErrors errors;
    QVERIFY(!ChangeApplier::apply(m_parent.get(), *m_session, candidate, ChangeApplier::Review::AlreadyShown, &errors));
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().code, ConfigErrorCode::UnknownPool);
    QVERIFY(!messageBox("applyFailedMessageBox"));
}

QTEST_MAIN(TestChangeApplier)
#include "TestChangeApplier.moc"

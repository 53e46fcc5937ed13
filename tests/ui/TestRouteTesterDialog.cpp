// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/EngineSession.h"
#include "app/TranslationManager.h"
#include "dialogs/RouteTesterDialog.h"
#include "text/RouteTestText.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Portico;

using Headers = QList<QPair<QByteArray, QByteArray>>;

// The route tester over the engine's own answer: what it shows is what testRoute() said, in words.
class TestRouteTesterDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void parsesHeaderLines_data();
    void parsesHeaderLines();
    void showsWhichServerWouldAnswer();
    void showsRedirectsAndUnknownHosts_data();
    void showsRedirectsAndUnknownHosts();
    void refusesMalformedInput_data();
    void refusesMalformedInput();

private:
    template<typename T>
    T* child(const char* name) const;
    void test(const QString& url);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TranslationManager> m_translations;
    std::unique_ptr<EngineSession> m_session;
    std::unique_ptr<RouteTesterDialog> m_dialog;
};

void TestRouteTesterDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    EngineController::registerMetaTypes();
}

void TestRouteTesterDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_translations = std::make_unique<TranslationManager>();
    m_translations->setLanguage(QStringLiteral("en"));
    const QString path = m_dir->filePath(QStringLiteral("portico.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"version":1,"settings":{"workers":1},"listeners":[{"address":"127.0.0.1","port":0}],
        "sites":[{"name":"shop","serverNames":["shop.example.com","*.shop.example.com"],
                  "routes":[{"path":"/","pool":"web"},{"path":"/api","pool":"api","stripPrefix":true},
                            {"path":"/old","type":"redirect","redirect":{"to":"https:\/\/new.example.com","status":301}}]}],
        "pools":[{"name":"web","backends":[{"host":"127.0.0.1","port":8081}]},
                 {"name":"api","backends":[{"host":"127.0.0.1","port":9001}]}]})");
    file.close();
    m_session = std::make_unique<EngineSession>(path);
    m_session->loadConfig();
    QCOMPARE(m_session->loadResult().status, ConfigLoadStatus::Loaded);
    m_dialog = std::make_unique<RouteTesterDialog>(*m_session);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void TestRouteTesterDialog::cleanup()
{
    m_dialog.reset();
    m_session.reset();
    m_translations.reset();
    m_dir.reset();
}

template<typename T>
T* TestRouteTesterDialog::child(const char* name) const
{
    T* found = m_dialog->findChild<T*>(QString::fromLatin1(name));
    if (!found)
        qWarning("No child named %s", name);
    return found;
}

void TestRouteTesterDialog::test(const QString& url)
{
    auto* edit = child<QLineEdit>("urlLineEdit");
    edit->clear();
    QTest::keyClicks(edit, url);
    QTest::mouseClick(child<QPushButton>("testRouteButton"), Qt::LeftButton);
}

void TestRouteTesterDialog::parsesHeaderLines_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<Headers>("headers");
    QTest::addColumn<int>("badLine");
    QTest::newRow("empty") << QString() << true << Headers{} << 0;
    QTest::newRow("one") << QStringLiteral("Cookie: a=b") << true << Headers{{"Cookie", "a=b"}} << 0;
    QTest::newRow("blank lines and spaces") << QStringLiteral("\n  X-Tenant :  acme \n\nAccept: */*\n") << true
                                            << Headers{{"X-Tenant", "acme"}, {"Accept", "*/*"}} << 0;
    QTest::newRow("no colon") << QStringLiteral("Cookie: a=b\nnonsense") << false << Headers{} << 2;
    QTest::newRow("no name") << QStringLiteral(": value") << false << Headers{} << 1;
    QTest::newRow("space in name") << QStringLiteral("X Tenant: acme") << false << Headers{} << 1;
}

void TestRouteTesterDialog::parsesHeaderLines()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(Headers, headers);
    QFETCH(int, badLine);
    int line = 0;
    const auto parsed = RouteTesterDialog::parseHeaders(text, &line);
    QCOMPARE(parsed.has_value(), ok);
    if (ok)
        QCOMPARE(*parsed, headers);
    else
        QCOMPARE(line, badLine);
}

void TestRouteTesterDialog::showsWhichServerWouldAnswer()
{
    test(QStringLiteral("http://shop.example.com/api/orders?id=1"));
    const RouteTestResult& result = m_dialog->lastResult();
    QCOMPARE(result.site, QStringLiteral("shop"));
    QCOMPARE(result.routePath, QStringLiteral("/api"));
    QCOMPARE(result.pool, QStringLiteral("api"));
    QCOMPARE(result.backend, QStringLiteral("127.0.0.1:9001"));
    QCOMPARE(result.status, 0);

    QCOMPARE(child<QLabel>("resultSiteLabel")->text(), QStringLiteral("shop"));
    QVERIFY(child<QLabel>("resultRouteLabel")->text().startsWith(QLatin1String("/api")));
    QCOMPARE(child<QLabel>("resultPoolLabel")->text(), QStringLiteral("api"));
    QCOMPARE(child<QLabel>("resultBackendLabel")->text(), QStringLiteral("127.0.0.1:9001"));
    QCOMPARE(child<QLabel>("resultOutcomeLabel")->text(), RouteTestText::outcome(result));
    auto* steps = child<QListWidget>("routeTestStepsListWidget");
    QVERIFY(!result.steps.isEmpty());
    QCOMPARE(steps->count(), result.steps.size());
    for (int i = 0; i < steps->count(); ++i) {
        QCOMPARE(steps->item(i)->text(), RouteTestText::step(result.steps.at(i)));
        QVERIFY2(!steps->item(i)->text().contains(QLatin1Char('%')), qPrintable(steps->item(i)->text()));
    }
    const bool explained = std::any_of(result.steps.cbegin(), result.steps.cend(), [](const RouteTestStep& step) {
        return step.kind == RouteTestStepKind::BackendChosen;
    });
    QVERIFY(explained);
}

void TestRouteTesterDialog::showsRedirectsAndUnknownHosts_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("site");
    QTest::newRow("redirect") << QStringLiteral("http://shop.example.com/old/page") << 301 << QStringLiteral("shop");
    QTest::newRow("wildcard") << QStringLiteral("http://eu.shop.example.com/") << 0 << QStringLiteral("shop");
    QTest::newRow("unknown host") << QStringLiteral("http://other.example.com/") << 404 << QString();
}

void TestRouteTesterDialog::showsRedirectsAndUnknownHosts()
{
    QFETCH(QString, url);
    QFETCH(int, status);
    QFETCH(QString, site);
    test(url);
    const RouteTestResult& result = m_dialog->lastResult();
    QCOMPARE(result.status, status);
    QCOMPARE(result.site, site);
    QCOMPARE(child<QLabel>("resultOutcomeLabel")->text(), RouteTestText::outcome(result));
    if (status == 301)
        QVERIFY(child<QLabel>("resultOutcomeLabel")->text().contains(QLatin1String("https://new.example.com")));
    QVERIFY(child<QListWidget>("routeTestStepsListWidget")->count() > 0);
}

void TestRouteTesterDialog::refusesMalformedInput_data()
{
    QTest::addColumn<QString>("clientIp");
    QTest::addColumn<QString>("headers");
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("expected");
    QTest::newRow("bad ip") << QStringLiteral("1.2.3") << QString() << QStringLiteral("GET")
                            << QStringLiteral("is not an IP address");
    QTest::newRow("bad header") << QStringLiteral("10.0.0.1") << QStringLiteral("X-A: 1\nbroken")
                                << QStringLiteral("GET") << QStringLiteral("Header line 2");
    QTest::newRow("bad method") << QStringLiteral("10.0.0.1") << QString() << QStringLiteral("GET X")
                                << QStringLiteral("one word");
}

void TestRouteTesterDialog::refusesMalformedInput()
{
    QFETCH(QString, clientIp);
    QFETCH(QString, headers);
    QFETCH(QString, method);
    QFETCH(QString, expected);
    child<QLineEdit>("clientIpLineEdit")->setText(clientIp);
    child<QPlainTextEdit>("headersPlainTextEdit")->setPlainText(headers);
    child<QComboBox>("methodComboBox")->setEditText(method);
    m_dialog->setUrl(QStringLiteral("http://shop.example.com/"));
    QVERIFY(!m_dialog->runTest());
    auto* error = child<QLabel>("routeTestInputErrorLabel");
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(expected), qPrintable(error->text()));
    QVERIFY(!child<QLabel>("resultSiteLabel")->isVisible());
}

QTEST_MAIN(TestRouteTesterDialog)
#include "TestRouteTesterDialog.moc"

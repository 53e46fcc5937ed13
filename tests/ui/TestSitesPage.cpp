// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/EngineSession.h"
#include "app/TranslationManager.h"
#include "config/ConfigStore.h"
#include "dialogs/RouteTesterDialog.h"
#include "models/SiteTableModel.h"
#include "pages/SitesPage.h"
#include "wizards/SiteWizard.h"

#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Portico;

// The Sites page's actions: edit and test open the right dialog, remove asks and takes unused pools along.
class TestSitesPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void buttonsFollowTheSelection();
    void editOpensTheWizardOnTheSelectedSite();
    void testRoutesStartsWithTheSelectedSite();
    void removeAsksAndKeepsSharedPools_data();
    void removeAsksAndKeepsSharedPools();

private:
    template<typename T>
    T* child(const char* name) const;
    void selectRow(int row);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<TranslationManager> m_translations;
    std::unique_ptr<EngineSession> m_session;
    std::unique_ptr<SitesPage> m_page;
};

void TestSitesPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    EngineController::registerMetaTypes();
}

void TestSitesPage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_translations = std::make_unique<TranslationManager>();
    m_translations->setLanguage(QStringLiteral("en"));
    m_path = m_dir->filePath(QStringLiteral("portico.json"));
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"version":1,"settings":{"workers":1},"listeners":[{"address":"127.0.0.1","port":0}],
        "sites":[{"name":"wiki","serverNames":["wiki.example.com"],"routes":[{"path":"/","pool":"shared"}]},
                 {"name":"docs","serverNames":["*.docs.example.com"],"routes":[{"path":"/","pool":"shared"},
                                                                          {"path":"/api","pool":"api"}]}],
        "pools":[{"name":"shared","backends":[{"host":"127.0.0.1","port":9}]},
                 {"name":"api","backends":[{"host":"127.0.0.1","port":10}]}]})");
    file.close();
    m_session = std::make_unique<EngineSession>(m_path);
    m_session->loadConfig();
    QCOMPARE(m_session->loadResult().status, ConfigLoadStatus::Loaded);
    m_page = std::make_unique<SitesPage>(*m_session);
    m_page->resize(1000, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestSitesPage::cleanup()
{
    m_page.reset();
    if (m_session)
        QVERIFY(m_session->stopAndWait(m_session->stopTimeoutMs()));
    m_session.reset();
    m_translations.reset();
    m_dir.reset();
}

template<typename T>
T* TestSitesPage::child(const char* name) const
{
    T* found = m_page->findChild<T*>(QString::fromLatin1(name));
    if (!found)
        qWarning("No child named %s", name);
    return found;
}

void TestSitesPage::selectRow(int row)
{
    auto* table = child<QTableView>("sitesTableView");
    const QRect rect = table->visualRect(table->model()->index(row, SiteTableModel::NameColumn));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
}

void TestSitesPage::buttonsFollowTheSelection()
{
    QVERIFY(child<QPushButton>("addSiteButton")->isEnabled());
    QVERIFY(child<QPushButton>("testRoutesButton")->isEnabled());
    QVERIFY(!child<QPushButton>("editSiteButton")->isEnabled());
    QVERIFY(!child<QPushButton>("removeSiteButton")->isEnabled());
    selectRow(1);
    QVERIFY(child<QPushButton>("editSiteButton")->isEnabled());
    QVERIFY(child<QPushButton>("removeSiteButton")->isEnabled());
}

void TestSitesPage::editOpensTheWizardOnTheSelectedSite()
{
    selectRow(1);
    QTest::mouseClick(child<QPushButton>("editSiteButton"), Qt::LeftButton);
    auto* wizard = m_page->findChild<SiteWizard*>();
    QVERIFY(wizard);
    QVERIFY(wizard->isEditing());
    QCOMPARE(wizard->originalName(), QStringLiteral("docs"));
    QCOMPARE(wizard->findChild<QLineEdit*>(QStringLiteral("hostnamesLineEdit"))->text(),
             QStringLiteral("*.docs.example.com"));
    // The pool edited is the one of the site's first proxy route.
    QCOMPARE(wizard->pool().name, QStringLiteral("shared"));
    wizard->reject();
}

void TestSitesPage::testRoutesStartsWithTheSelectedSite()
{
    selectRow(1);
    QTest::mouseClick(child<QPushButton>("testRoutesButton"), Qt::LeftButton);
    auto* dialog = m_page->findChild<RouteTesterDialog*>();
    QVERIFY(dialog);
    QCOMPARE(dialog->findChild<QLineEdit*>(QStringLiteral("urlLineEdit"))->text(),
             QStringLiteral("http://www.docs.example.com/"));
    QVERIFY(dialog->runTest());
    QCOMPARE(dialog->lastResult().site, QStringLiteral("docs"));
    dialog->reject();
}

void TestSitesPage::removeAsksAndKeepsSharedPools_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("site");
    QTest::addColumn<QStringList>("poolsLeft");
    QTest::newRow("shared pool stays") << 0 << QStringLiteral("wiki")
                                       << QStringList{QStringLiteral("shared"), QStringLiteral("api")};
    QTest::newRow("own pool goes") << 1 << QStringLiteral("docs") << QStringList{QStringLiteral("shared")};
}

void TestSitesPage::removeAsksAndKeepsSharedPools()
{
    QFETCH(int, row);
    QFETCH(QString, site);
    QFETCH(QStringList, poolsLeft);
    selectRow(row);
    QTest::mouseClick(child<QPushButton>("removeSiteButton"), Qt::LeftButton);
    auto* box = child<QMessageBox>("removeSiteMessageBox");
    QVERIFY(box);
    QVERIFY(box->text().contains(site));
    QTest::mouseClick(box->findChild<QPushButton*>(QStringLiteral("confirmRemoveSiteButton")), Qt::LeftButton);

    const Config config = ConfigStore(m_path).load(ConfigStore::OnBadFile::Keep).config;
    QCOMPARE(config, m_session->engine().config());
    QCOMPARE(config.sites.size(), 1);
    QVERIFY(config.sites.first().name != site);
    QStringList pools;
    for (const PoolConfig& pool : config.pools)
        pools << pool.name;
    QCOMPARE(pools, poolsLeft);
    QTRY_COMPARE(child<QTableView>("sitesTableView")->model()->rowCount(), 1);
}

QTEST_MAIN(TestSitesPage)
#include "TestSitesPage.moc"

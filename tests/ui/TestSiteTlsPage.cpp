// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/EngineSession.h"
#include "app/TranslationManager.h"
#include "config/ConfigStore.h"
#include "controller/CertificateCenter.h"
#include "pages/SitesPage.h"
#include "wizards/SiteWizard.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSslSocket>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Portico;

// The HTTPS step of the Add Site wizard, driven as an admin would, against a real engine and a real certificate
// store in a temporary directory.
class TestSiteTlsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void noHttpsLeavesTheSiteAsItWas();
    void letsEncryptAsksForTheTermsOnce();
    void letsEncryptRefusesWildcardNames();
    void checkNowShowsEachCheck();
    void localCaIssuesOnApply();
    void localCaIssueNowButton();
    void failedApplyTakesTheIssuedCertificateBack();
    void localCaMissingPointsToTheCertificatesPage();
    void existingListsOnlyCoveringCertificates();
    void redirectAndHstsOptions();
    void addsAnHttpsListenerThatServesTheCertificate();
    void noListenerOfferedWhenOneExists();
    void editingPrefillsTheStep_data();
    void editingPrefillsTheStep();
    void reviewDescribesTheChoice();

private:
    void createSession(const QByteArray& extraSettings = QByteArray(), const QByteArray& listeners = QByteArray(),
                       const QByteArray& sites = QByteArray());
    CertificateCenter& center() { return m_session->engine().certificates(); }
    QString selfSigned(const QString& name, const QStringList& names);
    SiteWizard* openWizard(const QString& siteName = QString());
    // Fills the first three steps of a new site and stops on the HTTPS step.
    void toHttpsPage(const QString& names);
    template<typename T>
    T* one(const char* name) const;
    void next();
    void choose(const char* radio);
    const SiteTlsConfig& tls() const { return m_wizard->site().tls; }
    // With PORTICO_SCREENSHOT_DIR set, keeps a picture of the wizard for people to look at.
    void picture(const QString& name, const char* showing = nullptr);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_configPath;
    QString m_certificates;
    std::unique_ptr<TranslationManager> m_translations;
    std::unique_ptr<EngineSession> m_session;
    std::unique_ptr<SitesPage> m_page;
    QPointer<SiteWizard> m_wizard;
};

void TestSiteTlsPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    EngineController::registerMetaTypes();
}

void TestSiteTlsPage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_configPath = m_dir->filePath(QStringLiteral("portico.json"));
    m_certificates = m_dir->filePath(QStringLiteral("certificates"));
    m_translations = std::make_unique<TranslationManager>();
    m_translations->setLanguage(QStringLiteral("en"));
}

void TestSiteTlsPage::cleanup()
{
    if (m_wizard)
        delete m_wizard.data();
    m_page.reset();
    if (m_session)
        QVERIFY(m_session->stopAndWait(m_session->stopTimeoutMs()));
    m_session.reset();
    m_translations.reset();
    m_dir.reset();
}

void TestSiteTlsPage::createSession(const QByteArray& extraSettings, const QByteArray& listeners,
                                    const QByteArray& sites)
{
    // The ACME directory points nowhere: nothing here may talk to a real certificate authority.
    const QByteArray acme = extraSettings.isEmpty()
                                ? QByteArray(R"("acme":{"directoryUrl":"https://127.0.0.1:9/directory"})")
                                : extraSettings;
    const QByteArray config =
        R"({"version":1,"settings":{"workers":1,"tls":{"certificateDirectory":")" + m_certificates.toUtf8() + R"("},)" +
        acme + R"(},"listeners":[)" +
        (listeners.isEmpty() ? QByteArray(R"({"address":"127.0.0.1","port":0})") : listeners) + "]" +
        (sites.isEmpty() ? QByteArray()
                         : QByteArray(R"(,"sites":)") + sites +
                               R"(,"pools":[{"name":"web","backends":[{"host":"127.0.0.1","port":9}]}])") +
        "}";
    QFile file(m_configPath);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(config), config.size());
    file.close();
    m_session = std::make_unique<EngineSession>(m_configPath);
    m_session->loadConfig();
    QCOMPARE(m_session->loadResult().status, ConfigLoadStatus::Loaded);
    QCOMPARE(m_session->engine().config().settings.certificateDirectory, m_certificates);
    QVERIFY(m_session->start());
    m_page = std::make_unique<SitesPage>(*m_session);
    m_page->resize(1000, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

QString TestSiteTlsPage::selfSigned(const QString& name, const QStringList& names)
{
    NewCertificateOptions options;
    options.name = name;
    options.names = names;
    options.validityDays = 90;
    const CertificateResult result = center().createSelfSigned(options);
    if (!result.ok())
        qWarning() << "createSelfSigned:" << result.error->toString();
    return result.id;
}

SiteWizard* TestSiteTlsPage::openWizard(const QString& siteName)
{
    m_wizard = m_page->openSiteWizard(siteName);
    if (m_wizard && !QTest::qWaitForWindowExposed(m_wizard.data()))
        qWarning("the wizard did not show");
    return m_wizard.data();
}

template<typename T>
T* TestSiteTlsPage::one(const char* name) const
{
    T* found = m_wizard->findChild<T*>(QString::fromLatin1(name));
    if (!found)
        qWarning("No child named %s", name);
    return found;
}

void TestSiteTlsPage::next()
{
    QAbstractButton* button = m_wizard->button(QWizard::NextButton);
    QVERIFY(button->isEnabled());
    const int before = m_wizard->currentId();
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), before + 1);
}

void TestSiteTlsPage::choose(const char* radio)
{
    auto* button = one<QRadioButton>(radio);
    QVERIFY(button);
    QVERIFY(button->isVisible());
    QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(8, button->height() / 2));
    QVERIFY(button->isChecked());
}

void TestSiteTlsPage::picture(const QString& name, const char* showing)
{
    const QString dir = qEnvironmentVariable("PORTICO_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    // Layouts settle on posted events.
    for (int round = 0; round < 3; ++round) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
    if (showing)
        one<QScrollArea>("tlsScrollArea")->ensureWidgetVisible(one<QWidget>(showing));
    m_wizard->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

void TestSiteTlsPage::toHttpsPage(const QString& names)
{
    QVERIFY(openWizard());
    QTest::keyClicks(one<QLineEdit>("hostnamesLineEdit"), names);
    next();
    const QList<QLineEdit*> hosts =
        m_wizard->currentPage()->findChildren<QLineEdit*>(QStringLiteral("backendHostLineEdit"));
    QCOMPARE(hosts.size(), 1);
    QTest::keyClicks(hosts.first(), QStringLiteral("127.0.0.1"));
    m_wizard->currentPage()->findChild<QSpinBox*>(QStringLiteral("backendPortSpinBox"))->setValue(9);
    next();
    next();
    QCOMPARE(m_wizard->currentId(), int(SiteWizard::HttpsPageId));
    QCOMPARE(SiteWizard::pageNames().at(SiteWizard::HttpsPageId), QStringLiteral("https"));
}

void TestSiteTlsPage::noHttpsLeavesTheSiteAsItWas()
{
    createSession();
    toHttpsPage(QStringLiteral("shop.example.com"));
    QVERIFY(one<QRadioButton>("noHttpsRadioButton")->isChecked());
    QVERIFY(!one<QWidget>("httpsOptionsWidget")->isVisible());
    QVERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());
    QVERIFY(tls().isDefault());
    QVERIFY(!m_wizard->newHttpsListener());
    QVERIFY(!m_wizard->issuesFromLocalCa());

    // Trying a choice and going back leaves nothing behind.
    choose("existingCertificateRadioButton");
    QVERIFY(one<QWidget>("httpsOptionsWidget")->isVisible());
    choose("noHttpsRadioButton");
    QVERIFY(tls().isDefault());
    QVERIFY(!m_wizard->newHttpsListener());
    QCOMPARE(m_wizard->candidate().settings, m_session->engine().config().settings);
    next();
    QCOMPARE(m_wizard->currentId(), int(SiteWizard::ReviewPageId));
}

void TestSiteTlsPage::letsEncryptAsksForTheTermsOnce()
{
    createSession(QByteArray());
    toHttpsPage(QStringLiteral("shop.example.com, www.shop.example.com"));
    choose("acmeRadioButton");
    QVERIFY(one<QWidget>("acmePanelWidget")->isVisible());
    QVERIFY(tls().acme);
    QVERIFY(tls().certificate.isEmpty());
    // HTTPS chosen: visitors are sent from http:// by default.
    QVERIFY(one<QCheckBox>("redirectHttpCheckBox")->isChecked());
    QVERIFY(tls().redirectHttp);

    // No account yet: the terms must be accepted before Next.
    auto* terms = one<QCheckBox>("acmeTermsCheckBox");
    QVERIFY(terms->isVisible());
    QVERIFY(!terms->isChecked());
    QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
    auto* email = one<QLineEdit>("acmeEmailLineEdit");
    QTest::keyClicks(email, QStringLiteral("not an address"));
    QVERIFY(one<QLabel>("acmeEmailErrorLabel")->isVisible());
    email->clear();
    QTest::keyClicks(email, QStringLiteral("admin@shop.example.com"));
    QVERIFY(!one<QLabel>("acmeEmailErrorLabel")->isVisible());
    terms->setChecked(true);
    QVERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());
    picture(QStringLiteral("https-acme"));
    const AcmeConfig acme = m_wizard->candidate().settings.acme;
    QVERIFY(acme.termsAgreed);
    QCOMPARE(acme.email, QStringLiteral("admin@shop.example.com"));
    QCOMPARE(acme.directoryUrl, QStringLiteral("https://127.0.0.1:9/directory"));
    const SiteConfig site = m_wizard->candidate().sites.last();
    QVERIFY(site.tls.acme);

    // Leaving Let's Encrypt takes the account change back.
    choose("noHttpsRadioButton");
    QCOMPARE(m_wizard->candidate().settings.acme, m_session->engine().config().settings.acme);
}

void TestSiteTlsPage::letsEncryptRefusesWildcardNames()
{
    createSession(R"("acme":{"directoryUrl":"https://127.0.0.1:9/directory","termsAgreed":true,
                    "email":"it@example.com"})");
    toHttpsPage(QStringLiteral("*.shop.example.com"));
    choose("acmeRadioButton");
    // The account exists: no terms to accept again.
    QVERIFY(!one<QWidget>("acmeAccountWidget")->isVisible());
    QVERIFY2(one<QLabel>("acmeAccountNoteLabel")->text().contains(QLatin1String("it@example.com")),
             qPrintable(one<QLabel>("acmeAccountNoteLabel")->text()));
    auto* wildcard = one<QLabel>("acmeWildcardLabel");
    QVERIFY(wildcard->isVisible());
    QVERIFY2(wildcard->text().contains(QLatin1String("*.shop.example.com")), qPrintable(wildcard->text()));
    QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
    // The local CA can cover wildcards: the way out works.
    choose("existingCertificateRadioButton");
    QVERIFY(!wildcard->isVisible());
}

void TestSiteTlsPage::checkNowShowsEachCheck()
{
    createSession();
    toHttpsPage(QStringLiteral("localhost"));
    choose("acmeRadioButton");
    auto* check = one<QPushButton>("acmeCheckButton");
    QVERIFY(check->isEnabled());
    QSignalSpy finished(&center(), &CertificateCenter::preflightFinished);
    QTest::mouseClick(check, Qt::LeftButton);
    QVERIFY(one<QWidget>("acmePreflightWidget")->isVisible());
    QCOMPARE(one<QLabel>("preflightSummaryLabel")->text(), QStringLiteral("Checking…"));
    QVERIFY(!check->isEnabled());
    if (!finished.wait(30'000))
        QSKIP("CertificateCenter::preflightFinished never arrived: the pre-flight is not there yet");
    QVERIFY(check->isEnabled());
    const auto result = finished.first().at(1).value<PreflightReport>();
    QVERIFY(!result.checks.isEmpty());
    // One row per check, each with its mark.
    const QList<QLabel*> rows = m_wizard->findChildren<QLabel*>(QStringLiteral("preflightCheckLabel"));
    const QList<QLabel*> marks = m_wizard->findChildren<QLabel*>(QStringLiteral("preflightMarkLabel"));
    QCOMPARE(rows.size(), result.checks.size());
    QCOMPARE(marks.size(), result.checks.size());
    QString text;
    for (const QLabel* row : rows)
        text += row->text() + QLatin1Char('\n');
    // Portico listens on a free port here, not on 80: that check fails and says so in words.
    QVERIFY2(text.contains(QLatin1String("Port 80")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("does not listen for http:// on port 80")), qPrintable(text));
    bool failedMark = false;
    for (const QLabel* mark : marks)
        failedMark = failedMark || mark->text() == QStringLiteral("✗");
    QVERIFY(failedMark);
    QVERIFY(one<QLabel>("preflightSummaryLabel")->text().contains(QLatin1String("failed checks")));
    picture(QStringLiteral("https-acme-checked"));
}

void TestSiteTlsPage::localCaIssuesOnApply()
{
    createSession();
    QVERIFY(center().createLocalCa(QStringLiteral("Test Office")).ok());
    toHttpsPage(QStringLiteral("intranet.office.lan, nas.office.lan"));
    choose("localCaRadioButton");
    auto* status = one<QLabel>("localCaStatusLabel");
    QVERIFY2(status->text().contains(QLatin1String("When you press Apply")), qPrintable(status->text()));
    QVERIFY(one<QPushButton>("issueLocalCaButton")->isVisible());
    QVERIFY(m_wizard->issuesFromLocalCa());
    QVERIFY(tls().certificate.isEmpty());
    QVERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());
    picture(QStringLiteral("https-local-ca"), "httpsListenerHintLabel");
    const qsizetype before = center().list().size();
    // Keep the new HTTPS listener off port 443 (not ours to take in a test).
    one<QCheckBox>("addHttpsListenerCheckBox")->setChecked(false);
    QVERIFY(!m_wizard->newHttpsListener());
    next();
    const QString review = one<QLabel>("reviewChangesLabel")->text();
    QVERIFY2(review.contains(QLatin1String("gets a new certificate from the office's local CA")), qPrintable(review));
    QVERIFY2(!review.contains(QLatin1String("whichever")), qPrintable(review));
    // Nothing is issued before Apply.
    QCOMPARE(center().list().size(), before);
    QTest::mouseClick(m_wizard->button(QWizard::FinishButton), Qt::LeftButton);
    QTRY_VERIFY(!m_wizard);

    const Config& config = m_session->engine().config();
    const SiteTlsConfig applied = config.sites.last().tls;
    QVERIFY(!applied.certificate.isEmpty());
    QVERIFY(applied.redirectHttp);
    const auto entry = center().entry(applied.certificate);
    QVERIFY(entry);
    QCOMPARE(entry->source, CertificateSource::LocalCa);
    QCOMPARE(entry->kind, CertificateEntryKind::Certificate);
    QVERIFY(entry->info.matchesExactly(QStringLiteral("intranet.office.lan")));
    QVERIFY(entry->info.matchesExactly(QStringLiteral("nas.office.lan")));
    QCOMPARE(center().list().size(), before + 1);
    QCOMPARE(ConfigStore(m_configPath).load(ConfigStore::OnBadFile::Keep).config.sites.last().tls, applied);
}

void TestSiteTlsPage::localCaIssueNowButton()
{
    createSession();
    QVERIFY(center().createLocalCa(QStringLiteral("Test Office")).ok());
    toHttpsPage(QStringLiteral("wiki.office.lan"));
    choose("localCaRadioButton");
    QSignalSpy changed(&center(), &CertificateCenter::certificatesChanged);
    QTest::mouseClick(one<QPushButton>("issueLocalCaButton"), Qt::LeftButton);
    QCOMPARE(changed.size(), 1);
    QVERIFY(!tls().certificate.isEmpty());
    QVERIFY(!m_wizard->issuesFromLocalCa());
    const auto entry = center().entry(tls().certificate);
    QVERIFY(entry);
    QCOMPARE(entry->source, CertificateSource::LocalCa);
    QVERIFY(!one<QPushButton>("issueLocalCaButton")->isVisible());
    QVERIFY2(one<QLabel>("localCaStatusLabel")->text().contains(QLatin1String("The site uses the certificate")),
             qPrintable(one<QLabel>("localCaStatusLabel")->text()));
    QVERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());
}

void TestSiteTlsPage::failedApplyTakesTheIssuedCertificateBack()
{
    createSession();
    QVERIFY(center().createLocalCa(QStringLiteral("Test Office")).ok());
    // The HTTPS listener's port is taken: Apply fails after the certificate was issued for it.
    QTcpServer taken;
    QVERIFY(taken.listen(QHostAddress::LocalHost, 0));
    toHttpsPage(QStringLiteral("wiki.office.lan"));
    choose("localCaRadioButton");
    auto* address = one<QLineEdit>("httpsListenAddressLineEdit");
    address->clear();
    QTest::keyClicks(address, QStringLiteral("127.0.0.1"));
    one<QSpinBox>("httpsListenPortSpinBox")->setValue(taken.serverPort());
    next();
    const qsizetype before = center().list().size();
    QSignalSpy saved(m_session.get(), &EngineSession::configSaved);
    QTest::mouseClick(m_wizard->button(QWizard::FinishButton), Qt::LeftButton);
    QVERIFY(m_wizard);
    QCOMPARE(m_wizard->currentId(), int(SiteWizard::ReviewPageId));
    auto* error = one<QLabel>("reviewErrorLabel");
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QLatin1String("Nothing was changed")), qPrintable(error->text()));
    QCOMPARE(saved.size(), 0);
    QCOMPARE(center().list().size(), before);
    QVERIFY(m_wizard->issuesFromLocalCa());
    QVERIFY(tls().certificate.isEmpty());
}

void TestSiteTlsPage::localCaMissingPointsToTheCertificatesPage()
{
    createSession();
    toHttpsPage(QStringLiteral("wiki.office.lan"));
    choose("localCaRadioButton");
    auto* status = one<QLabel>("localCaStatusLabel");
    QVERIFY2(status->text().contains(QLatin1String("no local CA")), qPrintable(status->text()));
    QVERIFY(status->text().contains(QLatin1String("Certificates page")));
    QVERIFY(!one<QPushButton>("issueLocalCaButton")->isVisible());
    QVERIFY(!m_wizard->issuesFromLocalCa());
    QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
    picture(QStringLiteral("https-local-ca-missing"));
    // A CA made meanwhile (the store changed) is noticed.
    QVERIFY(center().createLocalCa(QStringLiteral("Test Office")).ok());
    QVERIFY2(status->text().contains(QLatin1String("When you press Apply")), qPrintable(status->text()));
    QVERIFY(m_wizard->issuesFromLocalCa());
    QVERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());
}

void TestSiteTlsPage::existingListsOnlyCoveringCertificates()
{
    createSession();
    const QString wildcard = selfSigned(QStringLiteral("Wildcard"), {QStringLiteral("*.example.com")});
    const QString exact = selfSigned(QStringLiteral("Shop"), {QStringLiteral("shop.example.com")});
    const QString other = selfSigned(QStringLiteral("Other"), {QStringLiteral("other.example.org")});
    QVERIFY(center().createLocalCa(QStringLiteral("Test Office")).ok());
    QVERIFY(!wildcard.isEmpty() && !exact.isEmpty() && !other.isEmpty());
    toHttpsPage(QStringLiteral("shop.example.com"));
    choose("existingCertificateRadioButton");
    auto* combo = one<QComboBox>("existingCertificateComboBox");
    QVERIFY(combo->isVisible());
    // The local CA itself is no server certificate: not listed.
    QCOMPARE(combo->count(), 3);
    auto* model = qobject_cast<QStandardItemModel*>(combo->model());
    QVERIFY(model);
    QHash<QString, int> rows;
    for (int row = 0; row < combo->count(); ++row)
        rows.insert(combo->itemData(row, Qt::UserRole).toString(), row);
    QVERIFY(model->item(rows.value(wildcard))->isEnabled());
    QVERIFY(model->item(rows.value(exact))->isEnabled());
    QVERIFY(!model->item(rows.value(other))->isEnabled());
    QVERIFY2(combo->itemText(rows.value(other)).contains(QLatin1String("does not cover shop.example.com")),
             qPrintable(combo->itemText(rows.value(other))));
    // What fits comes first and is chosen.
    QVERIFY(rows.value(other) > rows.value(wildcard) && rows.value(other) > rows.value(exact));
    QVERIFY(combo->currentData().toString() == wildcard || combo->currentData().toString() == exact);
    QVERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());
    combo->setCurrentIndex(rows.value(exact));
    QCOMPARE(tls().certificate, exact);
    QCOMPARE(m_wizard->candidate().sites.last().tls.certificate, exact);
    combo->setCurrentIndex(rows.value(wildcard));
    QCOMPARE(tls().certificate, wildcard);
    QVERIFY(!tls().acme);
    QVERIFY(!tls().hasFiles());
    picture(QStringLiteral("https-existing"));

    // A name added afterwards that the chosen certificate does not cover: said, and Next waits for another.
    combo->setCurrentIndex(rows.value(exact));
    for (int step = 0; step < 3; ++step)
        m_wizard->back();
    QCOMPARE(m_wizard->currentId(), int(SiteWizard::HostnamesPageId));
    auto* hostnames = one<QLineEdit>("hostnamesLineEdit");
    hostnames->end(false);
    QTest::keyClicks(hostnames, QStringLiteral(", www.shop.example.com"));
    next();
    next();
    next();
    QCOMPARE(combo->currentData().toString(), exact);
    auto* error = one<QLabel>("existingCertificateErrorLabel");
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QLatin1String("does not cover www.shop.example.com")), qPrintable(error->text()));
    QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
    QVERIFY(!model->item(combo->currentIndex())->isEnabled());
}

void TestSiteTlsPage::redirectAndHstsOptions()
{
    createSession();
    const QString id = selfSigned(QStringLiteral("Shop"), {QStringLiteral("shop.example.com")});
    toHttpsPage(QStringLiteral("shop.example.com"));
    choose("existingCertificateRadioButton");
    auto* redirect = one<QCheckBox>("redirectHttpCheckBox");
    QVERIFY(redirect->isChecked());
    QTest::mouseClick(redirect, Qt::LeftButton, {}, QPoint(8, redirect->height() / 2));
    QVERIFY(!tls().redirectHttp);
    // The admin's own choice stays when the certificate choice changes.
    choose("noHttpsRadioButton");
    choose("existingCertificateRadioButton");
    QVERIFY(!redirect->isChecked());
    QTest::mouseClick(redirect, Qt::LeftButton, {}, QPoint(8, redirect->height() / 2));
    QVERIFY(tls().redirectHttp);

    auto* advanced = one<QWidget>("advancedTlsWidget");
    QVERIFY(!advanced->isVisible());
    QCOMPARE(tls().hstsMaxAgeSeconds, 0);
    QTest::mouseClick(one<QPushButton>("advancedTlsButton"), Qt::LeftButton);
    QVERIFY(advanced->isVisible());
    QVERIFY(one<QLabel>("hstsWarningLabel")->isVisible());
    QVERIFY(one<QLabel>("hstsWarningLabel")->text().contains(QLatin1String("Hard to undo")));
    auto* hsts = one<QComboBox>("hstsComboBox");
    auto* subdomains = one<QCheckBox>("hstsSubdomainsCheckBox");
    QVERIFY(!subdomains->isEnabled());
    QCOMPARE(hsts->count(), 4);
    hsts->setCurrentIndex(hsts->findData(qint64(86400)));
    QCOMPARE(tls().hstsMaxAgeSeconds, 86400);
    hsts->setCurrentIndex(hsts->findData(qint64(31'536'000)));
    QCOMPARE(tls().hstsMaxAgeSeconds, 31'536'000);
    QVERIFY(subdomains->isEnabled());
    subdomains->setChecked(true);
    QVERIFY(tls().hstsIncludeSubdomains);
    QCOMPARE(tls().hstsValue(), QByteArray("max-age=31536000; includeSubDomains"));
    picture(QStringLiteral("https-options"), "hstsWarningLabel");
    // Off again: no includeSubDomains left behind.
    hsts->setCurrentIndex(hsts->findData(qint64(0)));
    QCOMPARE(tls().hstsMaxAgeSeconds, 0);
    QVERIFY(!tls().hstsIncludeSubdomains);
    QCOMPARE(tls().certificate, id);
}

void TestSiteTlsPage::addsAnHttpsListenerThatServesTheCertificate()
{
    createSession();
    const QString id = selfSigned(QStringLiteral("Shop"), {QStringLiteral("shop.example.com")});
    quint16 freePort = 0;
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        freePort = server.serverPort();
    }
    toHttpsPage(QStringLiteral("shop.example.com"));
    choose("existingCertificateRadioButton");
    QVERIFY(one<QWidget>("httpsListenerWidget")->isVisible());
    QVERIFY(!one<QLabel>("httpsListenerInfoLabel")->isVisible());
    auto* add = one<QCheckBox>("addHttpsListenerCheckBox");
    QVERIFY(add->isChecked());
    QVERIFY(m_wizard->newHttpsListener());
    QCOMPARE(*m_wizard->newHttpsListener(), ListenerConfig(QStringLiteral("0.0.0.0"), 443, ListenerProtocol::Https));

    // A bad address is said beside the field.
    auto* address = one<QLineEdit>("httpsListenAddressLineEdit");
    address->clear();
    QTest::keyClicks(address, QStringLiteral("300.1.2.3"));
    QVERIFY(one<QLabel>("httpsListenerErrorLabel")->isVisible());
    QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
    address->clear();
    QTest::keyClicks(address, QStringLiteral("127.0.0.1"));
    QVERIFY(!one<QLabel>("httpsListenerErrorLabel")->isVisible());
    one<QSpinBox>("httpsListenPortSpinBox")->setValue(freePort);
    const ListenerConfig expected(QStringLiteral("127.0.0.1"), freePort, ListenerProtocol::Https);
    QCOMPARE(*m_wizard->newHttpsListener(), expected);
    // Unticked: no listener.
    add->setChecked(false);
    QVERIFY(!m_wizard->newHttpsListener());
    add->setChecked(true);
    next();
    QVERIFY2(one<QLabel>("reviewChangesLabel")
                 ->text()
                 .contains(QStringLiteral("listens for https:// on 127.0.0.1:%1").arg(freePort)),
             qPrintable(one<QLabel>("reviewChangesLabel")->text()));
    QTest::mouseClick(m_wizard->button(QWizard::FinishButton), Qt::LeftButton);
    QTRY_VERIFY(!m_wizard);
    QVERIFY(m_session->engine().config().listeners.contains(expected));
    QCOMPARE(m_session->engine().config().sites.last().tls.certificate, id);

    // The engine answers https:// there with the chosen certificate.
    QSslSocket socket;
    socket.setPeerVerifyMode(QSslSocket::VerifyNone);
    socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), freePort, QStringLiteral("shop.example.com"));
    QVERIFY2(socket.waitForEncrypted(10'000), qPrintable(socket.errorString()));
    const QString serial = QString::fromLatin1(socket.peerCertificate().serialNumber()).remove(QLatin1Char(':'));
    QCOMPARE(serial.toUpper(), center().entry(id)->info.serialNumber);
}

void TestSiteTlsPage::noListenerOfferedWhenOneExists()
{
    createSession();
    const QString id = selfSigned(QStringLiteral("Shop"), {QStringLiteral("shop.example.com")});
    Config config = m_session->engine().config();
    config.listeners.append(ListenerConfig(QStringLiteral("127.0.0.1"), 0, ListenerProtocol::Https));
    config.listeners.last().certificate = id;
    const ConfigErrors errors = m_session->applyConfig(config);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.isEmpty() ? QString() : errors.first().toString()));
    const QList<BoundListener> bound = m_session->engine().listeners();
    QCOMPARE(bound.size(), 2);
    toHttpsPage(QStringLiteral("shop.example.com"));
    choose("existingCertificateRadioButton");
    QVERIFY(!one<QWidget>("httpsListenerWidget")->isVisible());
    auto* info = one<QLabel>("httpsListenerInfoLabel");
    QVERIFY(info->isVisible());
    QVERIFY2(info->text().contains(bound.last().endpoint()), qPrintable(info->text()));
    QVERIFY(!m_wizard->newHttpsListener());
}

void TestSiteTlsPage::editingPrefillsTheStep_data()
{
    QTest::addColumn<QByteArray>("tls");
    QTest::addColumn<QString>("radio");
    QTest::addRow("none") << QByteArray("{}") << QStringLiteral("noHttpsRadioButton");
    QTest::addRow("acme") << QByteArray(R"({"acme":true,"redirectHttp":true})") << QStringLiteral("acmeRadioButton");
    QTest::addRow("existing")
        << QByteArray(
               R"({"certificate":"%ID%","redirectHttp":true,"hsts":{"maxAgeSeconds":86400,"includeSubdomains":true}})")
        << QStringLiteral("existingCertificateRadioButton");
    QTest::addRow("local CA") << QByteArray(R"({"certificate":"%CA%","redirectHttp":false})")
                              << QStringLiteral("localCaRadioButton");
    QTest::addRow("automatic") << QByteArray(R"({"redirectHttp":true,"hsts":{"maxAgeSeconds":1209600}})")
                               << QStringLiteral("existingCertificateRadioButton");
}

void TestSiteTlsPage::editingPrefillsTheStep()
{
    QFETCH(QByteArray, tls);
    QFETCH(QString, radio);
    // The store first (the entries' ids go into the config), then the engine on that config.
    CertificateStore store(m_certificates);
    NewCertificateOptions options;
    options.names = {QStringLiteral("wiki.example.com")};
    const QString id = store.createSelfSigned(options).id;
    QVERIFY(store.createLocalCa(QStringLiteral("Test Office")).ok());
    const QString fromCa = store.issueFromLocalCa(options).id;
    QVERIFY(!id.isEmpty() && !fromCa.isEmpty());
    tls.replace("%ID%", id.toUtf8()).replace("%CA%", fromCa.toUtf8());
    createSession(R"("acme":{"directoryUrl":"https://127.0.0.1:9/directory","termsAgreed":true})", QByteArray(),
                  R"([{"name":"wiki","serverNames":["wiki.example.com"],"routes":[{"path":"/","pool":"web"}],"tls":)" +
                      tls + "}]");
    const SiteTlsConfig loaded = m_session->engine().config().sites.first().tls;
    QVERIFY(openWizard(QStringLiteral("wiki")));
    next();
    next();
    next();
    QCOMPARE(m_wizard->currentId(), int(SiteWizard::HttpsPageId));
    QVERIFY(one<QRadioButton>(qPrintable(radio))->isChecked());
    // Nothing changes by merely passing the step.
    QCOMPARE(m_wizard->site().tls, loaded);
    QVERIFY(!m_wizard->issuesFromLocalCa());
    QVERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());
    QCOMPARE(one<QCheckBox>("redirectHttpCheckBox")->isChecked(), loaded.redirectHttp);
    QCOMPARE(one<QWidget>("advancedTlsWidget")->isVisible(), loaded.hstsMaxAgeSeconds > 0);
    QCOMPARE(one<QComboBox>("hstsComboBox")->currentData().toLongLong(), loaded.hstsMaxAgeSeconds);
    QCOMPARE(one<QCheckBox>("hstsSubdomainsCheckBox")->isChecked(), loaded.hstsIncludeSubdomains);
    if (!loaded.certificate.isEmpty() && radio == QLatin1String("existingCertificateRadioButton"))
        QCOMPARE(one<QComboBox>("existingCertificateComboBox")->currentData().toString(), loaded.certificate);
    if (radio == QLatin1String("localCaRadioButton"))
        QVERIFY(one<QLabel>("localCaStatusLabel")->text().contains(QLatin1String("The site uses the certificate")));
    next();
    QVERIFY2(one<QLabel>("reviewChangesLabel")->text().contains(QLatin1String("Nothing changes")),
             qPrintable(one<QLabel>("reviewChangesLabel")->text()));
}

void TestSiteTlsPage::reviewDescribesTheChoice()
{
    createSession();
    const QString id = selfSigned(QStringLiteral("Shop certificate"), {QStringLiteral("shop.example.com")});
    toHttpsPage(QStringLiteral("shop.example.com"));
    choose("existingCertificateRadioButton");
    one<QCheckBox>("addHttpsListenerCheckBox")->setChecked(false);
    QTest::mouseClick(one<QPushButton>("advancedTlsButton"), Qt::LeftButton);
    auto* hsts = one<QComboBox>("hstsComboBox");
    hsts->setCurrentIndex(hsts->findData(qint64(86400)));
    next();
    const QString review = one<QLabel>("reviewChangesLabel")->text();
    QVERIFY2(review.contains(QLatin1String("uses the certificate &quot;Shop certificate&quot; for https://")),
             qPrintable(review));
    QVERIFY2(review.contains(QLatin1String("by http:// are sent on to https://")), qPrintable(review));
    // "1 day" once the English plural forms are in (lupdate); "1 day(s)" before.
    QVERIFY2(review.contains(QLatin1String("for &quot;shop&quot;, for 1 day")), qPrintable(review));
    picture(QStringLiteral("https-review"));
    QCOMPARE(tls().certificate, id);
}

QTEST_MAIN(TestSiteTlsPage)
#include "TestSiteTlsPage.moc"

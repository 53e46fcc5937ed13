// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestPaths.h"

#include "app/EngineSession.h"
#include "app/TranslationManager.h"
#include "controller/CertificateCenter.h"
#include "dialogs/LocalCaInstructionsDialog.h"
#include "pages/CertificatesPage.h"
#include "text/CertificateText.h"
#include "wizards/CertificateWizard.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Portico;
using namespace Portico::Test;

// The Certificate wizard driven as an admin would, over a real CertificateCenter whose store lives in a temporary
// directory (settings.tls.certificateDirectory). The engine stays stopped: nothing here needs traffic.
class TestCertificateWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void selfSignedCertificateIsCreated();
    void localCaIsCreatedThenIssuesForANameAndAnAddress();
    void localCaNamesAreCheckedAsTheAdminTypes();
    void pemImportOfAGoodPair();
    void pemImportWithAMismatchedKeyShowsWhyAndStoresNothing();
    void pkcs12WithAWrongPasswordShowsWhyAndStoresNothing();
    void requestIsCreatedAndSaved();
    void acmeRefusesWildcardsAndAddresses();
    void acmePreflightShowsEachCheckInPlainWords();
    void acmeOrderFailureIsShownInPlainWords();
    void cancellingStoresNothing();

private:
    CertificateWizard* openWizard(int startPage = CertificateWizard::MethodPageId);
    template<typename T>
    T* one(const char* name) const;
    // Next, or the page's commit button (Create, Import) where it has one; checks it was enabled.
    void advance();
    void choose(const char* radioButton);
    static void clickIndicator(QAbstractButton* button);
    CertificateCenter& center() { return m_session->engine().certificates(); }
    QString certificateDirectory() const { return m_dir->filePath(QStringLiteral("certificates")); }
    // Every certificate or key file under the store's directory.
    QStringList storedFiles() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_configPath;
    std::unique_ptr<TranslationManager> m_translations;
    std::unique_ptr<EngineSession> m_session;
    std::unique_ptr<CertificatesPage> m_page;
    QPointer<CertificateWizard> m_wizard;
};

void TestCertificateWizard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    EngineController::registerMetaTypes();
    CertificateCenter::registerMetaTypes();
}

void TestCertificateWizard::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_configPath = m_dir->filePath(QStringLiteral("portico.json"));
    QFile file(m_configPath);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral(R"({"version":1,"settings":{"workers":1,"tls":{"certificateDirectory":"%1"}},
        "listeners":[{"address":"127.0.0.1","port":0}]})")
                   .arg(certificateDirectory())
                   .toUtf8());
    file.close();
    m_translations = std::make_unique<TranslationManager>();
    m_translations->setLanguage(QStringLiteral("en"));
    m_session = std::make_unique<EngineSession>(m_configPath);
    m_session->loadConfig();
    QCOMPARE(m_session->loadResult().status, ConfigLoadStatus::Loaded);
    QCOMPARE(center().directory(), certificateDirectory());
    m_page = std::make_unique<CertificatesPage>(*m_session);
    m_page->resize(1100, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestCertificateWizard::cleanup()
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

CertificateWizard* TestCertificateWizard::openWizard(int startPage)
{
    m_wizard = m_page->openWizard(startPage);
    if (m_wizard && !QTest::qWaitForWindowExposed(m_wizard.data()))
        qWarning("the wizard did not show");
    return m_wizard.data();
}

template<typename T>
T* TestCertificateWizard::one(const char* name) const
{
    T* found = m_wizard->currentPage()->findChild<T*>(QString::fromLatin1(name));
    if (!found)
        qWarning("No child named %s on the current page", name);
    return found;
}

QStringList TestCertificateWizard::storedFiles() const
{
    QStringList files;
    QDirIterator it(certificateDirectory(), {QStringLiteral("*.pem"), QStringLiteral("*.csr")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    return files;
}

void TestCertificateWizard::advance()
{
    QAbstractButton* commit = m_wizard->button(QWizard::CommitButton);
    QAbstractButton* button = commit->isVisible() ? commit : m_wizard->button(QWizard::NextButton);
    QVERIFY2(button->isEnabled(), qPrintable(button->text()));
    QTest::mouseClick(button, Qt::LeftButton);
}

void TestCertificateWizard::clickIndicator(QAbstractButton* button)
{
    // On the indicator: the button stretches across the page, its text does not.
    QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(8, button->height() / 2));
}

void TestCertificateWizard::choose(const char* radioButton)
{
    QCOMPARE(m_wizard->currentId(), int(CertificateWizard::MethodPageId));
    QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
    auto* button = one<QRadioButton>(radioButton);
    QVERIFY(button);
    clickIndicator(button);
    QVERIFY(button->isChecked());
    advance();
}

void TestCertificateWizard::selfSignedCertificateIsCreated()
{
    QVERIFY(openWizard());
    choose("selfSignedRadioButton");
    QCOMPARE(m_wizard->currentId(), int(CertificateWizard::SelfSignedPageId));
    QAbstractButton* create = m_wizard->button(QWizard::CommitButton);
    QCOMPARE(create->text(), QStringLiteral("Create"));
    QVERIFY(!create->isEnabled());
    QTest::keyClicks(one<QLineEdit>("selfSignedNamesLineEdit"), QStringLiteral("test.example.com, 127.0.0.1"));
    one<QSpinBox>("selfSignedValiditySpinBox")->setValue(30);
    QVERIFY(create->isEnabled());
    advance();

    QCOMPARE(m_wizard->currentId(), int(CertificateWizard::DonePageId));
    const QList<CertificateEntry> entries = center().list();
    QCOMPARE(entries.size(), 1);
    const CertificateEntry& entry = entries.first();
    QCOMPARE(entry.id, m_wizard->createdId());
    QCOMPARE(entry.source, CertificateSource::SelfSigned);
    QCOMPARE(entry.info.dnsNames, QStringList{QStringLiteral("test.example.com")});
    QCOMPARE(entry.info.ipAddresses, QStringList{QStringLiteral("127.0.0.1")});
    QVERIFY(entry.info.selfSigned);
    QCOMPARE(entry.info.daysLeft(QDateTime::currentDateTimeUtc()), 29);
    auto* summary = one<QLabel>("doneSummaryLabel");
    QVERIFY2(summary->text().contains(QLatin1String("test.example.com, 127.0.0.1")), qPrintable(summary->text()));
    QVERIFY(!one<QWidget>("doneLocalCaFrame")->isVisible());
    // Done: the page lists it, selected.
    QTest::mouseClick(m_wizard->button(QWizard::FinishButton), Qt::LeftButton);
    QTRY_VERIFY(!m_wizard);
    QCOMPARE(m_page->selectedId(), entry.id);
}

void TestCertificateWizard::localCaIsCreatedThenIssuesForANameAndAnAddress()
{
    QVERIFY(center().localCaId().isEmpty());
    QVERIFY(openWizard());
    choose("localCaRadioButton");
    QCOMPARE(m_wizard->currentId(), int(CertificateWizard::LocalCaPageId));
    // No CA yet: the page asks for the office's name first.
    auto* office = one<QLineEdit>("officeNameLineEdit");
    QVERIFY(office->isVisible());
    QTest::keyClicks(one<QLineEdit>("localCaNamesLineEdit"), QStringLiteral("intranet.office.lan 192.168.1.10"));
    QVERIFY(!m_wizard->button(QWizard::CommitButton)->isEnabled());
    QTest::keyClicks(office, QStringLiteral("Test Office"));
    QTest::keyClicks(one<QLineEdit>("permittedDomainsLineEdit"), QStringLiteral("office.lan"));
    advance();

    QCOMPARE(m_wizard->currentId(), int(CertificateWizard::DonePageId));
    QVERIFY(m_wizard->createdLocalCa());
    const QString caId = center().localCaId();
    QVERIFY(!caId.isEmpty());
    QVERIFY(center().entry(caId)->info.commonName.contains(QLatin1String("Test Office")));
    const std::optional<CertificateEntry> issued = center().entry(m_wizard->createdId());
    QVERIFY(issued);
    QCOMPARE(issued->source, CertificateSource::LocalCa);
    QCOMPARE(issued->info.dnsNames, QStringList{QStringLiteral("intranet.office.lan")});
    QCOMPARE(issued->info.ipAddresses, QStringList{QStringLiteral("192.168.1.10")});
    QCOMPARE(issued->info.issuer, center().entry(caId)->info.subject);

    // The end offers the CA's export with the instructions.
    QVERIFY(one<QWidget>("doneLocalCaFrame")->isVisible());
    QTest::mouseClick(one<QPushButton>("exportLocalCaButton"), Qt::LeftButton);
    auto* instructions = m_wizard->findChild<LocalCaInstructionsDialog*>();
    QVERIFY(instructions);
    QVERIFY(QTest::qWaitForWindowExposed(instructions));
    const QString exported = m_dir->filePath(QStringLiteral("ca.crt"));
    QVERIFY(instructions->saveCertificate(exported, CertificateStore::ExportFormat::Pem));
    QFile file(exported);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray pem = file.readAll();
    QVERIFY(pem.startsWith("-----BEGIN CERTIFICATE-----"));
    QVERIFY(!pem.contains("PRIVATE KEY"));
    instructions->close();
    QTest::mouseClick(m_wizard->button(QWizard::FinishButton), Qt::LeftButton);
    QTRY_VERIFY(!m_wizard);

    // With a CA in place, the page goes straight to the names; a name outside its domains is refused beside them.
    QVERIFY(openWizard(CertificateWizard::LocalCaPageId));
    QCOMPARE(m_wizard->currentId(), int(CertificateWizard::LocalCaPageId));
    QVERIFY(!one<QLineEdit>("officeNameLineEdit")->isVisible());
    auto* names = one<QLineEdit>("localCaNamesLineEdit");
    QTest::keyClicks(names, QStringLiteral("nas.example.com"));
    advance();
    QCOMPARE(m_wizard->currentId(), int(CertificateWizard::LocalCaPageId));
    auto* namesError = one<QLabel>("localCaNamesErrorLabel");
    QVERIFY(namesError->isVisible());
    QVERIFY2(namesError->text().contains(QLatin1String("office.lan")), qPrintable(namesError->text()));
    QCOMPARE(center().list().size(), 2);
    names->clear();
    QTest::keyClicks(names, QStringLiteral("nas.office.lan"));
    QVERIFY(!namesError->isVisible());
    advance();
    QCOMPARE(m_wizard->currentId(), int(CertificateWizard::DonePageId));
    QVERIFY(!m_wizard->createdLocalCa());
    QCOMPARE(center().list().size(), 3);
}

void TestCertificateWizard::localCaNamesAreCheckedAsTheAdminTypes()
{
    QVERIFY(openWizard(CertificateWizard::LocalCaPageId));
    QTest::keyClicks(one<QLineEdit>("officeNameLineEdit"), QStringLiteral("Office"));
    auto* names = one<QLineEdit>("localCaNamesLineEdit");
    auto* error = one<QLabel>("localCaNamesErrorLabel");
    QVERIFY(!error->isVisible());
    QTest::keyClicks(names, QStringLiteral("bad_name!.lan"));
    QVERIFY(error->isVisible());
    const CertificateError invalid{CertificateErrorCode::InvalidName, {QStringLiteral("bad_name!.lan")}};
    QCOMPARE(error->text(), CertificateText::error(invalid));
    QVERIFY(!m_wizard->button(QWizard::CommitButton)->isEnabled());
    names->clear();
    QTest::keyClicks(names, QStringLiteral("printer.lan"));
    QVERIFY(!error->isVisible());
    QVERIFY(m_wizard->button(QWizard::CommitButton)->isEnabled());
    auto* domains = one<QLineEdit>("permittedDomainsLineEdit");
    QTest::keyClicks(domains, QStringLiteral("bad_domain!"));
    QVERIFY(one<QLabel>("permittedDomainsErrorLabel")->isVisible());
    QVERIFY(!m_wizard->button(QWizard::CommitButton)->isEnabled());
    // Nothing was made while typing.
    QVERIFY(center().list().isEmpty());
}

void TestCertificateWizard::pemImportOfAGoodPair()
{
    QVERIFY(openWizard());
    choose("importRadioButton");
    QCOMPARE(m_wizard->currentId(), int(CertificateWizard::ImportPageId));
    QVERIFY(one<QRadioButton>("pemRadioButton")->isChecked());
    QCOMPARE(m_wizard->button(QWizard::CommitButton)->text(), QStringLiteral("Import"));
    QVERIFY(!m_wizard->button(QWizard::CommitButton)->isEnabled());
    // A file that is not there is said at once.
    auto* certificate = one<QLineEdit>("certificateFileLineEdit");
    QTest::keyClicks(certificate, m_dir->filePath(QStringLiteral("missing.pem")));
    QVERIFY(one<QLabel>("certificateFileErrorLabel")->isVisible());
    QVERIFY(!m_wizard->button(QWizard::CommitButton)->isEnabled());
    certificate->setText(TestPaths::data(QStringLiteral("certificates/chain-wrong-order.pem")));
    QVERIFY(!one<QLabel>("certificateFileErrorLabel")->isVisible());
    one<QLineEdit>("keyFileLineEdit")->setText(TestPaths::data(QStringLiteral("certificates/leaf.key")));
    QTest::keyClicks(one<QLineEdit>("importNameLineEdit"), QStringLiteral("Web shop"));
    advance();

    QCOMPARE(m_wizard->currentId(), int(CertificateWizard::DonePageId));
    const QList<CertificateEntry> entries = center().list();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().name, QStringLiteral("Web shop"));
    QCOMPARE(entries.first().source, CertificateSource::Imported);
    QCOMPARE(entries.first().info.commonName, QStringLiteral("www.example.test"));
    // The chain was put in order: the intermediate follows the leaf.
    QCOMPARE(entries.first().info.chain.size(), 1);
}

void TestCertificateWizard::pemImportWithAMismatchedKeyShowsWhyAndStoresNothing()
{
    QVERIFY(openWizard(CertificateWizard::ImportPageId));
    QCOMPARE(m_wizard->currentId(), int(CertificateWizard::ImportPageId));
    one<QLineEdit>("certificateFileLineEdit")->setText(TestPaths::data(QStringLiteral("certificates/chain.pem")));
    one<QLineEdit>("keyFileLineEdit")->setText(TestPaths::data(QStringLiteral("certificates/mismatched.key")));
    advance();

    QCOMPARE(m_wizard->currentId(), int(CertificateWizard::ImportPageId));
    auto* keyError = one<QLabel>("keyFileErrorLabel");
    QVERIFY(keyError->isVisible());
    QCOMPARE(keyError->text(), CertificateText::error(CertificateError{CertificateErrorCode::KeyMismatch, {}}));
    QVERIFY(keyError->text().contains(QLatin1String("does not belong")));
    QVERIFY(!one<QLabel>("certificateFileErrorLabel")->isVisible());
    QVERIFY(center().list().isEmpty());
    QVERIFY(storedFiles().isEmpty());

    // The right key: imported.
    one<QLineEdit>("keyFileLineEdit")->setText(TestPaths::data(QStringLiteral("certificates/leaf.key")));
    advance();
    QCOMPARE(m_wizard->currentId(), int(CertificateWizard::DonePageId));
    QCOMPARE(center().list().size(), 1);
}

void TestCertificateWizard::pkcs12WithAWrongPasswordShowsWhyAndStoresNothing()
{
    QVERIFY(openWizard(CertificateWizard::ImportPageId));
    one<QRadioButton>("pkcs12RadioButton")->click();
    QVERIFY(!one<QLineEdit>("certificateFileLineEdit")->isVisible());
    auto* file = one<QLineEdit>("pkcs12FileLineEdit");
    QVERIFY(file->isVisible());
    file->setText(TestPaths::data(QStringLiteral("certificates/bundle.p12")));
    auto* password = one<QLineEdit>("pkcs12PasswordLineEdit");
    QTest::keyClicks(password, QStringLiteral("wrong"));
    advance();

    QCOMPARE(m_wizard->currentId(), int(CertificateWizard::ImportPageId));
    auto* passwordError = one<QLabel>("pkcs12PasswordErrorLabel");
    QVERIFY(passwordError->isVisible());
    QCOMPARE(passwordError->text(),
             CertificateText::error(CertificateError{CertificateErrorCode::WrongPkcs12Password, {}}));
    QVERIFY(center().list().isEmpty());
    QVERIFY(storedFiles().isEmpty());

    // Typing again clears the complaint; the right password imports.
    password->clear();
    QTest::keyClicks(password, QStringLiteral("portico-test"));
    QVERIFY(!passwordError->isVisible());
    advance();
    QCOMPARE(m_wizard->currentId(), int(CertificateWizard::DonePageId));
    QCOMPARE(center().list().size(), 1);
}

void TestCertificateWizard::requestIsCreatedAndSaved()
{
    QVERIFY(openWizard());
    choose("requestRadioButton");
    QCOMPARE(m_wizard->currentId(), int(CertificateWizard::RequestPageId));
    QTest::keyClicks(one<QLineEdit>("requestNamesLineEdit"), QStringLiteral("shop.example.com, example.com"));
    // The file follows the first name until the admin picks one.
    QVERIFY(one<QLineEdit>("requestFileLineEdit")->text().endsWith(QLatin1String("shop.example.com.csr")));
    const QString path = m_dir->filePath(QStringLiteral("shop.csr"));
    auto* file = one<QLineEdit>("requestFileLineEdit");
    file->clear();
    QTest::keyClicks(file, path);
    auto* keyType = one<QComboBox>("requestKeyTypeComboBox");
    keyType->setCurrentIndex(keyType->findData(static_cast<int>(CertificateKeyType::Rsa2048)));
    QCOMPARE(m_wizard->button(QWizard::CommitButton)->text(), QStringLiteral("Create request"));
    advance();

    QCOMPARE(m_wizard->currentId(), int(CertificateWizard::DonePageId));
    QFile saved(path);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const QByteArray csr = saved.readAll();
    QVERIFY(csr.startsWith("-----BEGIN CERTIFICATE REQUEST-----"));
    const std::optional<CertificateEntry> entry = center().entry(m_wizard->createdId());
    QVERIFY(entry);
    QCOMPARE(entry->kind, CertificateEntryKind::PendingRequest);
    QCOMPARE(entry->requestedNames, (QStringList{QStringLiteral("shop.example.com"), QStringLiteral("example.com")}));
    QCOMPARE(center().requestPem(entry->id), csr);
    QVERIFY(one<QLabel>("doneNextStepsLabel")->text().contains(QLatin1String("Import answer")));

    // A folder that does not exist: said beside the file, and no key is left in the store.
    QTest::mouseClick(m_wizard->button(QWizard::FinishButton), Qt::LeftButton);
    QTRY_VERIFY(!m_wizard);
    QVERIFY(openWizard(CertificateWizard::RequestPageId));
    QTest::keyClicks(one<QLineEdit>("requestNamesLineEdit"), QStringLiteral("other.example.com"));
    auto* otherFile = one<QLineEdit>("requestFileLineEdit");
    otherFile->setText(m_dir->filePath(QStringLiteral("no/such/folder/x.csr")));
    QVERIFY(one<QLabel>("requestFileErrorLabel")->isVisible());
    QVERIFY(!m_wizard->button(QWizard::CommitButton)->isEnabled());
    QCOMPARE(center().list().size(), 1);
}

void TestCertificateWizard::acmeRefusesWildcardsAndAddresses()
{
    QVERIFY(openWizard());
    choose("acmeRadioButton");
    QCOMPARE(m_wizard->currentId(), int(CertificateWizard::AcmePageId));
    QVERIFY2(one<QLabel>("acmeDirectoryLabel")->text().contains(QLatin1String("Let's Encrypt")),
             qPrintable(one<QLabel>("acmeDirectoryLabel")->text()));
    QVERIFY(one<QLabel>("acmeTermsLinkLabel")->text().contains(QLatin1String("https://")));
    auto* names = one<QLineEdit>("acmeNamesLineEdit");
    auto* error = one<QLabel>("acmeNamesErrorLabel");
    clickIndicator(one<QCheckBox>("acmeTermsCheckBox"));
    QTest::keyClicks(names, QStringLiteral("*.example.com"));
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QLatin1String("wildcard")), qPrintable(error->text()));
    QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
    names->clear();
    QTest::keyClicks(names, QStringLiteral("192.0.2.1"));
    QVERIFY2(error->text().contains(QLatin1String("IP address")), qPrintable(error->text()));
    QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
    names->clear();
    QTest::keyClicks(names, QStringLiteral("www.example.com"));
    QVERIFY(!error->isVisible());
    QVERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());
    // The e-mail address is checked too; the terms must be accepted.
    auto* email = one<QLineEdit>("acmeEmailLineEdit");
    QTest::keyClicks(email, QStringLiteral("not-an-address"));
    QVERIFY(one<QLabel>("acmeEmailErrorLabel")->isVisible());
    QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
    email->clear();
    clickIndicator(one<QCheckBox>("acmeTermsCheckBox"));
    QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
    QVERIFY(!m_session->engine().config().settings.acme.termsAgreed);
}

void TestCertificateWizard::acmePreflightShowsEachCheckInPlainWords()
{
    QVERIFY(openWizard());
    choose("acmeRadioButton");
    QTest::keyClicks(one<QLineEdit>("acmeNamesLineEdit"), QStringLiteral("localhost"));
    QTest::keyClicks(one<QLineEdit>("acmeEmailLineEdit"), QStringLiteral("it@example.com"));
    clickIndicator(one<QCheckBox>("acmeTermsCheckBox"));
    advance();

    // The e-mail and the acceptance went to settings.acme, and into the file.
    const AcmeConfig& acme = m_session->engine().config().settings.acme;
    QCOMPARE(acme.email, QStringLiteral("it@example.com"));
    QVERIFY(acme.termsAgreed);
    QFile file(m_configPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("it@example.com"));

    QCOMPARE(m_wizard->currentId(), int(CertificateWizard::PreflightPageId));
    QCOMPARE(m_wizard->button(QWizard::NextButton)->text(), QStringLiteral("Order certificate"));
    QTRY_VERIFY_WITH_TIMEOUT(
        !m_wizard->currentPage()->findChildren<QWidget*>(QStringLiteral("preflightCheckRow")).isEmpty(), 30'000);
    QMap<QString, QString> statusOf;
    QMap<QString, QString> messageOf;
    for (QWidget* row : m_wizard->currentPage()->findChildren<QWidget*>(QStringLiteral("preflightCheckRow"))) {
        const QString kind = row->property("kind").toString();
        statusOf.insert(kind, row->property("status").toString());
        messageOf.insert(kind, row->findChild<QLabel*>(QStringLiteral("preflightCheckMessageLabel"))->text());
        QVERIFY(!row->findChild<QLabel*>(QStringLiteral("preflightCheckIconLabel"))->pixmap().isNull());
    }
    QCOMPARE(statusOf.value(QStringLiteral("terms-agreed")), QStringLiteral("passed"));
    // The engine is stopped: those checks fail, in plain words.
    QCOMPARE(statusOf.value(QStringLiteral("engine-running")), QStringLiteral("failed"));
    QCOMPARE(messageOf.value(QStringLiteral("engine-running")),
             CertificateText::preflightMessage(
                 PreflightCheck{PreflightCheckKind::EngineRunning, PreflightStatus::Failed, QString(), {}}));
    QVERIFY(messageOf.value(QStringLiteral("engine-running")).contains(QLatin1String("Press Start")));
    QCOMPARE(statusOf.value(QStringLiteral("http-listener")), QStringLiteral("failed"));
    QVERIFY2(messageOf.value(QStringLiteral("http-listener")).contains(QLatin1String("port 80")),
             qPrintable(messageOf.value(QStringLiteral("http-listener"))));
    QVERIFY(statusOf.contains(QStringLiteral("current-certificate")));
    auto* summary = one<QLabel>("preflightSummaryLabel");
    QVERIFY2(summary->text().contains(QLatin1String("failed")), qPrintable(summary->text()));
    // Ordering is not possible while checks fail; nothing was ordered.
    QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
    QVERIFY(one<QPushButton>("preflightRetryButton")->isEnabled());
    QVERIFY(center().list().isEmpty());
}

void TestCertificateWizard::acmeOrderFailureIsShownInPlainWords()
{
    Config config = m_session->engine().config();
    config.settings.acme.termsAgreed = true;
    QVERIFY(m_session->applyConfig(config).isEmpty());
    QVERIFY(openWizard(CertificateWizard::OrderPageId));
    QVERIFY(one<QLabel>("acmeStatusLabel")->text().contains(QLatin1String("Enter the names")));
    m_wizard->setAcmeNames({QStringLiteral("www.example.com")});
    m_wizard->restart();
    QCOMPARE(m_wizard->currentId(), int(CertificateWizard::OrderPageId));

    // The engine is stopped, so the centre refuses before asking the CA; the page says why in plain words.
    auto* problem = one<QLabel>("acmeProblemLabel");
    QTRY_VERIFY(problem->isVisible());
    QVERIFY2(problem->text().startsWith(CertificateText::acmeProblem(AcmeErrorCode::ConnectionRefused)),
             qPrintable(problem->text()));
    QVERIFY(one<QLabel>("acmeStatusLabel")->text().contains(QLatin1String("Nothing was stored")));
    QVERIFY(one<QPushButton>("acmeRetryButton")->isVisible());
    QVERIFY(!m_wizard->button(QWizard::CommitButton)->isEnabled());
    QVERIFY(center().list().isEmpty());
}

void TestCertificateWizard::cancellingStoresNothing()
{
    QVERIFY(openWizard());
    choose("selfSignedRadioButton");
    QTest::keyClicks(one<QLineEdit>("selfSignedNamesLineEdit"), QStringLiteral("test.example.com"));
    QTest::mouseClick(m_wizard->button(QWizard::CancelButton), Qt::LeftButton);
    QTRY_VERIFY(!m_wizard);
    QVERIFY(center().list().isEmpty());
}

QTEST_MAIN(TestCertificateWizard)
#include "TestCertificateWizard.moc"

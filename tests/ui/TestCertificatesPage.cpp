// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestPaths.h"

#include "app/EngineSession.h"
#include "app/TranslationManager.h"
#include "controller/CertificateCenter.h"
#include "dialogs/CertificateDetailsDialog.h"
#include "models/CertificateTableModel.h"
#include "pages/CertificatesPage.h"
#include "text/CertificateText.h"
#include "text/EventText.h"
#include "tray/TrayIcon.h"
#include "widgets/UiStyle.h"
#include "wizards/CertificateWizard.h"

#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Portico;
using namespace Portico::Test;

Q_DECLARE_METATYPE(Portico::CertificateErrorCode)
Q_DECLARE_METATYPE(Portico::AcmeErrorCode)

namespace {

bool hasUnfilledPlaceholder(const QString& text)
{
    return text.contains(QRegularExpression(QStringLiteral("%[0-9n]")));
}

} // namespace

// The Certificates page over a real CertificateCenter with its store in a temporary directory; entries with short
// lives show the expiry colours. Also the tray's expiry notices and CertificateText's wording.
class TestCertificatesPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void emptyStateExplainsAndOffersTheWizard();
    void listsEntriesWithExpiryColours();
    void followsTheStoreLive();
    void localCaHasItsOwnCard();
    void removeIsRefusedWhileInUse();
    void pendingRequestCanBeSavedAndAnsweredOnlyRightly();
    void detailsShowWhatTheCertificateSays();
    void trayNotifiesOncePerExpiryEvent();
    void everyCertificateErrorIsWorded_data();
    void everyCertificateErrorIsWorded();
    void everyAcmeErrorIsWorded_data();
    void everyAcmeErrorIsWorded();
    void everyPreflightCheckIsWorded();

private:
    void createSession(const QString& extraConfig = QString());
    CertificateCenter& center() { return m_session->engine().certificates(); }
    QString selfSigned(const QString& name, int days);
    template<typename T>
    T* one(const char* name) const;
    int rowOf(const QString& id) const { return m_page->model()->rowOf(id); }
    QVariant expiry(const QString& id, int role) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_configPath;
    std::unique_ptr<TranslationManager> m_translations;
    std::unique_ptr<EngineSession> m_session;
    std::unique_ptr<CertificatesPage> m_page;
};

void TestCertificatesPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    EngineController::registerMetaTypes();
    CertificateCenter::registerMetaTypes();
}

void TestCertificatesPage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_configPath = m_dir->filePath(QStringLiteral("portico.json"));
    m_translations = std::make_unique<TranslationManager>();
    m_translations->setLanguage(QStringLiteral("en"));
}

void TestCertificatesPage::cleanup()
{
    m_page.reset();
    if (m_session)
        QVERIFY(m_session->stopAndWait(m_session->stopTimeoutMs()));
    m_session.reset();
    m_translations.reset();
    m_dir.reset();
}

void TestCertificatesPage::createSession(const QString& extraConfig)
{
    QFile file(m_configPath);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral(R"({"version":1,"settings":{"workers":1,"tls":{"certificateDirectory":"%1"}},
        "listeners":[{"address":"127.0.0.1","port":0}]%2})")
                   .arg(m_dir->filePath(QStringLiteral("certificates")), extraConfig)
                   .toUtf8());
    file.close();
    m_session = std::make_unique<EngineSession>(m_configPath);
    m_session->loadConfig();
    QCOMPARE(m_session->loadResult().status, ConfigLoadStatus::Loaded);
    m_page = std::make_unique<CertificatesPage>(*m_session);
    m_page->resize(1100, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

template<typename T>
T* TestCertificatesPage::one(const char* name) const
{
    T* found = m_page->findChild<T*>(QString::fromLatin1(name));
    if (!found)
        qWarning("No child named %s", name);
    return found;
}

QString TestCertificatesPage::selfSigned(const QString& name, int days)
{
    NewCertificateOptions options;
    options.names = {name};
    options.validityDays = days;
    const CertificateResult result = center().createSelfSigned(options);
    if (!result.ok())
        qWarning() << "createSelfSigned:" << result.error->toString();
    return result.id;
}

QVariant TestCertificatesPage::expiry(const QString& id, int role) const
{
    CertificateTableModel* model = m_page->model();
    return model->data(model->index(rowOf(id), CertificateTableModel::ExpiresColumn), role);
}

void TestCertificatesPage::emptyStateExplainsAndOffersTheWizard()
{
    createSession();
    auto* empty = one<QWidget>("certificatesEmptyState");
    QVERIFY(empty->isVisible());
    auto* description = empty->findChild<QLabel*>(QStringLiteral("emptyStateDescriptionLabel"));
    QVERIFY(description->text().contains(QLatin1String("https://")));
    QTest::mouseClick(one<QPushButton>("newFirstCertificateButton"), Qt::LeftButton);
    auto* wizard = m_page->findChild<CertificateWizard*>();
    QVERIFY(wizard);
    QVERIFY(QTest::qWaitForWindowExposed(wizard));
    QCOMPARE(wizard->currentId(), int(CertificateWizard::MethodPageId));
    wizard->reject();
}

void TestCertificatesPage::listsEntriesWithExpiryColours()
{
    createSession();
    const QString urgent = selfSigned(QStringLiteral("urgent.example.com"), 3);
    const QString soon = selfSigned(QStringLiteral("soon.example.com"), 20);
    const QString normal = selfSigned(QStringLiteral("normal.example.com"), 365);
    CertificateImportOptions options;
    options.allowExpired = true;
    const CertificateResult expired =
        center().importPemFiles(TestPaths::data(QStringLiteral("certificates/expired.pem")),
                                TestPaths::data(QStringLiteral("certificates/expired.key")), options);
    QVERIFY(expired.ok());
    QVERIFY(!one<QWidget>("certificatesEmptyState")->isVisible());
    QCOMPARE(m_page->model()->rowCount(), 4);

    using Level = CertificateTableModel::ExpiryLevel;
    QCOMPARE(expiry(urgent, CertificateTableModel::ExpiryLevelRole).toInt(), int(Level::Urgent));
    QCOMPARE(expiry(urgent, Qt::ForegroundRole).value<QColor>(), UiStyle::errorColor());
    QCOMPARE(expiry(soon, CertificateTableModel::ExpiryLevelRole).toInt(), int(Level::Soon));
    QCOMPARE(expiry(soon, Qt::ForegroundRole).value<QColor>(), UiStyle::warningColor());
    QCOMPARE(expiry(normal, CertificateTableModel::ExpiryLevelRole).toInt(), int(Level::Normal));
    QVERIFY(!expiry(normal, Qt::ForegroundRole).isValid());
    QCOMPARE(expiry(expired.id, CertificateTableModel::ExpiryLevelRole).toInt(), int(Level::Urgent));
    QCOMPARE(expiry(expired.id, Qt::ForegroundRole).value<QColor>(), UiStyle::errorColor());

    // The text says how far away it is.
    QVERIFY2(expiry(urgent, Qt::DisplayRole).toString().contains(QLatin1String("in 2 day")),
             qPrintable(expiry(urgent, Qt::DisplayRole).toString()));
    QVERIFY2(expiry(expired.id, Qt::DisplayRole).toString().contains(QLatin1String("expired")),
             qPrintable(expiry(expired.id, Qt::DisplayRole).toString()));
    QVERIFY(expiry(normal, Qt::ToolTipRole).toString().contains(QLatin1String("in 364 day")));
    CertificateTableModel* model = m_page->model();
    const int row = rowOf(normal);
    QCOMPARE(model->data(model->index(row, CertificateTableModel::NamesColumn)).toString(),
             QStringLiteral("normal.example.com"));
    QCOMPARE(model->data(model->index(row, CertificateTableModel::SourceColumn)).toString(),
             QStringLiteral("Self-signed"));
    QCOMPARE(model->data(model->index(row, CertificateTableModel::IssuerColumn)).toString(),
             QStringLiteral("Itself (self-signed)"));
    QCOMPARE(model->data(model->index(row, CertificateTableModel::KeyTypeColumn)).toString(),
             QStringLiteral("ECDSA P-256"));
    QCOMPARE(model->data(model->index(row, CertificateTableModel::UsedByColumn)).toString(),
             QStringLiteral("Not used"));

    // The thresholds themselves.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    CertificateInfo info;
    info.sha256Fingerprint = QStringLiteral("AA");
    info.notAfter = now.addDays(30).addSecs(60);
    QCOMPARE(CertificateTableModel::expiryLevel(info, now), Level::Normal);
    info.notAfter = now.addDays(29).addSecs(60);
    QCOMPARE(CertificateTableModel::expiryLevel(info, now), Level::Soon);
    info.notAfter = now.addDays(7).addSecs(60);
    QCOMPARE(CertificateTableModel::expiryLevel(info, now), Level::Soon);
    info.notAfter = now.addDays(6).addSecs(60);
    QCOMPARE(CertificateTableModel::expiryLevel(info, now), Level::Urgent);
    info.notAfter = now.addSecs(-60);
    QCOMPARE(CertificateTableModel::expiryLevel(info, now), Level::Urgent);
}

void TestCertificatesPage::followsTheStoreLive()
{
    createSession();
    QVERIFY(one<QWidget>("certificatesEmptyState")->isVisible());
    const QString id = selfSigned(QStringLiteral("live.example.com"), 90);
    // No refresh() by hand: the page follows certificatesChanged.
    QCOMPARE(m_page->model()->rowCount(), 1);
    QVERIFY(!one<QWidget>("certificatesEmptyState")->isVisible());
    QVERIFY(m_page->selectEntry(id));
    QVERIFY(one<QPushButton>("certificateDetailsButton")->isEnabled());
    QVERIFY(!one<QPushButton>("renewCertificateButton")->isEnabled());
    QVERIFY(!one<QPushButton>("downloadRequestButton")->isEnabled());
    QVERIFY(center().remove(id).ok());
    QCOMPARE(m_page->model()->rowCount(), 0);
    QVERIFY(one<QWidget>("certificatesEmptyState")->isVisible());
}

void TestCertificatesPage::localCaHasItsOwnCard()
{
    createSession();
    selfSigned(QStringLiteral("first.example.com"), 90);
    auto* title = one<QLabel>("localCaTitleLabel");
    QVERIFY(title->isVisible());
    QVERIFY(title->text().contains(QLatin1String("LOCAL CERTIFICATE AUTHORITY")));
    QVERIFY(one<QPushButton>("createLocalCaButton")->isVisible());
    QVERIFY(!one<QPushButton>("exportLocalCaButton")->isVisible());

    QVERIFY(center().createLocalCa(QStringLiteral("Card Office")).ok());
    QVERIFY2(title->text().contains(QLatin1String("Card Office")), qPrintable(title->text()));
    QVERIFY(!one<QPushButton>("createLocalCaButton")->isVisible());
    QVERIFY(one<QPushButton>("exportLocalCaButton")->isVisible());
    // The CA is on its card, not a row of the table.
    QCOMPARE(m_page->model()->rowCount(), 1);
    QCOMPARE(m_page->model()->rowOf(center().localCaId()), -1);
    NewCertificateOptions options;
    options.names = {QStringLiteral("nas.office.lan")};
    const CertificateResult issued = center().issueFromLocalCa(options);
    QVERIFY(issued.ok());
    QCOMPARE(m_page->model()->rowCount(), 2);
    QVERIFY2(one<QLabel>("localCaStatusLabel")->text().contains(QLatin1String("1 certificate")),
             qPrintable(one<QLabel>("localCaStatusLabel")->text()));
    const int row = rowOf(issued.id);
    QCOMPARE(m_page->model()->data(m_page->model()->index(row, CertificateTableModel::SourceColumn)).toString(),
             QStringLiteral("Local CA"));
}

void TestCertificatesPage::removeIsRefusedWhileInUse()
{
    createSession();
    const QString id = selfSigned(QStringLiteral("intranet.example.com"), 90);
    Config config = m_session->engine().config();
    SiteConfig site;
    site.name = QStringLiteral("intranet");
    site.serverNames = {QStringLiteral("intranet.example.com")};
    site.tls.certificate = id;
    RouteConfig route;
    route.pool = QStringLiteral("web");
    site.routes = {route};
    PoolConfig pool;
    pool.name = QStringLiteral("web");
    BackendConfig backend;
    backend.host = QStringLiteral("127.0.0.1");
    backend.port = 9;
    pool.backends = {backend};
    config.sites = {site};
    config.pools = {pool};
    const ConfigErrors errors = m_session->applyConfig(config);
    QVERIFY2(errors.isEmpty(), errors.isEmpty() ? "" : qPrintable(errors.first().toString()));
    QVERIFY(!center().usedBy(id).isEmpty());
    QTRY_VERIFY(m_page->model()
                    ->data(m_page->model()->index(rowOf(id), CertificateTableModel::UsedByColumn))
                    .toString()
                    .contains(QLatin1String("site \"intranet\"")));

    QVERIFY(m_page->selectEntry(id));
    QTest::mouseClick(one<QPushButton>("removeCertificateButton"), Qt::LeftButton);
    auto* refusal = m_page->findChild<QMessageBox*>(QStringLiteral("certificateInUseMessageBox"));
    QVERIFY(refusal);
    QVERIFY2(refusal->text().contains(QLatin1String("site \"intranet\"")), qPrintable(refusal->text()));
    QVERIFY(!m_page->findChild<QMessageBox*>(QStringLiteral("removeCertificateMessageBox")));
    refusal->close();
    QVERIFY(center().entry(id));
    // The centre refuses too, whatever the page does.
    const CertificateResult refused = center().remove(id);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error->code, CertificateErrorCode::InUse);

    // Once the site no longer names it, it goes after a confirmation.
    config.sites.first().tls = SiteTlsConfig();
    config.sites.first().serverNames = {QStringLiteral("other.example.com")};
    QVERIFY(m_session->applyConfig(config).isEmpty());
    QTRY_VERIFY(m_page->model()->usedBy(rowOf(id)).isEmpty());
    QVERIFY(m_page->selectEntry(id));
    QTest::mouseClick(one<QPushButton>("removeCertificateButton"), Qt::LeftButton);
    auto* confirm = m_page->findChild<QMessageBox*>(QStringLiteral("removeCertificateMessageBox"));
    QVERIFY(confirm);
    QTest::mouseClick(confirm->findChild<QPushButton*>(QStringLiteral("confirmRemoveCertificateButton")),
                      Qt::LeftButton);
    QVERIFY(!center().entry(id));
    QCOMPARE(m_page->model()->rowCount(), 0);
}

void TestCertificatesPage::pendingRequestCanBeSavedAndAnsweredOnlyRightly()
{
    createSession();
    NewCertificateOptions options;
    options.names = {QStringLiteral("www.example.test")};
    const CertificateResult request = center().createRequest(options);
    QVERIFY(request.ok());
    const int row = rowOf(request.id);
    QVERIFY(row >= 0);
    CertificateTableModel* model = m_page->model();
    QCOMPARE(model->data(model->index(row, CertificateTableModel::IssuerColumn)).toString(),
             QStringLiteral("Waiting for the CA's answer"));
    QVERIFY(m_page->selectEntry(request.id));
    QVERIFY(one<QPushButton>("downloadRequestButton")->isEnabled());
    QVERIFY(one<QPushButton>("importAnswerButton")->isEnabled());

    const QString path = m_dir->filePath(QStringLiteral("www.csr"));
    QVERIFY(m_page->saveRequest(request.id, path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), request.data);
    QVERIFY(m_page->statusText().contains(QLatin1String("saved")));

    // A certificate that does not belong to the request's key: refused, said, the request stays.
    QVERIFY(!m_page->importAnswer(request.id, TestPaths::data(QStringLiteral("certificates/chain.pem"))));
    QVERIFY2(m_page->statusText().contains(QLatin1String("not imported")), qPrintable(m_page->statusText()));
    QCOMPARE(center().entry(request.id)->kind, CertificateEntryKind::PendingRequest);
}

void TestCertificatesPage::detailsShowWhatTheCertificateSays()
{
    createSession();
    const CertificateResult imported =
        center().importPemFiles(TestPaths::data(QStringLiteral("certificates/chain.pem")),
                                TestPaths::data(QStringLiteral("certificates/leaf.key")));
    QVERIFY(imported.ok());
    QVERIFY(m_page->selectEntry(imported.id));
    CertificateDetailsDialog* dialog = m_page->openDetails();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    const CertificateInfo info = center().entry(imported.id)->info;
    auto label = [dialog](const char* name) {
        auto* found = dialog->findChild<QLabel*>(QString::fromLatin1(name));
        return found ? found->text() : QString();
    };
    QCOMPARE(label("detailsSha256Label"), info.sha256Fingerprint);
    QCOMPARE(label("detailsSerialLabel"), info.serialNumber);
    QVERIFY(label("detailsNamesLabel").contains(QLatin1String("www.example.test")));
    QVERIFY(label("detailsNamesLabel").contains(QLatin1String("192.0.2.10")));
    QVERIFY(label("detailsChainLabel").contains(QLatin1String("Portico Test Intermediate")));
    QCOMPARE(label("detailsKeyLabel"), QStringLiteral("ECDSA P-256"));
    QVERIFY(label("detailsUsedByLabel").contains(QLatin1String("Not used")));
    dialog->close();
}

void TestCertificatesPage::trayNotifiesOncePerExpiryEvent()
{
    createSession();
    TrayIcon tray(*m_session);
    QSignalSpy notified(&tray, &TrayIcon::notified);
    EngineEvent expiring;
    expiring.time = QDateTime::currentDateTimeUtc();
    expiring.kind = EngineEventKind::CertificateExpiring;
    expiring.severity = EventSeverity::Warning;
    expiring.subject = QStringLiteral("Intranet");
    expiring.args = {QStringLiteral("14"), QStringLiteral("id1"), QStringLiteral("2026-02-01T00:00:00Z")};

    // Through the engine's event stream, as the centre's events arrive.
    Q_EMIT m_session->engine().eventOccurred(expiring);
    QTRY_COMPARE(notified.size(), 1);
    QCOMPARE(notified.at(0).at(1).toString(), EventText::message(expiring));
    QVERIFY(notified.at(0).at(0).toString().contains(QLatin1String("expires soon")));
    // The same event again says nothing; the next threshold does.
    QVERIFY(!tray.notifyEvent(expiring));
    EngineEvent later = expiring;
    later.args[0] = QStringLiteral("7");
    QVERIFY(tray.notifyEvent(later));
    EngineEvent expired = expiring;
    expired.kind = EngineEventKind::CertificateExpired;
    expired.args = {QStringLiteral("id1"), QStringLiteral("2026-02-01T00:00:00Z")};
    QVERIFY(tray.notifyEvent(expired));
    EngineEvent failed = expiring;
    failed.kind = EngineEventKind::CertificateRenewalFailed;
    failed.args = {AcmeError::codeName(AcmeErrorCode::RateLimited), QStringLiteral("too many certificates"),
                   QStringLiteral("2026-02-01T01:00:00Z")};
    QVERIFY(tray.notifyEvent(failed));
    QVERIFY(notified.last().at(1).toString().contains(QLatin1String("too many certificates were asked for")));
    // Other events are not notifications.
    EngineEvent issued = expiring;
    issued.kind = EngineEventKind::CertificateIssued;
    QVERIFY(!tray.notifyEvent(issued));
    QCOMPARE(notified.size(), 4);
}

void TestCertificatesPage::everyCertificateErrorIsWorded_data()
{
    QTest::addColumn<CertificateErrorCode>("code");
    for (int code = 0; code <= static_cast<int>(CertificateErrorCode::InUse); ++code) {
        const auto value = static_cast<CertificateErrorCode>(code);
        QTest::newRow(qPrintable(CertificateError::codeName(value))) << value;
    }
}

void TestCertificatesPage::everyCertificateErrorIsWorded()
{
    QFETCH(CertificateErrorCode, code);
    const CertificateError error{code, {QStringLiteral("ARG1"), QStringLiteral("ARG2"), QStringLiteral("ARG3")}};
    const QString text = CertificateText::error(error);
    QVERIFY(!text.isEmpty());
    QVERIFY2(!text.startsWith(QLatin1String("Unknown problem")), qPrintable(text));
    QVERIFY2(!hasUnfilledPlaceholder(text), qPrintable(text));
}

void TestCertificatesPage::everyAcmeErrorIsWorded_data()
{
    QTest::addColumn<AcmeErrorCode>("code");
    for (int code = 0; code <= static_cast<int>(AcmeErrorCode::Cancelled); ++code) {
        const auto value = static_cast<AcmeErrorCode>(code);
        QTest::newRow(qPrintable(AcmeError::codeName(value))) << value;
    }
}

void TestCertificatesPage::everyAcmeErrorIsWorded()
{
    QFETCH(AcmeErrorCode, code);
    AcmeError error;
    error.code = code;
    error.detail = QStringLiteral("the CA's own words");
    const QString text = CertificateText::acmeError(error);
    QVERIFY(!text.isEmpty());
    QVERIFY2(!hasUnfilledPlaceholder(text), qPrintable(text));
    if (code != AcmeErrorCode::Cancelled)
        QVERIFY(text.contains(QLatin1String("the CA's own words")));
    QCOMPARE(CertificateText::acmeProblemByName(AcmeError::codeName(code)), CertificateText::acmeProblem(code));
}

void TestCertificatesPage::everyPreflightCheckIsWorded()
{
    for (int kind = 0; kind <= static_cast<int>(PreflightCheckKind::CurrentCertificate); ++kind) {
        for (PreflightStatus status : {PreflightStatus::Passed, PreflightStatus::Warning, PreflightStatus::Failed}) {
            const PreflightCheck check{
                static_cast<PreflightCheckKind>(kind),
                status,
                QStringLiteral("www.example.com"),
                {QStringLiteral("80"), QStringLiteral("12"), QStringLiteral("2026-03-01T00:00:00Z")}};
            const QString title = CertificateText::preflightTitle(check);
            const QString message = CertificateText::preflightMessage(check);
            QVERIFY(!title.isEmpty());
            QVERIFY(!message.isEmpty());
            QVERIFY2(!hasUnfilledPlaceholder(title + message), qPrintable(title + QLatin1Char(' ') + message));
        }
    }
}

QTEST_MAIN(TestCertificatesPage)
#include "TestCertificatesPage.moc"

// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizards/SiteTlsPage.h"

#include "app/EngineSession.h"
#include "controller/CertificateCenter.h"
#include "text/CertificateText.h"
#include "widgets/UiStyle.h"
#include "wizards/SiteWizard.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>
#include <array>

namespace Portico {

namespace {

constexpr int idRole = Qt::UserRole;
constexpr int kindRole = Qt::UserRole + 1;
constexpr qint64 daySeconds = 24 * 3600;
// Off, one day, six months, one year: the usual HSTS steps.
constexpr std::array<qint64, 4> hstsPresets{0, daySeconds, 15'768'000, 31'536'000};
constexpr int indent = 26;

QWidget* indented(QWidget* parent, QLayout* inner)
{
    auto* box = new QWidget(parent);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(indent, 0, 0, 0);
    layout->setSpacing(6);
    layout->addLayout(inner);
    return box;
}

QString nameList(const QStringList& names)
{
    return QLocale().createSeparatedList(names);
}

} // namespace

QLabel* SiteTlsPage::newLabel(const char* name, bool secondary)
{
    auto* label = new QLabel(this);
    label->setObjectName(QLatin1String(name));
    label->setWordWrap(true);
    if (secondary)
        UiStyle::makeSecondary(label);
    return label;
}

QLabel* SiteTlsPage::newErrorLabel(const char* name)
{
    auto* label = new QLabel(this);
    label->setObjectName(QLatin1String(name));
    FieldErrorMap::styleErrorLabel(label);
    return label;
}

SiteTlsPage::SiteTlsPage(SiteWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_intro(newLabel("tlsIntroLabel"))
    , m_choices(new QButtonGroup(this))
    , m_none(new QRadioButton(this))
    , m_noneDescription(newLabel("noHttpsDescriptionLabel", true))
    , m_acme(new QRadioButton(this))
    , m_acmeDescription(newLabel("acmeDescriptionLabel", true))
    , m_localCa(new QRadioButton(this))
    , m_localCaDescription(newLabel("localCaDescriptionLabel", true))
    , m_existing(new QRadioButton(this))
    , m_existingDescription(newLabel("existingCertificateDescriptionLabel", true))
    , m_acmePanel(nullptr)
    , m_acmeWildcard(newErrorLabel("acmeWildcardLabel"))
    , m_acmeAccount(new QWidget(this))
    , m_acmeEmailLabel(newLabel("acmeEmailLabel"))
    , m_acmeEmail(new QLineEdit(this))
    , m_acmeEmailError(newErrorLabel("acmeEmailErrorLabel"))
    , m_acmeTerms(new QCheckBox(this))
    , m_acmeTermsLink(newLabel("acmeTermsLinkLabel"))
    , m_acmeAccountNote(newLabel("acmeAccountNoteLabel", true))
    , m_acmeCheck(new QPushButton(this))
    , m_acmeCheckNote(newLabel("acmeCheckNoteLabel", true))
    , m_preflight(new QWidget(this))
    , m_preflightRows(new QWidget(this))
    , m_preflightSummary(newLabel("preflightSummaryLabel"))
    , m_acmeError(newErrorLabel("acmeErrorLabel"))
    , m_localCaPanel(nullptr)
    , m_localCaStatus(newLabel("localCaStatusLabel"))
    , m_issueLocalCa(new QPushButton(this))
    , m_localCaResult(newErrorLabel("localCaErrorLabel"))
    , m_existingPanel(nullptr)
    , m_certificate(new QComboBox(this))
    , m_certificateHint(newLabel("existingCertificateHintLabel", true))
    , m_certificateError(newErrorLabel("existingCertificateErrorLabel"))
    , m_options(new QWidget(this))
    , m_optionsTitle(newLabel("httpsOptionsTitleLabel"))
    , m_redirect(new QCheckBox(this))
    , m_httpsListenerInfo(newLabel("httpsListenerInfoLabel", true))
    , m_httpsListener(new QWidget(this))
    , m_addHttpsListener(new QCheckBox(this))
    , m_httpsAddressLabel(newLabel("httpsListenAddressLabel"))
    , m_httpsAddress(new QLineEdit(this))
    , m_httpsPortLabel(newLabel("httpsListenPortLabel"))
    , m_httpsPort(new QSpinBox(this))
    , m_httpsListenerHint(newLabel("httpsListenerHintLabel", true))
    , m_httpsListenerError(newErrorLabel("httpsListenerErrorLabel"))
    , m_advancedButton(new QPushButton(this))
    , m_advanced(new QWidget(this))
    , m_hstsLabel(newLabel("hstsLabel"))
    , m_hsts(new QComboBox(this))
    , m_hstsSubdomains(new QCheckBox(this))
    , m_hstsWarning(newLabel("hstsWarningLabel"))
    , m_hstsError(newErrorLabel("hstsErrorLabel"))
    , m_pageError(newErrorLabel("tlsPageErrorLabel"))
{
    setObjectName(QStringLiteral("siteTlsPage"));
    m_none->setObjectName(QStringLiteral("noHttpsRadioButton"));
    m_acme->setObjectName(QStringLiteral("acmeRadioButton"));
    m_localCa->setObjectName(QStringLiteral("localCaRadioButton"));
    m_existing->setObjectName(QStringLiteral("existingCertificateRadioButton"));
    m_choices->addButton(m_none, static_cast<int>(Choice::None));
    m_choices->addButton(m_acme, static_cast<int>(Choice::Acme));
    m_choices->addButton(m_localCa, static_cast<int>(Choice::LocalCa));
    m_choices->addButton(m_existing, static_cast<int>(Choice::Existing));
    m_acmeAccount->setObjectName(QStringLiteral("acmeAccountWidget"));
    m_acmeEmail->setObjectName(QStringLiteral("acmeEmailLineEdit"));
    m_acmeTerms->setObjectName(QStringLiteral("acmeTermsCheckBox"));
    m_acmeTermsLink->setOpenExternalLinks(true);
    m_acmeTermsLink->setTextFormat(Qt::RichText);
    m_acmeTermsLink->setWordWrap(false);
    m_acmeCheck->setObjectName(QStringLiteral("acmeCheckButton"));
    m_preflight->setObjectName(QStringLiteral("acmePreflightWidget"));
    auto* preflight = new QVBoxLayout(m_preflight);
    preflight->setContentsMargins(0, 4, 0, 0);
    auto* rows = new QVBoxLayout(m_preflightRows);
    rows->setContentsMargins(0, 0, 0, 0);
    preflight->addWidget(m_preflightRows);
    preflight->addWidget(m_preflightSummary);
    m_preflight->hide();
    m_issueLocalCa->setObjectName(QStringLiteral("issueLocalCaButton"));
    m_certificate->setObjectName(QStringLiteral("existingCertificateComboBox"));
    m_certificate->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_certificate->setMinimumContentsLength(30);
    m_options->setObjectName(QStringLiteral("httpsOptionsWidget"));
    m_optionsTitle->setContentsMargins(0, 8, 0, 0);
    UiStyle::makeHeading(m_optionsTitle, 0);
    m_redirect->setObjectName(QStringLiteral("redirectHttpCheckBox"));
    m_httpsListener->setObjectName(QStringLiteral("httpsListenerWidget"));
    m_addHttpsListener->setObjectName(QStringLiteral("addHttpsListenerCheckBox"));
    m_addHttpsListener->setChecked(true);
    m_httpsAddress->setObjectName(QStringLiteral("httpsListenAddressLineEdit"));
    m_httpsAddress->setText(QStringLiteral("0.0.0.0"));
    m_httpsPort->setObjectName(QStringLiteral("httpsListenPortSpinBox"));
    m_httpsPort->setRange(1, 65535);
    m_httpsPort->setValue(443);
    m_httpsAddressLabel->setWordWrap(false);
    m_httpsPortLabel->setWordWrap(false);
    m_httpsAddressLabel->setBuddy(m_httpsAddress);
    m_httpsPortLabel->setBuddy(m_httpsPort);
    m_advancedButton->setObjectName(QStringLiteral("advancedTlsButton"));
    m_advancedButton->setCheckable(true);
    m_advancedButton->setFlat(true);
    m_advanced->setObjectName(QStringLiteral("advancedTlsWidget"));
    m_hsts->setObjectName(QStringLiteral("hstsComboBox"));
    for (qint64 seconds : hstsPresets)
        m_hsts->addItem(QString(), seconds);
    m_hstsLabel->setBuddy(m_hsts);
    m_hstsSubdomains->setObjectName(QStringLiteral("hstsSubdomainsCheckBox"));
    QPalette warning = m_hstsWarning->palette();
    warning.setColor(QPalette::WindowText, UiStyle::warningColor());
    m_hstsWarning->setPalette(warning);

    // Let's Encrypt: the account (only until the terms are accepted), the wildcard problem and the pre-flight.
    auto* accountForm = new QFormLayout(m_acmeAccount);
    accountForm->setContentsMargins(0, 0, 0, 0);
    accountForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_acmeEmailLabel->setBuddy(m_acmeEmail);
    accountForm->addRow(m_acmeEmailLabel, FieldErrorMap::withError(m_acmeEmail, m_acmeEmailError, m_acmeAccount));
    auto* terms = new QHBoxLayout();
    terms->addWidget(m_acmeTerms);
    terms->addWidget(m_acmeTermsLink);
    terms->addStretch();
    accountForm->addRow(terms);
    auto* check = new QHBoxLayout();
    check->addWidget(m_acmeCheck);
    check->addWidget(m_acmeCheckNote, 1);
    auto* acme = new QVBoxLayout();
    acme->setContentsMargins(0, 0, 0, 0);
    acme->addWidget(m_acmeWildcard);
    acme->addWidget(m_acmeAccount);
    acme->addWidget(m_acmeAccountNote);
    acme->addLayout(check);
    acme->addWidget(m_preflight);
    acme->addWidget(m_acmeError);
    m_acmePanel = indented(this, acme);
    m_acmePanel->setObjectName(QStringLiteral("acmePanelWidget"));

    auto* issue = new QHBoxLayout();
    issue->addWidget(m_issueLocalCa);
    issue->addStretch();
    auto* localCa = new QVBoxLayout();
    localCa->setContentsMargins(0, 0, 0, 0);
    localCa->addWidget(m_localCaStatus);
    localCa->addLayout(issue);
    localCa->addWidget(m_localCaResult);
    m_localCaPanel = indented(this, localCa);
    m_localCaPanel->setObjectName(QStringLiteral("localCaPanelWidget"));

    auto* existing = new QVBoxLayout();
    existing->setContentsMargins(0, 0, 0, 0);
    existing->addWidget(m_certificate);
    existing->addWidget(m_certificateError);
    existing->addWidget(m_certificateHint);
    m_existingPanel = indented(this, existing);
    m_existingPanel->setObjectName(QStringLiteral("existingCertificatePanelWidget"));

    auto* choices = new QVBoxLayout();
    choices->setSpacing(4);
    const auto addChoice = [this, choices](QRadioButton* radio, QLabel* description, QWidget* panel) {
        choices->addSpacing(4);
        choices->addWidget(radio);
        auto* text = new QVBoxLayout();
        text->setContentsMargins(0, 0, 0, 0);
        text->addWidget(description);
        choices->addWidget(indented(this, text));
        if (panel)
            choices->addWidget(panel);
    };
    addChoice(m_none, m_noneDescription, nullptr);
    addChoice(m_acme, m_acmeDescription, m_acmePanel);
    addChoice(m_localCa, m_localCaDescription, m_localCaPanel);
    addChoice(m_existing, m_existingDescription, m_existingPanel);

    // A new HTTPS listener, when Portico has none.
    auto* address = new QHBoxLayout();
    address->setContentsMargins(indent, 0, 0, 0);
    address->addWidget(m_httpsAddressLabel);
    address->addWidget(m_httpsAddress, 2);
    address->addSpacing(12);
    address->addWidget(m_httpsPortLabel);
    address->addWidget(m_httpsPort, 1);
    auto* listener = new QVBoxLayout(m_httpsListener);
    listener->setContentsMargins(0, 0, 0, 0);
    listener->addWidget(m_addHttpsListener);
    listener->addLayout(address);
    auto* listenerNotes = new QVBoxLayout();
    listenerNotes->setContentsMargins(0, 0, 0, 0);
    listenerNotes->addWidget(m_httpsListenerError);
    listenerNotes->addWidget(m_httpsListenerHint);
    listener->addWidget(indented(m_httpsListener, listenerNotes));

    auto* hstsRow = new QHBoxLayout();
    hstsRow->addWidget(m_hstsLabel);
    hstsRow->addWidget(m_hsts);
    hstsRow->addStretch();
    auto* advanced = new QVBoxLayout(m_advanced);
    advanced->setContentsMargins(indent, 0, 0, 0);
    advanced->addLayout(hstsRow);
    advanced->addWidget(m_hstsError);
    advanced->addWidget(m_hstsSubdomains);
    advanced->addWidget(m_hstsWarning);
    m_advanced->hide();

    auto* options = new QVBoxLayout(m_options);
    options->setContentsMargins(0, 0, 0, 0);
    options->addWidget(m_optionsTitle);
    options->addWidget(m_redirect);
    options->addWidget(m_httpsListenerInfo);
    options->addWidget(m_httpsListener);
    options->addWidget(m_advancedButton, 0, Qt::AlignLeft);
    options->addWidget(m_advanced);

    auto* content = new QWidget();
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 8, 0);
    contentLayout->setSpacing(8);
    contentLayout->addWidget(m_intro);
    contentLayout->addLayout(choices);
    contentLayout->addSpacing(6);
    contentLayout->addWidget(m_options);
    contentLayout->addWidget(m_pageError);
    contentLayout->addStretch();
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("tlsScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(content);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scroll);

    load();

    CertificateCenter& certificates = m_wizard->session().engine().certificates();
    connect(m_choices, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked)
            onChoiceChanged();
    });
    connect(m_redirect, &QCheckBox::clicked, this, [this] { m_redirectTouched = true; });
    for (QCheckBox* box : {m_redirect, m_acmeTerms, m_addHttpsListener, m_hstsSubdomains})
        connect(box, &QCheckBox::toggled, this, &SiteTlsPage::onEdited);
    for (QLineEdit* edit : {m_acmeEmail, m_httpsAddress})
        connect(edit, &QLineEdit::textChanged, this, &SiteTlsPage::onEdited);
    connect(m_httpsPort, &QSpinBox::valueChanged, this, &SiteTlsPage::onEdited);
    connect(m_certificate, &QComboBox::currentIndexChanged, this, &SiteTlsPage::onEdited);
    connect(m_hsts, &QComboBox::currentIndexChanged, this, &SiteTlsPage::onEdited);
    connect(m_advancedButton, &QPushButton::toggled, this, &SiteTlsPage::setAdvancedShown);
    connect(m_acmeCheck, &QPushButton::clicked, this, &SiteTlsPage::runPreflight);
    connect(m_issueLocalCa, &QPushButton::clicked, this, &SiteTlsPage::issueNow);
    connect(&certificates, &CertificateCenter::preflightFinished, this, &SiteTlsPage::onPreflightFinished);
    connect(&certificates, &CertificateCenter::certificatesChanged, this, [this] {
        refreshCertificates();
        refreshLocalCa();
        onEdited();
    });
    connect(m_wizard, &SiteWizard::draftChanged, this, &SiteTlsPage::revalidate);
    retranslate();
}

void SiteTlsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

QString SiteTlsPage::caName() const
{
    const QString url = m_wizard->acmeSettings().directoryUrl;
    if (url == QLatin1String(AcmeConfig::letsEncryptDirectory))
        return QStringLiteral("Let's Encrypt");
    const QString host = QUrl(url).host();
    return host.isEmpty() ? url : host;
}

void SiteTlsPage::retranslate()
{
    setTitle(tr("HTTPS"));
    setSubTitle(tr("Should visitors reach the site over a secure https:// connection?"));
    const QStringList names = m_wizard->site().serverNames;
    m_intro->setText(names.isEmpty()
                         ? tr("Browsers show a site as secure only with a certificate for its names. Where should "
                              "Portico get one?")
                         : tr("Browsers show a site as secure only with a certificate for its names (%1). Where "
                              "should Portico get one?")
                               .arg(nameList(names)));
    m_none->setText(tr("No HTTPS"));
    m_noneDescription->setText(tr("Plain http:// only; browsers mark the pages \"Not secure\"."));
    const bool letsEncrypt = m_wizard->acmeSettings().directoryUrl == QLatin1String(AcmeConfig::letsEncryptDirectory);
    m_acme->setText(letsEncrypt ? tr("Automatic certificate from Let's Encrypt")
                                : tr("Automatic certificate from the certificate authority %1").arg(caName()));
    m_acmeDescription->setText(tr("Free, trusted by every browser, renewed by Portico. The names must be reachable "
                                  "from the internet on port 80; no wildcard names."));
    m_localCa->setText(tr("Certificate from the office's local CA"));
    m_localCaDescription->setText(tr("For internal names (intranet, NAS); trusted where the office's CA certificate "
                                     "is installed."));
    m_existing->setText(tr("A certificate I already have"));
    m_existingDescription->setText(tr("One imported or made on the Certificates page, e.g. bought from a "
                                      "commercial CA."));

    m_acmeEmailLabel->setText(tr("E-mail (optional):"));
    m_acmeEmail->setPlaceholderText(tr("admin@example.com, for notices about the account"));
    m_acmeTerms->setText(tr("I accept the terms of service of %1").arg(caName()));
    m_acmeTermsLink->setText(
        letsEncrypt ? tr("<a href=\"%1\">Read them</a>").arg(QStringLiteral("https://letsencrypt.org/repository/"))
                    : QString());
    m_acmeTermsLink->setVisible(letsEncrypt);
    m_acmeCheck->setText(tr("Check now"));
    m_acmeCheckNote->setText(tr("Checks that port 80 reaches Portico and that the names point here, as Portico "
                                "runs now."));
    m_issueLocalCa->setText(tr("Issue now"));
    m_certificateHint->setText(tr("Certificates that do not cover every name of the site are greyed out. Import or "
                                  "make certificates on the Certificates page."));

    m_optionsTitle->setText(tr("Options"));
    m_redirect->setText(tr("Send visitors from http:// to https://"));
    m_addHttpsListener->setText(tr("Also listen for https:// on this address:"));
    m_httpsAddressLabel->setText(tr("Address:"));
    m_httpsPortLabel->setText(tr("Port:"));
    m_httpsListenerHint->setText(tr("Portico does not listen for https:// yet; without such an address visitors "
                                    "cannot reach the site over https://. Port 443 is the usual one; 0.0.0.0 means "
                                    "every network interface of this computer."));
    // The addresses really open when the engine runs (port 0 in the config means "any free port").
    QStringList https;
    for (const BoundListener& listener : m_wizard->session().engine().listeners()) {
        if (listener.config.protocol == ListenerProtocol::Https)
            https << listener.endpoint();
    }
    for (const ListenerConfig& listener : m_wizard->baseConfig().listeners) {
        if (https.isEmpty() && listener.protocol == ListenerProtocol::Https)
            https << listener.endpoint();
    }
    m_httpsListenerInfo->setText(tr("Portico answers https:// on %1.").arg(nameList(https)));
    m_advancedButton->setText(m_advancedButton->isChecked() ? tr("▾ Hide advanced settings")
                                                            : tr("▸ Show advanced settings"));
    m_hstsLabel->setText(tr("Tell browsers to always use HTTPS (HSTS):"));
    for (int i = 0; i < m_hsts->count(); ++i) {
        const qint64 seconds = m_hsts->itemData(i).toLongLong();
        if (seconds == 0)
            m_hsts->setItemText(i, tr("Off"));
        else if (seconds == hstsPresets[1])
            m_hsts->setItemText(i, tr("For 1 day"));
        else if (seconds == hstsPresets[2])
            m_hsts->setItemText(i, tr("For 6 months"));
        else if (seconds == hstsPresets[3])
            m_hsts->setItemText(i, tr("For 1 year"));
        else
            m_hsts->setItemText(i, tr("For %n day(s)", nullptr, static_cast<int>(seconds / daySeconds)));
    }
    m_hstsSubdomains->setText(tr("Also for every name under the site's names (includeSubDomains)"));
    m_hstsWarning->setText(tr("Hard to undo: a browser that has seen this refuses http:// for the site for the whole "
                              "time chosen, even if HTTPS is turned off later. Start with 1 day and lengthen it once "
                              "everything works."));
    refreshAcme();
    refreshLocalCa();
    refreshCertificates();
    showPreflight();
}

void SiteTlsPage::load()
{
    m_loading = true;
    const SiteTlsConfig& tls = m_wizard->site().tls;
    Choice choice = Choice::None;
    if (tls.acme) {
        choice = Choice::Acme;
    } else if (tls.hasFiles()) {
        choice = Choice::Existing;
        m_filesCertificate = tls.certificateFile;
        m_filesKey = tls.keyFile;
    } else if (!tls.certificate.isEmpty()) {
        const auto entry = m_wizard->session().engine().certificates().entry(tls.certificate);
        const bool fromLocalCa =
            entry && entry->kind == CertificateEntryKind::Certificate && entry->source == CertificateSource::LocalCa;
        choice = fromLocalCa ? Choice::LocalCa : Choice::Existing;
        if (fromLocalCa)
            m_localCaCertificate = tls.certificate;
    } else if (tls.redirectHttp || tls.hstsMaxAgeSeconds > 0) {
        // HTTPS with whichever stored certificate covers each name.
        choice = Choice::Existing;
        m_automatic = true;
    }
    if (choice == Choice::Existing && !tls.certificate.isEmpty() &&
        !m_wizard->session().engine().certificates().entry(tls.certificate))
        m_missingId = tls.certificate;
    m_choices->button(static_cast<int>(choice))->setChecked(true);
    m_redirect->setChecked(tls.redirectHttp);
    m_redirectTouched = choice != Choice::None;
    // A site that has HTTPS already gets no listener unasked; one that starts using it is offered one.
    m_addHttpsListener->setChecked(choice == Choice::None);
    if (m_hsts->findData(tls.hstsMaxAgeSeconds) < 0)
        m_hsts->addItem(QString(), tls.hstsMaxAgeSeconds);
    m_hsts->setCurrentIndex(m_hsts->findData(tls.hstsMaxAgeSeconds));
    m_hstsSubdomains->setChecked(tls.hstsIncludeSubdomains);
    m_acmeEmail->setText(m_wizard->acmeSettings().email);
    m_acmeTerms->setChecked(m_wizard->acmeSettings().termsAgreed);
    if (tls.hstsMaxAgeSeconds > 0)
        setAdvancedShown(true);
    m_loading = false;
}

SiteTlsPage::Choice SiteTlsPage::choice() const
{
    return static_cast<Choice>(qMax(0, m_choices->checkedId()));
}

void SiteTlsPage::initializePage()
{
    // The names may have changed on the first step since this page was built.
    if (m_report && m_report->names != m_wizard->site().serverNames) {
        m_report.reset();
        m_preflight->hide();
    }
    retranslate();
    onEdited();
}

void SiteTlsPage::onChoiceChanged()
{
    if (choice() != Choice::None && !m_redirectTouched) {
        const QSignalBlocker blocker(m_redirect);
        m_redirect->setChecked(true);
    }
    refreshAcme();
    refreshLocalCa();
    onEdited();
}

void SiteTlsPage::onEdited()
{
    if (m_loading)
        return;
    const Choice chosen = choice();
    SiteTlsConfig tls;
    bool issue = false;
    switch (chosen) {
    case Choice::None:
        break;
    case Choice::Acme:
        tls.acme = true;
        break;
    case Choice::LocalCa:
        tls.certificate = usableLocalCaCertificate();
        issue = tls.certificate.isEmpty() && !m_wizard->site().serverNames.isEmpty() &&
                !m_wizard->session().engine().certificates().localCaId().isEmpty();
        break;
    case Choice::Existing:
        switch (static_cast<ItemKind>(m_certificate->currentData(kindRole).toInt())) {
        case ItemKind::Entry:
        case ItemKind::Missing:
            tls.certificate = m_certificate->currentData(idRole).toString();
            break;
        case ItemKind::Files:
            tls.certificateFile = m_filesCertificate;
            tls.keyFile = m_filesKey;
            break;
        case ItemKind::Automatic:
        case ItemKind::Nothing:
            break;
        }
        break;
    }
    if (chosen != Choice::None) {
        tls.redirectHttp = m_redirect->isChecked();
        tls.hstsMaxAgeSeconds = m_hsts->currentData().toLongLong();
        tls.hstsIncludeSubdomains = tls.hstsMaxAgeSeconds > 0 && m_hstsSubdomains->isChecked();
    }
    // The CA's terms are accepted once, for every site; the step asks only while they are not.
    AcmeConfig acme = m_wizard->baseConfig().settings.acme;
    if (chosen == Choice::Acme && !acme.termsAgreed) {
        acme.email = m_acmeEmail->text().trimmed();
        acme.termsAgreed = m_acmeTerms->isChecked();
    }
    std::optional<ListenerConfig> listener;
    if (chosen != Choice::None && !m_wizard->hasHttpsListener() && m_addHttpsListener->isChecked())
        listener = ListenerConfig{m_httpsAddress->text().trimmed(), static_cast<quint16>(m_httpsPort->value()),
                                  ListenerProtocol::Https};
    refreshVisibility();
    m_wizard->setHttps(tls, issue, acme, listener);
    // The terms accepted here count in the last pre-flight shown.
    showPreflight();
}

void SiteTlsPage::refreshVisibility()
{
    const Choice chosen = choice();
    m_acmePanel->setVisible(chosen == Choice::Acme);
    m_localCaPanel->setVisible(chosen == Choice::LocalCa);
    m_existingPanel->setVisible(chosen == Choice::Existing);
    m_options->setVisible(chosen != Choice::None);
    const bool hasHttps = m_wizard->hasHttpsListener();
    m_httpsListenerInfo->setVisible(hasHttps);
    m_httpsListener->setVisible(!hasHttps);
    for (QWidget* field :
         std::initializer_list<QWidget*>{m_httpsAddressLabel, m_httpsAddress, m_httpsPortLabel, m_httpsPort})
        field->setEnabled(m_addHttpsListener->isChecked());
    m_hstsSubdomains->setEnabled(m_hsts->currentData().toLongLong() > 0);
}

bool SiteTlsPage::namesHaveWildcard() const
{
    for (const QString& name : m_wizard->site().serverNames) {
        if (name.startsWith(QLatin1String("*.")))
            return true;
    }
    return false;
}

void SiteTlsPage::refreshAcme()
{
    QStringList wildcards;
    for (const QString& name : m_wizard->site().serverNames) {
        if (name.startsWith(QLatin1String("*.")))
            wildcards << name;
    }
    FieldErrorMap::setError(m_acmeWildcard,
                            wildcards.isEmpty()
                                ? QString()
                                : tr("%1 cannot get a certificate this way: certificate authorities prove wildcard "
                                     "names only through DNS records, which Portico cannot do. List the exact names "
                                     "on the first step, or use the local CA.")
                                      .arg(nameList(wildcards)));
    const AcmeConfig& base = m_wizard->baseConfig().settings.acme;
    m_acmeAccount->setVisible(!base.termsAgreed);
    if (base.termsAgreed) {
        m_acmeAccountNote->setText(
            base.email.isEmpty()
                ? tr("Portico uses the account with %1 set up before.").arg(caName())
                : tr("Portico uses the account with %1 set up before (e-mail: %2).").arg(caName(), base.email));
    } else {
        m_acmeAccountNote->setText(tr("Portico creates an account with %1 for all sites once you accept its terms. "
                                      "Right after Apply it asks for the certificate, and renews it by itself; the "
                                      "Certificates page shows how it goes.")
                                       .arg(caName()));
    }
    m_acmeCheck->setEnabled(m_preflightId == 0 && !m_wizard->site().serverNames.isEmpty());
}

QString SiteTlsPage::coverageProblem(const CertificateInfo& info) const
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (info.notAfter.isValid() && info.notAfter < now)
        return tr("expired on %1").arg(CertificateText::date(info.notAfter));
    if (!info.isValidAt(now))
        return tr("not valid before %1").arg(CertificateText::date(info.notBefore));
    QStringList missing;
    for (const QString& name : m_wizard->site().serverNames) {
        if (!info.matchesExactly(name) && !info.matchesWildcard(name))
            missing << name;
    }
    if (!missing.isEmpty())
        return tr("does not cover %1").arg(nameList(missing));
    return QString();
}

QString SiteTlsPage::usableLocalCaCertificate() const
{
    if (m_localCaCertificate.isEmpty() || m_wizard->site().serverNames.isEmpty())
        return QString();
    const auto entry = m_wizard->session().engine().certificates().entry(m_localCaCertificate);
    if (!entry || entry->info.isNull() || !coverageProblem(entry->info).isEmpty())
        return QString();
    return m_localCaCertificate;
}

void SiteTlsPage::refreshLocalCa()
{
    CertificateCenter& certificates = m_wizard->session().engine().certificates();
    const QString caId = certificates.localCaId();
    const QStringList names = m_wizard->site().serverNames;
    bool canIssue = false;
    QString status;
    if (caId.isEmpty()) {
        status = tr("There is no local CA yet. Create one on the Certificates page (New certificate…, then \"From the "
                    "office's local CA\"), then come back to this step.");
    } else if (names.isEmpty()) {
        status = tr("The site has no names to put in a certificate. Give it names on the first step.");
    } else if (const QString id = usableLocalCaCertificate(); !id.isEmpty()) {
        const auto entry = certificates.entry(id);
        status = tr("The site uses the certificate \"%1\" from the local CA, valid until %2.")
                     .arg(entry->name, CertificateText::date(entry->info.notAfter));
    } else {
        const auto ca = certificates.entry(caId);
        const QString caTitle = ca && !ca->info.commonName.isEmpty() ? ca->info.commonName : ca ? ca->name : caId;
        status = tr("When you press Apply, \"%1\" issues a certificate for %2, valid for %n day(s) (browsers accept "
                    "no longer). Or issue it now.",
                    nullptr, CertificateStore::maxLocalCaLeafDays)
                     .arg(caTitle, nameList(names));
        canIssue = true;
    }
    m_localCaStatus->setText(status);
    m_issueLocalCa->setVisible(canIssue);
}

void SiteTlsPage::refreshCertificates()
{
    const QString currentId = m_certificate->currentData(idRole).toString();
    const int currentKind = m_certificate->currentData(kindRole).toInt();
    const QString siteId = m_wizard->site().tls.certificate;
    const QSignalBlocker blocker(m_certificate);
    m_certificate->clear();
    auto* model = qobject_cast<QStandardItemModel*>(m_certificate->model());
    const auto add = [this, model](const QString& text, const QString& id, ItemKind kind, const QString& problem) {
        m_certificate->addItem(problem.isEmpty() ? text : tr("%1 — %2").arg(text, problem));
        const int row = m_certificate->count() - 1;
        m_certificate->setItemData(row, id, idRole);
        m_certificate->setItemData(row, static_cast<int>(kind), kindRole);
        if (!problem.isEmpty()) {
            m_certificate->setItemData(row, problem, Qt::ToolTipRole);
            if (QStandardItem* item = model ? model->item(row) : nullptr)
                item->setEnabled(false);
        }
    };

    if (!m_filesCertificate.isEmpty())
        add(tr("The files the site uses: %1").arg(m_filesCertificate), QString(), ItemKind::Files, QString());
    QList<CertificateEntry> entries;
    bool missingFound = false;
    for (const CertificateEntry& entry : m_wizard->session().engine().certificates().list()) {
        if (entry.kind != CertificateEntryKind::Certificate || entry.info.isNull())
            continue;
        entries << entry;
        missingFound = missingFound || entry.id == m_missingId;
    }
    // A site that names an entry the store lost shows it, so nothing changes behind the admin's back.
    if (!m_missingId.isEmpty() && !missingFound)
        add(m_missingId, m_missingId, ItemKind::Missing, tr("no longer in the store"));
    if (m_automatic)
        add(tr("Whichever stored certificate covers each name (chosen automatically)"), QString(), ItemKind::Automatic,
            QString());
    // Those that fit first, the longest-lasting of them on top.
    std::stable_sort(entries.begin(), entries.end(), [this](const CertificateEntry& a, const CertificateEntry& b) {
        const bool aFits = coverageProblem(a.info).isEmpty();
        const bool bFits = coverageProblem(b.info).isEmpty();
        if (aFits != bFits)
            return aFits;
        return a.info.notAfter > b.info.notAfter;
    });
    for (const CertificateEntry& entry : entries) {
        QStringList covers = entry.info.dnsNames + entry.info.ipAddresses;
        if (covers.size() > 3) {
            const int more = static_cast<int>(covers.size() - 2);
            covers = covers.mid(0, 2);
            covers << tr("%n more", nullptr, more);
        }
        //: A stored certificate: its name, the names it covers, until when it is valid.
        const QString text =
            tr("%1 (%2), until %3")
                .arg(entry.name, covers.join(QStringLiteral(", ")), CertificateText::date(entry.info.notAfter));
        add(text, entry.id, ItemKind::Entry, coverageProblem(entry.info));
    }
    if (m_certificate->count() == 0)
        add(tr("There are no certificates in the store yet"), QString(), ItemKind::Nothing, QString());

    // Keep the choice while it still fits; else the site's own (greyed out, if it no longer fits, to say why);
    // else the first that fits.
    const auto enabled = [model](int row) {
        return !model || !model->item(row) || model->item(row)->isEnabled();
    };
    int select = -1;
    for (int row = 0; row < m_certificate->count() && select < 0; ++row) {
        const bool sameKind = m_certificate->itemData(row, kindRole).toInt() == currentKind;
        if (sameKind && m_certificate->itemData(row, idRole).toString() == currentId && enabled(row))
            select = row;
    }
    for (int row = 0; row < m_certificate->count() && select < 0; ++row) {
        const auto kind = static_cast<ItemKind>(m_certificate->itemData(row, kindRole).toInt());
        if (kind == ItemKind::Files || kind == ItemKind::Automatic || kind == ItemKind::Missing ||
            (!siteId.isEmpty() && m_certificate->itemData(row, idRole).toString() == siteId))
            select = row;
    }
    for (int row = 0; row < m_certificate->count() && select < 0; ++row) {
        if (enabled(row))
            select = row;
    }
    m_certificate->setCurrentIndex(qMax(0, select));
}

void SiteTlsPage::setAdvancedShown(bool shown)
{
    if (m_advancedButton->isChecked() != shown)
        m_advancedButton->setChecked(shown);
    m_advanced->setVisible(shown);
    m_advancedButton->setText(shown ? tr("▾ Hide advanced settings") : tr("▸ Show advanced settings"));
}

bool SiteTlsPage::advancedShown() const
{
    return m_advancedButton->isChecked();
}

void SiteTlsPage::runPreflight()
{
    const QStringList names = m_wizard->site().serverNames;
    if (names.isEmpty())
        return;
    m_report.reset();
    m_preflightId = m_wizard->session().engine().certificates().runPreflight(names);
    qDeleteAll(m_preflightRows->findChildren<QWidget*>(QString(), Qt::FindDirectChildrenOnly));
    m_preflightSummary->setText(tr("Checking…"));
    m_preflight->show();
    refreshAcme();
}

void SiteTlsPage::onPreflightFinished(quint64 id, const PreflightReport& report)
{
    if (id != m_preflightId)
        return;
    m_preflightId = 0;
    m_report = report;
    showPreflight();
    refreshAcme();
}

void SiteTlsPage::showPreflight()
{
    if (!m_report)
        return;
    const PreflightReport& report = *m_report;
    const bool termsInDraft = m_wizard->acmeSettings().termsAgreed;
    bool failed = false;
    qDeleteAll(m_preflightRows->findChildren<QWidget*>(QString(), Qt::FindDirectChildrenOnly));
    for (PreflightCheck check : report.checks) {
        // The check sees the config in force; the terms accepted on this page count too.
        if (check.kind == PreflightCheckKind::TermsAgreed && termsInDraft)
            check.status = PreflightStatus::Passed;
        QString mark;
        QColor colour;
        switch (check.status) {
        case PreflightStatus::Passed:
            mark = QStringLiteral("✓");
            colour = UiStyle::successColor();
            break;
        case PreflightStatus::Warning:
            mark = QStringLiteral("⚠");
            colour = UiStyle::warningColor();
            break;
        case PreflightStatus::Failed:
            mark = QStringLiteral("✗");
            colour = UiStyle::errorColor();
            failed = true;
            break;
        }
        auto* row = new QWidget(m_preflightRows);
        auto* rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        auto* markLabel = new QLabel(mark, row);
        markLabel->setObjectName(QStringLiteral("preflightMarkLabel"));
        markLabel->setToolTip(CertificateText::preflightStatusName(check.status));
        QPalette palette = markLabel->palette();
        palette.setColor(QPalette::WindowText, colour);
        markLabel->setPalette(palette);
        auto* text = new QLabel(QStringLiteral("<b>%1</b> %2")
                                    .arg(CertificateText::preflightTitle(check).toHtmlEscaped(),
                                         CertificateText::preflightMessage(check).toHtmlEscaped()),
                                row);
        text->setObjectName(QStringLiteral("preflightCheckLabel"));
        text->setTextFormat(Qt::RichText);
        text->setWordWrap(true);
        rowLayout->addWidget(markLabel, 0, Qt::AlignTop);
        rowLayout->addWidget(text, 1);
        m_preflightRows->layout()->addWidget(row);
    }
    m_preflightSummary->setText(failed ? tr("Let the failed checks pass first, or the certificate authority will "
                                            "refuse the certificate. Portico keeps trying after Apply, so you may "
                                            "still go on.")
                                       : tr("Nothing stands in the way of the certificate."));
    m_preflight->show();
}

void SiteTlsPage::issueNow()
{
    const CertificateResult result = m_wizard->issueFromLocalCa();
    if (!result.ok()) {
        FieldErrorMap::setError(m_localCaResult, CertificateText::error(*result.error));
        return;
    }
    FieldErrorMap::setError(m_localCaResult, QString());
    m_localCaCertificate = result.id;
    refreshLocalCa();
    refreshCertificates();
    onEdited();
}

void SiteTlsPage::revalidate()
{
    // The HTTPS listener's place in the candidate depends on whether the first step adds a listener too.
    const QString site = m_wizard->sitePath();
    m_errors.clear();
    m_errors.add(site + QStringLiteral(".tls.certificate"), m_certificateError);
    m_errors.add(site + QStringLiteral(".tls.certificateFile"), m_certificateError);
    m_errors.add(site + QStringLiteral(".tls.keyFile"), m_certificateError);
    m_errors.add(site + QStringLiteral(".tls.acme"), m_acmeError);
    m_errors.add(site + QStringLiteral(".tls.hsts"), m_hstsError);
    m_errors.add(QStringLiteral("settings.acme.email"), m_acmeEmailError);
    m_errors.addScope(site + QStringLiteral(".tls"));
    m_errors.addScope(QStringLiteral("settings.acme"));
    if (m_wizard->newHttpsListener())
        m_errors.add(m_wizard->httpsListenerPath(), m_httpsListenerError);
    else
        FieldErrorMap::setError(m_httpsListenerError, QString());
    m_errors.setGeneralLabel(m_pageError);
    bool valid = m_errors.show(m_wizard->candidateErrors()) == 0;
    if (!m_hstsError->text().isEmpty() && !advancedShown())
        setAdvancedShown(true);

    const bool named = !m_wizard->site().serverNames.isEmpty();
    switch (choice()) {
    case Choice::None:
        break;
    case Choice::Acme:
        valid = valid && named && !namesHaveWildcard() && m_wizard->acmeSettings().termsAgreed;
        break;
    case Choice::LocalCa:
        valid = valid && named && (m_wizard->issuesFromLocalCa() || !m_wizard->site().tls.certificate.isEmpty());
        break;
    case Choice::Existing: {
        const auto kind = static_cast<ItemKind>(m_certificate->currentData(kindRole).toInt());
        const QString problem = m_certificate->currentData(Qt::ToolTipRole).toString();
        if (!problem.isEmpty())
            FieldErrorMap::setError(m_certificateError,
                                    tr("This certificate cannot be used: %1. Choose another.").arg(problem));
        valid = valid && problem.isEmpty() &&
                (kind == ItemKind::Entry || kind == ItemKind::Files || kind == ItemKind::Automatic);
        break;
    }
    }
    if (valid != m_valid) {
        m_valid = valid;
        Q_EMIT completeChanged();
    }
}

bool SiteTlsPage::isComplete() const
{
    return m_valid;
}

} // namespace Portico

// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizards/CertificateLocalCaPage.h"

#include "app/EngineSession.h"
#include "controller/CertificateCenter.h"
#include "text/CertificateText.h"
#include "tls/CertificateNames.h"
#include "widgets/UiStyle.h"
#include "wizards/CertificateNamesEdit.h"
#include "wizards/CertificateWizard.h"
#include "wizards/FieldErrorMap.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Portico {

namespace {

QLabel* errorLabel(QWidget* parent, const char* name)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    FieldErrorMap::styleErrorLabel(label);
    return label;
}

QLabel* hintLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    UiStyle::makeSecondary(label);
    return label;
}

} // namespace

CertificateLocalCaPage::CertificateLocalCaPage(CertificateWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_intro(new QLabel(this))
    , m_caFrame(new QFrame(this))
    , m_caTitle(new QLabel(this))
    , m_caStatus(new QLabel(this))
    , m_createCa(new QWidget(this))
    , m_officeLabel(new QLabel(this))
    , m_office(new QLineEdit(this))
    , m_officeError(errorLabel(this, "officeNameErrorLabel"))
    , m_domainsLabel(new QLabel(this))
    , m_domains(new QLineEdit(this))
    , m_domainsHint(hintLabel(this))
    , m_domainsError(errorLabel(this, "permittedDomainsErrorLabel"))
    , m_namesLabel(new QLabel(this))
    , m_names(new CertificateNamesEdit(QStringLiteral("localCa"), CertificateNamesEdit::Rule::NamesAndAddresses, this))
    , m_namesHint(hintLabel(this))
    , m_validityLabel(new QLabel(this))
    , m_validity(new QSpinBox(this))
    , m_validityError(errorLabel(this, "localCaValidityErrorLabel"))
    , m_keyTypeLabel(new QLabel(this))
    , m_keyType(new QComboBox(this))
    , m_nameLabel(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_error(errorLabel(this, "localCaErrorLabel"))
{
    setObjectName(QStringLiteral("certificateLocalCaPage"));
    setCommitPage(true);
    m_intro->setWordWrap(true);
    m_caFrame->setObjectName(QStringLiteral("localCaFrame"));
    UiStyle::makeCard(m_caFrame);
    m_caTitle->setObjectName(QStringLiteral("localCaTitleLabel"));
    UiStyle::makeHeading(m_caTitle, 0);
    m_caStatus->setObjectName(QStringLiteral("localCaStatusLabel"));
    m_caStatus->setWordWrap(true);
    m_office->setObjectName(QStringLiteral("officeNameLineEdit"));
    m_domains->setObjectName(QStringLiteral("permittedDomainsLineEdit"));
    m_validity->setObjectName(QStringLiteral("localCaValiditySpinBox"));
    m_validity->setRange(1, CertificateStore::maxLocalCaLeafDays);
    m_validity->setValue(CertificateStore::maxLocalCaLeafDays);
    m_validity->setMaximumWidth(180);
    m_keyType->setMaximumWidth(340);
    m_keyType->setObjectName(QStringLiteral("localCaKeyTypeComboBox"));
    m_name->setObjectName(QStringLiteral("localCaNameLineEdit"));
    for (QLabel* label : {m_officeLabel, m_domainsLabel, m_namesLabel, m_validityLabel, m_keyTypeLabel, m_nameLabel})
        label->setWordWrap(true);
    m_officeLabel->setBuddy(m_office);
    m_domainsLabel->setBuddy(m_domains);
    m_namesLabel->setBuddy(m_names->lineEdit());
    m_validityLabel->setBuddy(m_validity);
    m_keyTypeLabel->setBuddy(m_keyType);
    m_nameLabel->setBuddy(m_name);

    auto* createForm = new QFormLayout(m_createCa);
    createForm->setContentsMargins(0, 4, 0, 0);
    createForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    createForm->addRow(m_officeLabel, FieldErrorMap::withError(m_office, m_officeError, m_createCa));
    auto* domains = FieldErrorMap::withError(m_domains, m_domainsError, m_createCa);
    domains->layout()->addWidget(m_domainsHint);
    createForm->addRow(m_domainsLabel, domains);

    auto* caLayout = new QVBoxLayout(m_caFrame);
    caLayout->setContentsMargins(14, 12, 14, 12);
    caLayout->setSpacing(6);
    caLayout->addWidget(m_caTitle);
    caLayout->addWidget(m_caStatus);
    caLayout->addWidget(m_createCa);

    auto* names = FieldErrorMap::withError(m_names, m_namesHint, this);
    m_namesHint->show();
    auto* form = new QFormLayout();
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_namesLabel, names);
    form->addRow(m_validityLabel, FieldErrorMap::withError(m_validity, m_validityError, this));
    form->addRow(m_keyTypeLabel, m_keyType);
    form->addRow(m_nameLabel, m_name);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(m_intro);
    layout->addWidget(m_caFrame);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch();

    connect(m_names, &CertificateNamesEdit::namesChanged, this, &CertificateLocalCaPage::completeChanged);
    connect(m_office, &QLineEdit::textChanged, this, [this] {
        FieldErrorMap::setError(m_officeError, QString());
        Q_EMIT completeChanged();
    });
    connect(m_domains, &QLineEdit::textChanged, this, [this] {
        revalidateDomains();
        Q_EMIT completeChanged();
    });
    connect(m_validity, &QSpinBox::valueChanged, this, [this] { FieldErrorMap::setError(m_validityError, QString()); });
    refreshCa();
    retranslate();
}

void CertificateLocalCaPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void CertificateLocalCaPage::retranslate()
{
    setTitle(tr("Certificate from the local CA"));
    setButtonText(QWizard::CommitButton, tr("Create"));
    setSubTitle(tr("For internal names and addresses that no public certificate authority vouches for."));
    m_intro->setText(tr("Portico's local certificate authority (CA) signs certificates for your internal sites. "
                        "Install the CA once on each computer and phone, and their browsers trust every certificate "
                        "it signs."));
    m_officeLabel->setText(tr("Office name:"));
    m_office->setPlaceholderText(tr("e.g. Miller & Sons"));
    m_domainsLabel->setText(tr("Only for domains:"));
    m_domains->setPlaceholderText(tr("Optional, e.g. office.lan"));
    m_domainsHint->setText(tr("If given, the CA can vouch only for names under these domains (and IP addresses): "
                              "safer, should the CA's key ever be stolen. This cannot be changed later."));
    m_namesLabel->setText(tr("Names:"));
    m_names->setPlaceholderText(tr("intranet.office.lan, nas.office.lan, 192.168.1.10"));
    m_names->retranslate();
    m_namesHint->setText(tr("The host names and IP addresses visitors type, separated by commas. *.office.lan "
                            "covers every name under office.lan."));
    m_validityLabel->setText(tr("Valid for:"));
    m_validity->setSuffix(tr(" days"));
    m_keyTypeLabel->setText(tr("Key type:"));
    CertificateWizard::fillKeyTypes(m_keyType);
    m_nameLabel->setText(tr("Name in Portico:"));
    m_name->setPlaceholderText(tr("Optional; the first name if empty"));
    refreshCa();
}

void CertificateLocalCaPage::initializePage()
{
    refreshCa();
}

void CertificateLocalCaPage::refreshCa()
{
    CertificateCenter& center = m_wizard->certificates();
    const QString id = center.localCaId();
    const std::optional<CertificateEntry> ca = id.isEmpty() ? std::nullopt : center.entry(id);
    m_hasCa = ca.has_value();
    m_createCa->setVisible(!m_hasCa);
    if (m_hasCa) {
        m_caTitle->setText(tr("Signed by %1").arg(ca->info.commonName));
        m_caStatus->setText(tr("The office's local CA is valid until %1. Browsers trust what it signs on the "
                               "computers where it is installed.")
                                .arg(CertificateText::date(ca->info.notAfter)));
    } else {
        m_caTitle->setText(tr("First, the local CA"));
        m_caStatus->setText(tr("There is no local CA yet. Portico creates it when you press Create, named after "
                               "your office: browsers show it as \"Portico Local CA – \" and the name you enter. It "
                               "lasts ten years."));
    }
    Q_EMIT completeChanged();
}

QStringList CertificateLocalCaPage::permittedDomains() const
{
    return CertificateNamesEdit::split(m_domains->text());
}

void CertificateLocalCaPage::revalidateDomains()
{
    for (const QString& domain : permittedDomains()) {
        const QString normalized = CertificateNames::normalizedDnsName(domain);
        if (normalized.isEmpty() || normalized.startsWith(QLatin1String("*."))) {
            FieldErrorMap::setError(m_domainsError, tr("\"%1\" is not a domain name such as office.lan.").arg(domain));
            return;
        }
    }
    FieldErrorMap::setError(m_domainsError, QString());
}

bool CertificateLocalCaPage::isComplete() const
{
    if (m_names->names().isEmpty() || !m_names->isValid())
        return false;
    return m_hasCa || (!m_office->text().trimmed().isEmpty() && m_domainsError->text().isEmpty());
}

int CertificateLocalCaPage::nextId() const
{
    return CertificateWizard::DonePageId;
}

bool CertificateLocalCaPage::validatePage()
{
    FieldErrorMap::setError(m_error, QString());
    CertificateCenter& center = m_wizard->certificates();
    if (!m_hasCa) {
        const CertificateResult created = center.createLocalCa(m_office->text().trimmed(), permittedDomains());
        if (!created.ok()) {
            const QString text = CertificateText::error(*created.error);
            if (created.error->code == CertificateErrorCode::InvalidName)
                FieldErrorMap::setError(m_domainsError, text);
            else if (created.error->code == CertificateErrorCode::LocalCaExists)
                FieldErrorMap::setError(m_error, text);
            else
                FieldErrorMap::setError(m_officeError, text);
            refreshCa();
            return false;
        }
        m_wizard->setCreatedLocalCa(true);
        refreshCa();
    }
    NewCertificateOptions options;
    options.name = m_name->text().trimmed();
    options.names = m_names->names();
    options.validityDays = m_validity->value();
    options.keyType = static_cast<CertificateKeyType>(m_keyType->currentData().toInt());
    const CertificateResult result = center.issueFromLocalCa(options);
    if (!result.ok()) {
        const QString text = CertificateText::error(*result.error);
        switch (result.error->code) {
        case CertificateErrorCode::InvalidName:
        case CertificateErrorCode::NoNames:
        case CertificateErrorCode::NameNotPermitted:
            m_names->setError(text);
            break;
        case CertificateErrorCode::InvalidValidity:
            FieldErrorMap::setError(m_validityError, text);
            break;
        default:
            FieldErrorMap::setError(m_error, text);
            break;
        }
        return false;
    }
    m_wizard->setCreatedId(result.id);
    return true;
}

} // namespace Portico

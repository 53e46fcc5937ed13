// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizards/CertificateImportPage.h"

#include "app/EngineSession.h"
#include "controller/CertificateCenter.h"
#include "text/CertificateText.h"
#include "widgets/UiStyle.h"
#include "wizards/CertificateFileField.h"
#include "wizards/CertificateWizard.h"
#include "wizards/FieldErrorMap.h"

#include <QButtonGroup>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
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

bool sameFile(const QString& a, const QString& b)
{
    return !a.isEmpty() && !b.isEmpty() && QFileInfo(a).absoluteFilePath() == QFileInfo(b).absoluteFilePath();
}

} // namespace

CertificateImportPage::CertificateImportPage(CertificateWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_intro(new QLabel(this))
    , m_pem(new QRadioButton(this))
    , m_pkcs12(new QRadioButton(this))
    , m_form(new QFormLayout())
    , m_certificateLabel(new QLabel(this))
    , m_certificate(new CertificateFileField(QStringLiteral("certificate"), CertificateFileField::Mode::Open, this))
    , m_keyLabel(new QLabel(this))
    , m_key(new CertificateFileField(QStringLiteral("key"), CertificateFileField::Mode::Open, this))
    , m_passphraseLabel(new QLabel(this))
    , m_passphrase(new QLineEdit(this))
    , m_passphraseError(errorLabel(this, "keyPassphraseErrorLabel"))
    , m_pkcs12Label(new QLabel(this))
    , m_pkcs12File(new CertificateFileField(QStringLiteral("pkcs12"), CertificateFileField::Mode::Open, this))
    , m_passwordLabel(new QLabel(this))
    , m_password(new QLineEdit(this))
    , m_passwordError(errorLabel(this, "pkcs12PasswordErrorLabel"))
    , m_nameLabel(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_nameHint(new QLabel(this))
    , m_error(errorLabel(this, "importErrorLabel"))
{
    setObjectName(QStringLiteral("certificateImportPage"));
    setCommitPage(true);
    m_intro->setWordWrap(true);
    m_pem->setObjectName(QStringLiteral("pemRadioButton"));
    m_pkcs12->setObjectName(QStringLiteral("pkcs12RadioButton"));
    m_pem->setChecked(true);
    auto* group = new QButtonGroup(this);
    group->addButton(m_pem);
    group->addButton(m_pkcs12);
    m_passphrase->setObjectName(QStringLiteral("keyPassphraseLineEdit"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_password->setObjectName(QStringLiteral("pkcs12PasswordLineEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_name->setObjectName(QStringLiteral("importNameLineEdit"));
    m_nameHint->setWordWrap(true);
    UiStyle::makeSecondary(m_nameHint);
    for (QLabel* label :
         {m_certificateLabel, m_keyLabel, m_passphraseLabel, m_pkcs12Label, m_passwordLabel, m_nameLabel})
        label->setWordWrap(true);
    m_certificateLabel->setBuddy(m_certificate);
    m_keyLabel->setBuddy(m_key);
    m_passphraseLabel->setBuddy(m_passphrase);
    m_pkcs12Label->setBuddy(m_pkcs12File);
    m_passwordLabel->setBuddy(m_password);
    m_nameLabel->setBuddy(m_name);

    auto* formats = new QHBoxLayout();
    formats->addWidget(m_pem);
    formats->addSpacing(16);
    formats->addWidget(m_pkcs12);
    formats->addStretch();

    auto* name = FieldErrorMap::withError(m_name, m_nameHint, this);
    m_nameHint->show();
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_form->addRow(m_certificateLabel, m_certificate);
    m_form->addRow(m_keyLabel, m_key);
    m_form->addRow(m_passphraseLabel, FieldErrorMap::withError(m_passphrase, m_passphraseError, this));
    m_form->addRow(m_pkcs12Label, m_pkcs12File);
    m_form->addRow(m_passwordLabel, FieldErrorMap::withError(m_password, m_passwordError, this));
    m_form->addRow(m_nameLabel, name);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(m_intro);
    layout->addLayout(formats);
    layout->addLayout(m_form);
    layout->addWidget(m_error);
    layout->addStretch();

    connect(m_pem, &QRadioButton::toggled, this, &CertificateImportPage::refreshMode);
    for (CertificateFileField* field : {m_certificate, m_key, m_pkcs12File})
        connect(field, &CertificateFileField::pathChanged, this, &CertificateImportPage::completeChanged);
    // A new try starts clean: old refusals would only confuse once the admin changed something.
    for (CertificateFileField* field : {m_certificate, m_key, m_pkcs12File})
        connect(field, &CertificateFileField::pathEdited, this,
                [this] { FieldErrorMap::setError(m_error, QString()); });
    connect(m_password, &QLineEdit::textEdited, this, [this] { FieldErrorMap::setError(m_passwordError, QString()); });
    connect(m_passphrase, &QLineEdit::textEdited, this,
            [this] { FieldErrorMap::setError(m_passphraseError, QString()); });
    refreshMode();
    retranslate();
}

void CertificateImportPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void CertificateImportPage::retranslate()
{
    setTitle(tr("Import a certificate"));
    setButtonText(QWizard::CommitButton, tr("Import"));
    setSubTitle(tr("The certificate, the certificates that vouch for it (the chain) and its private key."));
    m_intro->setText(tr("Your certificate authority sent the certificate and usually a chain; the private key was "
                        "made with the request. Portico checks that they belong together and puts the chain in "
                        "order."));
    m_pem->setText(tr("PEM files (.crt, .pem, .key)"));
    m_pkcs12->setText(tr("PKCS#12 file (.pfx, .p12)"));
    m_certificateLabel->setText(tr("Certificate and chain:"));
    m_certificate->setDialogTitle(tr("Choose the certificate"));
    m_certificate->setNameFilter(tr("Certificates (*.crt *.pem *.cer *.cert);;All files (*)"));
    m_keyLabel->setText(tr("Private key:"));
    m_key->setDialogTitle(tr("Choose the private key"));
    m_key->setNameFilter(tr("Keys (*.key *.pem);;All files (*)"));
    m_key->setHint(tr("Leave empty if the certificate file holds the key too."));
    m_passphraseLabel->setText(tr("Key passphrase:"));
    m_passphrase->setPlaceholderText(tr("Only if the key is protected by one"));
    m_pkcs12Label->setText(tr("PKCS#12 file:"));
    m_pkcs12File->setDialogTitle(tr("Choose the PKCS#12 file"));
    m_pkcs12File->setNameFilter(tr("PKCS#12 files (*.pfx *.p12);;All files (*)"));
    m_passwordLabel->setText(tr("Password:"));
    m_password->setPlaceholderText(tr("The password it was exported with"));
    m_nameLabel->setText(tr("Name in Portico:"));
    m_name->setPlaceholderText(tr("Optional"));
    m_nameHint->setText(tr("Empty: the name written in the certificate."));
    for (CertificateFileField* field : {m_certificate, m_key, m_pkcs12File})
        field->retranslate();
}

bool CertificateImportPage::isPkcs12() const
{
    return m_pkcs12->isChecked();
}

void CertificateImportPage::refreshMode()
{
    const bool pkcs12 = isPkcs12();
    m_form->setRowVisible(m_certificate, !pkcs12);
    m_form->setRowVisible(m_key, !pkcs12);
    // The passphrase row appears when the key turns out to need one.
    m_form->setRowVisible(m_passphrase->parentWidget(), !pkcs12 && !m_passphrase->text().isEmpty());
    m_form->setRowVisible(m_pkcs12File, pkcs12);
    m_form->setRowVisible(m_password->parentWidget(), pkcs12);
    clearErrors();
    Q_EMIT completeChanged();
}

bool CertificateImportPage::isComplete() const
{
    if (isPkcs12())
        return m_pkcs12File->isUsable();
    return m_certificate->isUsable() && (m_key->isEmpty() || m_key->isUsable());
}

int CertificateImportPage::nextId() const
{
    return CertificateWizard::DonePageId;
}

void CertificateImportPage::clearErrors()
{
    FieldErrorMap::setError(m_error, QString());
    FieldErrorMap::setError(m_passwordError, QString());
    FieldErrorMap::setError(m_passphraseError, QString());
}

void CertificateImportPage::showError(const CertificateError& error)
{
    const QString text = CertificateText::error(error);
    if (isPkcs12()) {
        if (error.code == CertificateErrorCode::WrongPkcs12Password) {
            FieldErrorMap::setError(m_passwordError, text);
            m_password->setFocus();
            m_password->selectAll();
        } else {
            m_pkcs12File->setError(text);
        }
        return;
    }
    switch (error.code) {
    case CertificateErrorCode::PassphraseRequired:
    case CertificateErrorCode::WrongPassphrase:
        m_form->setRowVisible(m_passphrase->parentWidget(), true);
        FieldErrorMap::setError(m_passphraseError, text);
        m_passphrase->setFocus();
        m_passphrase->selectAll();
        return;
    case CertificateErrorCode::ReadFailed:
        (sameFile(error.args.value(0), m_key->path()) ? m_key : m_certificate)->setError(text);
        return;
    case CertificateErrorCode::NoPrivateKey:
    case CertificateErrorCode::KeyMismatch:
    case CertificateErrorCode::UnsupportedKeyType:
    case CertificateErrorCode::KeyTooWeak:
        (m_key->isEmpty() ? m_certificate : m_key)->setError(text);
        return;
    case CertificateErrorCode::InvalidData:
        (error.args.value(0) == QLatin1String("private-key") && !m_key->isEmpty() ? m_key : m_certificate)
            ->setError(text);
        return;
    case CertificateErrorCode::WriteFailed:
    case CertificateErrorCode::CryptoFailed:
        FieldErrorMap::setError(m_error, text);
        return;
    default:
        m_certificate->setError(text);
        return;
    }
}

bool CertificateImportPage::validatePage()
{
    clearErrors();
    CertificateImportOptions options;
    options.name = m_name->text().trimmed();
    CertificateCenter& center = m_wizard->certificates();
    CertificateResult result;
    if (isPkcs12()) {
        result = center.importPkcs12File(m_pkcs12File->path(), m_password->text(), options);
    } else {
        options.passphrase = m_passphrase->text();
        result = center.importPemFiles(m_certificate->path(), m_key->path(), options);
    }
    if (!result.ok()) {
        showError(*result.error);
        return false;
    }
    m_wizard->setCreatedId(result.id);
    return true;
}

} // namespace Portico

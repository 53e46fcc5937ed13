// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizards/CertificateSelfSignedPage.h"

#include "app/EngineSession.h"
#include "controller/CertificateCenter.h"
#include "text/CertificateText.h"
#include "widgets/UiStyle.h"
#include "wizards/CertificateNamesEdit.h"
#include "wizards/CertificateWizard.h"
#include "wizards/FieldErrorMap.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Portico {

CertificateSelfSignedPage::CertificateSelfSignedPage(CertificateWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_intro(new QLabel(this))
    , m_namesLabel(new QLabel(this))
    , m_names(
          new CertificateNamesEdit(QStringLiteral("selfSigned"), CertificateNamesEdit::Rule::NamesAndAddresses, this))
    , m_namesHint(new QLabel(this))
    , m_validityLabel(new QLabel(this))
    , m_validity(new QSpinBox(this))
    , m_validityError(new QLabel(this))
    , m_keyTypeLabel(new QLabel(this))
    , m_keyType(new QComboBox(this))
    , m_nameLabel(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("certificateSelfSignedPage"));
    setCommitPage(true);
    m_intro->setWordWrap(true);
    m_namesHint->setWordWrap(true);
    UiStyle::makeSecondary(m_namesHint);
    m_validity->setObjectName(QStringLiteral("selfSignedValiditySpinBox"));
    m_validity->setRange(1, CertificateStore::maxSelfSignedDays);
    m_validity->setValue(365);
    m_validityError->setObjectName(QStringLiteral("selfSignedValidityErrorLabel"));
    FieldErrorMap::styleErrorLabel(m_validityError);
    m_validity->setMaximumWidth(180);
    m_keyType->setMaximumWidth(340);
    m_keyType->setObjectName(QStringLiteral("selfSignedKeyTypeComboBox"));
    m_name->setObjectName(QStringLiteral("selfSignedNameLineEdit"));
    m_error->setObjectName(QStringLiteral("selfSignedErrorLabel"));
    FieldErrorMap::styleErrorLabel(m_error);
    for (QLabel* label : {m_namesLabel, m_validityLabel, m_keyTypeLabel, m_nameLabel})
        label->setWordWrap(true);
    m_namesLabel->setBuddy(m_names->lineEdit());
    m_validityLabel->setBuddy(m_validity);
    m_keyTypeLabel->setBuddy(m_keyType);
    m_nameLabel->setBuddy(m_name);

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
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch();

    connect(m_names, &CertificateNamesEdit::namesChanged, this, &CertificateSelfSignedPage::completeChanged);
    connect(m_validity, &QSpinBox::valueChanged, this, [this] { FieldErrorMap::setError(m_validityError, QString()); });
    retranslate();
}

void CertificateSelfSignedPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void CertificateSelfSignedPage::retranslate()
{
    setTitle(tr("Self-signed certificate"));
    setButtonText(QWizard::CommitButton, tr("Create"));
    setSubTitle(tr("Signed by its own key: quick, but no browser trusts it on its own."));
    m_intro->setText(tr("Good for trying out HTTPS, or for a device you tell to trust exactly this certificate. "
                        "Visitors' browsers show a warning. For office sites, a certificate from the local CA is "
                        "the better choice."));
    m_namesLabel->setText(tr("Names:"));
    m_names->setPlaceholderText(tr("test.example.com, 192.168.1.10"));
    m_names->retranslate();
    m_namesHint->setText(tr("The host names and IP addresses visitors type, separated by commas."));
    m_validityLabel->setText(tr("Valid for:"));
    m_validity->setSuffix(tr(" days"));
    m_keyTypeLabel->setText(tr("Key type:"));
    CertificateWizard::fillKeyTypes(m_keyType);
    m_nameLabel->setText(tr("Name in Portico:"));
    m_name->setPlaceholderText(tr("Optional; the first name if empty"));
}

bool CertificateSelfSignedPage::isComplete() const
{
    return !m_names->names().isEmpty() && m_names->isValid();
}

int CertificateSelfSignedPage::nextId() const
{
    return CertificateWizard::DonePageId;
}

bool CertificateSelfSignedPage::validatePage()
{
    FieldErrorMap::setError(m_error, QString());
    NewCertificateOptions options;
    options.name = m_name->text().trimmed();
    options.names = m_names->names();
    options.validityDays = m_validity->value();
    options.keyType = static_cast<CertificateKeyType>(m_keyType->currentData().toInt());
    const CertificateResult result = m_wizard->certificates().createSelfSigned(options);
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

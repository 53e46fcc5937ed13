// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizards/CertificateMethodPage.h"

#include "widgets/UiStyle.h"

#include <QButtonGroup>
#include <QEvent>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace Portico {

CertificateMethodPage::CertificateMethodPage(CertificateWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_intro(new QLabel(this))
    , m_group(new QButtonGroup(this))
{
    setObjectName(QStringLiteral("certificateMethodPage"));
    m_intro->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(4);
    layout->addWidget(m_intro);
    layout->addSpacing(8);

    const QList<QPair<CertificateWizard::Method, const char*>> methods{
        {CertificateWizard::Method::Acme, "acmeRadioButton"},
        {CertificateWizard::Method::LocalCa, "localCaRadioButton"},
        {CertificateWizard::Method::Import, "importRadioButton"},
        {CertificateWizard::Method::Request, "requestRadioButton"},
        {CertificateWizard::Method::SelfSigned, "selfSignedRadioButton"},
    };
    for (const auto& [method, name] : methods) {
        auto* button = new QRadioButton(this);
        button->setObjectName(QLatin1String(name));
        QFont font = button->font();
        font.setBold(true);
        button->setFont(font);
        auto* description = new QLabel(this);
        description->setWordWrap(true);
        description->setContentsMargins(26, 0, 0, 0);
        UiStyle::makeSecondary(description);
        m_group->addButton(button, static_cast<int>(method));
        layout->addWidget(button);
        layout->addWidget(description);
        layout->addSpacing(10);
        m_choices.append({method, button, description});
    }
    layout->addStretch();

    connect(m_group, &QButtonGroup::idToggled, this, [this](int id, bool checked) {
        if (!checked)
            return;
        m_wizard->setMethod(static_cast<CertificateWizard::Method>(id));
        Q_EMIT completeChanged();
    });
    retranslate();
}

void CertificateMethodPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void CertificateMethodPage::retranslate()
{
    setTitle(tr("How to get the certificate"));
    setSubTitle(tr("A certificate lets browsers reach a site over https:// without warnings."));
    m_intro->setText(tr("Choose where the certificate comes from. Portico keeps it, with its private key, in its "
                        "certificate store; you can pick it for a site afterwards."));
    for (const Choice& choice : m_choices) {
        switch (choice.method) {
        case CertificateWizard::Method::Acme:
            choice.button->setText(tr("Let's Encrypt (free, renewed automatically)"));
            choice.description->setText(tr("For sites the public reaches under their own domain name. Port 80 of "
                                           "this computer must be reachable from the internet."));
            break;
        case CertificateWizard::Method::LocalCa:
            choice.button->setText(tr("From the office's local CA"));
            choice.description->setText(tr("For internal sites such as the intranet, the NAS or a printer, also by "
                                           "IP address. Browsers trust it once the local CA is installed on each "
                                           "computer."));
            break;
        case CertificateWizard::Method::Import:
            choice.button->setText(tr("Import certificate files"));
            choice.description->setText(tr("You already have the certificate and its key: PEM files (.crt, .pem, "
                                           ".key) or a PKCS#12 file (.pfx, .p12)."));
            break;
        case CertificateWizard::Method::Request:
            choice.button->setText(tr("Request for a commercial certificate authority"));
            choice.description->setText(tr("Portico makes the key and a request (.csr) you send to the CA you buy "
                                           "from. Import its answer later on the Certificates page."));
            break;
        case CertificateWizard::Method::SelfSigned:
            choice.button->setText(tr("Self-signed"));
            choice.description->setText(tr("For tests only: every browser warns about it unless told to trust this "
                                           "one certificate."));
            break;
        }
    }
}

void CertificateMethodPage::setMethod(CertificateWizard::Method method)
{
    if (QAbstractButton* button = m_group->button(static_cast<int>(method)))
        button->setChecked(true);
}

bool CertificateMethodPage::isComplete() const
{
    return m_group->checkedButton() != nullptr;
}

int CertificateMethodPage::nextId() const
{
    return CertificateWizard::pageIdForMethod(m_wizard->method());
}

} // namespace Portico

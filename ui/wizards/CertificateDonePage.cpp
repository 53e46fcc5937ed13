// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizards/CertificateDonePage.h"

#include "app/EngineSession.h"
#include "controller/CertificateCenter.h"
#include "dialogs/LocalCaInstructionsDialog.h"
#include "text/CertificateText.h"
#include "widgets/UiStyle.h"
#include "wizards/CertificateWizard.h"

#include <QDir>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Portico {

CertificateDonePage::CertificateDonePage(CertificateWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_card(new QFrame(this))
    , m_summary(new QLabel(this))
    , m_nextSteps(new QLabel(this))
    , m_localCa(new QFrame(this))
    , m_localCaText(new QLabel(this))
    , m_localCaButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("certificateDonePage"));
    setFinalPage(true);
    m_card->setObjectName(QStringLiteral("doneSummaryFrame"));
    UiStyle::makeCard(m_card);
    m_summary->setObjectName(QStringLiteral("doneSummaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_nextSteps->setObjectName(QStringLiteral("doneNextStepsLabel"));
    m_nextSteps->setWordWrap(true);
    m_nextSteps->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_localCa->setObjectName(QStringLiteral("doneLocalCaFrame"));
    UiStyle::makeCard(m_localCa);
    m_localCaText->setObjectName(QStringLiteral("doneLocalCaLabel"));
    m_localCaText->setWordWrap(true);
    m_localCaButton->setObjectName(QStringLiteral("exportLocalCaButton"));

    auto* cardLayout = new QVBoxLayout(m_card);
    cardLayout->setContentsMargins(14, 12, 14, 12);
    cardLayout->addWidget(m_summary);
    auto* localCaButtons = new QHBoxLayout();
    localCaButtons->addWidget(m_localCaButton);
    localCaButtons->addStretch();
    auto* localCaLayout = new QVBoxLayout(m_localCa);
    localCaLayout->setContentsMargins(14, 12, 14, 12);
    localCaLayout->setSpacing(8);
    localCaLayout->addWidget(m_localCaText);
    localCaLayout->addLayout(localCaButtons);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(14);
    layout->addWidget(m_card);
    layout->addWidget(m_nextSteps);
    layout->addWidget(m_localCa);
    layout->addStretch();

    connect(m_localCaButton, &QPushButton::clicked, this, [this] { openLocalCaInstructions(); });
    retranslate();
}

void CertificateDonePage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void CertificateDonePage::retranslate()
{
    m_localCaButton->setText(tr("Save the CA and show how to install it…"));
    refresh();
}

void CertificateDonePage::initializePage()
{
    refresh();
}

LocalCaInstructionsDialog* CertificateDonePage::openLocalCaInstructions()
{
    auto* dialog = new LocalCaInstructionsDialog(m_wizard->session(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void CertificateDonePage::refresh()
{
    const CertificateWizard::Method method = m_wizard->method();
    const std::optional<CertificateEntry> entry =
        m_wizard->createdId().isEmpty() ? std::nullopt : m_wizard->certificates().entry(m_wizard->createdId());
    m_localCa->setVisible(method == CertificateWizard::Method::LocalCa && entry);
    if (!entry) {
        setTitle(tr("Nothing made yet"));
        setSubTitle(tr("Go back and choose how to get the certificate."));
        m_summary->setTextFormat(Qt::PlainText);
        m_summary->setText(tr("No certificate was made."));
        m_nextSteps->clear();
        return;
    }
    const CertificateInfo& info = entry->info;
    if (entry->kind == CertificateEntryKind::PendingRequest) {
        setTitle(tr("Request saved"));
        setSubTitle(tr("The key is kept in Portico; the request is ready for the certificate authority."));
        m_summary->setTextFormat(Qt::PlainText);
        m_summary->setText(tr("Request for %1\nSaved as %2")
                               .arg(entry->requestedNames.join(QStringLiteral(", ")),
                                    QDir::toNativeSeparators(m_wizard->requestPath())));
        m_nextSteps->setText(tr("Send this file to your certificate authority (most ask you to paste its text into "
                                "their web form). When they send the certificate, open the Certificates page, select "
                                "\"%1\" and choose Import answer.")
                                 .arg(entry->name));
        return;
    }
    setTitle(tr("Certificate ready"));
    setSubTitle(tr("It is in Portico's certificate store."));
    m_summary->setTextFormat(Qt::RichText);
    //: Summary after making a certificate: name, names, issuer, expiry date.
    m_summary->setText(tr("<b>%1</b><br>For: %2<br>Issued by: %3<br>Valid until: %4")
                           .arg(entry->name.toHtmlEscaped(),
                                (info.dnsNames + info.ipAddresses).join(QStringLiteral(", ")).toHtmlEscaped(),
                                (info.selfSigned ? tr("itself (self-signed)") : info.issuerCommonName).toHtmlEscaped(),
                                CertificateText::date(info.notAfter)));
    QString next = tr("On HTTPS listeners, sites whose names it covers use it automatically unless they name another "
                      "certificate. To choose it for a site, edit the site and open its HTTPS step.");
    if (entry->source == CertificateSource::Acme)
        next += QLatin1Char(' ') + tr("Portico renews it by itself; keep port 80 reachable for that.");
    if (entry->source == CertificateSource::SelfSigned)
        next += QLatin1Char(' ') + tr("Browsers will warn visitors, since nobody vouches for a self-signed "
                                      "certificate.");
    m_nextSteps->setText(next);
    m_localCaText->setText(m_wizard->createdLocalCa()
                               ? tr("The office's local CA was created for this certificate. Browsers trust it only "
                                    "once the CA is installed on each computer and phone: save it and follow the "
                                    "steps for each system.")
                               : tr("Browsers trust this certificate on the computers where the office's local CA "
                                    "is installed. Install it on new computers and phones the same way."));
}

} // namespace Portico

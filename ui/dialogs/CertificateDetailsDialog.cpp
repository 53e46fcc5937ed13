// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/CertificateDetailsDialog.h"

#include "app/EngineSession.h"
#include "controller/CertificateCenter.h"
#include "text/CertificateText.h"
#include "widgets/UiStyle.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace Portico {

CertificateDetailsDialog::CertificateDetailsDialog(EngineSession& session, const QString& id, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_id(id)
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_form(new QFormLayout())
{
    setObjectName(QStringLiteral("certificateDetailsDialog"));
    setMinimumSize(640, 520);
    m_title->setObjectName(QStringLiteral("certificateDetailsTitleLabel"));
    UiStyle::makeHeading(m_title, 3);
    m_title->setWordWrap(true);
    m_subtitle->setObjectName(QStringLiteral("certificateDetailsSubtitleLabel"));
    m_subtitle->setWordWrap(true);
    UiStyle::makeSecondary(m_subtitle);

    auto* content = new QWidget(this);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_form->setVerticalSpacing(8);
    m_form->setHorizontalSpacing(16);
    content->setLayout(m_form);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("certificateDetailsScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeDetailsButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);

    connect(&session.engine().certificates(), &CertificateCenter::certificatesChanged, this,
            &CertificateDetailsDialog::refresh);
    retranslate();
}

void CertificateDetailsDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void CertificateDetailsDialog::retranslate()
{
    setWindowTitle(tr("Certificate details"));
    refresh();
}

void CertificateDetailsDialog::addRow(const QString& label, const QString& value, const char* objectName)
{
    auto* field = new QLabel(value);
    field->setObjectName(QLatin1String(objectName));
    field->setWordWrap(true);
    field->setTextFormat(Qt::PlainText);
    field->setTextInteractionFlags(Qt::TextSelectableByMouse);
    field->setMinimumWidth(300);
    auto* caption = new QLabel(label);
    UiStyle::makeSecondary(caption);
    m_form->addRow(caption, field);
}

void CertificateDetailsDialog::refresh()
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    CertificateCenter& center = m_session.engine().certificates();
    const std::optional<CertificateEntry> found = center.entry(m_id);
    if (!found) {
        m_title->setText(tr("Certificate removed"));
        m_subtitle->setText(tr("This entry is no longer in the certificate store."));
        return;
    }
    const CertificateEntry& entry = *found;
    const CertificateInfo& info = entry.info;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_title->setText(entry.name);
    //: Subtitle of the details: what the entry is ("server certificate") and where it came from ("Imported").
    m_subtitle->setText(
        tr("%1 · %2").arg(CertificateText::kindName(entry.kind), CertificateText::sourceName(entry.source)));

    if (entry.kind == CertificateEntryKind::PendingRequest) {
        addRow(tr("Names asked for:"), entry.requestedNames.join(QLatin1Char('\n')), "detailsNamesLabel");
        addRow(tr("Created:"), CertificateText::dateTime(entry.created), "detailsCreatedLabel");
        addRow(tr("Next step:"),
               tr("Send the request (.csr) to your certificate authority. When it answers with the certificate, "
                  "select this entry on the Certificates page and choose Import answer."),
               "detailsNextStepLabel");
        return;
    }

    addRow(tr("Subject:"), info.subject, "detailsSubjectLabel");
    const QStringList names = info.dnsNames + info.ipAddresses;
    addRow(tr("Names:"), names.isEmpty() ? tr("none") : names.join(QLatin1Char('\n')), "detailsNamesLabel");
    addRow(tr("Issued by:"), info.selfSigned ? tr("Itself (self-signed)") : info.issuer, "detailsIssuerLabel");
    QStringList chain;
    for (const CertificateChainEntry& link : info.chain)
        //: One certificate of the chain: its subject and until when it is valid.
        chain << tr("%1, valid until %2").arg(link.subject, CertificateText::date(link.notAfter));
    addRow(tr("Chain:"), chain.isEmpty() ? tr("No intermediate certificates") : chain.join(QLatin1Char('\n')),
           "detailsChainLabel");
    addRow(tr("Key:"), CertificateText::keyDescription(info), "detailsKeyLabel");
    addRow(tr("Valid from:"), CertificateText::dateTime(info.notBefore), "detailsNotBeforeLabel");
    //: Valid until: the date and time, then how far away ("in 12 days").
    addRow(tr("Valid until:"),
           tr("%1 (%2)").arg(CertificateText::dateTime(info.notAfter), CertificateText::expiryRelative(info, now)),
           "detailsNotAfterLabel");
    addRow(tr("Serial number:"), info.serialNumber, "detailsSerialLabel");
    addRow(tr("SHA-256 fingerprint:"), info.sha256Fingerprint, "detailsSha256Label");
    addRow(tr("SHA-1 fingerprint:"), info.sha1Fingerprint, "detailsSha1Label");
    addRow(tr("Added:"), CertificateText::dateTime(entry.created), "detailsCreatedLabel");
    if (entry.kind == CertificateEntryKind::LocalCa) {
        addRow(tr("Role:"),
               tr("Signs certificates for your internal names. Install it on your computers and phones so their "
                  "browsers trust those certificates."),
               "detailsRoleLabel");
        return;
    }
    const QStringList places = center.usedBy(m_id);
    addRow(tr("Used by:"),
           places.isEmpty() ? tr("Not used by any site or listener") : CertificateText::usedByList(places),
           "detailsUsedByLabel");
    if (entry.source != CertificateSource::Acme)
        return;
    for (const CertificateRenewal& renewal : center.renewals()) {
        if (renewal.id != m_id)
            continue;
        QString state;
        if (renewal.running)
            state = tr("Renewing now…");
        else if (renewal.failures > 0)
            state = tr("%n attempt(s) failed; the next is on %1.", nullptr, renewal.failures)
                        .arg(CertificateText::dateTime(renewal.nextAttempt));
        else
            state = tr("Portico renews it on %1.").arg(CertificateText::dateTime(renewal.due));
        addRow(tr("Renewal:"), state, "detailsRenewalLabel");
        if (renewal.lastError)
            addRow(tr("Last problem:"), CertificateText::acmeError(*renewal.lastError), "detailsRenewalErrorLabel");
    }
}

} // namespace Portico

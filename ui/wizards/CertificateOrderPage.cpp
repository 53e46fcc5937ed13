// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizards/CertificateOrderPage.h"

#include "app/EngineSession.h"
#include "controller/CertificateCenter.h"
#include "text/CertificateText.h"
#include "widgets/UiStyle.h"
#include "wizards/CertificateWizard.h"
#include "wizards/FieldErrorMap.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace Portico {

CertificateOrderPage::CertificateOrderPage(CertificateWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_intro(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_error(new QLabel(this))
    , m_retry(new QPushButton(this))
{
    setObjectName(QStringLiteral("certificateOrderPage"));
    setCommitPage(true);
    m_intro->setWordWrap(true);
    m_progress->setObjectName(QStringLiteral("acmeProgressBar"));
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(8);
    m_status->setObjectName(QStringLiteral("acmeStatusLabel"));
    m_status->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("acmeProblemLabel"));
    FieldErrorMap::styleErrorLabel(m_error);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retry->setObjectName(QStringLiteral("acmeRetryButton"));
    m_retry->hide();

    auto* retryRow = new QHBoxLayout();
    retryRow->addWidget(m_retry);
    retryRow->addStretch();

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(m_intro);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_error);
    layout->addLayout(retryRow);
    layout->addStretch();

    CertificateCenter& center = wizard->certificates();
    connect(&center, &CertificateCenter::acmeStarted, this, [this](quint64 id) {
        if (m_requesting) {
            m_earlyStarted << id;
        } else if (id != 0 && id == m_orderId) {
            m_started = true;
            refresh();
        }
    });
    connect(&center, &CertificateCenter::acmeFinished, this, [this](quint64 id, const AcmeOutcome& outcome) {
        if (m_requesting)
            m_earlyFinished.append({id, outcome});
        else
            onFinished(id, outcome);
    });
    connect(m_retry, &QPushButton::clicked, this, &CertificateOrderPage::start);
    retranslate();
}

void CertificateOrderPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void CertificateOrderPage::retranslate()
{
    setTitle(tr("Ordering the certificate"));
    setSubTitle(tr("The certificate authority checks each name, then issues the certificate."));
    m_intro->setText(tr("Portico answers the certificate authority's checks by itself. This usually takes less "
                        "than a minute; keep the engine running until it is done."));
    m_retry->setText(tr("Try again"));
    refresh();
}

void CertificateOrderPage::initializePage()
{
    start();
}

void CertificateOrderPage::cleanupPage()
{
    cancelRunning();
    m_outcome.reset();
}

void CertificateOrderPage::start()
{
    cancelRunning();
    m_outcome.reset();
    m_started = false;
    const QStringList names = m_wizard->acmeNames();
    if (!names.isEmpty()) {
        // The centre may start, or even fail, the order before requestAcme() returns its id.
        m_requesting = true;
        m_earlyStarted.clear();
        m_earlyFinished.clear();
        m_orderId = m_wizard->certificates().requestAcme(names);
        m_requesting = false;
        m_started = m_earlyStarted.contains(m_orderId);
        for (const auto& [id, outcome] : std::as_const(m_earlyFinished))
            onFinished(id, outcome);
        m_earlyFinished.clear();
    }
    refresh();
    Q_EMIT completeChanged();
}

void CertificateOrderPage::onFinished(quint64 id, const AcmeOutcome& outcome)
{
    if (id == 0 || id != m_orderId)
        return;
    m_orderId = 0;
    m_outcome = outcome;
    if (outcome.ok())
        m_wizard->setCreatedId(outcome.certificateId);
    refresh();
    Q_EMIT completeChanged();
}

void CertificateOrderPage::cancelRunning()
{
    if (m_orderId == 0)
        return;
    const quint64 id = m_orderId;
    m_orderId = 0;
    m_wizard->certificates().cancelAcme(id);
}

void CertificateOrderPage::refresh()
{
    const QString names = m_wizard->acmeNames().join(QStringLiteral(", "));
    m_progress->setVisible(m_orderId != 0 || (m_outcome && m_outcome->ok()));
    m_retry->setVisible(m_outcome && !m_outcome->ok());
    FieldErrorMap::setError(m_error, QString());
    if (m_orderId != 0) {
        m_progress->setRange(0, 0);
        m_status->setText(m_started ? tr("The certificate authority is checking %1…").arg(names)
                                    : tr("Waiting for another order to finish before %1…").arg(names));
        return;
    }
    m_progress->setRange(0, 1);
    m_progress->setValue(m_outcome && m_outcome->ok() ? 1 : 0);
    if (!m_outcome) {
        m_status->setText(names.isEmpty() ? tr("Enter the names on the first Let's Encrypt step.")
                                          : tr("Not started."));
        return;
    }
    if (m_outcome->ok()) {
        m_status->setText(tr("Done: the certificate for %1 is stored. Portico renews it by itself before it "
                             "expires.")
                              .arg(names));
        return;
    }
    m_status->setText(tr("The certificate for %1 was not issued. Nothing was stored.").arg(names));
    FieldErrorMap::setError(m_error, CertificateText::acmeOutcome(*m_outcome));
}

bool CertificateOrderPage::isComplete() const
{
    return m_outcome && m_outcome->ok();
}

int CertificateOrderPage::nextId() const
{
    return CertificateWizard::DonePageId;
}

} // namespace Portico
